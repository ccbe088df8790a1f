"""Fonts, measuring and line wrapping for the sheets (bundled CJK font, sizes in points).

Layout works in device units of the PDF writer (`UNIT` per point); fonts get pixel sizes in those units, so
measuring needs no paint device and matches what the writer draws.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from desktopapp import style

UNIT = 10.0  # device units per point: the writer runs at 720 dpi
MM = 72 / 25.4 * UNIT


class TextStyle(NamedTuple):
    size: float  # points
    bold: bool = False
    colour: str = style.TEXT


BODY = TextStyle(style.SIZE_BODY)
SMALL = TextStyle(style.SIZE_SMALL, colour=style.TEXT_MUTED)
TINY = TextStyle(7.0, colour=style.TEXT_MUTED)
LABEL = TextStyle(style.SIZE_SMALL, colour=style.TEXT_MUTED)
H2 = TextStyle(style.SIZE_H2, bold=True, colour=style.ACCENT_DARK)
H1 = TextStyle(style.SIZE_H1, bold=True)
TITLE = TextStyle(style.SIZE_TITLE, bold=True)


def family() -> str:
    """The bundled family (loaded once; needs a QGuiApplication)."""
    from desktopapp.fonts.loading import load_bundled_fonts

    return load_bundled_fonts()


@cache
def qfont(size: float, bold: bool = False, unit: float = UNIT) -> QFont:
    font = QFont(family())
    font.setPixelSize(max(1, round(size * unit)))
    font.setBold(bold)
    font.setHintingPreference(QFont.PreferNoHinting)
    font.setKerning(False)
    return font


@cache
def _metrics(size: float, bold: bool, unit: float) -> QFontMetricsF:
    return QFontMetricsF(qfont(size, bold, unit))


def metrics(st: TextStyle, unit: float = UNIT) -> QFontMetricsF:
    return _metrics(st.size, st.bold, unit)


def line_height(st: TextStyle, unit: float = UNIT) -> float:
    """Baseline-to-baseline distance (about 1.45 em with this font)."""
    return metrics(st, unit).height()


def ascent(st: TextStyle, unit: float = UNIT) -> float:
    return metrics(st, unit).ascent()


def width(text: str, st: TextStyle, unit: float = UNIT) -> float:
    return metrics(st, unit).horizontalAdvance(text)


def elide(text: str, st: TextStyle, avail: float, unit: float = UNIT) -> str:
    from PySide6.QtCore import Qt

    return metrics(st, unit).elidedText(text, Qt.ElideRight, max(avail, 0.0))


def draw(p: QPainter, x: float, y_top: float, s: str, st: TextStyle, unit: float = UNIT,
         colour: str | None = None) -> None:
    """Draw one line of text with its top at `y_top` (the diagrams' convention)."""
    p.setFont(qfont(st.size, st.bold, unit))
    p.setPen(QColor(colour or st.colour))
    p.drawText(QPointF(x, y_top + ascent(st, unit)), s)


def pen(colour: str, width_pt: float, unit: float = UNIT, dashed: bool = False) -> QPen:
    """A pen `width_pt` points wide, solid or dashed."""
    out = QPen(QColor(colour))
    out.setWidthF(width_pt * unit)
    if dashed:
        out.setStyle(Qt.DashLine)
    return out


def _slice16(text16: bytes, start: int, length: int) -> str:
    return text16[2 * start:2 * (start + length)].decode("utf-16-le")


def wrap(text: str, st: TextStyle, avail: float, unit: float = UNIT, max_lines: int | None = None) -> list[str]:
    """Lines of `text` fitting `avail` (Chinese breaks anywhere, Latin at word boundaries or anywhere if a
    word is too long). Newlines start new lines. With `max_lines`, the last line is elided."""
    lines: list[str] = []
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    for para in (text or "").split("\n"):
        para = para.strip()
        if not para:
            continue
        if width(para, st, unit) <= avail:
            lines.append(para)
        else:
            layout = QTextLayout(para, qfont(st.size, st.bold, unit))
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(avail)
            layout.endLayout()
            text16 = para.encode("utf-16-le")
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                piece = _slice16(text16, line.textStart(), line.textLength()).strip()
                if piece:
                    lines.append(piece)
        if max_lines and len(lines) > max_lines:
            break
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = elide(lines[-1] + "…", st, avail, unit)
    return lines
