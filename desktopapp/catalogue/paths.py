"""Where the bundled catalogue and resources live, from a checkout, an installed wheel or the app bundle."""

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
_CHECKOUT = _PACKAGE.parent
_WHEEL_DATA = _PACKAGE / "_data"


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # the PyInstaller bundle (packaging/desktopapp.spec) carries the wheel's layout
        return Path(bundle) / "desktopapp" / "_data"
    if (_CHECKOUT / "resources" / "catalogue").is_dir() and (_CHECKOUT / "pyproject.toml").is_file():
        return _CHECKOUT
    return _WHEEL_DATA


def resources_dir() -> Path:
    """The `resources/` folder (fonts, catalogue sources, translations)."""
    return _root() / "resources"


def sources_dir() -> Path:
    """The catalogue's source files (TOML and article texts)."""
    return resources_dir() / "catalogue"


def bundled_catalogue() -> Path:
    """The bundled `catalogue.db`."""
    return _root() / "catalogue.db"


def temporary_beside(target: Path, prefix: str) -> Path:
    """A fresh, not yet existing file name in `target`'s folder (created if needed), for writing a database
    completely before `os.replace` moves it into place: a failed write never leaves a half-written target."""
    import os
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".db", dir=target.parent)
    os.close(fd)
    os.unlink(name)
    return Path(name)
