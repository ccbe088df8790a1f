"""Catalogue text on widgets as plain text only.

Qt guesses rich text (`Qt.mightBeRichText`) in labels, tooltips and message boxes, and rich text loads
`<img src="file://…">` from disk. A catalogue is untrusted input, so its text reaches those widgets only
through these helpers: labels with `Qt.PlainText`, tooltips escaped into our own markup (and capped: a 20 MB
summary is no tooltip), message boxes with a plain-text body.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

TOOLTIP_LIMIT = 600  # characters of catalogue text in one tooltip


def plain_label(text: str = "", parent=None) -> QLabel:
    """A QLabel that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.PlainText)
    label.setText(text)
    return label


def tip(text: str | None, limit: int = TOOLTIP_LIMIT) -> str:
    """`text` as a tooltip that shows exactly these characters (escaped, line breaks kept, capped)."""
    if not text:
        return ""
    text = str(text)
    if len(text) > limit:
        text = text[:limit] + "…"
    return "<p style='white-space:pre-wrap'>" + escape(text, quote=False) + "</p>"


def safe_text(text: str) -> str:
    """`text` for a widget that guesses rich text (QMessageBox's static functions): unchanged when Qt would
    show it as plain text anyway, else escaped inside our own markup, so the same characters are shown and no
    tag of it is interpreted."""
    from PySide6.QtGui import Qt as GuiQt

    text = str(text)
    if not GuiQt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + escape(text, quote=False) + "</p>"


def message(parent, title: str, text: str, kind: str = "warning"):
    """A modal message box (QMessageBox.warning, information or critical) whose body is shown as plain text
    (a file name or an error may hold '<' …). Returns the button pressed."""
    from PySide6.QtWidgets import QMessageBox

    return getattr(QMessageBox, kind)(parent, title, safe_text(text))
