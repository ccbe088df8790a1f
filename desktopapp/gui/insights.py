"""The insight tabs of the main window: 产业链图谱, 园区看板 and 进展时间轴.

`install_insight_tabs(window)` is the one call MainWindow makes. Each tab starts as a light placeholder and
builds its view (and imports the drawing modules) when first shown, so start-up stays fast. The tabs follow
the sections' protocol as far as the window uses it (kind, filters, ensure_loaded, status_text, focus_search,
current_id, detail), and they reload when File → 打开目录 switches catalogues.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktopapp.catalogue import Filters


class LazyTab(QWidget):
    """A tab whose view is built on first use; other attributes are the view's (window.chain_map.model …)."""

    def __init__(self, window, kind: str, factory):
        super().__init__()
        self._window = window
        self._factory = factory
        self._inner = None
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def inner(self):
        if self._inner is None:
            window = self._window
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
        if self._inner is not None:
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
    window.chain_map = LazyTab(window, "chainmap", _chain_map)
    window.dashboard = LazyTab(window, "dashboard", _dashboard)
    window.timeline = LazyTab(window, "timeline", _timeline)
    window.insight_tabs = (window.chain_map, window.dashboard, window.timeline)
    for tab, label in ((window.chain_map, window.tr("产业链图谱")), (window.dashboard, window.tr("园区看板")),
                       (window.timeline, window.tr("进展时间轴"))):
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
