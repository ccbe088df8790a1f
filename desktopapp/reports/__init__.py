"""Printable PDF fact sheets and brochures, drawn with Qt (vector text, bundled font embedded).

Entry points: `render_sheet` (one entity, or the park) and `build_brochure` (a selection, with a cover,
contents, bookmarks and page numbers). Both need a QGuiApplication; `ensure_app` makes one if none exists.
The names are imported on first use, so Qt-free modules of this package
and the command line's parser do not load Qt.
"""

from importlib import import_module

_EXPORTS = {
    "BrochureResult": "desktopapp.reports.brochure", "build_brochure": "desktopapp.reports.brochure",
    "Cancelled": "desktopapp.reports.document", "Paper": "desktopapp.reports.document",
    "ensure_app": "desktopapp.reports.qtapp", "render_sheet": "desktopapp.reports.sheets",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
