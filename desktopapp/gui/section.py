"""One section of the main window (one kind): filter pane | search, chips and list | detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from desktopapp.catalogue import Catalogue, Filters
from desktopapp.index.textkeys import terms
from desktopapp.gui.chips import ChipBar
from desktopapp.gui.detailpane import DetailPane
from desktopapp.gui.filterpane import FilterPane
from desktopapp.gui.highlight import HighlightDelegate
from desktopapp.gui.plaintext import plain_label, tip
from desktopapp.gui.listmodel import DEFAULT_HIDDEN, NOT_SORTABLE, EntityListModel
from desktopapp.gui.worker import QueryWorker
from desktopapp.labels import column_label, facet_label, kind_label, value_label
from desktopapp.catalogue.kinds import KINDS

SEARCH_DELAY_MS = 180


# Columns' least widths in pixels at 10 pt (fit_columns shares the list's width out from these).
MIN_WIDTHS = {"name": 170, "chains": 150, "stage": 52, "scope": 104, "year": 52, "amount": 96, "category": 84,
              "status": 60, "level": 64, "tier": 64, "value": 110, "period": 84, "basis": 72, "metric": 110,
              "aliases": 110}
# English stage and status words are longer than their two Chinese characters ("In production", "签约").
MIN_WIDTHS_ENGLISH = {"stage": 112, "status": 100, "scope": 120}
GROWS = {"name": 3, "chains": 2, "value": 1, "aliases": 1, "category": 1}


class _SearchBox(QLineEdit):
    """The search box. It keeps the keys it edits with (Ctrl+A/C/V/X/Z, word moves …) and leaves every other
    Ctrl/Alt combination to the window's shortcuts: QLineEdit claims some of them (Ctrl+E is "end of line"
    on X11), so 导出 PDF and others did nothing while the search box had the focus."""

    EDITING = frozenset(int(k) for k in (Qt.Key_A, Qt.Key_C, Qt.Key_V, Qt.Key_X, Qt.Key_Z, Qt.Key_Y, Qt.Key_Left,
                                         Qt.Key_Right, Qt.Key_Backspace, Qt.Key_Delete, Qt.Key_Home, Qt.Key_End,
                                         Qt.Key_Insert))

    def event(self, event):
        if event.type() == event.Type.ShortcutOverride:
            mods = event.modifiers()
            if mods & (Qt.ControlModifier | Qt.AltModifier) and event.key() not in self.EDITING:
                event.ignore()  # not ours: the window's shortcut runs
                return False
        return super().event(event)


class _Table(QTableView):
    activated_by_enter = Signal()
    resized = Signal()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.activated_by_enter.emit()
            return
        super().keyPressEvent(event)


class SectionView(QWidget):
    """Browse one kind. Emits `status_changed` with the "显示 n / m" text, `navigate` for links."""

    status_changed = Signal(str)
    navigate = Signal(int)  # an entity link was followed (may belong to another section)
    selection_changed = Signal(int)  # the entity shown in the detail pane
    article_requested = Signal(str, object)
    filters_changed = Signal()  # filters or search text set (the window's history notes the view)
    search_elsewhere = Signal(str, str)  # kind, text: show that kind's list searched for the text
    filter_elsewhere = Signal(str, object)  # kind, Filters: show that kind's list with these filters

    def __init__(self, kind: str, catalogue: Catalogue, worker: QueryWorker, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.catalogue = catalogue
        self.worker = worker
        self.filters = Filters(kind=kind)
        self.sort_column = "relevance"
        self.sort_descending = False
        if kind == "figure":  # 园区数据 opens newest first
            self.sort_column, self.sort_descending = "year", True
        self._request = 0
        self._pending_select: int | None = None
        self._detail_pending: int | None = None  # an entity whose details are being read in a thread
        self._detail_loader = None  # a DetailLoader (see set_detail_loader)
        self._details_in_thread: bool | None = None  # whether this kind is large enough for it (per catalogue)
        self._partial = False  # the list shows only its first rows; the whole list follows
        self._shown: int | None = None  # the request whose list and facet counts are shown
        self._total = 0
        self._loaded = False
        self.setObjectName(f"Section-{kind}")

        self.filter_pane = FilterPane()
        self.filter_pane.toggled.connect(self.toggle_facet)
        self.filter_pane.cleared.connect(self.clear_filters)

        centre = QWidget()
        centre.setObjectName("ListPane")
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(4, 8, 4, 8)
        cl.setSpacing(6)
        self.search = _SearchBox()
        self.search.setObjectName("SearchBox")
        self.search.setAccessibleName(self.tr("搜索%1").replace("%1", kind_label(kind)))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索%1：名称、简称、拼音或首字母（Ctrl+F）").replace(
            "%1", kind_label(kind)))
        self.search.textChanged.connect(self._search_edited)
        self.search.returnPressed.connect(self._search_now)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        QShortcut(QKeySequence(Qt.Key_Escape), self.search, activated=self._escape,
                  context=Qt.WidgetShortcut)
        cl.addWidget(self.search)
        self.chips = ChipBar()
        self.chips.removed.connect(self._chip_removed)
        cl.addWidget(self.chips)

        self.model = EntityListModel(catalogue, kind, self)
        self.table = _Table()
        self.table.setObjectName("ResultTable")
        self.table.setAccessibleName(self.tr("%1列表").replace("%1", kind_label(kind)))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        # Chinese figure names share long beginnings ("《重庆高新区加快建设…》…数"): their cells keep both ends. English
        # ones share both ends ("Science City: … in the "3238" system") and differ just after the subject.
        from desktopapp.catalogue.english import showing_english

        self.table.setTextElideMode(Qt.ElideMiddle if kind == "figure" and not showing_english() else Qt.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        # The sort is shown as an arrow in the column's title (see EntityListModel.set_sort): Qt's own
        # indicator draws a downward arrow for ascending order, which read as "sorted descending".
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._header_clicked)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._auto_columns = True  # widths follow the list's width until the user sets one or they are restored
        self._fitting = False
        self.table.resized.connect(self.fit_columns)
        header.sectionResized.connect(self._column_resized)
        for i, column in enumerate(self.model.columns):
            if column in DEFAULT_HIDDEN:
                self.table.setColumnHidden(i, True)
        self._show_sort_indicator()
        self.delegate = HighlightDelegate(self.table)
        self.delegate.keep_tail = kind == "figure" and showing_english()
        self.table.setItemDelegateForColumn(0, self.delegate)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated_by_enter.connect(self._open_current)

        self.empty = QWidget()
        el = QVBoxLayout(self.empty)
        el.addStretch(1)
        self.empty_label = plain_label()
        self.empty_label.setObjectName("EmptyState")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        el.addWidget(self.empty_label)
        self.empty_button = QPushButton(self.tr("清除所有筛选与搜索"))
        self.empty_button.clicked.connect(self.clear_all)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        el.addLayout(row)
        # When the search finds nothing here: the other kinds that have hits, as buttons ("项目 3").
        self.elsewhere_label = plain_label()
        self.elsewhere_label.setAlignment(Qt.AlignCenter)
        from desktopapp.gui.chips import FlowLayout

        self.elsewhere_box = QWidget()
        self.elsewhere_row = FlowLayout(self.elsewhere_box)
        self.elsewhere_box.setContentsMargins(24, 0, 24, 0)
        el.addWidget(self.elsewhere_label)
        el.addWidget(self.elsewhere_box)
        el.addStretch(2)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)
        cl.addWidget(self.list_stack, 1)

        self.detail = DetailPane()
        self.detail.entity_activated.connect(self.navigate)
        self.detail.article_requested.connect(self.article_requested)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("SectionSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.filter_pane)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        from desktopapp.catalogue.english import showing_english

        # English labels are longer than Chinese ones: a wider filter pane by default. English figure names
        # ("Chongqing High-Tech Zone land-sea corridor plan: tasks") need a wider list to read apart, and a
        # figure's details are short.
        if showing_english():
            self.splitter.setSizes([290, 720, 340] if kind == "figure" else [320, 540, 490])
        else:
            self.splitter.setSizes([270, 560, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        worker.finished.connect(self._finished)
        worker.ids_ready.connect(self._ids_ready)
        worker.page_ready.connect(self._page_ready)
        worker.failed.connect(self._failed)

    # ------------------------------------------------------------------ state

    def ensure_loaded(self) -> None:
        """Run the first query when the section is first shown (not at start-up for every section)."""
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def set_catalogue(self, catalogue: Catalogue, worker: QueryWorker) -> None:
        self.worker.finished.disconnect(self._finished)
        self.worker.ids_ready.disconnect(self._ids_ready)
        self.worker.page_ready.disconnect(self._page_ready)
        self.worker.failed.disconnect(self._failed)
        self.catalogue = catalogue
        self.worker = worker
        worker.finished.connect(self._finished)
        worker.ids_ready.connect(self._ids_ready)
        worker.page_ready.connect(self._page_ready)
        worker.failed.connect(self._failed)
        self.model.set_catalogue(catalogue)
        self._shown = None  # request ids start again with the new worker
        self._partial = False
        self.filters = Filters(kind=self.kind)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.detail.show_empty()
        self._loaded = False

    def set_filters(self, filters: Filters) -> None:
        changed = filters != self.filters
        self.filters = filters
        self.refresh()
        if changed:
            self.filters_changed.emit()

    def refresh(self) -> None:
        self._loaded = True
        self._request = self.worker.submit(self.kind, self.filters, self.sort_column, self.sort_descending)

    def toggle_facet(self, facet: str, value: str) -> None:
        self.set_filters(self.filters.toggled(facet, value))

    def clear_filters(self) -> None:
        self.set_filters(Filters(kind=self.kind, text=self.filters.text))

    def clear_all(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.set_filters(Filters(kind=self.kind))

    def _chip_removed(self, facet: str, value: str) -> None:
        if facet == "text":
            self.search.clear()
            return
        self.set_filters(self.filters.toggled(facet, value))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def _escape(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.table.setFocus()

    def _search_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _search_now(self) -> None:
        self._search_timer.stop()
        text = self.search.text()
        if text != self.filters.text:
            self.set_filters(self.filters.replace(text=text))

    # ------------------------------------------------------------------ results

    def _page_ready(self, request_id: int, result) -> None:
        """The first rows of a long list arrive before the whole list: show them at once."""
        if request_id != self._request:
            return
        self._show_list(result)

    def _ids_ready(self, request_id: int, result) -> None:
        """The list's ids arrive first (facet counts follow): show them at once."""
        if request_id != self._request:
            return
        self._show_list(result)

    def _finished(self, request_id: int, result) -> None:
        """The facet counts of a request whose list is shown (the worker sends the list first)."""
        if request_id != self._request:
            return
        parents = self.catalogue_chain_parents() if "chain" in result.facets else None
        from desktopapp.catalogue.english import localiser, showing_english

        self.filter_pane.english = localiser(self.catalogue) if showing_english() else None
        self.filter_pane.set_facets(result.facets, dict(self.filters.facets), parents)
        self.chips.set_chips(self._chips(result.facets))
        self._shown = request_id
        self.status_changed.emit(self.status_text())

    def _show_list(self, result) -> None:
        keep = self._pending_select or self._detail_pending or self.detail.entity_id()
        self._pending_select = None
        self._total = result.total
        self._partial = not result.complete
        self.delegate.terms = terms(self.filters.text)
        self.model.set_ids(result.ids)
        if len(result.ids):
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.list_stack.setCurrentWidget(self.empty)
            if self.filters.is_empty():
                self.empty_label.setText(self.tr("目录中还没有%1。").replace("%1", kind_label(self.kind)))
                self.empty_button.hide()
            else:
                self.empty_label.setText(self.tr("没有符合条件的%1。\n试试换个关键词、去掉部分筛选条件，或清除全部。")
                                         .replace("%1", kind_label(self.kind)))
                self.empty_button.show()
            self._offer_elsewhere()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self._partial and keep is not None:
            self._pending_select = keep  # it may be further down the whole list: decide when that arrives
            return
        if row < 0 and len(result.ids):
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self.detail.show_empty(self.tr("没有可显示的条目。") if not len(result.ids) else None)
        self.status_changed.emit(self.status_text())

    ELSEWHERE_KINDS = KINDS
    ELSEWHERE_UP_TO = 50_000  # entities per kind; larger registers are not searched on the side

    def hits_elsewhere(self, text: str) -> dict[str, int]:
        """Hits of `text` in the other kinds (with no other filter), those that have some."""
        found = {}
        for kind in self.ELSEWHERE_KINDS:
            if kind == self.kind or self.catalogue.exceeds(kind, self.ELSEWHERE_UP_TO):
                continue
            n = len(self.catalogue.ids(Filters(kind=kind, text=text)))
            if n:
                found[kind] = n
        return found

    def tag_hits(self, text: str, limit: int = 6) -> list[tuple[str, str, int]]:
        """Tags and honours (北斗, 小巨人 …) containing `text`, as (kind, tag, count), in every kind: the name
        search does not read them."""
        needle = text.strip().lower()
        if not needle:
            return []
        found = []
        for kind in self.ELSEWHERE_KINDS:
            if self.catalogue.exceeds(kind, self.ELSEWHERE_UP_TO):
                continue
            for v in self.catalogue.facet_counts(Filters(kind=kind)).get("tag", []):
                if needle in (v.label or v.value).lower() and v.count:
                    found.append((kind, v.value, v.count))
        return found[:limit]

    def _offer_elsewhere(self) -> None:
        while self.elsewhere_row.count():
            item = self.elsewhere_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        text = self.filters.text.strip()
        found = self.hits_elsewhere(text) if text else {}
        tags = self.tag_hits(text) if text else []
        from desktopapp.index.factsearch import fact_hits

        facts = fact_hits(self.catalogue, text) if text else []
        self.elsewhere_label.setVisible(bool(found or tags or facts))
        if not found and not tags and not facts:
            return
        self.elsewhere_label.setText(self.tr("“%1”的其他结果：").replace("%1", text[:30]))
        for kind, n in found.items():
            button = QPushButton(f"{kind_label(kind)} {n}")
            button.setObjectName("ElsewhereButton")
            button.clicked.connect(lambda _=False, k=kind, t=text: self.search_elsewhere.emit(k, t))
            self.elsewhere_row.addWidget(button)
        for kind, tag, n in tags:
            shown = tag if len(tag) <= 16 else tag[:15] + "…"
            button = QPushButton(self.tr("标签“%1” · %2 %3").replace("%1", shown).replace("%2", kind_label(kind))
                                 .replace("%3", str(n)))
            button.setObjectName("ElsewhereButton")
            button.setToolTip(tip(tag))
            button.clicked.connect(lambda _=False, k=kind, t=tag: self.filter_elsewhere.emit(
                k, Filters(kind=k, facets={"tag": {t}})))
            self.elsewhere_row.addWidget(button)
        for hit in facts:  # a figure found by its value: the button opens the entity it belongs to
            label = f"{hit.field} {hit.value}"
            shown = label if len(label) <= 24 else label[:23] + "…"
            name = hit.name if len(hit.name) <= 16 else hit.name[:15] + "…"
            button = QPushButton(self.tr("数据“%1” · %2").replace("%1", shown).replace("%2", name))
            button.setObjectName("ElsewhereButton")
            button.setToolTip(tip(f"{hit.name}：{label}"))
            button.clicked.connect(lambda _=False, eid=hit.entity_id: self.navigate.emit(eid))
            self.elsewhere_row.addWidget(button)
        self.elsewhere_box.updateGeometry()

    def _failed(self, request_id: int, message: str) -> None:
        if request_id == self._request:
            self._partial = False  # the whole list will not come: say what went wrong instead
            self.status_changed.emit(self.tr("查询出错：%1").replace("%1", message.strip().splitlines()[-1]))

    def catalogue_chain_parents(self) -> dict[str, str]:
        if not hasattr(self, "_chain_parents") or self._chain_parents[0] is not self.catalogue:
            self._chain_parents = (self.catalogue, self.catalogue.chain_parent_keys())
        return self._chain_parents[1]

    def _chips(self, facets) -> list[tuple[str, str, str]]:
        chips = []
        if self.filters.text.strip():
            chips.append(("text", "", self.tr("搜索：%1").replace("%1", self.filters.text.strip()[:30])))
        labels = {(f, v.value): v.label for f, values in facets.items() for v in values}
        for facet, values in sorted(self.filters.facets.items()):
            for value in sorted(values):
                label = value_label(facet, value, labels.get((facet, value), value))
                chips.append((facet, value, f"{facet_label(facet)}：{label}"))
        return chips

    def status_text(self) -> str:
        if self._partial:
            return self.tr("正在列出结果……")
        return self.tr("显示 %1 / %2").replace("%1", str(self.model.rowCount())).replace("%2", str(self._total))

    # ------------------------------------------------------------------ selection

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)
        self._show(self.model.id_at(row))

    def select_entity(self, entity_id: int) -> None:
        """Show `entity_id`; if the current filters hide it, clear them first."""
        row = self.model.row_of(entity_id)
        if row >= 0:
            self.select_row(row)
            return
        self._pending_select = entity_id
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters = Filters(kind=self.kind)
        self._show(entity_id)
        self.refresh()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.id_at(current.row()))

    def set_detail_loader(self, loader) -> None:
        """Read the details of large kinds through `loader` (a DetailLoader), off the GUI thread."""
        if self._detail_loader is not None:
            self._detail_loader.loaded.disconnect(self._details_loaded)
        self._detail_loader = loader
        self._detail_pending = None
        self._details_in_thread = None  # decided for the loader's catalogue when first needed
        loader.loaded.connect(self._details_loaded)

    def _show(self, entity_id: int | None) -> None:
        if entity_id is None:
            return
        if self._detail_loader is not None and self._details_in_thread is None:
            from desktopapp.gui.detailloader import LOAD_IN_THREAD_FROM

            self._details_in_thread = self.catalogue.exceeds(self.kind, LOAD_IN_THREAD_FROM - 1)
        if self._details_in_thread:
            if entity_id == self._detail_pending:
                return
            if entity_id == self.detail.entity_id():
                self._detail_pending = None  # back to the entity shown: the read under way is not wanted
                return
            self._detail_pending = entity_id
            self._detail_loader.request(self.kind, entity_id)
            return
        if entity_id == self.detail.entity_id():
            return
        self._detail_pending = None
        if self.detail.show_entity(self.catalogue, entity_id):
            self.selection_changed.emit(entity_id)

    def _details_loaded(self, channel: str, entity_id: int, details) -> None:
        if channel != self.kind or entity_id != self._detail_pending:
            return
        self._detail_pending = None
        if self.detail.show_details(self.catalogue, details):
            self.selection_changed.emit(entity_id)

    def _open_current(self) -> None:
        self.detail.browser.setFocus()

    def current_id(self) -> int | None:
        return self.detail.entity_id()

    # ------------------------------------------------------------------ columns and sorting

    def fit_columns(self) -> None:
        """Share the list's width among the shown columns (least widths first, the rest to the name and
        chain), so no shown column starts off screen."""
        if not self._auto_columns:
            return
        header = self.table.horizontalHeader()
        shown = [(i, c) for i, c in enumerate(self.model.columns) if not self.table.isColumnHidden(i)]
        if not shown:
            return
        scale = self.table.fontMetrics().height() / 17.0  # the least widths are for a 10 pt font
        from desktopapp.catalogue.english import showing_english

        widths = {**MIN_WIDTHS, **MIN_WIDTHS_ENGLISH} if showing_english() else MIN_WIDTHS
        least = {c: widths.get(c, 80) * scale for _, c in shown}
        available = self.table.viewport().width() - 2
        spare = available - sum(least.values())
        grows = sum(GROWS.get(c, 0) for _, c in shown) or 1
        self._fitting = True
        try:
            for i, column in shown:
                extra = spare * GROWS.get(column, 0) / grows if spare > 0 else spare * least[column] / sum(least.values())
                header.resizeSection(i, max(40, int(least[column] + extra)))
        finally:
            self._fitting = False

    def _column_resized(self, *_args) -> None:
        if not self._fitting and self.table.isVisible() and QApplication.mouseButtons():
            self._auto_columns = False  # the user dragged a column edge: keep their widths

    def _header_clicked(self, section: int) -> None:
        column = self.model.columns[section]
        if column in NOT_SORTABLE:
            return
        if self.sort_column == column:
            if self.sort_descending:
                self.sort_column, self.sort_descending = "relevance", False
            else:
                self.sort_descending = True
        else:
            self.sort_column, self.sort_descending = column, False
        self._show_sort_indicator()
        self.refresh()

    def _column_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        menu.addSection(self.tr("显示的列"))
        for i, column in enumerate(self.model.columns):
            action = QAction(column_label(column), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.setEnabled(i != 0)
            action.toggled.connect(lambda on, i=i: (self.table.setColumnHidden(i, not on), self.fit_columns()))
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # ------------------------------------------------------------------ settings

    def save_settings(self, settings: QSettings) -> None:
        settings.beginGroup(f"section/{self.kind}")
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("header", self.table.horizontalHeader().saveState())
        settings.setValue("auto_columns", self._auto_columns)
        settings.setValue("hidden", [c for i, c in enumerate(self.model.columns) if self.table.isColumnHidden(i)])
        if self.current_id() is not None:
            settings.setValue("selected", self.current_id())
        settings.endGroup()

    def restore_settings(self, settings: QSettings, selection: bool = True) -> None:
        """The section's layout and columns as saved, and with `selection` the entity selected then (saved
        for the catalogue the window opened with)."""
        settings.beginGroup(f"section/{self.kind}")
        if settings.value("splitter") is not None:
            self.splitter.restoreState(settings.value("splitter"))
        if settings.value("header") is not None:
            self.table.horizontalHeader().restoreState(settings.value("header"))
            self.table.horizontalHeader().setSortIndicatorShown(False)  # a state saved by an older version
            self._auto_columns = bool(settings.value("auto_columns", True) not in (False, "false"))
        hidden = settings.value("hidden")
        if isinstance(hidden, str):
            hidden = [hidden]
        if hidden is not None:
            for i, column in enumerate(self.model.columns):
                self.table.setColumnHidden(i, i != 0 and column in hidden)
        selected = settings.value("selected")
        if selection and selected is not None and str(selected).isdigit():
            self._pending_select = int(selected)
        settings.endGroup()
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        column = "period" if self.sort_column == "year" and "year" not in self.model.columns else self.sort_column
        self.model.set_sort(column if column in self.model.columns else None, self.sort_descending)
