"""The user's own folders: working copies of catalogues, their backups, crash reports.

`DESKTOPAPP_DATA_DIR` and `DESKTOPAPP_LOG_DIR` override the platform defaults (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "desktopapp"


def data_dir() -> Path:
    """platformdirs.user_data_dir("desktopapp"), or $DESKTOPAPP_DATA_DIR."""
    if os.environ.get("DESKTOPAPP_DATA_DIR"):
        return Path(os.environ["DESKTOPAPP_DATA_DIR"])
    import platformdirs

    return Path(platformdirs.user_data_dir(APP))


def log_dir() -> Path:
    """platformdirs.user_log_dir("desktopapp"), or $DESKTOPAPP_LOG_DIR."""
    if os.environ.get("DESKTOPAPP_LOG_DIR"):
        return Path(os.environ["DESKTOPAPP_LOG_DIR"])
    import platformdirs

    return Path(platformdirs.user_log_dir(APP))


def catalogues_dir() -> Path:
    """Working copies: the catalogues this program writes to (imports, images, migrated copies)."""
    return data_dir() / "catalogues"


def backups_dir() -> Path:
    """Timestamped copies of a working catalogue, taken before each change."""
    return data_dir() / "backups"
