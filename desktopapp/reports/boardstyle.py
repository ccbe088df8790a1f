"""What the 园区看板 and 进展时间轴 boards share: text styles, series colours and small drawing helpers.
Painted the same on screen, in PNG and in PDF (unit = device units per point)."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from desktopapp import style
from desktopapp.reports import text as T

H2 = T.TextStyle(style.SIZE_H2, True, style.TEXT)
BODY = T.TextStyle(style.SIZE_BODY)
SMALL = T.TextStyle(style.SIZE_SMALL, False, style.TEXT_MUTED)
SMALL_DARK = T.TextStyle(style.SIZE_SMALL, False, style.TEXT)
SMALL_BOLD = T.TextStyle(style.SIZE_SMALL, True, style.TEXT)
VALUE = T.TextStyle(style.SIZE_H1, True, style.ACCENT_DARK)
TINY = T.TextStyle(7.0, False, style.TEXT_MUTED)
LINK = T.TextStyle(style.SIZE_BODY, True, style.ACCENT)

SERIES_COLOURS = ("#1f6feb", "#1a7f37", "#8250df", "#bc4c00", "#1b7c83", "#9a6700", "#cf222e", "#57606a")
HEADLINE_WORDS = ("协议引资", "招引项目", "落地项目", "产值", "规上企业", "签约", "在谈", "满意度")
STATUS_COLOURS = {"建成": style.STAGE_COLOURS["建成"], "在建": style.STAGE_COLOURS["在建"],
                  "规划": style.STAGE_COLOURS["线索"], None: "#d0d7de"}


draw = T.draw


def centred(p, cx, y_top, s, st, unit, colour=None, avail=None):
    if avail is not None:
        s = T.elide(s, st, avail, unit)
    draw(p, cx - T.width(s, st, unit) / 2, y_top, s, st, unit, colour)



def heading(p, rect: QRectF, y: float, title: str, note: str, unit: float) -> float:
    draw(p, rect.left(), y, title, H2, unit)
    if note:
        x = rect.left() + T.width(title, H2, unit) + 8 * unit
        draw(p, x, y + (T.ascent(H2, unit) - T.ascent(SMALL, unit)), T.elide(note, SMALL, rect.right() - x, unit),
              SMALL, unit)
    return y + T.line_height(H2, unit) + 4 * unit


def number_text(num: float | None) -> str:
    if num is None:
        return ""
    return f"{num:,.2f}".rstrip("0").rstrip(".") if num != int(num) else f"{int(num):,}"

