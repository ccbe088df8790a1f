"""One picture, three outputs: the screen, a PNG and a one-page vector PDF.

A picture is a function `paint(painter, rect, unit)` that draws into `rect` with `unit` device units per
point (the convention of `chainmap.paint_chain_map`). `render_png` gives it an image of `width` × `height`
points with a title block and a footer line; `render_pdf` puts that same picture on an A4 or A3 page (the
smallest that shows it at a readable scale, turned to landscape when it is wide), so the chain map, the
dashboard and the timeline print on paper an office has.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from desktopapp import style
from desktopapp.i18n import translate
from desktopapp.reports import text as T

Paint = Callable[[QPainter, QRectF, float], None]

MARGIN = 28.0  # points
TITLE = T.TextStyle(style.SIZE_H1, True, style.TEXT)
SUBTITLE = T.TextStyle(style.SIZE_SMALL, False, style.TEXT_MUTED)
FOOTER = T.TextStyle(7.0, False, style.TEXT_MUTED)
MAX_PDF_POINTS = 14000.0  # PDF viewers refuse pages beyond 200 inches
# Paper sizes in points (portrait), smallest first; a picture goes on the first one where it is shown at
# READABLE_SCALE or more, else on the last one, shrunk to fit.
PAPERS = (("A4", QPageSize.A4, 595.28, 841.89), ("A3", QPageSize.A3, 841.89, 1190.55))
READABLE_SCALE = 0.7


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
    """Write the picture as a PNG with its resolution recorded (pHYs), so it prints at its true size.
    WriteError when it cannot be written."""
    from desktopapp.reports.document import WriteError, written_atomically

    path = Path(path)
    image = render_image(picture, dpi)
    with written_atomically(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise WriteError(translate("Reports", "{path}：无法创建文件").format(path=path))
    return path


def paper_for(width: float, height: float) -> tuple[str, QPageSize.PageSizeId, float, float, float]:
    """(name, Qt page size, page width, page height, scale) for a picture of `width` × `height` points:
    landscape when the picture is wider than tall, never enlarged."""
    landscape = width > height
    for name, size_id, w, h in PAPERS:
        pw, ph = (h, w) if landscape else (w, h)
        scale = min(1.0, pw / width, ph / height)
        if scale >= READABLE_SCALE or name == PAPERS[-1][0]:
            return name, size_id, pw, ph, scale
    raise AssertionError("unreachable")


def render_pdf(picture: Picture, path: str | Path, creator: str = "desktopapp") -> Path:
    """Write the picture on one A4 or A3 page (see `paper_for`), centred across and from the top; text
    stays text, fonts are embedded. WriteError when it cannot be written."""
    from desktopapp.reports.document import WriteError, written_atomically
    from desktopapp.reports.outline import Metadata, finish

    path = Path(path)
    w, h = picture.page_size()
    h = min(h, MAX_PDF_POINTS)
    _, size_id, pw, ph, scale = paper_for(w, h)
    with written_atomically(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setCreator(creator)
        writer.setTitle(picture.title)
        writer.setResolution(round(72 * T.UNIT))
        writer.setPageLayout(QPageLayout(QPageSize(size_id), QPageLayout.Landscape if pw > ph
                                         else QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter()
        if not painter.begin(writer):
            raise WriteError(translate("Reports", "{path}：无法创建文件").format(path=path))
        try:
            painter.setRenderHint(QPainter.Antialiasing)
            painter.translate((pw - w * scale) / 2 * T.UNIT, 0)
            painter.scale(scale, scale)
            painter.setClipRect(QRectF(0, 0, w * T.UNIT, h * T.UNIT), Qt.ReplaceClip)
            picture.paint_page(painter, T.UNIT)
        finally:
            painter.end()
        del painter, writer
        finish(tmp, Metadata(picture.title, subject=picture.subtitle, creator=creator))
    return path
