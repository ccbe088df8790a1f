"""The insight tabs of the main window: 产业链图谱, 园区看板 and 进展时间轴.

`install_insight_tabs(window)` is the one call MainWindow makes. Each tab starts as a light placeholder and
builds its view (and imports the drawing modules) when first shown, so start-up stays fast. The tabs follow
the sections' protocol as far as the window uses it (kind, filters, ensure_loaded, status_text, focus_search,
current_id, detail), and they reload when File → 打开目录 switches catalogues.

The views draw a park: every member as a card, every stage date on a time axis. On a register of more than
INSIGHT_LIMIT enterprises (lead generation over a city or province) a tab says so and points to the lists
instead of spending seconds to minutes drawing hundreds of thousands of cards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktopapp.catalogue import Filters
from desktopapp.i18n import translate

# The insight views are built for catalogues of up to this many enterprises.
INSIGHT_LIMIT = 20_000


class NoDetail:
    """The detail pane of a tab that has none (the window's 复制摘要 and 添加图片 ask every tab's)."""

    def copy_summary(self) -> None:  # the main window's 复制摘要 has nothing to copy here
        pass

    def entity_id(self) -> None:
        return None


class TooLargeNotice(QWidget):
    """Stands in for an insight view on a register too large to draw; speaks the same protocol."""

    status_changed = Signal(str)
    navigate = Signal(int)
    open_list = Signal(str, object)

    def __init__(self, kind: str, title: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.detail = NoDetail()
        self.sort_column = "relevance"
        self.sort_descending = False
        layout = QVBoxLayout(self)
        text = self.tr("%1面向园区规模的目录（至多 %2 家企业），当前目录的企业多于此数。\n请在“企业”“项目”等列表中用筛选和搜索查看。")
        self.label = QLabel(text.replace("%1", title).replace("%2", f"{INSIGHT_LIMIT:,}"))
        self.label.setTextFormat(Qt.PlainText)
        self.label.setObjectName("EmptyState")
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)

    @property
    def filters(self) -> Filters:
        return Filters(kind="enterprise")

    def ensure_loaded(self) -> None:
        pass

    def status_text(self) -> str:
        return self.tr("目录过大，不绘制此视图")

    def focus_search(self) -> None:
        pass

    def current_id(self):
        return None

    def set_catalogue(self, catalogue) -> None:
        pass


class LazyTab(QWidget):
    """A tab whose view is built on first use; other attributes are the view's (window.chain_map.model …)."""

    def __init__(self, window, kind: str, factory, title: str):
        super().__init__()
        self._window = window
        self._factory = factory
        self._title = title
        self._inner = None
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def inner(self):
        if self._inner is None:
            window = self._window
            if window.catalogue.exceeds("enterprise", INSIGHT_LIMIT):
                view = TooLargeNotice(self.kind, self._title)
            else:
                view = self._factory(window.catalogue)
            view.navigate.connect(window.navigate_to)
            view.status_changed.connect(lambda text: _status(window, self, text))
            view.open_list.connect(lambda kind, filters: show_list(window, kind, filters))
            self.layout().addWidget(view)
            view.setVisible(self.isVisible())
            self._inner = view
        return self._inner

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.inner(), name)

    # the main window's protocol (without building the view before it is needed)
    def ensure_loaded(self) -> None:
        self.inner().ensure_loaded()

    def status_text(self) -> str:
        return self._inner.status_text() if self._inner is not None else ""

    def current_id(self):
        return self._inner.current_id() if self._inner is not None else None

    def set_catalogue(self, catalogue) -> None:
        if self._inner is None:
            return
        if isinstance(self._inner, TooLargeNotice) or catalogue.exceeds("enterprise", INSIGHT_LIMIT):
            self._inner.setParent(None)  # built again, as the new catalogue's size needs, when next shown
            self._inner.deleteLater()
            self._inner = None
            return
        self._inner.set_catalogue(catalogue)

    @property
    def filters(self) -> Filters:
        return self.inner().filters


def _chain_map(catalogue):
    from desktopapp.gui.chainmapview import ChainMapView

    return ChainMapView(catalogue)


def _dashboard(catalogue):
    from desktopapp.gui.dashboard import DashboardView

    return DashboardView(catalogue)


def _timeline(catalogue):
    from desktopapp.gui.dashboard import TimelineView

    return TimelineView(catalogue)


def install_insight_tabs(window) -> None:
    # An explicit context: lupdate files `window.tr(...)` under "window", which no class at run time looks up.
    titles = (translate("InsightTabs", "产业链图谱"), translate("InsightTabs", "园区看板"),
              translate("InsightTabs", "进展时间轴"))
    window.chain_map = LazyTab(window, "chainmap", _chain_map, titles[0])
    window.dashboard = LazyTab(window, "dashboard", _dashboard, titles[1])
    window.timeline = LazyTab(window, "timeline", _timeline, titles[2])
    window.insight_tabs = (window.chain_map, window.dashboard, window.timeline)
    for tab, label in zip(window.insight_tabs, titles):
        window.tabs.addTab(tab, label)

    def switched() -> None:
        for tab in window.insight_tabs:
            tab.set_catalogue(window.catalogue)
        current = window.tabs.currentWidget()
        if current in window.insight_tabs:
            current.ensure_loaded()

    window.catalogue_changed.connect(switched)


def _status(window, tab, text: str) -> None:
    if window.tabs.currentWidget() is tab:
        window.statusBar().showMessage(text)


def show_list(window, kind: str, filters: Filters) -> None:
    """Switch to a section and show its list with `filters` (search text cleared)."""
    section = window.show_section(kind)
    section.search.blockSignals(True)
    section.search.clear()
    section.search.blockSignals(False)
    section.set_filters(filters)
