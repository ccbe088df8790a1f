"""The picture beside an entity's title: its stored logo or photo, or a monogram avatar (the first character of
its short name on the colour of its kind), never an empty box."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap

from desktopapp import style
from desktopapp.fonts.loading import ui_font


def short_name(entity: dict) -> str:
    key = entity.get("key") or ""
    if key and not key.startswith("chain:") and key != entity.get("name") and len(key) <= len(entity.get("name") or ""):
        return key
    return entity.get("name") or key or "?"


def monogram(name: str, kind: str | None, size: int = 48) -> QPixmap:
    """A rounded square of the kind's colour with the first character of `name` in white."""
    text = next((c for c in (name or "").strip() if c.isalnum()), "?").upper()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
    painter.fillPath(path, QColor(style.KIND_COLOURS.get(kind or "", style.TEXT_MUTED)))
    font = QFont(ui_font())
    font.setPixelSize(int(size * 0.5))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignCenter, text)
    painter.end()
    return pixmap


def entity_pixmap(catalogue, entity: dict, size: int = 48) -> QPixmap:
    """The entity's stored thumbnail scaled to `size`, or its monogram."""
    from desktopapp.catalogue.images import thumbnail

    data = thumbnail(catalogue, entity["id"]) if catalogue is not None else None
    pixmap = decode_thumbnail(data)
    if pixmap is not None:
        return pixmap.scaled(size, size, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    return monogram(short_name(entity), entity.get("kind"), size)


THUMBNAIL_BYTES = 4 * 1024 * 1024
THUMBNAIL_PIXELS = 4096  # a side, in pixels
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"))


def decode_thumbnail(data) -> QPixmap | None:
    """A stored thumbnail as a pixmap, decoded only as what the importer writes (PNG or JPEG, told by its
    first bytes, not guessed by Qt): an SVG or PDF 'logo' in a hostile file would otherwise be rendered,
    and an SVG can load local images. None for anything else, too large or broken."""
    if not isinstance(data, (bytes, bytearray, memoryview)) or not 0 < len(data) <= THUMBNAIL_BYTES:
        return None
    data = bytes(data)
    fmt = next((f for magic, f in _MAGIC if data.startswith(magic)), None)
    if fmt is None:
        return None
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.ReadOnly)
    reader = QImageReader(buffer, fmt.encode())
    reader.setDecideFormatFromContent(False)
    size = reader.size()
    if not size.isValid() or size.width() > THUMBNAIL_PIXELS or size.height() > THUMBNAIL_PIXELS:
        return None
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image)
