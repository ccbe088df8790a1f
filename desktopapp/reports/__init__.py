"""Printable PDF fact sheets and brochures, drawn with Qt (vector text, bundled font embedded).

Entry points: `render_sheet` (one entity, or the park) and `build_brochure` (a selection, with a cover,
contents, bookmarks and page numbers). Both need a QGuiApplication; `ensure_app` makes one if none exists.
"""

from desktopapp.reports.brochure import BrochureResult, build_brochure
from desktopapp.reports.document import Cancelled, Paper
from desktopapp.reports.qtapp import ensure_app
from desktopapp.reports.sheets import render_sheet

__all__ = ["BrochureResult", "Cancelled", "Paper", "build_brochure", "ensure_app", "render_sheet"]
