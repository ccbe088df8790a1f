"""Where the bundled catalogue and resources live, from a checkout or from an installed wheel."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
_CHECKOUT = _PACKAGE.parent
_WHEEL_DATA = _PACKAGE / "_data"


def _root() -> Path:
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
