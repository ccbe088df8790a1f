"""The 产业链图谱 tab: a chain (or a whole chain system) drawn upstream → downstream with the park's
enterprises and projects on their segments, gaps to fill, and the organisations that serve the chain.

The map is painted by `reports.chainmap.paint_chain_map`, the same code as the PDF chain sheet, inside a
QGraphicsView (Ctrl+wheel zooms, dragging pans, "适应窗口" fits). Large segments collapse to
`CARDS_PER_SEGMENT` cards and a "+ 还有 N 家" card: a click shows them all when there are at most
`EXPAND_LIMIT`, otherwise it opens the enterprise list filtered to that segment.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGraphicsItem, QGraphicsScene, QGraphicsView, QHBoxLayout, QLabel,
    QPushButton, QSplitter, QTextBrowser, QToolTip, QVBoxLayout, QWidget,
)

from desktopapp import i18n, style
from desktopapp.catalogue import Catalogue, Filters
from desktopapp.index.facets import FacetValue
from desktopapp.gui.filterpane import FilterPane
from desktopapp.gui.insights import NoDetail
from desktopapp.gui.exportfile import export_picture
from desktopapp.reports.canvas import Picture
from desktopapp.reports.chainmap import (
    ChainMap, MapMember, chain_map_height, filter_chain_map, honour_tags, load_map, localise_chain_map, map_members,
    paint_chain_map,
)

UNIT = 4.0  # scene units per point (text is measured at a comfortable pixel size, then the view scales)
CARDS_PER_SEGMENT = 12
EXPAND_LIMIT = 150
COLUMN_POINTS = 104  # layout width per segment column
MIN_WIDTH_POINTS = 480
HIDDEN_FACETS = ("chain",)  # chosen with the chain selector, not in the filter pane
def layout_width(model: ChainMap) -> float:
    """Points: enough for every row's columns to stay readable."""
    most = max((len(r.segments) + (1 if (r.unplaced or not r.segments) else 0) for r in model.rows), default=1)
    return max(MIN_WIDTH_POINTS, most * COLUMN_POINTS)


class _MapItem(QGraphicsItem):
    """The whole map as one item, painted by the shared painter."""

    def __init__(self):
        super().__init__()
        self.model: ChainMap | None = None
        self.width = MIN_WIDTH_POINTS * UNIT
        self.height = 100.0
        self.hits: list = []
        self.more_text = QCoreApplication.translate("ChainMapView", "+ 还有 {n} 家")

    def set_model(self, model: ChainMap | None) -> None:
        self.prepareGeometryChange()
        self.model = model
        if model is None:
            self.width, self.height, self.hits = MIN_WIDTH_POINTS * UNIT, 100.0, []
        else:
            self.width = layout_width(model) * UNIT
            self.height = chain_map_height(model, self.width, UNIT, CARDS_PER_SEGMENT)
            self.hits = []
            from PySide6.QtGui import QImage

            probe = QImage(1, 1, QImage.Format_ARGB32_Premultiplied)
            painter = QPainter(probe)
            try:
                self._paint(painter, self.hits)
            except Exception:  # noqa: BLE001 - bad data: paint() shows the message, clicks hit nothing
                self.hits = []
            finally:
                painter.end()
        self.update()

    def _paint(self, painter: QPainter, hits: list | None) -> None:
        if self.model is not None:
            paint_chain_map(painter, QRectF(0, 0, self.width, self.height), self.model, UNIT, CARDS_PER_SEGMENT,
                            hits, self.more_text)

    def boundingRect(self) -> QRectF:
        return QRectF(-6 * UNIT, -6 * UNIT, self.width + 12 * UNIT, self.height + 12 * UNIT)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        from desktopapp.gui.safepaint import paint_on

        def paint(p: QPainter) -> None:
            p.fillRect(self.boundingRect(), QColor(style.SURFACE))
            self._paint(p, None)

        paint_on(self, painter, self.boundingRect(), paint)

    def hit(self, pos: QPointF):
        for rect, what, payload in reversed(self.hits):
            if rect.contains(pos):
                return what, payload
        return None


class MapView(QGraphicsView):
    """Zoom with Ctrl+wheel (or the buttons), pan by dragging; a click (no drag) reports what it hit."""

    clicked = Signal(str, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("ChainMapCanvas")
        self.item = _MapItem()
        scene = QGraphicsScene(self)
        scene.setBackgroundBrush(QColor(style.SURFACE_ALT))
        scene.addItem(self.item)
        self.setScene(scene)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.setAlignment(Qt.AlignTop | Qt.AlignHCenter)
        self._press: QPointF | None = None
        self._fitted_width = 0

    def resizeEvent(self, event) -> None:
        """While the user has not zoomed, keep the map as wide as the window."""
        following = abs(self.zoom() - self._fit_zoom(self._fitted_width)) < 1e-6 if self._fitted_width else True
        super().resizeEvent(event)
        if following and self.item.model is not None:
            self.fit_width()

    def _fit_zoom(self, viewport_width: int) -> float:
        return max(0.03, min(3.0, max(50, viewport_width - 4) / max(self.scene().sceneRect().width(), 1)))

    def set_model(self, model: ChainMap | None, keep_view: bool = False) -> None:
        centre = self.mapToScene(self.viewport().rect().center()) if keep_view else None
        self.item.set_model(model)
        self.scene().setSceneRect(self.item.boundingRect())
        if centre is not None:
            self.centerOn(centre)
        else:
            self.fit_width()

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(0.03, min(3.0, factor))
        self.setTransform(self.transform().fromScale(factor, factor))

    def zoom_by(self, ratio: float) -> None:
        self.set_zoom(self.zoom() * ratio)

    def fit_all(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)

    def fit_width(self) -> None:
        rect = self.scene().sceneRect()
        self._fitted_width = self.viewport().width()
        self.set_zoom(self._fit_zoom(self._fitted_width))
        self.ensureVisible(QRectF(rect.left(), rect.top(), 1, 1), 0, 0)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(1.15 ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        start, self._press = self._press, None
        if event.button() != Qt.LeftButton or start is None:
            return
        if (event.position() - start).manhattanLength() > 5:
            return  # a drag (pan), not a click
        found = self.item.hit(self.mapToScene(event.position().toPoint()))
        if found:
            self.clicked.emit(*found)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if self._press is None:
            found = self.item.hit(self.mapToScene(event.position().toPoint()))
            self.viewport().setCursor(Qt.PointingHandCursor if found else Qt.OpenHandCursor)

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            found = self.item.hit(self.mapToScene(event.pos()))
            text = self.parent_tooltip(found) if found else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def parent_tooltip(self, found) -> str:
        owner = self.parent()
        while owner is not None and not hasattr(owner, "tooltip_for"):
            owner = owner.parent()
        return owner.tooltip_for(*found) if owner is not None else ""

    def centre_of(self, what: str, match) -> QPointF | None:
        """Viewport position of the first drawn thing `what` whose payload satisfies `match` (tests)."""
        for rect, kind, payload in self.item.hits:
            if kind == what and match(payload):
                return QPointF(self.mapFromScene(rect.center()))
        return None


class ChainMapView(QWidget):
    """The tab. `navigate(entity_id)` asks the main window to open an entity's detail."""

    status_changed = Signal(str)
    navigate = Signal(int)
    open_list = Signal(str, object)  # kind, Filters: show a section's list with these filters
    kind = "chainmap"

    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(parent)
        self.setObjectName("ChainMapView")
        self.catalogue = catalogue
        self.detail = NoDetail()
        self.selections: dict[str, frozenset[str]] = {}
        self.chain_id: int | None = None
        self.full_model: ChainMap | None = None
        self.model: ChainMap | None = None
        self._loaded = False
        self._status = ""
        self._expanded: set[tuple[int, int | None]] = set()
        self._honours: list[str] | None = None
        self._keys: dict[int, str] = {}

        self.filter_pane = FilterPane()
        self.filter_pane.toggled.connect(self._toggle)
        self.filter_pane.setMinimumWidth(200)  # facet names and values stay readable, never "C···"
        self.filter_pane.cleared.connect(self._clear_filters)

        self.chain_combo = QComboBox()
        self.chain_combo.setObjectName("ChainSelector")
        # Shrinks before the filter pane does: on a 1366-pixel screen the English toolbar needs the room.
        self.chain_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.chain_combo.setMinimumContentsLength(18)
        self.chain_combo.setMaxVisibleItems(30)
        self.chain_combo.currentIndexChanged.connect(self._chain_chosen)
        self.projects_box = QCheckBox(self.tr("显示项目"))
        self.projects_box.setChecked(True)
        self.projects_box.toggled.connect(lambda _on: self.reload())
        buttons = []
        for label, tip, slot in (
                (self.tr("适应窗口"), self.tr("整张图谱放入窗口"), lambda: self.view.fit_all()),
                (self.tr("适应宽度"), self.tr("图谱宽度放满窗口（默认）"), lambda: self.view.fit_width()),
                ("−", self.tr("缩小（Ctrl+滚轮）"), lambda: self.view.zoom_by(1 / 1.25)),
                ("+", self.tr("放大（Ctrl+滚轮）"), lambda: self.view.zoom_by(1.25)),
                (self.tr("导出 PNG…"), self.tr("将当前图谱导出为图片"), lambda: self.export_png()),
                (self.tr("导出 PDF…"), self.tr("将当前图谱导出为一页矢量 PDF"), lambda: self.export_pdf())):
            b = QPushButton(label)
            b.setToolTip(tip)
            if len(label) == 1:
                b.setFixedWidth(34)
            b.clicked.connect(slot)
            buttons.append(b)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 2)
        label = QLabel(self.tr("产业链"))
        label.setObjectName("PaneTitle")
        bar.addWidget(label)
        bar.addWidget(self.chain_combo, 1)
        bar.addWidget(self.projects_box)
        from desktopapp.catalogue.english import showing_english

        english = showing_english()
        if english:  # the English labels need a row of their own on a 1366-pixel screen
            tools = QHBoxLayout()
            tools.setContentsMargins(8, 0, 8, 2)
            tools.addStretch(1)
        else:
            tools = bar
            bar.addSpacing(12)
        for b in buttons:
            tools.addWidget(b)

        self.view = MapView()
        self.view.clicked.connect(self._clicked)
        self.info = QTextBrowser()
        self.info.setObjectName("DetailBrowser")
        self.info.setOpenLinks(False)
        self.info.anchorClicked.connect(self._anchor)

        centre = QWidget()
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(2)
        cl.addLayout(bar)
        if tools is not bar:
            cl.addLayout(tools)
        cl.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.filter_pane)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.info)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 800, 276] if english else [230, 900, 290])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # ------------------------------------------------------------------ the main window's protocol

    @property
    def filters(self) -> Filters:
        """The enterprises shown (the brochure export of File → 导出资料册 uses it)."""
        facets = dict(self.selections)
        key = self._keys.get(self.chain_id) if self.chain_id else None
        if key:
            facets["chain"] = frozenset({key})
        return Filters(kind="enterprise", facets=facets)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._fill_chains()

    def status_text(self) -> str:
        return self._status

    def focus_search(self) -> None:
        self.chain_combo.setFocus()
        self.chain_combo.showPopup()

    def current_id(self) -> int | None:
        """The chain shown (File → 导出 PDF exports its chain sheet)."""
        return self.chain_id

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.selections = {}
        self.chain_id = None
        self._honours = None
        self._expanded.clear()
        self._loaded = False
        self.full_model = self.model = None
        self.view.set_model(None)
        self.chain_combo.blockSignals(True)
        self.chain_combo.clear()
        self.chain_combo.blockSignals(False)
        if self.isVisible():
            self.ensure_loaded()

    # ------------------------------------------------------------------ chains

    def _fill_chains(self) -> None:
        cat = self.catalogue
        self.chain_combo.blockSignals(True)
        self.chain_combo.clear()
        self._keys = {}
        from desktopapp.catalogue.english import localiser, showing_english

        english = localiser(cat) if showing_english() else None

        def add(node: dict, depth: int) -> None:
            children = [c for c in cat.chain_children(node["id"]) if c["level"] != "segment"]
            self._keys[node["id"]] = node["key"]
            name = english.name(node["id"], node["name"]) if english else node["name"]
            if node["level"] == "system":
                label = self.tr("%1（整个体系）").replace("%1", name) if children else name
            else:
                label = "　" * depth + name
            self.chain_combo.addItem(label, node["id"])
            for child in children:
                add(child, depth + 1)

        for system in cat.chain_children(None):
            add(system, 0)
        self.chain_combo.blockSignals(False)
        default = next((i for i in range(self.chain_combo.count())
                        if self.chain_combo.itemText(i).startswith("　")), 0)
        if self.chain_combo.count():
            if self.chain_combo.currentIndex() == default:
                self._chain_chosen(default)
            else:
                self.chain_combo.setCurrentIndex(default)
        else:
            self._show_empty()

    def show_chain(self, chain_id: int) -> None:
        self.ensure_loaded()
        i = self.chain_combo.findData(chain_id)
        if i >= 0:
            self.chain_combo.setCurrentIndex(i)

    def _chain_chosen(self, index: int) -> None:
        chain_id = self.chain_combo.itemData(index)
        if chain_id is None:
            return
        self.chain_id = chain_id
        self._expanded.clear()
        self.reload()

    def _show_empty(self) -> None:
        self.view.set_model(None)
        self.info.setHtml(f"<p>{escape(self.tr('目录中还没有产业链。'))}</p>")
        self._set_status(self.tr("目录中还没有产业链。"))

    # ------------------------------------------------------------------ building

    def kinds(self) -> tuple[str, ...]:
        return ("enterprise", "project") if self.projects_box.isChecked() else ("enterprise",)

    def reload(self) -> None:
        """Rebuild the full map of the chosen chain, then apply the filters."""
        if self.chain_id is None:
            return
        if self._honours is None:
            self._honours = honour_tags(self.catalogue)
        self.full_model = load_map(self.catalogue, self.chain_id, self.kinds(), self._honours)
        from desktopapp.catalogue.english import localiser, showing_english

        if showing_english():  # names, segments, partners and roles in English, as on English sheets
            localise_chain_map(self.full_model, localiser(self.catalogue))
        self.apply_filters()
        self.view.fit_width()

    def _allowed(self) -> set[int] | None:
        """Ids passing the filter pane (None: no filter). Projects are filtered by the facets they share
        with enterprises (stage, segment …); an enterprise-only facet (tag, role …) hides them."""
        if not self.selections:
            return None
        cat = self.catalogue
        key = self._keys.get(self.chain_id)
        facets = {**self.selections, "chain": frozenset({key})}
        allowed = set(cat.ids(Filters(kind="enterprise", facets=facets)))
        from desktopapp.index.facets import KIND_FACETS

        if all(f in KIND_FACETS["project"] for f in facets):
            allowed |= set(cat.ids(Filters(kind="project", facets=facets)))
        return allowed

    def apply_filters(self, keep_view: bool = False) -> None:
        if self.full_model is None:
            self._show_empty()
            return
        allowed = self._allowed()
        model = filter_chain_map(self.full_model, allowed) if allowed is not None else \
            filter_chain_map(self.full_model, {m.id for m in map_members(self.full_model)})
        for row in model.rows:
            for seg in row.segments:
                seg.expanded = (row.chain_id, seg.id) in self._expanded
            row.unplaced_expanded = (row.chain_id, None) in self._expanded
        self.model = model
        self.view.set_model(model, keep_view=keep_view)
        self._update_facets()
        self.show_overview()
        self._update_status()

    def _update_facets(self) -> None:
        key = self._keys.get(self.chain_id)
        facets = self.catalogue.facet_counts(
            Filters(kind="enterprise", facets={**self.selections, "chain": frozenset({key})}))
        facets = {f: v for f, v in facets.items() if f not in HIDDEN_FACETS}
        if "segment" in facets and self.full_model is not None:
            # only this map's segments, named without the chain when the map shows a single chain
            ids = [seg.id for row in self.full_model.rows for seg in row.segments if seg.id]
            keys = {r["key"] for r in self.catalogue.rows(ids).values()}
            single = len(self.full_model.rows) == 1
            facets["segment"] = [
                FacetValue(v.value, v.label.split(" · ")[-1] if single else v.label, v.count)
                for v in facets["segment"] if v.value in keys or v.value in self.selections.get("segment", ())]
        from desktopapp.catalogue.english import localiser, showing_english

        self.filter_pane.english = localiser(self.catalogue) if showing_english() else None
        self.filter_pane.set_facets(facets, dict(self.selections))

    def _toggle(self, facet: str, value: str) -> None:
        current = set(self.selections.get(facet, ()))
        current ^= {value}
        if current:
            self.selections[facet] = frozenset(current)
        else:
            self.selections.pop(facet, None)
        self.apply_filters(keep_view=False)
        self.view.fit_width()

    def set_selections(self, selections: dict[str, set[str]]) -> None:
        self.selections = {f: frozenset(v) for f, v in selections.items() if v}
        self.apply_filters()
        self.view.fit_width()

    def _clear_filters(self) -> None:
        self.set_selections({})

    def counts(self) -> dict[str, int]:
        members = map_members(self.model) if self.model else []
        return {
            "enterprise": len({m.id for m in members if m.kind == "enterprise"}),
            "project": len({m.id for m in members if m.kind == "project"}),
            "gaps": len(self.model.gaps()) if self.model else 0,
            "hidden": sum(s.hidden for r in self.model.rows for s in r.segments) + sum(
                r.unplaced_hidden for r in self.model.rows) if self.model else 0,
        }

    def _update_status(self) -> None:
        c = self.counts()
        text = self.tr("图谱：%1 · 企业 %2 家 · 项目 %3 个 · 待补链环节 %4 个").replace(
            "%1", self.model.name if self.model else "").replace("%2", str(c["enterprise"])).replace(
            "%3", str(c["project"])).replace("%4", str(c["gaps"]))
        if self.selections:
            text += self.tr("（已筛选）")
        self._set_status(text)

    def _set_status(self, text: str) -> None:
        self._status = text
        self.status_changed.emit(text)

    # ------------------------------------------------------------------ clicks and tooltips

    def _clicked(self, what: str, payload) -> None:
        if what in ("member", "service"):
            self.navigate.emit(payload.id)
        elif what == "more":
            row, seg = payload
            total = len(seg.members)
            if total <= EXPAND_LIMIT:
                self._expanded.add((row.chain_id, seg.id))
                self.apply_filters(keep_view=True)
            else:
                self.open_segment_list(row.chain_id, seg.id)
        elif what in ("segment", "gap", "open"):
            row, seg = payload
            if seg.id is not None:
                self.show_segment(row, seg)

    def open_segment_list(self, chain_id: int, segment_id: int | None) -> None:
        """The enterprise list filtered to a segment (or the chain's unplaced members), with the map's filters."""
        facets = dict(self.selections)
        if segment_id is not None:
            facets["segment"] = frozenset({self.catalogue.row(segment_id)["key"]})
        else:
            facets["chain"] = frozenset({self.catalogue.row(chain_id)["key"]})
        self.open_list.emit("enterprise", Filters(kind="enterprise", facets=facets))

    def tooltip_for(self, what: str, payload) -> str:
        if what in ("member", "service"):
            m: MapMember = payload
            row = self.catalogue.row(m.id) or {}
            lines = [f"<b>{escape(row.get('name') or m.name)}</b>"]
            bits = [b for b in (m.role if what == "member" else None, m.stage) if b]
            if bits:
                lines.append(escape(" · ".join(bits)))
            if m.honours:
                lines.append("★ " + escape(i18n.joined(m.honours)))
            lines.append(f"<span style='color:{style.TEXT_MUTED}'>{escape(self.tr('点击查看详情'))}</span>")
            return "<br>".join(lines)
        row, seg = payload
        if what == "more":
            n = len(seg.members)
            hint = self.tr("点击展开全部 %1 家").replace("%1", str(n)) if n <= EXPAND_LIMIT else \
                self.tr("共 %1 家：点击打开按此环节筛选的企业列表").replace("%1", str(n))
            return escape(hint)
        if what == "gap":
            return escape(self.tr("%1：园区暂无企业，为补链招商方向。点击查看来源所述。").replace("%1", seg.name))
        return escape(self.tr("%1：点击查看环节详情").replace("%1", seg.name))

    # ------------------------------------------------------------------ side panel

    def _anchor(self, url) -> None:
        text = url.toString()
        scheme, _, rest = text.partition(":")
        if scheme == "entity" and rest.isdigit():
            self.navigate.emit(int(rest))
        elif scheme == "list":
            chain, _, seg = rest.partition("/")
            self.open_segment_list(int(chain), int(seg) if seg.isdigit() else None)
        elif scheme == "overview":
            self.show_overview()

    def _gap_notes(self, segment_id: int) -> list[str]:
        """What the sources say about a segment: its summary, facts, serving links and mentions."""
        d = self.catalogue.details(segment_id)
        if d is None:
            return []
        from desktopapp.catalogue.english import localiser, showing_english

        english = localiser(self.catalogue) if showing_english() else None  # the editors' English, if any
        notes = []
        summary = (english.summaries.get(segment_id) if english else None) or d.entity.get("summary")
        if summary:
            notes.append(escape(summary))
        for f in d.facts:
            field, value = (english.term("field", f.field), english.fact_value(f.value) or f.value) if english \
                else (f.field, f.value)
            notes.append(f"{escape(field)}{i18n.colon()}{escape(value)}")
        for link in d.links:
            if link.relation != "chain" and not link.outgoing:
                name = english.name(link.other_id, link.other_name) if english else link.other_name
                notes.append(f"<a href='entity:{link.other_id}'>{escape(name)}</a>"
                             + escape(i18n.parenthesised(link.relation == 'serves' and self.tr('服务该环节') or self.tr('相关'))))
        for c in d.mentions[:3]:
            notes.append(f"“{escape(c.quote)}”<span style='color:{style.TEXT_MUTED}'>——{escape(c.source_date)}"
                         f"《{escape(c.source_title)}》</span>")
        return notes

    def show_overview(self) -> None:
        model = self.model
        if model is None:
            return
        c = self.counts()
        parts = [f"<h3 style='margin:0'>{escape(model.name)}</h3>",
                 f"<p>{escape(self.tr('园区企业 %1 家 · 项目 %2 个').replace('%1', str(c['enterprise'])).replace('%2', str(c['project'])))}"]
        if c["hidden"]:
            parts.append(f"<br><span style='color:{style.TEXT_MUTED}'>"
                         f"{escape(self.tr('筛选隐藏 %1 张卡片').replace('%1', str(c['hidden'])))}</span>")
        parts.append("</p>")
        gaps = [(row, seg) for row in model.rows for seg in row.segments if seg.is_gap]
        segments = sum(len(row.segments) for row in model.rows)
        if not c["enterprise"] and not c["project"] and not c["hidden"]:
            parts.append(f"<p style='color:{style.GAP}'><b>"
                         f"{escape(self.tr('来源报道未提到园区在此产业链上的企业或项目。'))}</b></p>")
        parts.append(f"<h4 style='color:{style.GAP};margin-bottom:2px'>"
                     f"{escape(self.tr('待补链环节（招商方向）'))} {len(gaps)}</h4>")
        if not segments:
            parts.append(f"<p>{escape(self.tr('来源报道未把此链细分为环节。'))}</p>")
        elif not gaps:
            open_ = any(seg.is_open for row in model.rows for seg in row.segments)
            parts.append(f"<p>{escape(self.tr('报道未列出待补链环节；部分环节目录中暂无园区企业名单。') if open_ else self.tr('每个环节都已有园区企业。'))}</p>")
        said: set[str] = set()
        for row, seg in gaps:
            where = f"{row.name} · {seg.name}" if len(model.rows) > 1 else seg.name
            parts.append(f"<p style='margin:4px 0'><b>{escape(where)}</b><br>")
            notes = self._gap_notes(seg.id)
            fresh = [n for n in notes if n not in said]
            said.update(notes)
            if fresh:
                parts.append("<br>".join(fresh))
            else:
                muted = self.tr("来源所述同上。") if notes else self.tr("来源报道未述及此环节的企业。")
                parts.append(f"<span style='color:{style.TEXT_MUTED}'>{escape(muted)}</span>")
            parts.append("</p>")
        services = {s.id: s for row in model.rows for s in row.services}
        if services:
            parts.append(f"<h4 style='margin-bottom:2px'>{escape(self.tr('服务与合作机构'))}</h4><p>")
            parts.append(i18n.joined(f"<a href='entity:{s.id}'>{escape(s.name)}</a>" for s in services.values()))
            parts.append("</p>")
        parts.append(f"<p style='color:{style.TEXT_MUTED}'>"
                     f"{escape(self.tr('点击卡片查看详情；点击环节查看来源所述。Ctrl+滚轮缩放，拖动平移。'))}</p>")
        self.info.setHtml("".join(parts))

    def show_segment(self, row, seg) -> None:
        members = seg.members
        parts = [f"<p><a href='overview:'>{escape(self.tr('← 返回图谱概览'))}</a></p>",
                 f"<h3 style='margin:0'>{escape(seg.name)}</h3>",
                 f"<p style='color:{style.TEXT_MUTED}'>{escape(row.name)}</p>"]
        if seg.is_gap:
            parts.append(f"<p style='color:{style.GAP}'><b>{escape(self.tr('园区暂无企业 · 待补链'))}</b></p>")
        elif seg.is_open:  # no park enterprise listed, but no source calls it a gap
            parts.append(f"<p style='color:{style.TEXT_MUTED}'><b>{escape(self.tr('目录中暂无园区企业名单（报道未列为待补链）'))}</b></p>")
        else:
            parts.append(f"<p>{escape(self.tr('园区主体 %1 个').replace('%1', str(len(members))))}"
                         f"　<a href='list:{row.chain_id}/{seg.id}'>{escape(self.tr('在企业列表中查看'))}</a></p><p>")
            parts.append("<br>".join(f"<a href='entity:{m.id}'>{escape(m.name)}</a>"
                                     f"{escape(' · ' + m.role) if m.role else ''}" for m in members[:60]))
            if len(members) > 60:
                parts.append("<br>" + escape(self.tr("……等 %1 个").replace("%1", str(len(members)))))
            parts.append("</p>")
        notes = self._gap_notes(seg.id)
        if notes:
            parts.append(f"<h4 style='margin-bottom:2px'>{escape(self.tr('来源所述'))}</h4><p>"
                         + "<br>".join(notes) + "</p>")
        self.info.setHtml("".join(parts))

    # ------------------------------------------------------------------ export

    def picture(self) -> Picture | None:
        if self.model is None:
            return None
        model = self.model
        width = layout_width(model)
        cap = CARDS_PER_SEGMENT
        height = chain_map_height(model, width, 1.0, cap)
        if height > 12000:  # too tall for one PDF page: collapse expanded segments
            model = filter_chain_map(model, {m.id for m in map_members(model)}, collapse=True)
            height = chain_map_height(model, width, 1.0, cap)
        cat = self.catalogue
        park = cat.meta.get("park", "")
        c = self.counts()
        sub = "　".join(b for b in (
            park, self.tr("产业链图谱"),
            self.tr("企业 %1 家 · 项目 %2 个 · 待补链环节 %3 个").replace("%1", str(c["enterprise"])).replace(
                "%2", str(c["project"])).replace("%3", str(c["gaps"])),
            self._filter_text()) if b)
        edition = cat.meta.get("edition", "")
        foot = self.tr("来源：%1 · 数据截至 %2 · 企业所在环节含编者推断（见各企业详情）").replace(
            "%1", cat.name).replace("%2", edition or "—")

        def paint(p: QPainter, rect: QRectF, unit: float) -> None:
            paint_chain_map(p, rect, model, unit, cap)

        return Picture(model.name, sub, foot, width, height, paint)

    def _filter_text(self) -> str:
        if not self.selections:
            return ""
        from desktopapp.labels import facet_label

        return self.tr("筛选：%1").replace("%1", ("; " if i18n.english_text() else "；").join(
            f"{facet_label(f)}={i18n.joined(sorted(v))}" for f, v in sorted(self.selections.items())))

    def export_png(self, path: str | None = None) -> str | None:
        return self._export(".png", path)

    def export_pdf(self, path: str | None = None) -> str | None:
        return self._export(".pdf", path)

    def _export(self, suffix: str, path: str | None) -> str | None:
        title = self.tr("产业链图谱")
        name = f"{self.model.name if self.model else 'chain'}-{title}"
        path = export_picture(self, self.picture(), suffix, name, path)
        if path:
            self._set_status(self.tr("已导出：%1").replace("%1", path))
        return path
