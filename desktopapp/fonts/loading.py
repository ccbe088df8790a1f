"""Load the bundled CJK font so Chinese renders on machines without one (screens and PDFs)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desktopapp import style
from desktopapp.catalogue import paths

_loaded: str | None = None


def load_bundled_fonts() -> str:
    """Register the bundled regular and bold faces (once); return the family name to use.

    Needs a QGuiApplication. Falls back to the system's default family if the files are missing.
    """
    global _loaded
    if _loaded is not None:
        return _loaded
    family = None
    for name in style.FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resources_dir() / "fonts" / name))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = family or (families[0] if families else None)
    _loaded = family or QFont().family()
    return _loaded


def ui_font(point_size: float = style.SIZE_BODY, bold: bool = False) -> QFont:
    font = QFont(load_bundled_fonts())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setStyleStrategy(QFont.PreferAntialias)
    return font
