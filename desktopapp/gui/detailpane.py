"""The detail pane: an entity's profile with cited figures, links to related entities and sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QTextBrowser, QToolButton, QToolTip, QVBoxLayout, QWidget,
)

from desktopapp import style
from desktopapp.catalogue import Catalogue

if TYPE_CHECKING:  # rendering is loaded with the first entity shown (after the window is painted)
    from desktopapp.catalogue.details import Citation, Details
    from desktopapp.gui import detailhtml


# Plain text in HTML (the empty-pane message is shown at start-up, before the html module is needed).
_PLAIN = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}


class _Browser(QTextBrowser):
    """A QTextBrowser that never loads resources (no files, no network) from catalogue content."""

    def loadResource(self, kind, name):
        return None


class DetailPane(QWidget):
    entity_activated = Signal(int)  # a link to another entity was clicked
    article_requested = Signal(str, object)  # source id, Citation to highlight (or None)
    copied = Signal()  # 复制摘要 put the summary on the clipboard (the window confirms it)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("DetailPane")
        self.catalogue: Catalogue | None = None
        self.details: Details | None = None
        self.page: detailhtml.Page | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.picture = QLabel()  # the entity's logo or photo, or its monogram (gui/avatar.py)
        self.picture.setObjectName("EntityPicture")
        self.picture.setFixedSize(40, 40)
        self.picture.hide()
        head.addWidget(self.picture)
        title = QLabel(self.tr("详情"))
        title.setObjectName("PaneTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("复制摘要"))
        self.copy_button.setToolTip(self.tr("将此条目的摘要（含出处）复制为文本"))
        self.copy_button.clicked.connect(self.copy_summary)
        self.copy_button.setEnabled(False)
        head.addWidget(self.copy_button)
        layout.addLayout(head)
        self.browser = _Browser()
        self.browser.setObjectName("DetailBrowser")
        self.browser.setAccessibleName(self.tr("详情"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.highlighted.connect(self._hovered)
        layout.addWidget(self.browser, 1)
        self.show_empty()

    # ------------------------------------------------------------------ content

    def show_empty(self, text: str | None = None) -> None:
        self.details = None
        self.page = None
        self.picture.hide()
        self.copy_button.setEnabled(False)
        message = text or self.tr("在列表中选择一个条目，这里会显示它的概况、数据和出处。")
        self.browser.setHtml(f'<p align="center" style="color:{style.TEXT_MUTED};margin-top:60px;">'
                             f"{message.translate(_PLAIN)}</p>")

    def show_entity(self, catalogue: Catalogue, entity_id: int) -> bool:
        """Read and show an entity (False, with a message, if it is not in the catalogue)."""
        return self.show_details(catalogue, catalogue.details(entity_id))

    def show_details(self, catalogue: Catalogue, details: Details | None) -> bool:
        """Show details read beforehand (None: the entity is not in the catalogue)."""
        self.catalogue = catalogue
        if details is None:
            self.show_empty(self.tr("该条目已不存在。"))
            return False
        from desktopapp.gui import detailhtml

        self.details = details
        from desktopapp.catalogue.english import localiser, showing_english

        self.page = detailhtml.render(details, catalogue.scope_label, self._source_names(catalogue),
                                      detailhtml.populated_children(catalogue, details),
                                      localiser(catalogue) if showing_english() else None)
        self.browser.setHtml(self.page.html)
        self.copy_button.setEnabled(True)
        self.show_picture()
        return True

    def _source_names(self, catalogue: Catalogue) -> dict[str, str]:
        """Every source's name as shown (notes may cite sources the entity has no fact from); per catalogue."""
        cached = getattr(self, "_names", None)
        if cached is None or cached[0] is not catalogue:
            from desktopapp.gui import detailhtml

            cached = self._names = (catalogue, detailhtml.source_names(catalogue.sources()))
        return cached[1]

    def show_picture(self) -> None:
        """The current entity's stored image, or its monogram, beside the title."""
        from desktopapp.gui.avatar import entity_pixmap

        if self.details is None:
            self.picture.hide()
            return
        self.picture.setPixmap(entity_pixmap(self.catalogue, self.details.entity, 40))
        self.picture.show()

    def entity_id(self) -> int | None:
        return self.details.entity["id"] if self.details else None

    def citation(self, n: int) -> Citation | None:
        if self.page and 1 <= n <= len(self.page.citations):
            return self.page.citations[n - 1]
        return None

    # ------------------------------------------------------------------ links

    def _anchor_clicked(self, url: QUrl) -> None:
        scheme, _, rest = url.toString().partition(":")
        if scheme == "entity" and rest.isdigit():
            self.entity_activated.emit(int(rest))
        elif scheme == "cite" and rest.isdigit():
            c = self.citation(int(rest))
            if c:
                self.article_requested.emit(c.source_id, c)
        elif scheme == "copy" and rest.isdigit() and self.page and 1 <= int(rest) <= len(self.page.copies):
            QGuiApplication.clipboard().setText(self.page.copies[int(rest) - 1])
            QToolTip.showText(QCursor.pos(), self.tr("已复制（含出处）"), self)
        elif scheme == "source":
            source_id, _, cid = rest.partition("#")
            c = next((c for c in (self.page.citations if self.page else []) if str(c.id) == cid), None)
            self.article_requested.emit(source_id, c)
        # Any other scheme (http, file …) is ignored: links only navigate inside the app.

    def _hovered(self, url: QUrl) -> None:
        scheme, _, rest = url.toString().partition(":")
        if scheme == "cite" and rest.isdigit():
            c = self.citation(int(rest))
            if c:
                QToolTip.showText(QCursor.pos(), self.citation_tooltip(c), self.browser)
                return
        QToolTip.hideText()

    def citation_tooltip(self, c: Citation) -> str:
        from html import escape

        joined = self.tr("（原文此处跨行，已连接）") if c.joined else ""
        return (f"<p style='max-width:420px;'><b>“{escape(c.quote)}”</b>{escape(joined)}</p>"
                f"<p>{escape(c.source_date)}《{escape(c.source_title)}》</p>"
                f"<p style='color:#59636e;'>{escape(self.tr('单击查看原文'))}</p>")

    def copy_summary(self) -> None:
        if self.details and self.catalogue:
            from desktopapp.gui import detailhtml

            QGuiApplication.clipboard().setText(detailhtml.plain_summary(self.details, self.catalogue.scope_label))
            self.copied.emit()
