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


def message(parent, title: str, text: str, icon=None, buttons=None):
    """A modal message box whose body is plain text (a file name or error may hold '<' …). Returns the
    button pressed."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(icon if icon is not None else QMessageBox.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.PlainText)
    box.setText(str(text))
    if buttons is not None:
        box.setStandardButtons(buttons)
    return box.exec()
