"""The 园区看板 tab (headline figures, figures over time, pipeline funnel, facilities) and the 进展时间轴 tab.

Both are painted by plain functions `paint(painter, rect, unit, hits)` (unit = device units per point), so
the screen, the PNG and the PDF export draw the same picture (`reports.canvas`). Figures of different bases
(a year, a cumulative span, a target) are never stacked or summed: each is its own bar, styled and labelled
by its basis.
"""

from __future__ import annotations

import math

import re
from dataclasses import dataclass, field
from datetime import date
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QPushButton, QScrollArea, QToolTip, QVBoxLayout, QWidget,
)

from desktopapp import style
from desktopapp.catalogue import Catalogue, Filters
from desktopapp.catalogue.schema import FACILITY_STATUSES, SIDE_STAGES, STAGES
from desktopapp.gui.insights import NoDetail
from desktopapp.labels import kind_label, value_label
from desktopapp.reports import text as T
from desktopapp.gui.exportfile import export_picture
from desktopapp.gui.plaintext import plain_label
from desktopapp.reports.canvas import Picture
from desktopapp.i18n import QT_TRANSLATE_NOOP, translate

H2 = T.TextStyle(style.SIZE_H2, True, style.TEXT)
BODY = T.TextStyle(style.SIZE_BODY)
SMALL = T.TextStyle(style.SIZE_SMALL, False, style.TEXT_MUTED)
SMALL_DARK = T.TextStyle(style.SIZE_SMALL, False, style.TEXT)
SMALL_BOLD = T.TextStyle(style.SIZE_SMALL, True, style.TEXT)
VALUE = T.TextStyle(style.SIZE_H1, True, style.ACCENT_DARK)
TINY = T.TextStyle(7.0, False, style.TEXT_MUTED)
LINK = T.TextStyle(style.SIZE_BODY, True, style.ACCENT)

SERIES_COLOURS = ("#1f6feb", "#1a7f37", "#8250df", "#bc4c00", "#1b7c83", "#9a6700", "#cf222e", "#57606a")
HEADLINE_WORDS = ("协议引资", "招引项目", "落地项目", "产值", "规上企业", "签约", "在谈", "满意度")
STATUS_COLOURS = {"建成": style.STAGE_COLOURS["建成"], "在建": style.STAGE_COLOURS["在建"],
                  "规划": style.STAGE_COLOURS["线索"], None: "#d0d7de"}


# ---------------------------------------------------------------------- drawing helpers

_text = T.draw


def _centred(p, cx, y_top, s, st, unit, colour=None, avail=None):
    if avail is not None:
        s = T.elide(s, st, avail, unit)
    _text(p, cx - T.width(s, st, unit) / 2, y_top, s, st, unit, colour)


_pen = T.pen


def _heading(p, rect: QRectF, y: float, title: str, note: str, unit: float) -> float:
    _text(p, rect.left(), y, title, H2, unit)
    if note:
        x = rect.left() + T.width(title, H2, unit) + 8 * unit
        _text(p, x, y + (T.ascent(H2, unit) - T.ascent(SMALL, unit)), T.elide(note, SMALL, rect.right() - x, unit),
              SMALL, unit)
    return y + T.line_height(H2, unit) + 4 * unit


def _fmt(num: float | None) -> str:
    if num is None:
        return ""
    return f"{num:,.2f}".rstrip("0").rstrip(".") if num != int(num) else f"{int(num):,}"


# ---------------------------------------------------------------------- figures

@dataclass
class Figure:
    id: int
    name: str
    metric: str
    value: str
    num: float | None
    unit: str | None
    period: str | None
    basis: str
    year: int | None

    @property
    def base(self) -> str:
        """yearly (a year or part of one), cumulative (a span or 累计), target (target/plan/expected)."""
        if self.basis in ("target", "plan", "expected"):
            return "target"
        if self.metric.startswith("累计") or (self.period and re.search(r"\d{4}\s*[-—–~至]\s*\d{4}", self.period)):
            return "cumulative"
        return "yearly"

    @property
    def topic(self) -> str:
        return self.metric[2:] if self.metric.startswith("累计") else self.metric

    def period_label(self) -> str:
        if self.period:
            return re.sub(r"\s*[-—~]\s*", "–", self.period)
        if self.year:
            return translate("Dashboard", "截至%1").replace("%1", str(self.year)) if self.base != "target" else str(self.year)
        return translate("Dashboard", "时间未说明")


BASE_LABELS = {"yearly": QT_TRANSLATE_NOOP("Dashboard", "当年/当期"), "cumulative": QT_TRANSLATE_NOOP("Dashboard", "累计"),
               "target": QT_TRANSLATE_NOOP("Dashboard", "目标/计划")}


def park_figures(cat: Catalogue) -> list[Figure]:
    """The park's figures (scope park); a catalogue without park figures gives all its figures."""
    ids = cat.ids(Filters(kind="figure", facets={"scope": {"park"}}))
    if not ids:
        ids = cat.ids(Filters(kind="figure"))
    rows = cat.rows(ids)
    return [Figure(i, r["name"], r["metric"] or r["name"], r["value"] or "", r["num"], r["unit"], r["period"],
                   r["basis"] or "actual", r["year"]) for i, r in ((i, rows[i]) for i in ids if i in rows)]


def headline(figures: list[Figure], n: int = 8) -> list[Figure]:
    """Up to `n` headline figures: the investment-promotion indicators first, newest first."""
    chosen: list[Figure] = []
    numeric = [f for f in figures if f.num is not None]
    order = sorted(numeric, key=lambda f: (-(f.year or 0), f.base != "yearly", f.id))
    for word in HEADLINE_WORDS:
        for f in order:
            if word in f.metric and f not in chosen and f.basis == "actual":
                chosen.append(f)
                break
    for f in order:
        if len(chosen) >= n:
            break
        if f not in chosen and f.basis == "actual":
            chosen.append(f)
    return chosen[:n]


def theme_of(f: Figure) -> str:
    """The chart a figure belongs to: its own measure (累计 folded in), so one chart is one measure over
    time. Different measures in one unit (招引, 落地, 核心, 签约专精特新 项目数) side by side read as one series."""
    return f.topic


@dataclass
class Chart:
    title: str
    unit: str
    figures: list[Figure]
    series: list[str] = field(default_factory=list)  # topics, in colour order

    def colour(self, f: Figure) -> str:
        return SERIES_COLOURS[self.series.index(f.topic) % len(SERIES_COLOURS)]


def charts(figures: list[Figure]) -> list[Chart]:
    """One chart per measure and unit with at least two figures (the measure over time, its bases apart)."""
    groups: dict[tuple[str, str], list[Figure]] = {}
    for f in figures:
        if f.num is None or not f.unit:
            continue
        groups.setdefault((theme_of(f), f.unit), []).append(f)
    out = []
    for (theme, unit), figs in groups.items():
        if len(figs) < 2:
            continue
        figs.sort(key=lambda f: (f.year or 0, ["yearly", "cumulative", "target"].index(f.base), f.metric))
        series = []
        for f in figs:
            if f.topic not in series:
                series.append(f.topic)
        out.append(Chart(theme, unit, figs, series))
    out.sort(key=lambda c: (-len(c.figures), c.title))
    return out


# ---------------------------------------------------------------------- the dashboard's data

@dataclass
class DashboardData:
    park: str
    figures: list[Figure]
    tiles: list[Figure]
    charts: list[Chart]
    stages: dict[str, dict[str, int]]  # kind → stage → count
    unstaged: dict[str, int]
    facilities: list[tuple[str, dict[str | None, int]]]  # category → status → count
    sources: dict[int, str]  # figure id → "date《title》"


def _facet(cat: Catalogue, filters: Filters, facet: str) -> dict[str, int]:
    return {v.value: v.count for v in cat.facet_counts(filters).get(facet, [])}


def pipeline_counts(cat: Catalogue, kind: str) -> tuple[dict[str, int], int]:
    """Stage → count for `kind` (the query layer's facet counts) and how many have no stage."""
    counts = _facet(cat, Filters(kind=kind), "stage")
    return counts, cat.kind_counts()[kind] - sum(counts.values())


def load_dashboard(cat: Catalogue, include_internal: bool = False) -> DashboardData:
    from desktopapp.catalogue.audience import for_audience

    figures = park_figures(cat)
    shown = set(for_audience(cat, [f.id for f in figures], include_internal))
    tiles = headline([f for f in figures if f.id in shown])  # investor figures unless asked for all
    stages, unstaged = {}, {}
    for kind in ("project", "enterprise"):
        stages[kind], unstaged[kind] = pipeline_counts(cat, kind)
    facilities = []
    for category, n in sorted(_facet(cat, Filters(kind="facility"), "category").items(), key=lambda kv: -kv[1]):
        by_status = _facet(cat, Filters(kind="facility", facets={"category": {category}}), "status")
        counts: dict[str | None, int] = {s: by_status.get(s, 0) for s in FACILITY_STATUSES if by_status.get(s)}
        counts.update({s: c for s, c in by_status.items() if s not in counts and c})
        rest = n - sum(counts.values())
        if rest > 0:
            counts[None] = rest
        facilities.append((category, counts))
    chart_list = charts(figures)
    sources = {}
    for f in tiles + [f for c in chart_list for f in c.figures]:
        if f.id not in sources:
            d = cat.details(f.id)
            if d and d.sources:
                s = d.sources[-1]
                sources[f.id] = f"{s['date']}《{s['title']}》"
    return DashboardData(cat.meta.get("park", "") or cat.name, figures, tiles, chart_list, stages, unstaged,
                         facilities, sources)


# ---------------------------------------------------------------------- painting the dashboard

TILE_H = 74.0
GAP = 10.0
CHART_H = 190.0
ROW_H = 20.0


def _funnel_stages(data: DashboardData) -> list[str]:
    present = {s for counts in data.stages.values() for s, n in counts.items() if n}
    ordered = [s for s in STAGES + SIDE_STAGES if s in present]
    return ordered + sorted(present - set(ordered))


def dashboard_height(data: DashboardData, width: float) -> float:
    """Points."""
    unit = 1.0
    head = T.line_height(H2, unit) + 4
    h = 0.0
    cols = _tile_columns(width)
    if data.tiles:
        h += head + -(-len(data.tiles) // cols) * (TILE_H + GAP) + GAP
    if data.charts:
        per_row = _charts_per_row(width)
        h += head + -(-len(data.charts) // per_row) * (CHART_H + GAP) + GAP
    stages = _funnel_stages(data)
    h += head + (len(stages) + 2) * ROW_H + 2 * GAP
    if data.facilities:
        h += head + (len(data.facilities) + 1) * ROW_H + GAP
    return h


def _tile_columns(width: float) -> int:
    return max(2, min(4, int(width // 200)))


def _charts_per_row(width: float) -> int:
    return 2 if width >= 620 else 1


def paint_dashboard(p: QPainter, rect: QRectF, data: DashboardData, unit: float, hits: list | None = None) -> None:
    p.save()
    p.setRenderHint(QPainter.Antialiasing)
    u = unit
    y = rect.top()
    if data.tiles:
        y = _heading(p, rect, y, translate("Dashboard", "核心指标"), translate("Dashboard", "园区口径；每项注明年份与来源") + (translate("Dashboard", "，点击查看详情与出处") if hits is not None else ""), u)
        cols = _tile_columns(rect.width() / u)
        tw = (rect.width() - (cols - 1) * GAP * u) / cols
        for i, f in enumerate(data.tiles):
            r = QRectF(rect.left() + (i % cols) * (tw + GAP * u), y + (i // cols) * (TILE_H + GAP) * u, tw, TILE_H * u)
            _tile(p, r, f, data.sources.get(f.id, ""), u)
            if hits is not None:
                hits.append((r, "figure", f.id, _figure_tip(f, data.sources.get(f.id, ""))))
        y += -(-len(data.tiles) // cols) * (TILE_H + GAP) * u + GAP * u
    if data.charts:
        y = _heading(p, rect, y, translate("Dashboard", "指标变化"), translate("Dashboard", "不同口径（当年、累计、目标）分列显示，从不相加"), u)
        per_row = _charts_per_row(rect.width() / u)
        cw = (rect.width() - (per_row - 1) * GAP * u) / per_row
        for i, chart in enumerate(data.charts):
            r = QRectF(rect.left() + (i % per_row) * (cw + GAP * u), y + (i // per_row) * (CHART_H + GAP) * u, cw,
                       CHART_H * u)
            _bar_chart(p, r, chart, data, u, hits)
        y += -(-len(data.charts) // per_row) * (CHART_H + GAP) * u + GAP * u
    y = _funnel(p, rect, y, data, u, hits)
    if data.facilities:
        _facilities(p, rect, y, data, u, hits)
    p.restore()


def _figure_tip(f: Figure, source: str) -> str:
    lines = [f"<b>{escape(f.name)}</b>", f"{escape(f.value)}（{escape(f.period_label())} · "
             f"{escape(translate('Dashboard', BASE_LABELS[f.base]))} · {escape(value_label('basis', f.basis))}）"]
    if source:
        lines.append(escape(translate("Dashboard", "来源：%1").replace("%1", source)))
    lines.append(f"<span style='color:{style.TEXT_MUTED}'>{escape(translate('Dashboard', '点击查看详情与原文'))}</span>")
    return "<br>".join(lines)


def _tile(p: QPainter, r: QRectF, f: Figure, source: str, u: float) -> None:
    p.setPen(_pen(style.BORDER, 0.7, u))
    p.setBrush(QColor(style.SURFACE))
    p.drawRoundedRect(r, 5 * u, 5 * u)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(style.ACCENT))
    p.drawRoundedRect(QRectF(r.left(), r.top() + 8 * u, 3 * u, r.height() - 16 * u), 1.5 * u, 1.5 * u)
    x = r.left() + 10 * u
    avail = r.width() - 18 * u
    y = r.top() + 7 * u
    _text(p, x, y, T.elide(f.metric, SMALL_DARK, avail, u), SMALL_DARK, u)
    y += T.line_height(SMALL_DARK, u) + 1 * u
    value = f"{_fmt(f.num)}"
    _text(p, x, y, value, VALUE, u)
    vx = x + T.width(value, VALUE, u) + 3 * u
    if f.unit:
        _text(p, vx, y + T.ascent(VALUE, u) - T.ascent(BODY, u), T.elide(f.unit, BODY, r.right() - vx - 6 * u, u),
              BODY, u, style.TEXT_MUTED)
    y += T.line_height(VALUE, u)
    when = f"{f.period_label()} · {translate('Dashboard', BASE_LABELS[f.base])}"
    if f.value and f.value != f"{_fmt(f.num)}{f.unit or ''}":
        stated = translate("Dashboard", "原文")  # outside the f-string, where lupdate finds it
        when += f" · {stated}“{f.value}”"
    _text(p, x, y, T.elide(when, TINY, avail, u), TINY, u, style.TEXT)
    y += T.line_height(TINY, u)
    if source:
        _text(p, x, y, T.elide(translate("Dashboard", "来源：%1").replace("%1", source), TINY, avail, u), TINY, u)


def _bar_chart(p: QPainter, r: QRectF, chart: Chart, data: DashboardData, u: float, hits) -> None:
    p.setPen(_pen(style.BORDER, 0.7, u))
    p.setBrush(QColor(style.SURFACE))
    p.drawRoundedRect(r, 5 * u, 5 * u)
    pad = 10 * u
    x0, y = r.left() + pad, r.top() + 8 * u
    _text(p, x0, y, T.elide(f"{chart.title}（{chart.unit}）", SMALL_BOLD, r.width() - 2 * pad, u), SMALL_BOLD, u)
    y += T.line_height(SMALL_BOLD, u) + 2 * u
    # legend: one colour per series (topic), one style per base
    lx = x0
    for topic in chart.series:
        colour = SERIES_COLOURS[chart.series.index(topic) % len(SERIES_COLOURS)]
        w = T.width(topic, TINY, u) + 12 * u
        if lx + w > r.right() - pad:
            break
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(lx, y + 2 * u, 6 * u, 6 * u))
        _text(p, lx + 8 * u, y, topic, TINY, u, style.TEXT)
        lx += w
    y += T.line_height(TINY, u) + 2 * u
    label_h = 2 * T.line_height(TINY, u) + 2 * u
    value_h = T.line_height(SMALL_BOLD, u) + 1 * u
    base_y = r.bottom() - 6 * u - label_h
    top = y + value_h
    biggest = max((f.num or 0) for f in chart.figures) or 1
    n = len(chart.figures)
    slot = (r.width() - 2 * pad) / n
    bw = min(slot * 0.6, 46 * u)
    p.setPen(_pen(style.BORDER, 0.6, u))
    p.drawLine(QPointF(x0, base_y), QPointF(r.right() - pad, base_y))
    for i, f in enumerate(chart.figures):
        cx = x0 + slot * (i + 0.5)
        h = max(1.5 * u, (base_y - top) * ((f.num or 0) / biggest))  # (divided first: 1e308 × height overflows)
        bar = QRectF(cx - bw / 2, base_y - h, bw, h)
        colour = QColor(chart.colour(f))
        if f.base == "yearly":
            p.setPen(Qt.NoPen)
            p.setBrush(colour)
        elif f.base == "cumulative":
            light = QColor(colour)
            light.setAlpha(60)
            p.setPen(_pen(colour.name(), 0.9, u))
            p.setBrush(light)
        else:
            p.setPen(_pen(colour.name(), 0.9, u, dashed=True))
            p.setBrush(QColor(style.SURFACE))
        p.drawRect(bar)
        if f.base == "cumulative":
            _hatch(p, bar, colour, u)
        _centred(p, cx, bar.top() - value_h, _fmt(f.num), SMALL_BOLD, u, avail=slot)
        tag = translate("Dashboard", BASE_LABELS[f.base])
        _centred(p, cx, base_y + 2 * u, f.period_label(), TINY, u, style.TEXT, avail=slot - 2 * u)
        _centred(p, cx, base_y + 2 * u + T.line_height(TINY, u), tag, TINY, u,
                 chart.colour(f) if f.base != "yearly" else None, avail=slot - 2 * u)
        if hits is not None:
            hit = QRectF(cx - slot / 2, top - value_h, slot, base_y - top + value_h + label_h)
            hits.append((hit, "figure", f.id, _figure_tip(f, data.sources.get(f.id, ""))))


def _hatch(p: QPainter, bar: QRectF, colour: QColor, u: float) -> None:
    """Diagonal hatching drawn as lines (patterns do not scale in PDFs and images alike)."""
    p.save()
    p.setClipRect(bar)
    p.setPen(_pen(colour.name(), 0.6, u))
    step = 4 * u
    x = bar.left() - bar.height()
    if not (math.isfinite(x) and math.isfinite(bar.right())):
        p.restore()
        return  # a bar of infinite size (a hostile figure): adding a step would never get across it
    while x < bar.right():
        p.drawLine(QPointF(x, bar.bottom()), QPointF(x + bar.height(), bar.top()))
        x += step
    p.restore()


def _funnel(p: QPainter, rect: QRectF, y: float, data: DashboardData, u: float, hits) -> float:
    y = _heading(p, rect, y, translate("Dashboard", "项目推进漏斗"), translate("Dashboard", "按当前阶段计数") + (translate("Dashboard", "；点击数字打开相应列表") if hits is not None else ""), u)
    stages = _funnel_stages(data)
    label_w = 64 * u
    kinds = ("project", "enterprise")
    col_w = (rect.width() - label_w - GAP * u) / 2
    for k, kind in enumerate(kinds):
        cx = rect.left() + label_w + k * (col_w + GAP * u) + col_w / 2
        _centred(p, cx, y, kind_label(kind), SMALL_BOLD, u)
    y += ROW_H * u
    biggest = max([n for counts in data.stages.values() for n in counts.values()] + [1])
    for stage in stages:
        _text(p, rect.left(), y + (ROW_H * u - T.line_height(SMALL_DARK, u)) / 2, stage, SMALL_DARK, u)
        for k, kind in enumerate(kinds):
            n = data.stages.get(kind, {}).get(stage, 0)
            cx = rect.left() + label_w + k * (col_w + GAP * u) + col_w / 2
            w = max(2 * u, (col_w - 40 * u) * n / biggest) if n else 0
            bar = QRectF(cx - w / 2, y + 3 * u, w, ROW_H * u - 6 * u)
            if n:
                colour = QColor(style.stage_colour(stage))
                colour.setAlpha(200)
                p.setPen(Qt.NoPen)
                p.setBrush(colour)
                p.drawRoundedRect(bar, 2 * u, 2 * u)
            label = str(n)
            lx = bar.right() + 4 * u if n else cx - T.width(label, LINK, u) / 2
            _text(p, lx, y + (ROW_H * u - T.line_height(LINK, u)) / 2, label, LINK if n else BODY, u,
                  None if n else style.TEXT_MUTED)
            if n and hits is not None:
                hit = QRectF(bar.left(), y, bar.width() + 8 * u + T.width(label, LINK, u), ROW_H * u)
                tip = translate("Dashboard", "%1 · %2：%3 个 — 点击打开列表").replace("%1", kind_label(kind)).replace(
                    "%2", stage).replace("%3", str(n))
                hits.append((hit, "list", (kind, Filters(kind=kind, facets={"stage": {stage}})), escape(tip)))
        y += ROW_H * u
    note = translate("Dashboard", "另有未标注阶段：项目 %1 个，企业 %2 家（来源未说明进展）").replace(
        "%1", str(data.unstaged.get("project", 0))).replace("%2", str(data.unstaged.get("enterprise", 0)))
    _text(p, rect.left(), y + 4 * u, T.elide(note, SMALL, rect.width(), u), SMALL, u)
    return y + ROW_H * u + 2 * GAP * u


def _facilities(p: QPainter, rect: QRectF, y: float, data: DashboardData, u: float, hits) -> float:
    y = _heading(p, rect, y, translate("Dashboard", "配套设施与载体"), translate("Dashboard", "按类别与状态计数") + (translate("Dashboard", "；点击打开设施列表") if hits is not None else ""), u)
    label_w = 90 * u
    biggest = max(sum(c.values()) for _, c in data.facilities) or 1
    avail = rect.width() - label_w - 150 * u
    for category, counts in data.facilities:
        _text(p, rect.left(), y + (ROW_H * u - T.line_height(SMALL_DARK, u)) / 2,
              T.elide(category, SMALL_DARK, label_w - 6 * u, u), SMALL_DARK, u)
        x = rect.left() + label_w
        for status, n in counts.items():
            w = avail * n / biggest
            seg = QRectF(x, y + 3 * u, w, ROW_H * u - 6 * u)
            p.setPen(_pen(style.SURFACE, 0.8, u))
            p.setBrush(QColor(STATUS_COLOURS.get(status, "#8c959f")))
            p.drawRect(seg)
            if T.width(str(n), TINY, u) + 4 * u < w:
                _centred(p, seg.center().x(), seg.top() + (seg.height() - T.line_height(TINY, u)) / 2, str(n), TINY,
                         u, "#ffffff" if status else style.TEXT)
            if hits is not None:
                facets = {"category": {category}}
                if status:
                    facets["status"] = {status}
                unknown, click = translate("Dashboard", "状态未说明"), translate("Dashboard", "点击打开列表")
                tip = f"{category} · {status or unknown}：{n} — {click}"
                hits.append((seg, "list", ("facility", Filters(kind="facility", facets=facets)), escape(tip)))
            x += w
        total = sum(counts.values())
        _text(p, x + 5 * u, y + (ROW_H * u - T.line_height(SMALL_DARK, u)) / 2, str(total), SMALL_DARK, u)
        y += ROW_H * u
    lx = rect.left() + label_w
    for status in (*FACILITY_STATUSES, None):
        label = status or translate("Dashboard", "状态未说明")
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(STATUS_COLOURS.get(status)))
        p.drawRect(QRectF(lx, y + 6 * u, 8 * u, 8 * u))
        _text(p, lx + 11 * u, y + 4 * u, label, SMALL, u)
        lx += T.width(label, SMALL, u) + 24 * u
    return y + ROW_H * u


# ---------------------------------------------------------------------- the timeline

DURATION = re.compile(r"(用时|工期|从.+到.+)")


@dataclass
class Milestone:
    stage: str
    when: str  # as stated: YYYY, YYYY-MM or YYYY-MM-DD
    inferred: bool
    note: str | None


@dataclass
class Track:
    id: int
    name: str
    kind: str
    milestones: list[Milestone]
    undated: list[str]
    records: list[str]  # "从签约到投产 90天"

    def first(self) -> float:
        return min((_position(m.when)[0] for m in self.milestones), default=9999.0)


def _position(when: str) -> tuple[float, float]:
    """(middle, span) in fractional years: a year is a span of 1, a month 1/12, a day a point."""
    parts = [int(x) for x in re.findall(r"\d+", when)[:3]]
    if not parts:
        return 0.0, 0.0
    if len(parts) == 1:
        return parts[0] + 0.5, 1.0
    if len(parts) == 2:
        return parts[0] + (parts[1] - 0.5) / 12, 1 / 12
    try:
        d = date(*parts)
        start = date(parts[0], 1, 1)
        return parts[0] + (d - start).days / 365.25, 0.0
    except ValueError:
        return parts[0] + (parts[1] - 0.5) / 12, 1 / 12


# At most this many tracks (a page of the timeline's PDF holds about 460).
MAX_TRACKS = 400


def load_timeline(cat: Catalogue, kinds=("project", "enterprise", "facility")) -> tuple[list[Track], int]:
    """Entities with dated stages or speed records (days from one stage to another). Returns the tracks and
    how many candidates were left out (a large catalogue keeps the ones with a stage date, newest first)."""
    candidates: list[int] = []
    for kind in kinds:
        candidates.extend(cat.ids(Filters(kind=kind)))
    left_out = 0
    if len(candidates) > MAX_TRACKS:
        rows = cat.rows(candidates)
        dated = sorted((i for i in candidates if rows.get(i, {}).get("stage_date")),
                       key=lambda i: rows[i]["stage_date"], reverse=True)
        left_out = len(candidates) - min(len(dated), MAX_TRACKS)
        candidates = dated[:MAX_TRACKS]
    tracks = []
    from desktopapp.gui.detailhtml import public_text, source_names

    names = source_names(cat.sources())
    for eid in candidates:
        d = cat.details(eid)
        if d is None:
            continue
        milestones = [Milestone(s.stage, s.date, s.date_inferred, public_text(s.note, names) or None)
                      for s in d.stages if s.date]
        dated_stages = {m.stage for m in milestones}
        undated = []
        for s in d.stages:
            if not s.date and s.stage not in dated_stages and s.stage not in undated:
                undated.append(s.stage)
        records = [f"{f.field} {f.value}" for f in d.facts if DURATION.search(f.field) and "天" in (f.value or "")]
        if milestones or records:
            seen = set()
            unique = []
            for m in sorted(milestones, key=lambda m: _position(m.when)[0]):
                if (m.stage, m.when) not in seen:
                    seen.add((m.stage, m.when))
                    unique.append(m)
            tracks.append(Track(eid, d.name, d.kind, unique, undated, records))
    tracks.sort(key=lambda t: (t.first(), t.name))
    return tracks, left_out


TL_ROW = 30.0
TL_LABEL = 170.0
TL_RECORD = 150.0


def timeline_height(tracks: list[Track]) -> float:
    return 40 + max(1, len(tracks)) * TL_ROW + 40


def timeline_span(tracks: list[Track]) -> tuple[int, int]:
    years = [_position(m.when)[0] for t in tracks for m in t.milestones]
    if not years:
        today = date.today().year
        return today - 1, today + 1
    return int(min(years)), int(max(years)) + 1


def paint_timeline(p: QPainter, rect: QRectF, tracks: list[Track], unit: float, hits: list | None = None) -> None:
    p.save()
    p.setRenderHint(QPainter.Antialiasing)
    u = unit
    first, last = timeline_span(tracks)
    ax0 = rect.left() + TL_LABEL * u
    ax1 = rect.right() - TL_RECORD * u
    span = max(1, last - first)

    def xpos(year: float) -> float:
        return ax0 + (ax1 - ax0) * (year - first) / span

    y = rect.top()
    # legend
    lx = rect.left()
    for label, hollow in ((translate("Dashboard", "日期见于报道"), False), (translate("Dashboard", "日期为推断（如“去年10月”）"), True)):
        p.setPen(_pen(style.ACCENT_DARK, 1.2, u))
        p.setBrush(QColor(style.SURFACE) if hollow else QColor(style.ACCENT_DARK))
        p.drawEllipse(QPointF(lx + 4 * u, y + 6 * u), 3.5 * u, 3.5 * u)
        _text(p, lx + 11 * u, y, label, SMALL, u)
        lx += T.width(label, SMALL, u) + 26 * u
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(style.ACCENT_LIGHT))
    p.drawRect(QRectF(lx, y + 2 * u, 14 * u, 8 * u))
    label = translate("Dashboard", "浅色条：报道只给出年份或月份")
    _text(p, lx + 18 * u, y, label, SMALL, u)
    y += 18 * u
    # axis
    for year in range(first, last + 1):
        x = xpos(year)
        p.setPen(_pen(style.BORDER, 0.6, u))
        p.drawLine(QPointF(x, y + 14 * u), QPointF(x, y + 14 * u + len(tracks) * TL_ROW * u))
        if year < last or first == last:
            _centred(p, xpos(year + 0.5), y, str(year), SMALL_BOLD, u)
    _text(p, ax1 + 10 * u, y, translate("Dashboard", "速度记录"), SMALL_BOLD, u)
    y += 18 * u
    if not tracks:
        _text(p, rect.left(), y, translate("Dashboard", "来源报道中没有带日期的进展。"), BODY, u, style.TEXT_MUTED)
    for i, t in enumerate(tracks):
        ry = y + i * TL_ROW * u
        if i % 2:
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(style.SURFACE_ALT))
            p.drawRect(QRectF(rect.left(), ry, rect.width(), TL_ROW * u))
        mid = ry + TL_ROW * u / 2
        name_st = SMALL_DARK
        kind = kind_label(t.kind)
        kw = T.width(kind, TINY, u) + 6 * u
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(style.KIND_COLOURS.get(t.kind, style.TEXT_MUTED)))
        p.drawRoundedRect(QRectF(rect.left(), mid - 6 * u, kw, 12 * u), 2 * u, 2 * u)
        _text(p, rect.left() + 3 * u, mid - T.line_height(TINY, u) / 2, kind, TINY, u, "#ffffff")
        name = T.elide(t.name, name_st, TL_LABEL * u - kw - 10 * u, u)
        name_rect = QRectF(rect.left(), ry, TL_LABEL * u - 6 * u, TL_ROW * u)
        _text(p, rect.left() + kw + 4 * u, mid - T.line_height(name_st, u) / 2, name, name_st, u)
        if hits is not None:
            hits.append((name_rect, "entity", t.id, escape(t.name) + "<br>" + escape(translate("Dashboard", "点击查看详情"))))
        points = []
        for m in t.milestones:
            centre, width = _position(m.when)
            x = xpos(centre)
            if width:
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(style.ACCENT_LIGHT))
                p.drawRoundedRect(QRectF(xpos(centre - width / 2), mid - 5 * u, max(2 * u, xpos(centre + width / 2)
                                                                                     - xpos(centre - width / 2)),
                                         10 * u), 2 * u, 2 * u)
            points.append((x, m))
        if len(points) > 1:
            p.setPen(_pen(style.TEXT_MUTED, 1.0, u))
            p.drawLine(QPointF(points[0][0], mid), QPointF(points[-1][0], mid))
        last_right = -1e9
        for x, m in points:
            colour = QColor(style.stage_colour(m.stage))
            p.setPen(_pen(colour.name(), 1.4, u))
            p.setBrush(QColor(style.SURFACE) if m.inferred else colour)
            p.drawEllipse(QPointF(x, mid), 4 * u, 4 * u)
            label = f"{m.stage} {m.when}" + (translate("Dashboard", "（推断）") if m.inferred else "")
            lw = T.width(label, TINY, u)
            lx = x + 6 * u
            if lx < last_right:
                lx = last_right
            lx = min(lx, ax1 - lw)
            _text(p, lx, mid - T.line_height(TINY, u) - 3 * u, label, TINY, u, style.TEXT)
            last_right = lx + lw + 4 * u
            if hits is not None:
                tip = f"<b>{escape(t.name)}</b><br>{escape(m.stage)}：{escape(m.when)}"
                if m.inferred:
                    tip += escape(translate("Dashboard", "（日期为推断）"))
                if m.note:
                    tip += "<br>" + escape(m.note)
                hits.append((QRectF(x - 6 * u, mid - 6 * u, 12 * u, 12 * u), "entity", t.id, tip))
        if not points:
            text = translate("Dashboard", "日期未说明") + (f"（{'、'.join(t.undated)}）" if t.undated else "")
            _text(p, ax0 + 4 * u, mid - T.line_height(TINY, u) / 2, T.elide(text, TINY, ax1 - ax0, u), TINY, u)
        if t.records:
            rx = ax1 + 10 * u
            text = "；".join(t.records)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(style.WARNING_LIGHT))
            tw = min(T.width(text, SMALL_BOLD, u) + 8 * u, rect.right() - rx)
            p.drawRoundedRect(QRectF(rx, mid - 8 * u, tw, 16 * u), 3 * u, 3 * u)
            _text(p, rx + 4 * u, mid - T.line_height(SMALL_BOLD, u) / 2, T.elide(text, SMALL_BOLD, tw - 8 * u, u),
                  SMALL_BOLD, u, style.WARNING)
            if hits is not None:
                hits.append((QRectF(rx, mid - 8 * u, tw, 16 * u), "entity", t.id,
                             f"<b>{escape(t.name)}</b><br>{escape(text)}"))
    p.restore()


# ---------------------------------------------------------------------- widgets

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
        self.title_text = translate("Dashboard", "园区看板")
        self.title.setText(f"{self.title_text} · {self.data.park}")
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
        self.tracks, self.left_out = load_timeline(self.catalogue)
        text = translate("Dashboard", "进展时间轴 · 带日期的阶段与速度记录 %1 条").replace("%1", str(len(self.tracks)))
        if self.left_out:
            text += translate("Dashboard", "（另有 %1 个未显示）").replace("%1", str(self.left_out))
        self.title.setText(text)
        self._set_status(text)

    def board_height(self, width: float) -> float:
        return timeline_height(self.tracks)

    def paint_board(self, p, rect, unit, hits=None) -> None:
        paint_timeline(p, rect, self.tracks, unit, hits)
