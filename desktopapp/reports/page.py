"""A laid-out page: a display list of drawing operations, painted once page numbers are known."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from desktopapp.reports import text as T

# Operation codes (tuples keep the display list light for thousand-page brochures).
TEXT, RECT, LINE, ELLIPSE, CUSTOM, PAGEREF = range(6)


class Page:
    """Operations in device units; `footer` is drawn by the document with the page number."""

    __slots__ = ("ops", "footer", "links")

    def __init__(self, footer):
        self.ops: list[tuple] = []
        self.footer = footer
        self.links: list[tuple[QRectF, object]] = []  # (area, key): clicking shows the page of `key`

    def text(self, x: float, baseline: float, s: str, st: T.TextStyle) -> None:
        self.ops.append((TEXT, st, x, baseline, s))

    def rect(self, r: QRectF, fill: str | None = None, stroke: str | None = None, width: float = 0.6,
             radius: float = 0.0, dashed: bool = False) -> None:
        self.ops.append((RECT, QRectF(r), fill, stroke, width, radius, dashed))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 0.6,
             dashed: bool = False) -> None:
        self.ops.append((LINE, x1, y1, x2, y2, colour, width, dashed))

    def ellipse(self, r: QRectF, fill: str | None, stroke: str | None = None, width: float = 0.6) -> None:
        self.ops.append((ELLIPSE, QRectF(r), fill, stroke, width))

    def custom(self, r: QRectF, paint: Callable[[QPainter, QRectF], None]) -> None:
        self.ops.append((CUSTOM, QRectF(r), paint))

    def link(self, r: QRectF, key) -> None:
        """Make `r` a link to the page where `key` starts (added to the PDF after painting)."""
        self.links.append((QRectF(r), key))

    def pageref(self, right: float, baseline: float, key, st: T.TextStyle) -> None:
        """The page number of `key`, right-aligned at `right` (resolved when painting)."""
        self.ops.append((PAGEREF, st, right, baseline, key))


def _pen(colour: str | None, width_pt: float, dashed: bool = False) -> QPen:
    if not colour:
        return QPen(Qt.NoPen)
    pen = QPen(QColor(colour))
    pen.setWidthF(width_pt * T.UNIT)
    if dashed:
        pen.setStyle(Qt.DashLine)
    return pen


def paint_ops(painter: QPainter, ops: list[tuple], pagerefs: dict) -> None:
    """Execute a page's display list."""
    current = None
    for op in ops:
        code = op[0]
        if code == TEXT or code == PAGEREF:
            st = op[1]
            if st != current:
                painter.setFont(T.qfont(st.size, st.bold))
                painter.setPen(QColor(st.colour))
                current = st
            if code == TEXT:
                painter.drawText(QPointF(op[2], op[3]), op[4])
            else:
                label = str(pagerefs.get(op[4], ""))
                painter.drawText(QPointF(op[2] - T.width(label, st), op[3]), label)
            continue
        current = None
        if code == RECT:
            _, r, fill, stroke, width, radius, dashed = op
            painter.setPen(_pen(stroke, width, dashed))
            painter.setBrush(QColor(fill) if fill else Qt.NoBrush)
            if radius:
                painter.drawRoundedRect(r, radius, radius)
            else:
                painter.drawRect(r)
        elif code == LINE:
            _, x1, y1, x2, y2, colour, width, dashed = op
            painter.setPen(_pen(colour, width, dashed))
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        elif code == ELLIPSE:
            _, r, fill, stroke, width = op
            painter.setPen(_pen(stroke, width))
            painter.setBrush(QColor(fill) if fill else Qt.NoBrush)
            painter.drawEllipse(r)
        elif code == CUSTOM:
            painter.save()
            op[2](painter, op[1])
            painter.restore()
