"""A source article's full text, with a quote highlighted and scrolled into view."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextEdit, QVBoxLayout

from desktopapp import style
from desktopapp.catalogue.details import Citation


class ArticleDialog(QDialog):
    def __init__(self, title: str, date: str, text: str, citation: Citation | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("原文：%1").replace("%1", title))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        head = QLabel(f"<b>{_esc(title)}</b><br><span style='color:{style.TEXT_MUTED};'>"
                      f"{_esc(self.tr('日期（推断）'))}：{_esc(date)} · "
                      f"{_esc(self.tr('刊载媒体：来源资料未注明'))}</span>")
        head.setWordWrap(True)
        layout.addWidget(head)
        self.view = QTextEdit()
        self.view.setReadOnly(True)
        self.view.setPlainText(reading_text(text))
        layout.addWidget(self.view, 1)
        self.found = False
        if citation is not None:
            self.found = self.highlight(citation.quote)
            if not self.found:
                layout.addWidget(QLabel(self.tr("未能在原文中定位这段引文。")))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def highlight(self, quote: str) -> bool:
        """Select the quote (it may span line breaks of the clipping) and scroll to it."""
        doc: QTextDocument = self.view.document()
        text = doc.toPlainText()
        pattern = r"\s*".join(re.escape(ch) for ch in quote if not ch.isspace())
        match = re.search(pattern, text) if pattern else None
        if not match:
            return False
        cursor = QTextCursor(doc)
        cursor.setPosition(match.start())
        cursor.setPosition(match.end(), QTextCursor.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(style.WARNING_LIGHT))
        fmt.setForeground(QColor(style.TEXT))
        fmt.setFontWeight(700)
        cursor.mergeCharFormat(fmt)
        end = QTextCursor(doc)
        end.setPosition(match.start())
        self.view.setTextCursor(end)
        self.view.ensureCursorVisible()
        self.highlighted_text = text[match.start():match.end()]
        return True


def _esc(text: str) -> str:
    from html import escape

    return escape(text or "")


_ENDS = tuple("。！？：；”」』）)!?:;") 


def reading_text(text: str) -> str:
    """The article for reading: lines the clipping broke inside a paragraph are joined (a line that does not
    end a sentence runs on into the next one); blank lines and headings stay. The stored text is unchanged,
    and quotes are still found (they are matched across white space)."""
    out: list[str] = []
    for line in (text or "").splitlines():
        stripped = line.strip()
        if out and stripped and out[-1] and not out[-1].endswith(_ENDS) and len(out[-1]) > 20:
            out[-1] += stripped
        else:
            out.append(stripped)
    return "\n".join(out)
