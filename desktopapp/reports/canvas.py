"""One picture, three outputs: the screen, a PNG and a one-page vector PDF.

A picture is a function `paint(painter, rect, unit)` that draws into `rect` with `unit` device units per
point (the convention of `chainmap.paint_chain_map`). `render_png` and `render_pdf` give it a page of
`width` × `height` points with a title block and a footer line, so the chain map and the dashboard's charts
export exactly as they are drawn on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from desktopapp import style
from desktopapp.reports import text as T

Paint = Callable[[QPainter, QRectF, float], None]

MARGIN = 28.0  # points
TITLE = T.TextStyle(style.SIZE_H1, True, style.TEXT)
SUBTITLE = T.TextStyle(style.SIZE_SMALL, False, style.TEXT_MUTED)
FOOTER = T.TextStyle(7.0, False, style.TEXT_MUTED)
MAX_PDF_POINTS = 14000.0  # PDF viewers refuse pages beyond 200 inches


@dataclass
class Picture:
    title: str
    subtitle: str
    footer: str
    width: float  # points, the content (without margins)
    height: float  # points, the content
    paint: Paint

    def head_height(self, unit: float = 1.0) -> float:
        h = T.line_height(TITLE, unit) + 2 * unit
        if self.subtitle:
            h += T.line_height(SUBTITLE, unit)
        return h + 8 * unit

    def page_size(self) -> tuple[float, float]:
        """Width and height of the whole page in points."""
        foot = T.line_height(FOOTER, 1.0) + 8
        return self.width + 2 * MARGIN, self.head_height() + self.height + foot + 2 * MARGIN

    def paint_page(self, painter: QPainter, unit: float) -> None:
        """The whole page (white background, title, picture, footer) in device units."""
        w, h = self.page_size()
        painter.fillRect(QRectF(0, 0, w * unit, h * unit), QColor(style.SURFACE))
        x, y = MARGIN * unit, MARGIN * unit
        width = self.width * unit
        T.draw(painter, x, y, T.elide(self.title, TITLE, width, unit), TITLE, unit)
        y += T.line_height(TITLE, unit) + 2 * unit
        if self.subtitle:
            T.draw(painter, x, y, T.elide(self.subtitle, SUBTITLE, width, unit), SUBTITLE, unit)
            y += T.line_height(SUBTITLE, unit)
        y += 3 * unit
        painter.setPen(T.pen(style.ACCENT, 1.2, unit))
        painter.drawLine(QPointF(x, y), QPointF(x + width, y))
        y += 5 * unit
        painter.save()
        self.paint(painter, QRectF(x, y, width, self.height * unit), unit)
        painter.restore()
        y += self.height * unit + 8 * unit
        if self.footer:
            T.draw(painter, x, y, T.elide(self.footer, FOOTER, width, unit), FOOTER, unit)


def render_image(picture: Picture, dpi: float = 150) -> QImage:
    unit = dpi / 72.0
    w, h = picture.page_size()
    image = QImage(max(1, round(w * unit)), max(1, round(h * unit)), QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor(style.SURFACE))
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    picture.paint_page(painter, unit)
    painter.end()
    return image


def render_png(picture: Picture, path: str | Path, dpi: float = 150) -> Path:
    """Write the picture as a PNG with its resolution recorded (pHYs), so it prints at its true size."""
    path = Path(path)
    image = render_image(picture, dpi)
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def render_pdf(picture: Picture, path: str | Path, creator: str = "desktopapp") -> Path:
    """Write the picture as one vector PDF page of exactly its size (text stays text, fonts embedded)."""
    path = Path(path)
    w, h = picture.page_size()
    h = min(h, MAX_PDF_POINTS)
    writer = QPdfWriter(str(path))
    writer.setCreator(creator)
    writer.setTitle(picture.title)
    writer.setResolution(round(72 * T.UNIT))
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(w, h), QPageSize.Point, "", QPageSize.ExactMatch),
                                     QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setClipRect(QRectF(0, 0, w * T.UNIT, h * T.UNIT), Qt.ReplaceClip)
    picture.paint_page(painter, T.UNIT)
    painter.end()
    return path
