"""The main window: one tab per kind, navigation history, menus, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QToolBar, QWidget

from desktopapp.catalogue import Catalogue, CatalogueError
from desktopapp.catalogue.errors import OldCatalogueError
from desktopapp.gui.maintenancemenu import install_maintenance_actions
from desktopapp.gui.plaintext import message, plain_label
from desktopapp.gui.section import SectionView
from desktopapp.gui.detailloader import DetailLoader
from desktopapp.gui.worker import QueryWorker
from desktopapp.labels import kind_label
from desktopapp.catalogue.kinds import KINDS



def _return_freed_memory() -> None:
    from desktopapp.allocator import return_freed_memory

    return_freed_memory()


class MainWindow(QMainWindow):
    catalogue_changed = Signal()
    section_built = Signal(object)  # a SectionView, built on first use

    def __init__(self, catalogue: Catalogue, settings: QSettings | None = None):
        self._painted = False  # the first query runs once the window has been painted
        self._after_paint: list = []  # and these (see after_first_paint)
        super().__init__()
        self.setObjectName("MainWindow")
        self.catalogue = catalogue
        self._opened_with = catalogue.path
        self.settings = settings or QSettings()
        self.worker = QueryWorker(catalogue.path, self)
        self.detail_loader = DetailLoader(catalogue.path, self)
        # View history for Back/Forward: entries of [tab kind, filters (sections only), entity id, provisional]
        # (see _record).
        self._history: list[list] = []
        self._history_pos = -1
        self._navigating = False
        self._restored: list | None = None  # the entry Back/Forward restored, while its list is loading
        self.article_dialog = None  # an ArticleDialog, made when an article is first opened

        self.tabs = QTabWidget()
        self.tabs.setObjectName("SectionTabs")
        self.tabs.setDocumentMode(True)
        # Sections are built when first shown (start-up builds only the one on screen).
        self.sections: dict[str, SectionView] = {}
        self._placeholders: dict[str, QWidget] = {}
        for kind in KINDS:
            placeholder = QWidget()
            self._placeholders[kind] = placeholder
            self.tabs.addTab(placeholder, kind_label(kind))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.tabs.setAccessibleName(self.tr("目录分区"))
        self.setAcceptDrops(True)  # a catalogue file dropped on the window opens it
        self._set_icon()
        self.catalogue_label = plain_label()  # the file name and edition come from the catalogue
        self.statusBar().addPermanentWidget(self.catalogue_label)
        self._make_actions()
        install_maintenance_actions(self)  # import, export list, images
        from desktopapp.gui.printing import install_report_actions

        install_report_actions(self)
        from desktopapp.gui.language import install_language_menu

        install_language_menu(self)  # 设置 → 语言 / Language
        from desktopapp.gui.insights import install_insight_tabs

        install_insight_tabs(self)  # 产业链图谱, 园区看板, 进展时间轴
        from desktopapp.gui.properties import install_properties_action

        install_properties_action(self)  # File → 目录属性… (the publisher block)
        self._update_titles()
        self._restore_settings()
        self._fit_to_screen()
        self._remember_recent(catalogue.path)
        self.current_section()  # the section on screen is built before the first paint

    def _set_icon(self) -> None:
        from desktopapp.catalogue import paths

        icon = paths.resources_dir() / "icons" / "desktopapp.png"
        if icon.is_file():
            from PySide6.QtGui import QIcon

            self.setWindowIcon(QIcon(str(icon)))

    def event(self, event) -> bool:
        if not self._painted and event.type() == QEvent.Paint:
            self._painted = True
            QTimer.singleShot(0, _return_freed_memory)  # before the first query loads the catalogue's arrays
            QTimer.singleShot(0, lambda: self.current_section().ensure_loaded())
            QTimer.singleShot(0, self._check_large_catalogue)
            QTimer.singleShot(0, self._update_tab_counts)
            for fn in self._after_paint:
                QTimer.singleShot(0, fn)
            self._after_paint.clear()
        return super().event(event)

    def after_first_paint(self, fn) -> None:
        """Call `fn` once the window has been painted (at once, if it has): work the first view does not
        need waits for it."""
        if self._painted:
            QTimer.singleShot(0, fn)
        else:
            self._after_paint.append(fn)

    def _check_large_catalogue(self) -> None:
        """A large file was opened without a full integrity check: run it now, in the background."""
        from desktopapp.catalogue.connection import QUICK_CHECK_BYTES

        try:
            large = self.catalogue.path.stat().st_size > QUICK_CHECK_BYTES
        except OSError:
            return
        if large:
            from desktopapp.gui.worker import IntegrityCheck

            self._stop_integrity_check()
            self._integrity = IntegrityCheck(self.catalogue.path, self)
            self._integrity.finished.connect(self._integrity_checked)
            self._integrity.start()

    def _stop_integrity_check(self) -> None:
        check = getattr(self, "_integrity", None)
        if check is not None:
            check.finished.disconnect(self._integrity_checked)
            check.stop()
            self._integrity = None

    def _integrity_checked(self, problem) -> None:
        self._integrity = None
        self.integrity_problem = problem  # None: the check passed
        if problem:
            message(self, self.tr("目录文件有损坏"), str(problem))
        else:
            self.statusBar().showMessage(self.tr("目录文件完整性检查通过。"), 5000)

    # ------------------------------------------------------------------ actions

    def _make_actions(self) -> None:
        self.back_action = QAction(self.tr("后退"), self)
        self.back_action.setShortcut(QKeySequence(Qt.ALT | Qt.Key_Left))
        self.back_action.setToolTip(self.tr("后退（Alt+←）"))
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = QAction(self.tr("前进"), self)
        self.forward_action.setShortcut(QKeySequence(Qt.ALT | Qt.Key_Right))
        self.forward_action.setToolTip(self.tr("前进（Alt+→）"))
        self.forward_action.triggered.connect(self.go_forward)
        self.open_action = QAction(self.tr("打开目录…"), self)
        self.open_action.setShortcut(QKeySequence.Open)
        self.open_action.triggered.connect(self.choose_catalogue)
        self.find_action = QAction(self.tr("查找"), self)
        self.find_action.setShortcut(QKeySequence.Find)
        self.find_action.triggered.connect(lambda: self.current_section().focus_search())
        self.copy_action = QAction(self.tr("复制摘要"), self)
        self.copy_action.setShortcut(QKeySequence(Qt.CTRL | Qt.SHIFT | Qt.Key_C))
        self.copy_action.triggered.connect(self.copy_summary)
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        about_action = QAction(self.tr("关于…"), self)
        about_action.triggered.connect(self.show_about)

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("最近打开的目录"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu = file_menu
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.copy_action)
        nav_menu = self.menuBar().addMenu(self.tr("导航(&G)"))
        nav_menu.addAction(self.back_action)
        nav_menu.addAction(self.forward_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(about_action)

        self._make_tab_keys(nav_menu)

        toolbar = QToolBar(self.tr("导航"))
        toolbar.setObjectName("MainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        toolbar.addAction(self.back_action)
        toolbar.addAction(self.forward_action)
        toolbar.addSeparator()
        toolbar.addAction(self.open_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        self._update_history_actions()

    def _make_tab_keys(self, menu) -> None:
        """Tabs by keyboard: Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDn / Ctrl+PgUp (next, previous), Alt+1…9
        (the n-th tab). Window shortcuts, so they work wherever the focus is (the search box included)."""
        def step(delta: int) -> None:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % self.tabs.count())

        next_tab = QAction(self.tr("下一个分区"), self)
        next_tab.setShortcuts([QKeySequence(Qt.CTRL | Qt.Key_Tab), QKeySequence(Qt.CTRL | Qt.Key_PageDown)])
        next_tab.triggered.connect(lambda: step(1))
        previous_tab = QAction(self.tr("上一个分区"), self)
        previous_tab.setShortcuts([QKeySequence(Qt.CTRL | Qt.SHIFT | Qt.Key_Backtab),
                                   QKeySequence(Qt.CTRL | Qt.SHIFT | Qt.Key_Tab),
                                   QKeySequence(Qt.CTRL | Qt.Key_PageUp)])
        previous_tab.triggered.connect(lambda: step(-1))
        menu.addSeparator()
        menu.addAction(next_tab)
        menu.addAction(previous_tab)
        self.tab_actions = []
        for n in range(1, 10):
            action = QAction(self)
            action.setShortcut(QKeySequence(Qt.ALT | getattr(Qt, f"Key_{n}")))
            action.triggered.connect(lambda _=False, i=n - 1: i < self.tabs.count() and self.tabs.setCurrentIndex(i))
            self.addAction(action)
            self.tab_actions.append(action)
        for action in (next_tab, previous_tab):
            action.setShortcutContext(Qt.WindowShortcut)

    # ------------------------------------------------------------------ sections

    def section(self, kind: str) -> SectionView:
        """The section of `kind`, built on first use."""
        if kind not in self.sections:
            section = SectionView(kind, self.catalogue, self.worker)
            section.set_detail_loader(self.detail_loader)
            section.status_changed.connect(lambda text, s=section: self._section_status(s, text))
            section.navigate.connect(self.navigate_to)
            section.selection_changed.connect(self._selected)
            section.filters_changed.connect(lambda: self._record(provisional=True))
            section.article_requested.connect(self.show_article)
            section.detail.copied.connect(self._copied)
            section.search_elsewhere.connect(self.search_in)
            section.filter_elsewhere.connect(self._show_list)
            # The saved selection belongs to the catalogue the window opened with.
            section.restore_settings(self.settings, selection=self.catalogue.path == self._opened_with)
            self.sections[kind] = section
            index = self.tabs.indexOf(self._placeholders[kind])
            current = self.tabs.currentIndex()
            text = self.tabs.tabText(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, section, text)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._placeholders.pop(kind).deleteLater()
            self.section_built.emit(section)
        return self.sections[kind]

    def current_section(self):
        widget = self.tabs.currentWidget()
        for kind, placeholder in self._placeholders.items():
            if widget is placeholder:
                return self.section(kind)
        return widget

    def show_section(self, kind: str) -> SectionView:
        section = self.section(kind)
        self.tabs.setCurrentWidget(section)
        section.ensure_loaded()
        return section

    def _tab_changed(self, _index: int) -> None:
        section = self.current_section()
        self._record(provisional=True)
        if self._painted:
            section.ensure_loaded()
        self.statusBar().showMessage(section.status_text())

    def _section_status(self, section: SectionView, text: str) -> None:
        if section is self.current_section():
            self.statusBar().showMessage(text)

    def _update_tab_counts(self) -> None:
        """Entities per kind on the tabs: a count over the whole file, so it runs after the first paint, in
        a thread."""
        from desktopapp.gui.worker import KindCounts

        counter = KindCounts(self.catalogue.path, self)
        self._kind_counts = counter
        counter.finished.connect(lambda _path, counts: self._show_tab_counts(counter, counts))
        counter.start()

    def _show_tab_counts(self, counter, counts: dict) -> None:
        if counter is not self._kind_counts:
            return  # counted before the catalogue was replaced or changed (an import reopens the same path)
        for i, kind in enumerate(KINDS):
            self.tabs.setTabText(i, f"{kind_label(kind)}  {counts.get(kind, 0)}")

    def _update_titles(self) -> None:
        for i, kind in enumerate(KINDS):
            self.tabs.setTabText(i, kind_label(kind))
        name = self.catalogue.name
        synthetic = self.tr("（合成数据）") if self.catalogue.synthetic else ""
        self.setWindowTitle(self.tr("招商图鉴 — %1").replace("%1", f"{name}{synthetic}"))
        edition = self.catalogue.meta.get("edition", "")
        self.catalogue_label.setText(
            self.tr("%1 · 数据截至 %2").replace("%1", self.catalogue.path.name).replace("%2", edition)
            if edition else self.catalogue.path.name)

    # ------------------------------------------------------------------ navigation

    def navigate_to(self, entity_id: int) -> None:
        kind = self.catalogue.kind_of(entity_id)
        if kind is None:
            return
        self.show_section(kind).select_entity(entity_id)

    def _selected(self, entity_id: int) -> None:
        self._record(provisional=False)

    def _view_state(self) -> list:
        widget = self.tabs.currentWidget()
        kind = getattr(widget, "kind", None)
        if kind in self._placeholders:
            return [kind, None, None, True]
        if kind in KINDS:
            return [kind, widget.filters, widget.current_id(), True]
        return [kind, None, None, True]

    def _record(self, provisional: bool) -> None:
        """Note the view (tab, filters and search text, selection) in the history. A view that only passes
        by — a tab or filter change before the list has selected — is provisional: the next change in the
        same tab replaces it, so one step of the user is one step back."""
        if self._navigating:
            return
        state = self._view_state()
        state[3] = provisional
        restored = self._restored
        if restored is not None:
            if state[0] == restored[0] and state[1] == restored[1]:
                restored[2] = state[2]  # the restored list selected its row: the same view
                return
            self._restored = None
        top = self._history[self._history_pos] if self._history_pos >= 0 else None
        if top is not None and top[:3] == state[:3]:
            top[3] = top[3] and provisional
            return
        if top is not None and top[3] and top[0] == state[0]:
            self._history[self._history_pos] = state
            return
        del self._history[self._history_pos + 1:]
        self._history.append(state)
        del self._history[:-200]
        self._history_pos = len(self._history) - 1
        self._update_history_actions()

    def _go(self, pos: int) -> None:
        if not 0 <= pos < len(self._history):
            return
        self._history_pos = pos
        entry = self._history[pos]
        kind, filters, entity_id, _ = entry
        self._navigating = True
        try:
            if kind in KINDS:
                section = self.show_section(kind)
                if filters is not None and filters != section.filters:
                    section._pending_select = entity_id
                    section.search.blockSignals(True)
                    section.search.setText(filters.text)
                    section.search.blockSignals(False)
                    section.set_filters(filters)
                elif entity_id is not None:
                    if section.model.row_of(entity_id) >= 0:
                        section.select_row(section.model.row_of(entity_id))
                    else:
                        section.select_entity(entity_id)
            else:
                tab = next((t for t in getattr(self, "insight_tabs", ()) if t.kind == kind), None)
                if tab is not None:
                    self.tabs.setCurrentWidget(tab)
        finally:
            self._navigating = False
        self._restored = entry
        self._update_history_actions()

    def go_back(self) -> None:
        self._go(self._history_pos - 1)

    def go_forward(self) -> None:
        self._go(self._history_pos + 1)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self._history_pos > 0)
        self.forward_action.setEnabled(0 <= self._history_pos < len(self._history) - 1)

    # ------------------------------------------------------------------ articles

    def show_article(self, source_id: str, citation) -> None:
        source = next(iter(self.catalogue.sources([source_id])), None)
        if source is None:
            return
        from desktopapp.gui.articledialog import ArticleDialog

        if self.article_dialog is not None:
            self.article_dialog.close()
        self.article_dialog = ArticleDialog(source["title"], source["date"],
                                            self.catalogue.source_text(source_id), citation, self)
        self.article_dialog.show()

    # ------------------------------------------------------------------ catalogues

    def choose_catalogue(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktopapp.gui.exportfile import last_folder, remember_folder

        start = last_folder("open", self) or str(self.catalogue.path.parent)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开目录"), start, self.tr("招商目录 (*.db *.sqlite *.sqlite3);;所有文件 (*)"))
        if path:
            remember_folder("open", path, self)
            self.open_catalogue(path)

    # recent catalogues, and catalogues dropped on the window

    def recent_catalogues(self) -> list[str]:
        recent = self.settings.value("catalogue/recent") or []
        if isinstance(recent, str):
            recent = [recent]
        return [str(p) for p in recent if p]

    def _remember_recent(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.recent_catalogues() if p != str(path)]
        self.settings.setValue("catalogue/recent", recent[:8])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.catalogue.path)
        entries = [p for p in self.recent_catalogues() if p != current]
        for i, path in enumerate(entries, 1):
            action = self.recent_menu.addAction(f"&{i % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setEnabled(Path(path).is_file())
            action.triggered.connect(lambda _=False, p=path: self.open_catalogue(p))
        if not entries:
            none = self.recent_menu.addAction(self.tr("（暂无）"))
            none.setEnabled(False)

    @staticmethod
    def _dropped_catalogue(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = urls[0].toLocalFile()
        return path if path.lower().endswith((".db", ".sqlite", ".sqlite3")) else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_catalogue(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._dropped_catalogue(event)
        if path:
            event.acceptProposedAction()
            self.open_catalogue(path)

    def open_catalogue(self, path: str | Path) -> bool:
        """Open another catalogue read-only. On failure, say why and keep the current one."""
        from desktopapp.write import maintenance

        try:
            if maintenance.recover(path):  # a working copy whose last write was interrupted: rolled back
                self.statusBar().showMessage(self.tr("上次未完成的写入已撤销：{path}").format(path=path), 10000)
            catalogue = Catalogue(path)
        except OldCatalogueError as exc:  # offer to convert a copy; the original stays as it is
            from desktopapp.gui.maintenance import offer_conversion

            converted = offer_conversion(self, exc)
            return self.open_catalogue(converted) if converted else False
        except CatalogueError as exc:
            message(self, self.tr("无法打开目录"), str(exc))
            return False
        from desktopapp.logs import log

        log.info("catalogue opened: %s", catalogue.path)
        old_catalogue, old_worker, old_loader = self.catalogue, self.worker, self.detail_loader
        self.catalogue = catalogue
        self.worker = QueryWorker(catalogue.path, self)
        self.detail_loader = DetailLoader(catalogue.path, self)
        for section in self.sections.values():
            section.set_catalogue(catalogue, self.worker)
            section.set_detail_loader(self.detail_loader)
        old_worker.stop()
        old_loader.stop()
        old_catalogue.close()
        self._history.clear()
        self._history_pos = -1
        self._restored = None
        self._update_history_actions()
        self._update_titles()
        self._remember_recent(catalogue.path)
        self._update_tab_counts()
        self.current_section().ensure_loaded()
        self._check_large_catalogue()
        self.catalogue_changed.emit()
        return True

    def search_in(self, kind: str, text: str) -> None:
        """Show `kind`'s list searched for `text` (other filters of that list cleared)."""
        from desktopapp.catalogue import Filters

        section = self.show_section(kind)
        section.search.blockSignals(True)
        section.search.setText(text)
        section.search.blockSignals(False)
        section.set_filters(Filters(kind=kind, text=text))

    def _show_list(self, kind: str, filters) -> None:
        from desktopapp.gui.insights import show_list

        show_list(self, kind, filters)

    def _copied(self) -> None:
        self.statusBar().showMessage(self.tr("已复制摘要（含出处）。"), 4000)

    def copy_summary(self) -> None:
        """复制摘要: the current entity's summary to the clipboard, confirmed in the status bar."""
        detail = self.current_section().detail
        if detail.entity_id() is None:
            self.statusBar().showMessage(self.tr("没有可复制的条目：请先在列表中选择一个。"), 4000)
            return
        detail.copy_summary()  # confirmed by _copied

    # ------------------------------------------------------------------ about

    def about_html(self) -> str:
        from html import escape

        from desktopapp.logs import log_path

        rows = "".join(
            f"<li>{escape(s['date'])}《{escape(s['title'])}》</li>" for s in self.catalogue.sources())
        counts = self.catalogue.kind_counts()
        figures = "，".join(f"{kind_label(k)} {counts[k]}" for k in KINDS)
        meta = self.catalogue.meta
        from desktopapp import __version__

        return (f"<h3>{escape(self.tr('招商图鉴'))}</h3>"
                f"<p>{escape(self.tr('软件版本'))}：{escape(__version__)}</p>"
                f"<p><b>{escape(self.catalogue.name)}</b></p>"
                f"<p>{escape(meta.get('description', ''))}</p>"
                f"<p>{escape(self.tr('数据截至'))}：{escape(meta.get('edition', '') or '—')}<br>"
                f"{escape(self.tr('目录文件'))}：{escape(str(self.catalogue.path))}</p>"
                f"<p>{escape(self.tr('程序日志'))}：{escape(str(log_path()))}</p>"
                f"<p>{escape(figures)}</p>"
                f"<p><b>{escape(self.tr('来源报道'))}</b></p><ol>{rows}</ol>")

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("关于招商图鉴"))
        box.setTextFormat(Qt.RichText)
        box.setText(self.about_html())
        box.exec()

    # ------------------------------------------------------------------ settings

    def _fit_to_screen(self) -> None:
        """1360×840, or the screen's free area if smaller (a 1366×768 laptop shows the status bar); a
        saved geometry larger than the screen it comes back on is shrunk the same way."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1360, 840)
            return
        free = screen.availableGeometry()
        frame_w = max(0, self.frameGeometry().width() - self.geometry().width())
        frame_h = max(0, self.frameGeometry().height() - self.geometry().height())
        if self.settings.value("window/geometry") is None:
            width, height = 1360, 840
        else:
            width, height = self.width(), self.height()
        width = min(width, free.width() - frame_w)
        height = min(height, free.height() - frame_h - 24)  # title bar of a window manager not yet known
        self.resize(max(640, width), max(480, height))
        geometry = self.frameGeometry()
        if not free.contains(geometry):
            geometry.moveCenter(free.center())
            self.move(max(free.left(), geometry.left()), max(free.top(), geometry.top()))

    def _restore_settings(self) -> None:
        s = self.settings
        if s.value("window/geometry") is not None:
            self.restoreGeometry(s.value("window/geometry"))
        last = s.value("window/section")
        if last in KINDS:
            self.tabs.setCurrentIndex(KINDS.index(last))

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/section", self.current_section().kind)
        s.setValue("catalogue/last", str(self.catalogue.path))
        for section in self.sections.values():
            section.save_settings(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_integrity_check()
        self.save_settings()
        self.worker.stop()
        self.detail_loader.stop()
        super().closeEvent(event)
