"""Test setup: Qt offscreen, and fontconfig limited to the bundled fonts (as on a machine without CJK fonts)."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_FONTCONF_DIR = Path(tempfile.mkdtemp(prefix="desktopapp-fontconfig-"))
(_FONTCONF_DIR / "fonts.conf").write_text(
    f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{ROOT / "resources" / "fonts"}</dir>
  <cachedir>{_FONTCONF_DIR / "cache"}</cachedir>
</fontconfig>
""",
    encoding="utf-8",
)
os.environ["FONTCONFIG_FILE"] = str(_FONTCONF_DIR / "fonts.conf")
# Working copies, backups and crash reports of the tests go to a temporary folder, never the user's.
_USER_DIRS = Path(tempfile.mkdtemp(prefix="desktopapp-userdirs-"))
os.environ.setdefault("DESKTOPAPP_DATA_DIR", str(_USER_DIRS / "data"))
os.environ.setdefault("DESKTOPAPP_LOG_DIR", str(_USER_DIRS / "log"))


@pytest.fixture(scope="session")
def bundled_db() -> Path:
    return ROOT / "catalogue.db"


@pytest.fixture(scope="session")
def catalogue(bundled_db):
    from desktopapp.catalogue import Catalogue

    cat = Catalogue(bundled_db)
    yield cat
    cat.close()


@pytest.fixture
def settings(tmp_path):
    """QSettings in a temporary INI file, so tests never touch the user's settings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
