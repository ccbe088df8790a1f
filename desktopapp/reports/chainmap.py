"""The chain map: a chain's segments left to right (upstream → downstream) with the park's enterprises
placed on them, chain leaders marked and empty segments shown as gaps to fill (补链).

`paint_chain_map` paints on any QPainter into a QRectF (`unit` = device units per point: 10 for the PDF
writer, about 1.33 on a 96 dpi screen), so the GUI's chain map can reuse it. Cards carry their pipeline stage
(a coloured stripe) and honours (★); projects are drawn as pills. With `hits`, the painter records what it
drew where (cards, "+ N more", segments, gaps), so a screen view can make them clickable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from desktopapp import i18n, style
from desktopapp.catalogue.filters import Filters
from desktopapp.i18n import translate
from desktopapp.reports import text as T
from desktopapp.catalogue.kinds import ROLE_RANK

# Tiers of the chains an investor is told about; such a chain without a park enterprise is drawn as one to fill.
KEY_TIERS = ("核心", "重点", "特色", "主导", "特色优势", "未来", "产业基地")


@dataclass
class MapMember:
    id: int
    name: str
    role: str | None = None
    stage: str | None = None
    kind: str = "enterprise"
    honours: list[str] = field(default_factory=list)
    role_label: str | None = None  # the role as shown, when not `role` (an English handout)


# What the sources say about a segment without a park enterprise in the catalogue.
GAP = "gap"  # a source names it as something to build, attract or fill (打造, 补链, 短板 …): a 招商 target
COMPLETE = "complete"  # a source calls the chain complete (形成…全链条): no park enterprise listed, not a gap
UNKNOWN = "unknown"  # no source says: the catalogue lists no park enterprise, which is not a gap

# A source calling a chain complete, and one naming a segment or chain as a target or gap.
_COMPLETE = re.compile(r"(形成|建成|构建起|实现|贯通)[^，。；,;]{0,24}(全链条|全产业链|完整产业链|产业链闭环)"
                       r"|全链条贯通|全产业链[^，。；,;]{0,6}(初步)?建成")
_TARGET = re.compile(r"补链|缺链|短板|空白|薄弱|打造|培育|构建|建设|引进|招引|力争|布局|发展|聚焦")


def segment_status(own_quotes: list[str], chain_quotes: list[str]) -> str:
    """GAP, COMPLETE or UNKNOWN for a segment with no park enterprise, from its quotes and its chain's (its
    own chain and sibling segments: a statement that the chain is complete covers every segment)."""
    if any(_COMPLETE.search(q) for q in chain_quotes + own_quotes):
        return COMPLETE
    if any(_TARGET.search(q) for q in own_quotes):
        return GAP
    return UNKNOWN


@dataclass
class MapSegment:
    id: int | None
    name: str
    members: list[MapMember] = field(default_factory=list)
    hidden: int = 0  # members left out by a filter (the segment is not a gap)
    expanded: bool = False  # show every member, not only `max_per_column`
    status: str = GAP  # for an empty segment: GAP, COMPLETE or UNKNOWN (see segment_status)
    citations: list = field(default_factory=list)  # what the sources say of the segment

    @property
    def is_open(self) -> bool:
        """No park enterprise listed (and none hidden by a filter)."""
        return self.id is not None and not self.members and not self.hidden

    @property
    def is_gap(self) -> bool:
        """A gap to fill (待补链): open, and named by a source as a target or gap."""
        return self.is_open and self.status == GAP


@dataclass
class MapRow:
    chain_id: int
    name: str
    segments: list[MapSegment]
    unplaced: list[MapMember]  # linked to the chain but to no segment
    services: list[MapMember] = field(default_factory=list)  # organisations serving the chain
    unplaced_hidden: int = 0
    unplaced_expanded: bool = False
    tier: str | None = None
    citations: list = field(default_factory=list)  # what the sources say of the chain

    @property
    def unfilled(self) -> bool:
        """A chain with neither segments nor any park enterprise: drawn as a chain still to fill."""
        return not self.segments and not self.unplaced and not self.unplaced_hidden


@dataclass
class ChainMap:
    chain_id: int
    name: str
    rows: list[MapRow]
    stage_labels: dict = field(default_factory=dict)  # stages as the legend shows them (an English handout)
    wrap_names: bool = False  # a row whose card names do not fit one line gets two-line cards (English names)

    def gaps(self) -> list[tuple[str, str]]:
        """(chain, segment) of the segments to fill that the sources name (see MapSegment.is_gap)."""
        return [(row.name, seg.name) for row in self.rows for seg in row.segments if seg.is_gap]

    def open_segments(self, status: str) -> list[tuple[str, MapSegment]]:
        """(chain, segment) of the segments without a park enterprise whose status is `status`."""
        return [(row.name, seg) for row in self.rows for seg in row.segments
                if seg.is_open and seg.status == status]

    def unfilled_chains(self) -> list[str]:
        """Chains of the map with no park enterprise at all (and no segments to show them on)."""
        return [row.name for row in self.unfilled_rows()]

    def unfilled_rows(self) -> list[MapRow]:
        return [row for row in self.rows if row.unfilled and row.chain_id != self.chain_id]


def build_chain_map(cat, details, kinds: tuple[str, ...] = ("enterprise",)) -> ChainMap:
    """The map of a chain from its Details (members) and the chain tree (segments, sub-chains)."""
    by_chain: dict[int, dict[int, MapMember]] = {}
    for m in details.members:
        if m["kind"] not in kinds:
            continue
        slot = by_chain.setdefault(m["chain_id"], {})
        member = slot.setdefault(m["id"], MapMember(m["id"], m["name"], None, m["stage"], m["kind"]))
        if ROLE_RANK.get(m["role"] or "", 1) > ROLE_RANK.get(member.role or "", 0):
            member.role = m["role"]

    rows: list[MapRow] = []

    def mentions(entity_id: int) -> list:
        d = details if entity_id == details.entity["id"] else cat.details(entity_id)
        return list(d.mentions) if d is not None else []

    def add_row(chain_id: int, name: str, children: list[dict], tier: str | None = None) -> None:
        segments, placed = [], set()
        seg_children = [c for c in children if c["level"] == "segment"]
        own = {c["id"]: mentions(c["id"]) for c in seg_children}
        chain_cites = mentions(chain_id)
        chain_quotes = [c.quote for c in chain_cites] + [c.quote for cs in own.values() for c in cs]
        for child in seg_children:
            members = list(by_chain.get(child["id"], {}).values())
            placed |= {m.id for m in members}
            cites = own[child["id"]]
            segments.append(MapSegment(child["id"], child["name"], members,
                                       status=segment_status([c.quote for c in cites], chain_quotes),
                                       citations=cites))
        unplaced = []
        for m in by_chain.get(chain_id, {}).values():
            if m.id not in placed:
                unplaced.append(m)
            else:  # a role stated on the chain link carries over to the segment placement
                for seg in segments:
                    for sm in seg.members:
                        if sm.id == m.id and ROLE_RANK.get(m.role or "", 0) > ROLE_RANK.get(sm.role or "", 0):
                            sm.role = m.role
        rows.append(MapRow(chain_id, name, segments, unplaced, tier=tier, citations=chain_cites))
        for child in children:
            if child["level"] != "segment":
                add_row(child["id"], child["name"], cat.chain_children(child["id"]), child.get("tier"))

    add_row(details.entity["id"], details.name, details.children, details.entity.get("tier"))
    short = _short_names(cat, [m.id for slot in by_chain.values() for m in slot.values()])
    for row in rows:
        for m in [m for seg in row.segments for m in seg.members] + row.unplaced:
            m.name = short.get(m.id, m.name)
    for row in rows:
        for seg in row.segments:
            seg.members.sort(key=lambda m: (-ROLE_RANK.get(m.role or "", 0), m.name))
        row.unplaced.sort(key=lambda m: (-ROLE_RANK.get(m.role or "", 0), m.name))
    return ChainMap(details.entity["id"], details.name, rows)


def map_members(model: ChainMap) -> list[MapMember]:
    """Every card of the map (a member placed on two segments appears twice)."""
    return [m for row in model.rows for seg in row.segments for m in seg.members] + \
        [m for row in model.rows for m in row.unplaced]


def filter_chain_map(model: ChainMap, allowed: set[int] | frozenset[int], collapse: bool = False) -> ChainMap:
    """A copy of `model` keeping only the members in `allowed`; the others are counted as hidden, so a
    segment emptied by a filter is not mistaken for a gap. `collapse`: segments opened to show all their
    members are closed again (for a printed map that must fit its page)."""
    def keep(members):
        kept = [m for m in members if m.id in allowed]
        return kept, len(members) - len(kept)

    rows = []
    for row in model.rows:
        segments = []
        for seg in row.segments:
            kept, hidden = keep(seg.members)
            segments.append(MapSegment(seg.id, seg.name, kept, seg.hidden + hidden, seg.expanded and not collapse,
                                       seg.status, seg.citations))
        unplaced, hidden = keep(row.unplaced)
        rows.append(MapRow(row.chain_id, row.name, segments, unplaced, list(row.services),
                           row.unplaced_hidden + hidden, row.unplaced_expanded and not collapse, row.tier,
                           row.citations))
    return ChainMap(model.chain_id, model.name, rows, model.stage_labels, model.wrap_names)


def _short_names(cat, ids: list[int]) -> dict[int, str]:
    """The shortest of each entity's name and aliases (the name people use: 华虹仪表)."""
    out = {}
    for i, r in cat.rows(sorted(set(ids))).items():
        names = [r["name"]] + [a.strip() for a in (r.get("aliases") or "").split(" / ") if a.strip()]
        out[i] = min(names, key=len)
    return out


HONOUR_WORDS = ("专精特新", "小巨人", "单项冠军", "瞪羚", "独角兽", "高新技术企业", "上市", "首台", "科技型")
SERVICE_RELATIONS = ("serves", "partner", "investor", "operated_by")


def honour_tags(cat) -> list[str]:
    """The enterprise tags that are honours (专精特新, 小巨人, 上市 …), not descriptions."""
    values = cat.facet_counts(Filters(kind="enterprise")).get("tag", [])
    return [v.value for v in values if any(w in v.value for w in HONOUR_WORDS) and "基地" not in v.value]


def _services(cat, chain_id: int, segment_ids: list[int], member_filter: Filters) -> list[MapMember]:
    """Organisations (and platforms) linked to the chain or its segments, then those linked to its
    enterprises (the facet `organisation` over the chain's enterprises)."""
    out: dict[int, MapMember] = {}
    for node in [chain_id, *segment_ids]:
        d = cat.details(node)
        if d is None:
            continue
        for link in d.links:
            if link.relation in SERVICE_RELATIONS and not link.outgoing and link.other_kind != "enterprise":
                out.setdefault(link.other_id, MapMember(link.other_id, link.other_name, link.relation,
                                                        None, link.other_kind))
    for value in cat.facet_counts(member_filter).get("organisation", []):
        if value.count <= 0:
            continue
        for oid in cat.find(value.value, "organisation")[:1]:
            out.setdefault(oid, MapMember(oid, value.label, None, None, "organisation"))
    return list(out.values())


def load_map(cat, chain_id: int, kinds: tuple[str, ...] = ("enterprise", "project"),
             honours: list[str] | None = None) -> ChainMap | None:
    """The full map of a chain or chain system: members with stages and honours, serving organisations.
    Rows of a system with neither segments nor members are left out."""
    details = cat.details(chain_id)
    if details is None or details.kind != "chain":
        return None
    model = build_chain_map(cat, details, kinds)
    if len(model.rows) > 1:  # empty rows are left out, but for the system's key chains still to fill
        model.rows = [r for r in model.rows if r.segments or r.unplaced or (r.tier in KEY_TIERS)] \
            or model.rows[:1]
    honours = honour_tags(cat) if honours is None else honours
    honoured: dict[int, list[str]] = {}
    for tag in honours:
        for eid in cat.ids(Filters(kind="enterprise", facets={"tag": {tag}})):
            honoured.setdefault(eid, []).append(tag)
    for m in map_members(model):
        m.honours = honoured.get(m.id, [])
    keys = {r["id"]: r["key"] for r in cat.rows([row.chain_id for row in model.rows]).values()}
    for row in model.rows:
        member_filter = Filters(kind="enterprise", facets={"chain": {keys[row.chain_id]}})
        row.services = _services(cat, row.chain_id, [s.id for s in row.segments if s.id], member_filter)
    return model


_COMPANY_TAIL = re.compile(r"(\s*\((?:Chongqing|China)\))?(,?\s*(?:Co\.,?\s*)?Ltd\.?|\s+Co\.)$")


def short_english(name: str) -> str:
    """An English company name short enough for a map card: without "Chongqing", "(Chongqing)" and
    "Co., Ltd."."""
    name = _COMPANY_TAIL.sub("", name).strip(" ,").replace(" (Chongqing) ", " ")
    return name[len("Chongqing "):] if name.startswith("Chongqing ") and len(name) > 12 else name


CARD_ROLES = {"链主": "leader", "核心": "core"}  # short English roles for the map's small cards


def localise_chain_map(model: ChainMap | None, english) -> None:
    """The map's chains, segments, members and partners in English (`english`: a catalogue.english.Localiser),
    for an English sheet or window; roles shown in English, kept in Chinese for the map's ranking. Names
    longer than a card wrap to two lines (wrap_names)."""
    if model is None or english is None:
        return
    model.wrap_names = True
    model.stage_labels = {s: english.term("stage", s) for s in style.STAGE_COLOURS}
    model.name = english.name(model.chain_id, model.name)
    for row in model.rows:
        row.name = english.name(row.chain_id, english.chain_names.get(row.name, row.name))
        for seg in row.segments:
            seg.name = (english.chain_names.get(seg.name, seg.name) if seg.id is None
                        else english.name(seg.id, seg.name))
        members = [m for seg in row.segments for m in seg.members] + list(row.unplaced) + list(row.services)
        for m in members:
            if m.id in english.names:
                m.name = short_english(english.names[m.id])
            m.role_label = CARD_ROLES.get(m.role) or (english.term("role", m.role) if m.role else None)


# ---------------------------------------------------------------------- geometry

_TITLE = T.TextStyle(style.SIZE_SMALL, True, style.TEXT)
_SEG = T.TextStyle(style.SIZE_SMALL, True, style.ACCENT_DARK)
_CHIP = T.TextStyle(7.5)
_CHIP_SMALL = T.TextStyle(6.5)  # a name too long for two lines of a card


class _Metrics:
    def __init__(self, unit: float):
        self.u = unit
        self.title_h = T.line_height(_TITLE, unit) + 2 * unit
        self.seg_h = 2 * T.line_height(_SEG, unit) + 5 * unit
        self.chip_h = T.line_height(_CHIP, unit) + 2.4 * unit
        self.chip_gap = 2 * unit
        self.row_gap = 7 * unit
        self.legend_h = self.chip_h + 4 * unit

    def card_h(self, lines: int) -> float:
        """A member card's height with room for `lines` lines of its name."""
        return self.chip_h + (lines - 1) * T.line_height(_CHIP, self.u)


def _columns(row: MapRow) -> list[MapSegment]:
    cols = list(row.segments)
    if row.unplaced or row.unplaced_hidden or not cols:
        label = translate("Reports", "未细分环节") if cols else translate("Reports", "链上企业")
        cols.append(MapSegment(None, label, row.unplaced, row.unplaced_hidden, row.unplaced_expanded))
    return cols


def _shown(members: list[MapMember], cap: int, expanded: bool = False) -> tuple[list[MapMember], int]:
    if expanded or len(members) <= cap:
        return members, 0
    return members[:cap - 1], len(members) - cap + 1


_SERVICE = T.TextStyle(7.5, False, style.KIND_COLOURS["organisation"])


def _service_lines(row: MapRow, width: float, unit: float) -> list[list[tuple[MapMember, float]]]:
    """The serving organisations as chips in lines of `width` (after the "服务机构" label)."""
    if not row.services:
        return []
    label_w = T.width(translate("Reports", "服务与合作"), _TITLE, unit) + 4 * unit
    lines: list[list[tuple[MapMember, float]]] = [[]]
    x = label_w
    for org in row.services:
        w = min(T.width(org.name, _SERVICE, unit) + 6 * unit, width - label_w)
        if lines[-1] and x + w > width:
            lines.append([])
            x = label_w
        lines[-1].append((org, w))
        x += w + 2 * unit
    return lines


GRID = 4  # chips per line when a chain has members but no segments


def _column_width(row: MapRow, width: float, unit: float) -> tuple[float, float, int]:
    """Column width, card width and cards per line of `row` drawn `width` wide."""
    cols = _columns(row)
    space = 2 * unit
    col_w = (width - space * (len(cols) - 1)) / len(cols)
    grid = GRID if not row.segments else 1
    return col_w, (col_w - space * (grid - 1)) / grid, grid


def _name_lines(row: MapRow, model_wraps: bool, width: float, unit: float, cap: int) -> int:
    """Lines of a card's name in `row`: 2 when the map wraps names (English) and a shown card's name does
    not fit one line (cut to one line, "Chongqing Sensor Industrial Park Construction…" cards read alike)."""
    if not model_wraps:
        return 1
    _col_w, chip_w, grid = _column_width(row, width, unit)
    for col in _columns(row):
        if col.is_open or (col.id is None and row.unfilled):
            continue
        for member in _shown(col.members, cap * grid, col.expanded)[0]:
            if card_text(member, chip_w, 1, unit)[0][0] != _member_label(member):
                return 2
    return 1


def card_text(member: MapMember, width: float, lines: int, unit: float) -> tuple[list[str], T.TextStyle]:
    """The lines of a member card's name as drawn on a card `width` wide with room for `lines` lines, and
    their style: a name longer than two lines is set smaller (_CHIP_SMALL), its last line elided if need be."""
    left, right = _chip_insets(member.stage, bool(member.honours), member.kind == "project", unit)
    room = max(width - left - right, 4 * unit)
    label = _member_label(member)
    if lines <= 1:
        return [T.elide(label, _CHIP, room, unit)], _CHIP
    for st in (_CHIP, _CHIP_SMALL):
        if len(T.wrap(label, st, room, unit)) <= lines:
            break
    return T.wrap(label, st, room, unit, max_lines=lines) or [""], st


def _chip_insets(stage: str | None, honoured: bool, project: bool, unit: float) -> tuple[float, float]:
    """Room a card keeps left and right of its name: padding, the stage stripe, a pill's round end, ★."""
    pill = (T.line_height(_CHIP, unit) + 2.4 * unit) / 2  # a one-line pill's radius
    pad = 2.2 * unit
    if stage:
        left = (pill if project else 0.9 * unit) + 3.2 * unit
    else:
        left = pill if project else pad
    right = pill if project else pad
    if honoured:
        right += T.width(HONOUR_MARK, _CHIP, unit) + 0.8 * unit
    return left, right


def _card_lines(row: MapRow, cap: int) -> int:
    """Lines of member cards under the row's segments (the tallest column, "+ N more" included)."""
    most = 1
    if not row.segments:
        shown, more = _shown(row.unplaced, cap * GRID, row.unplaced_expanded)
        most = max(1, -(-(len(shown) + (1 if more else 0)) // GRID))
    for col in (_columns(row) if row.segments else []):
        shown, more = _shown(col.members, cap, col.expanded)
        most = max(most, len(shown) + (1 if more else 0), 1)
    return most


def _row_height(row: MapRow, m: _Metrics, cap: int, width: float, wraps: bool = False) -> float:
    services = len(_service_lines(row, width, m.u)) * (m.chip_h + m.chip_gap) + (m.chip_gap if row.services else 0)
    card_h = m.card_h(_name_lines(row, wraps, width, m.u, cap))
    return m.title_h + m.seg_h + 3 * m.u + _card_lines(row, cap) * (card_h + m.chip_gap) + services + m.row_gap


def chain_map_height(model: ChainMap, width: float, unit: float = 1.0, max_per_column: int = 10) -> float:
    m = _Metrics(unit)
    return sum(_row_height(r, m, max_per_column, width, model.wrap_names) for r in model.rows) + m.legend_h


# ---------------------------------------------------------------------- painting

_pen = T.pen


_text = T.draw


def _chevron(r: QRectF, notch: float, first: bool) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(r.left(), r.top())
    path.lineTo(r.right() - notch, r.top())
    path.lineTo(r.right(), r.center().y())
    path.lineTo(r.right() - notch, r.bottom())
    path.lineTo(r.left(), r.bottom())
    if not first:
        path.lineTo(r.left() + notch, r.center().y())
    path.closeSubpath()
    return path


HONOUR_MARK = "★"
HONOUR_COLOUR = "#bf8700"


def _chip(p: QPainter, r: QRectF, label: str, role: str | None, unit: float, colour: str | None = None,
          stage: str | None = None, honoured: bool = False, project: bool = False,
          lines: tuple[list[str], T.TextStyle] | None = None):
    """A card: its frame, stage stripe, ★ and `label` (or `lines` in their style, fitted: see card_text)."""
    radius = 2 * unit
    if role == "链主":
        fill, stroke, fg = style.ACCENT_DARK, style.ACCENT_DARK, "#ffffff"
    elif role == "核心":
        fill, stroke, fg = style.ACCENT_LIGHT, style.ACCENT, style.ACCENT_DARK
    elif project:
        fill, stroke, fg = style.SURFACE_ALT, style.KIND_COLOURS["project"], colour or style.TEXT
        radius = min(r.height(), T.line_height(_CHIP, unit) + 2.4 * unit) / 2
    else:
        fill, stroke, fg = style.SURFACE, style.BORDER, colour or style.TEXT
    p.setPen(_pen(stroke, 0.6, unit))
    p.setBrush(QColor(fill))
    p.drawRoundedRect(r, radius, radius)
    pad = 2.2 * unit
    left = r.left() + pad
    if stage:
        stripe = QRectF(r.left() + (radius if project else 0.9 * unit), r.top() + 1.3 * unit, 1.6 * unit,
                        r.height() - 2.6 * unit)
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(style.stage_colour(stage)))
        p.drawRoundedRect(stripe, 0.5 * unit, 0.5 * unit)
        left = stripe.right() + 1.6 * unit
    elif project:
        left = r.left() + radius
    right = r.right() - (radius if project else pad)
    lh = T.line_height(_CHIP, unit)
    if honoured:
        star_w = T.width(HONOUR_MARK, _CHIP, unit)
        right -= star_w + 0.8 * unit
        _text(p, right + 0.8 * unit, r.center().y() - lh / 2, HONOUR_MARK, _CHIP, unit,
              "#ffd33d" if role == "链主" else HONOUR_COLOUR)
    lines, st = lines if lines is not None else ([T.elide(label, _CHIP, right - left, unit)], _CHIP)
    lh = T.line_height(st, unit)
    ty = r.center().y() - lh * len(lines) / 2
    for line in lines:
        _text(p, left, ty, line, st, unit, fg)
        ty += lh


def _member_chip(p: QPainter, r: QRectF, member: MapMember, unit: float, lines: int = 1) -> None:
    _chip(p, r, _member_label(member), member.role, unit, stage=member.stage, honoured=bool(member.honours),
          project=member.kind == "project", lines=card_text(member, r.width(), lines, unit))


def _member_label(m: MapMember) -> str:
    return f"{m.name} · {m.role_label or m.role}" if m.role in ROLE_RANK else m.name


def paint_chain_map(painter: QPainter, rect: QRectF, model: ChainMap, unit: float = 1.0,
                    max_per_column: int = 10, hits: list | None = None, more_text: str | None = None) -> None:
    """Paint `model` into `rect` (top-aligned; content beyond rect's height is not drawn).

    With `hits`, appends (QRectF, what, payload) for each clickable thing drawn: ("member", MapMember),
    ("more", (row, segment)), ("segment", (row, segment)), ("gap", (row, segment)), ("service", MapMember)."""
    m = _Metrics(unit)
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing)
    y = rect.top()
    gap_label = translate("Reports", "待补链")
    unfilled_label = translate("Reports", "暂无园区企业 · 待补链")
    complete_label = translate("Reports", "已成链 · 暂无名单")
    unknown_label = translate("Reports", "暂无园区企业资料")
    hidden_label = translate("Reports", "筛选后无")
    for row in model.rows:
        h = _row_height(row, m, max_per_column, rect.width(), model.wrap_names)
        name_lines = _name_lines(row, model.wrap_names, rect.width(), unit, max_per_column)
        card_h = m.card_h(name_lines)
        if y + h > rect.bottom() + 0.5:
            break
        _text(painter, rect.left(), y, T.elide(row.name, _TITLE, rect.width(), unit), _TITLE, unit)
        y += m.title_h
        cols = _columns(row)
        space = 2 * unit
        col_w = (rect.width() - space * (len(cols) - 1)) / len(cols)
        notch = min(6 * unit, col_w / 6)
        for i, col in enumerate(cols):
            x = rect.left() + i * (col_w + space)
            box = QRectF(x, y, col_w, m.seg_h)
            if col.id is None:
                painter.setPen(_pen(style.BORDER, 0.6, unit))
                painter.setBrush(QColor(style.SURFACE_ALT))
                painter.drawRoundedRect(box, 2 * unit, 2 * unit)
                fg = style.TEXT_MUTED
                inner = box.adjusted(3 * unit, 0, -3 * unit, 0)
            else:
                gap = col.is_gap
                painter.setPen(_pen(style.GAP if gap else style.ACCENT, 0.7, unit, dashed=gap))
                painter.setBrush(QColor(style.GAP_LIGHT if gap else style.ACCENT_LIGHT))
                painter.drawPath(_chevron(box, notch, i == 0))
                if hits is not None:
                    hits.append((QRectF(box), "segment", (row, col)))
                fg = style.GAP if gap else style.ACCENT_DARK
                inner = box.adjusted((3 * unit if i == 0 else notch + 1.5 * unit), 0, -notch - 1.5 * unit, 0)
            lines = T.wrap(col.name, _SEG, max(inner.width(), 4 * unit), unit, max_lines=2)
            lh = T.line_height(_SEG, unit)
            ty = box.center().y() - lh * len(lines) / 2
            for line in lines:
                tx = inner.left() + max(0.0, (inner.width() - T.width(line, _SEG, unit)) / 2)
                _text(painter, tx, ty, line, _SEG, unit, fg)
                ty += lh
            cy = box.bottom() + 3 * unit
            if col.is_open or (col.id is None and row.unfilled):
                gap = col.is_gap or col.id is None
                chip = QRectF(x, cy, col_w, m.chip_h)
                colour = style.GAP if gap else style.TEXT_MUTED
                painter.setPen(_pen(colour if gap else style.BORDER, 0.6, unit, dashed=True))
                painter.setBrush(Qt.NoBrush)
                painter.drawRoundedRect(chip, 2 * unit, 2 * unit)
                text = (unfilled_label if col.id is None else gap_label if gap
                        else complete_label if col.status == COMPLETE else unknown_label)
                label = T.elide(text, _CHIP, col_w - 4 * unit, unit)
                _text(painter, x + (col_w - T.width(label, _CHIP, unit)) / 2, cy + 1.2 * unit, label, _CHIP,
                      unit, colour)
                if hits is not None:
                    hits.append((QRectF(chip), "gap" if gap else "open", (row, col)))
                continue
            if not col.members and col.hidden:
                chip = QRectF(x, cy, col_w, m.chip_h)
                painter.setPen(_pen(style.BORDER, 0.6, unit, dashed=True))
                painter.setBrush(Qt.NoBrush)
                painter.drawRoundedRect(chip, 2 * unit, 2 * unit)
                label = T.elide(hidden_label + i18n.parenthesised(str(col.hidden), hidden_label.isascii()), _CHIP, col_w - 4 * unit, unit)
                _text(painter, x + (col_w - T.width(label, _CHIP, unit)) / 2, cy + 1.2 * unit, label, _CHIP,
                      unit, style.TEXT_MUTED)
                continue
            grid = GRID if not row.segments else 1
            shown, more = _shown(col.members, max_per_column * grid, col.expanded)
            chip_w = (col_w - space * (grid - 1)) / grid
            for n, member in enumerate(shown):
                cx = x + (n % grid) * (chip_w + space)
                top = cy + (n // grid) * (card_h + m.chip_gap)
                r = QRectF(cx, top, chip_w, card_h)
                _member_chip(painter, r, member, unit, name_lines)
                if hits is not None:
                    hits.append((r, "member", member))
            if more:
                n = len(shown)
                cx = x + (n % grid) * (chip_w + space)
                top = cy + (n // grid) * (card_h + m.chip_gap)
                label = T.elide((more_text or translate("Reports", "等另 {n} 家")).format(n=more), _CHIP, chip_w - 4 * unit, unit)
                _text(painter, cx + 2 * unit, top + (card_h - T.line_height(_CHIP, unit)) / 2, label, _CHIP, unit,
                      style.TEXT_MUTED)
                if hits is not None:
                    hits.append((QRectF(cx, top, chip_w, card_h), "more", (row, col)))
        lines = _service_lines(row, rect.width(), unit)
        if lines:
            sy = y + m.seg_h + 3 * unit + _card_lines(row, max_per_column) * (card_h + m.chip_gap) + m.chip_gap
            _text(painter, rect.left(), sy + 0.6 * unit, translate("Reports", "服务与合作"), _TITLE, unit,
                  style.KIND_COLOURS["organisation"])
            label_w = T.width(translate("Reports", "服务与合作"), _TITLE, unit) + 4 * unit
            for line in lines:
                sx = rect.left() + label_w
                for org, w in line:
                    r = QRectF(sx, sy, w, m.chip_h)
                    painter.setPen(_pen(style.KIND_COLOURS["organisation"], 0.6, unit))
                    painter.setBrush(QColor("#e6f4f5"))
                    painter.drawRoundedRect(r, 2 * unit, 2 * unit)
                    _text(painter, sx + 3 * unit, sy + 1.2 * unit, T.elide(org.name, _SERVICE, w - 6 * unit, unit),
                          _SERVICE, unit)
                    if hits is not None:
                        hits.append((r, "service", org))
                    sx += w + 2 * unit
                sy += m.chip_h + m.chip_gap
        y += h - m.title_h
    # Legend
    ly = y + 1 * unit
    x = rect.left()
    for label, role in ((translate("Reports", "链主企业"), "链主"), (translate("Reports", "核心企业"), "核心"),
                        (translate("Reports", "链上企业"), None)):
        w = T.width(label, _CHIP, unit) + 6 * unit
        if x + w > rect.right():
            break
        _chip(painter, QRectF(x, ly, w, m.chip_h), label, role, unit)
        x += w + 3 * unit
    w = T.width(gap_label, _CHIP, unit) + 6 * unit
    if x + w <= rect.right() and ly + m.chip_h <= rect.bottom() + 0.5:
        r = QRectF(x, ly, w, m.chip_h)
        painter.setPen(_pen(style.GAP, 0.6, unit, dashed=True))
        painter.setBrush(QColor(style.GAP_LIGHT))
        painter.drawRoundedRect(r, 2 * unit, 2 * unit)
        _text(painter, x + 3 * unit, ly + 1.2 * unit, gap_label, _CHIP, unit, style.GAP)
        x += w + 3 * unit
    if any(seg.is_open and not seg.is_gap for row in model.rows for seg in row.segments):
        open_label = translate("Reports", "暂无名单 · 非待补链")
        w = T.width(open_label, _CHIP, unit) + 6 * unit
        if x + w <= rect.right() and ly + m.chip_h <= rect.bottom() + 0.5:
            painter.setPen(_pen(style.BORDER, 0.6, unit, dashed=True))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(QRectF(x, ly, w, m.chip_h), 2 * unit, 2 * unit)
            _text(painter, x + 3 * unit, ly + 1.2 * unit, open_label, _CHIP, unit, style.TEXT_MUTED)
            x += w + 3 * unit
    members = map_members(model)
    extras = []
    if any(mm.kind == "project" for mm in members):
        extras.append(("project", translate("Reports", "项目")))
    if any(mm.honours for mm in members):
        extras.append(("honour", translate("Reports", "★ 专精特新等荣誉")))
    for what, label in extras:
        w = T.width(label, _CHIP, unit) + (m.chip_h + 2 * unit if what == "project" else 6 * unit)
        if x + w > rect.right():
            break
        if what == "project":
            _chip(painter, QRectF(x, ly, w, m.chip_h), label, None, unit, project=True)
        else:
            _text(painter, x + 1 * unit, ly + 1.2 * unit, label, _CHIP, unit, HONOUR_COLOUR)
        x += w + 3 * unit
    stages = [s for s in style.STAGE_COLOURS if any(mm.stage == s for mm in members)]
    for s in stages:
        shown = model.stage_labels.get(s, s)
        w = T.width(shown, _CHIP, unit) + 5 * unit
        if x + w > rect.right():
            break
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(style.stage_colour(s)))
        painter.drawRoundedRect(QRectF(x, ly + 1.3 * unit, 1.6 * unit, m.chip_h - 2.6 * unit), 0.5 * unit,
                                0.5 * unit)
        _text(painter, x + 3 * unit, ly + 1.2 * unit, shown, _CHIP, unit, style.TEXT_MUTED)
        x += w + 1 * unit
    note = translate("Reports", "箭头方向：上游 → 下游")
    if x + T.width(note, _CHIP, unit) <= rect.right():
        _text(painter, x + 2 * unit, ly + 1.2 * unit, note, _CHIP, unit, style.TEXT_MUTED)
    painter.restore()
