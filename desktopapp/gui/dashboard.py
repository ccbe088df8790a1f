"""The 园区看板 tab and the 进展时间轴 tab: widgets around the painters of reports/dashboard.py and
reports/parktimeline.py, with tooltips and clicks taken from the painters' hits."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QPushButton, QScrollArea, QToolTip, QVBoxLayout, QWidget,
)

from desktopapp import style
from desktopapp.catalogue import Catalogue, Filters
from desktopapp.gui.insights import NoDetail
from desktopapp.gui.exportfile import export_picture
from desktopapp.gui.plaintext import plain_label
from desktopapp.reports.canvas import Picture
from desktopapp.reports.dashboard import DashboardData, dashboard_height, load_dashboard, paint_dashboard
from desktopapp.reports.parktimeline import (Track, load_timeline, localise_timeline, paint_timeline,
                                             timeline_height)
from desktopapp.i18n import translate


class Canvas(QWidget):
    """Paints a board at screen resolution; tooltips and clicks come from the painter's hits."""

    clicked = Signal(str, object)

    def __init__(self, board, parent=None):
        super().__init__(parent)
        self.board = board
        self.zoom = 1.0
        self.hits: list = []
        self.setMouseTracking(True)

    def unit(self) -> float:
        return self.logicalDpiX() / 72.0 * self.zoom

    def width_points(self) -> float:
        return max(360.0, (self.width() - 32) / self.unit())

    def relayout(self) -> None:
        try:
            h = self.board.board_height(self.width_points())
        except Exception:  # noqa: BLE001 - bad data: the paint event shows the message
            h = 100.0
        self.setMinimumHeight(int(h * self.unit()) + 40)
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def paintEvent(self, event) -> None:
        from desktopapp.gui.safepaint import paint_widget

        def paint(p: QPainter) -> None:
            p.fillRect(self.rect(), QColor(style.SURFACE))
            u = self.unit()
            w = self.width_points()
            rect = QRectF(16, 16, w * u, self.board.board_height(w) * u)
            self.hits = []
            self.board.paint_board(p, rect, u, self.hits)

        if not paint_widget(self, paint):
            self.hits = []

    def paint_failed(self, text: str) -> None:
        """Painting raised: the board says so in the status bar (the canvas shows the message too)."""
        self.board._set_status(text)

    def hit(self, pos):
        for r, what, payload, tip in reversed(self.hits):
            if r.contains(QPointF(pos)):
                return what, payload, tip
        return None

    def mouseMoveEvent(self, event) -> None:
        found = self.hit(event.position())
        self.setCursor(Qt.PointingHandCursor if found and found[0] in ("figure", "list", "entity")
                       else Qt.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            found = self.hit(event.position())
            if found:
                self.clicked.emit(found[0], found[1])

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            found = self.hit(event.pos())
            if found and found[2]:
                QToolTip.showText(event.globalPos(), found[2], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            self.zoom = max(0.6, min(2.5, self.zoom * 1.1 ** (event.angleDelta().y() / 120)))
            self.relayout()
            event.accept()
            return
        event.ignore()


class _BoardTab(QWidget):
    status_changed = Signal(str)
    navigate = Signal(int)
    open_list = Signal(str, object)
    kind = "board"
    title_text = ""
    export_width = 780.0  # points

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.detail = NoDetail()
        self.filters = Filters(kind="figure")
        self._loaded = False
        self._status = ""
        self.title = plain_label()  # holds the park's name, from the catalogue
        self.title.setObjectName("PaneTitle")
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 4)
        bar.addWidget(self.title, 1)
        self.png_button = QPushButton(translate("Dashboard", "导出 PNG…"))
        self.png_button.clicked.connect(lambda: self.export_png())
        self.pdf_button = QPushButton(translate("Dashboard", "导出 PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        bar.addWidget(self.png_button)
        bar.addWidget(self.pdf_button)
        self.canvas = Canvas(self)
        self.canvas.clicked.connect(self._clicked)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    # the board protocol used by Canvas
    def board_height(self, width: float) -> float:
        raise NotImplementedError

    def paint_board(self, p, rect, unit, hits=None) -> None:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    # the main window's protocol
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.load()
            self.canvas.relayout()

    def status_text(self) -> str:
        return self._status

    def focus_search(self) -> None:
        pass

    def current_id(self) -> int | None:
        return None

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._loaded = False
        if self.isVisible():
            self.ensure_loaded()

    def _set_status(self, text: str) -> None:
        self._status = text
        self.status_changed.emit(text)

    def _clicked(self, what: str, payload) -> None:
        if what in ("figure", "entity"):
            self.navigate.emit(payload)
        elif what == "list":
            self.open_list.emit(*payload)

    # export
    def picture(self) -> Picture:
        width = self.export_width
        cat = self.catalogue
        foot = translate("Dashboard", "来源：%1 · 数据截至 %2 · 数值均按报道原文，口径见各项标注").replace("%1", cat.name).replace(
            "%2", cat.meta.get("edition", "") or "—")
        return Picture(self.title_text, cat.meta.get("park", ""), foot, width, self.board_height(width),
                       lambda p, r, u: self.paint_board(p, r, u, None))

    def export_png(self, path: str | None = None) -> str | None:
        return self._export(".png", path)

    def export_pdf(self, path: str | None = None) -> str | None:
        return self._export(".pdf", path)

    def _export(self, suffix: str, path: str | None) -> str | None:
        self.ensure_loaded()
        path = export_picture(self, self.picture(), suffix, self.title_text, path)
        if path:
            self._set_status(translate("Dashboard", "已导出：%1").replace("%1", path))
        return path


class DashboardView(_BoardTab):
    kind = "dashboard"

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(catalogue, parent)
        self.setObjectName("DashboardView")
        self.data: DashboardData | None = None
        self.title_text = translate("Dashboard", "园区看板")
        self.filters = Filters(kind="figure", facets={"scope": {"park"}})
        self.include_internal = False  # the headline cards show investor figures unless asked for all
        self.internal_box = QCheckBox(translate("Dashboard", "包括内部工作数据"))
        self.internal_box.setToolTip(translate("Dashboard", "头条数据也显示廉政、党建、督办等内部工作数据"
                                                            "（导出资料册时的同一选项）"))
        self.internal_box.toggled.connect(self.set_include_internal)
        self.layout().itemAt(0).layout().insertWidget(1, self.internal_box)

    def set_include_internal(self, on: bool) -> None:
        """Show the internal working figures among the headline cards too (or not), and reload."""
        on = bool(on)
        self.internal_box.blockSignals(True)
        self.internal_box.setChecked(on)
        self.internal_box.blockSignals(False)
        if on == self.include_internal:
            return
        self.include_internal = on
        if self._loaded:
            self.load()
            self.canvas.relayout()

    def load(self) -> None:
        self.data = load_dashboard(self.catalogue, include_internal=self.include_internal)
        from desktopapp.catalogue.english import localiser, showing_english

        self.data.english = localiser(self.catalogue) if showing_english() else None
        self.title_text = translate("Dashboard", "园区看板")
        english = self.data.english
        park = (english.terms.get(("scope", "park")) if english is not None else None) or self.data.park
        self.title.setText(f"{self.title_text} · {park}")
        self._set_status(translate("Dashboard", "园区数据 %1 项 · 图表 %2 个").replace("%1", str(len(self.data.figures))).replace(
            "%2", str(len(self.data.charts))))

    def board_height(self, width: float) -> float:
        return dashboard_height(self.data, width) if self.data else 100.0

    def paint_board(self, p, rect, unit, hits=None) -> None:
        if self.data:
            paint_dashboard(p, rect, self.data, unit, hits)


class TimelineView(_BoardTab):
    kind = "timeline"
    export_width = 900.0

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(catalogue, parent)
        self.setObjectName("TimelineView")
        self.tracks: list[Track] = []
        self.left_out = 0
        self.title_text = translate("Dashboard", "进展时间轴")
        self.filters = Filters(kind="project")

    def load(self) -> None:
        from desktopapp.catalogue.english import localiser, showing_english

        self.tracks, self.left_out = load_timeline(self.catalogue)
        localise_timeline(self.tracks, localiser(self.catalogue) if showing_english() else None)
        text = translate("Dashboard", "进展时间轴 · 带日期的阶段与速度记录 %1 条").replace("%1", str(len(self.tracks)))
        if self.left_out:
            text += translate("Dashboard", "（另有 %1 个未显示）").replace("%1", str(self.left_out))
        self.title.setText(text)
        self._set_status(text)

    def board_height(self, width: float) -> float:
        return timeline_height(self.tracks)

    def paint_board(self, p, rect, unit, hits=None) -> None:
        paint_timeline(p, rect, self.tracks, unit, hits)

