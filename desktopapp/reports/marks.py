"""Pictures on sheets: the publisher's QR code (vector, one rectangle per run of dark modules) and stored
images (logos, photos) drawn from their bytes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from desktopapp.reports.page import Page


def qr_matrix(text: str) -> list[list[bool]] | None:
    """The QR code of `text` as rows of dark (True) modules, or None without segno or for empty text."""
    if not text:
        return None
    try:
        import segno
    except ImportError:
        return None
    try:
        code = segno.make(text, error="m", micro=False)
    except Exception:  # (segno's DataOverflowError for text too long for any QR version)
        return None
    return [[bool(v) for v in row] for row in code.matrix]


def add_qr(page: Page, rect: QRectF, text: str, colour: str = "#000000") -> bool:
    """Draw the QR code of `text` filling the square `rect` (a quiet zone of 2 modules inside); False when
    there is nothing to draw."""
    matrix = qr_matrix(text)
    if not matrix:
        return False
    n = len(matrix) + 4
    side = min(rect.width(), rect.height())
    module = side / n
    page.rect(QRectF(rect.left(), rect.top(), side, side), fill="#ffffff")
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            page.rect(QRectF(rect.left() + (start + 2) * module, rect.top() + (r + 2) * module,
                             (c - start) * module + 0.05 * module, module + 0.05 * module), fill=colour, stroke=None)
    return True


@lru_cache(maxsize=64)
def _image(data: bytes) -> QImage | None:
    image = QImage.fromData(data)
    return None if image.isNull() else image


def image_size(data: bytes | None) -> tuple[int, int] | None:
    image = _image(data) if data else None
    return (image.width(), image.height()) if image is not None else None


def add_image(page: Page, rect: QRectF, data: bytes | None) -> QRectF | None:
    """Draw the image of `data` fitted into `rect` (aspect kept, top left); returns the rectangle drawn."""
    image = _image(data) if data else None
    if image is None:
        return None
    scale = min(rect.width() / image.width(), rect.height() / image.height())
    target = QRectF(rect.left(), rect.top(), image.width() * scale, image.height() * scale)

    def paint(painter: QPainter, r: QRectF) -> None:
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        painter.drawImage(r, image)

    page.custom(target, paint)
    return target

