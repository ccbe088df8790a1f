"""An item delegate that highlights the search terms in a cell's text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate

# The classes that painting needs are imported at the first paint of a cell (after the window's): PySide
# builds a class's Python type on first use, and QStyle's alone takes milliseconds.

from desktopapp import style


def highlighted_html(text: str, terms: list[str]) -> str:
    """`text` escaped, with every case-insensitive occurrence of a term marked."""
    if not text:
        return ""
    from html import escape

    lower = text.lower()
    marks = [False] * len(text)
    for term in terms:
        if not term:
            continue
        start = lower.find(term)
        while start >= 0:
            for i in range(start, start + len(term)):
                marks[i] = True
            start = lower.find(term, start + 1)
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and marks[j] == marks[i]:
            j += 1
        chunk = escape(text[i:j])
        out.append(f'<span style="background-color:{style.WARNING_LIGHT};font-weight:bold;">{chunk}</span>'
                   if marks[i] else chunk)
        i = j
    return "".join(out)


_DISPLAY = int(Qt.DisplayRole)


def elided(text: str, font, width: int) -> str:
    """`text` cut to `width` pixels with "…", measured in bold (the marked terms are bold)."""
    from PySide6.QtGui import QFont, QFontMetrics

    bold = QFont(font)
    bold.setBold(True)
    return QFontMetrics(bold).elidedText(text, Qt.ElideRight, max(0, int(width)))


def tail_kept(text: str, metrics, width: int) -> str:
    """A "Subject: measure" name cut to `width` pixels in the middle of its subject, so that the measure and
    both ends of the subject stay readable ("Chongqing…corridor plan: tasks" beside "Chongqing…circle action
    plan: tasks"); other text, and text that fits, as it is."""
    if not text or metrics.horizontalAdvance(text) <= width:
        return text
    head, sep, tail = text.rpartition(": ")
    if not sep:
        return text
    room = width - metrics.horizontalAdvance(sep + tail)
    if room < metrics.horizontalAdvance("Abc…"):
        return text  # the measure alone fills the cell: cut at the end as usual
    return metrics.elidedText(head, Qt.ElideMiddle, room) + sep + tail


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.terms: list[str] = []
        self.keep_tail = False  # English figure names ("Subject: measure") keep their measure when cut

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if self.keep_tail:
            option.text = tail_kept(option.text, option.fontMetrics, option.rect.width() - 12)

    def paint(self, painter, option, index):
        from desktopapp.gui.safepaint import paint_on

        paint_on(self, painter, option.rect, lambda p: self._paint(p, option, index))

    def _paint(self, painter, option, index):
        if not self.terms:
            super().paint(painter, option, index)
            return
        text = index.data(_DISPLAY) or ""
        if not any(t in text.lower() for t in self.terms):
            super().paint(painter, option, index)
            return
        from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
        from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        st = widget.style() if widget else QApplication.style()
        st.drawControl(QStyle.CE_ItemViewItem, opt, painter, widget)
        rect = st.subElementRect(QStyle.SE_ItemViewItemText, opt, widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(highlighted_html(text, self.terms))
        if doc.idealWidth() > rect.width() - 6:  # too long: elided with "…" as the plain cells are
            doc.setHtml(highlighted_html(elided(text, opt.font, rect.width() - 6), self.terms))
        painter.save()
        painter.translate(rect.left() + 3, rect.top() + (rect.height() - doc.size().height()) / 2)
        painter.setClipRect(QRectF(0, 0, rect.width() - 3, rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.State_Selected)
        ctx.palette.setColor(QPalette.Text, opt.palette.color(
            QPalette.HighlightedText if selected else QPalette.Text))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 26))
