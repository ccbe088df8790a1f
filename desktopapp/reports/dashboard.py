"""The 园区看板 board: headline figures, figures over time, the pipeline funnel and facilities — its data
(`load_dashboard`) and its painter (`paint_dashboard(painter, rect, data, unit, hits)`), so that the screen, the
PNG and the PDF export draw the same picture (`reports.canvas`). Figures of different bases (a year, a
cumulative span, a target) are never stacked or summed: each is its own bar, styled and labelled by its basis.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from desktopapp import i18n, style
from desktopapp.catalogue import Catalogue, Filters
from desktopapp.catalogue.schema import FACILITY_STATUSES, SIDE_STAGES, STAGES
from desktopapp.i18n import QT_TRANSLATE_NOOP, translate
from desktopapp.labels import kind_label, value_label
from desktopapp.reports import text as T
from desktopapp.reports.boardstyle import (BODY, H2, LINK, SERIES_COLOURS, SMALL, SMALL_BOLD, SMALL_DARK,
                                           STATUS_COLOURS, TINY, VALUE, centred, draw, heading, number_text)

HEADLINE_WORDS = ("协议引资", "招引项目", "落地项目", "产值", "规上企业", "签约", "在谈", "满意度")

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
    sources: dict[int, tuple[str, str, str]]  # figure id → its newest source's (date, id, title)
    english: object | None = None  # a catalogue.english.Localiser: labels, names and values shown in English

    def source(self, figure_id: int) -> str:
        """A figure's newest source as a reader cites it: "2025-05《标题》", in English "2025-05 “Title”" with the
        editors' English title where there is one."""
        if figure_id not in self.sources:
            return ""
        when, source_id, title = self.sources[figure_id]
        if self.english is not None:
            english = self.english.term("source", source_id)
            if english and english != source_id:
                return f"{when} “{english}”"
        return f"{when}《{title}》"

    def term(self, field: str, value: str | None) -> str | None:
        """A vocabulary value (metric, unit, stage, category, status) as shown: English where known."""
        return self.english.term(field, value) if self.english is not None and value else value  # "个": ""

    def period(self, f: Figure) -> str:
        from desktopapp.catalogue.englishnum import english_period

        return english_period(f.period_label()) if self.english is not None else f.period_label()


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
                sources[f.id] = (s["date"] or "", str(s["id"]), s["title"] or "")
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
        y = heading(p, rect, y, translate("Dashboard", "核心指标"), translate("Dashboard", "园区口径；每项注明年份与来源") + (translate("Dashboard", "，点击查看详情与出处") if hits is not None else ""), u)
        cols = _tile_columns(rect.width() / u)
        tw = (rect.width() - (cols - 1) * GAP * u) / cols
        for i, f in enumerate(data.tiles):
            r = QRectF(rect.left() + (i % cols) * (tw + GAP * u), y + (i // cols) * (TILE_H + GAP) * u, tw, TILE_H * u)
            _tile(p, r, f, data, u)
            if hits is not None:
                hits.append((r, "figure", f.id, _figure_tip(f, data)))
        y += -(-len(data.tiles) // cols) * (TILE_H + GAP) * u + GAP * u
    if data.charts:
        y = heading(p, rect, y, translate("Dashboard", "指标变化"), translate("Dashboard", "不同口径（当年、累计、目标）分列显示，从不相加"), u)
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


def _figure_tip(f: Figure, data: DashboardData) -> str:
    source = data.source(f.id)
    english = data.english
    name = english.name(f.id, f.name) if english is not None else f.name
    value = (english.fact_value(f.value) or f.value) if english is not None else f.value
    about = (f"{data.period(f)} · {translate('Dashboard', BASE_LABELS[f.base])} · "
             f"{value_label('basis', f.basis)}")
    lines = [f"<b>{escape(name)}</b>", escape(value + i18n.parenthesised(about, english is not None))]
    if source:
        lines.append(escape(translate("Dashboard", "来源：%1").replace("%1", source)))
    lines.append(f"<span style='color:{style.TEXT_MUTED}'>{escape(translate('Dashboard', '点击查看详情与原文'))}</span>")
    return "<br>".join(lines)


def _tile(p: QPainter, r: QRectF, f: Figure, data: DashboardData, u: float) -> None:
    source = data.source(f.id)
    p.setPen(T.pen(style.BORDER, 0.7, u))
    p.setBrush(QColor(style.SURFACE))
    p.drawRoundedRect(r, 5 * u, 5 * u)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(style.ACCENT))
    p.drawRoundedRect(QRectF(r.left(), r.top() + 8 * u, 3 * u, r.height() - 16 * u), 1.5 * u, 1.5 * u)
    x = r.left() + 10 * u
    avail = r.width() - 18 * u
    y = r.top() + 7 * u
    draw(p, x, y, T.elide(data.term("metric", f.metric), SMALL_DARK, avail, u), SMALL_DARK, u)
    y += T.line_height(SMALL_DARK, u) + 1 * u
    value = f"{number_text(f.num)}"
    if data.english is not None:  # the number with its English unit as one phrase: "CNY 15.2 billion", "20 companies"
        from desktopapp.catalogue.englishnum import english_value

        value = english_value(f"{value}{f.unit or ''}") or value
        draw(p, x, y, T.elide(value, VALUE, avail, u), VALUE, u)
    else:
        draw(p, x, y, value, VALUE, u)
    vx = x + T.width(value, VALUE, u) + 3 * u
    if f.unit and data.english is None:
        draw(p, vx, y + T.ascent(VALUE, u) - T.ascent(BODY, u), T.elide(f.unit, BODY, r.right() - vx - 6 * u, u),
              BODY, u, style.TEXT_MUTED)
    y += T.line_height(VALUE, u)
    when = f"{data.period(f)} · {translate('Dashboard', BASE_LABELS[f.base])}"
    if f.value and f.value != f"{number_text(f.num)}{f.unit or ''}":
        stated = translate("Dashboard", "原文")  # outside the f-string, where lupdate finds it
        when += f" · {stated}“{f.value}”"
    draw(p, x, y, T.elide(when, TINY, avail, u), TINY, u, style.TEXT)
    y += T.line_height(TINY, u)
    if source:
        draw(p, x, y, T.elide(translate("Dashboard", "来源：%1").replace("%1", source), TINY, avail, u), TINY, u)


def _bar_chart(p: QPainter, r: QRectF, chart: Chart, data: DashboardData, u: float, hits) -> None:
    p.setPen(T.pen(style.BORDER, 0.7, u))
    p.setBrush(QColor(style.SURFACE))
    p.drawRoundedRect(r, 5 * u, 5 * u)
    pad = 10 * u
    x0, y = r.left() + pad, r.top() + 8 * u
    english = data.english is not None
    unit = data.term("unit", chart.unit)
    title = data.term("metric", chart.title) + (i18n.parenthesised(unit, english) if unit else "")
    draw(p, x0, y, T.elide(title, SMALL_BOLD, r.width() - 2 * pad, u), SMALL_BOLD, u)
    y += T.line_height(SMALL_BOLD, u) + 2 * u
    # legend: one colour per series (topic), one style per base
    lx = x0
    for topic in chart.series:
        colour = SERIES_COLOURS[chart.series.index(topic) % len(SERIES_COLOURS)]
        shown = data.term("metric", topic)
        w = T.width(shown, TINY, u) + 12 * u
        if lx + w > r.right() - pad:
            break
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(lx, y + 2 * u, 6 * u, 6 * u))
        draw(p, lx + 8 * u, y, shown, TINY, u, style.TEXT)
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
    p.setPen(T.pen(style.BORDER, 0.6, u))
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
            p.setPen(T.pen(colour.name(), 0.9, u))
            p.setBrush(light)
        else:
            p.setPen(T.pen(colour.name(), 0.9, u, dashed=True))
            p.setBrush(QColor(style.SURFACE))
        p.drawRect(bar)
        if f.base == "cumulative":
            _hatch(p, bar, colour, u)
        centred(p, cx, bar.top() - value_h, number_text(f.num), SMALL_BOLD, u, avail=slot)
        tag = translate("Dashboard", BASE_LABELS[f.base])
        centred(p, cx, base_y + 2 * u, data.period(f), TINY, u, style.TEXT, avail=slot - 2 * u)
        centred(p, cx, base_y + 2 * u + T.line_height(TINY, u), tag, TINY, u,
                 chart.colour(f) if f.base != "yearly" else None, avail=slot - 2 * u)
        if hits is not None:
            hit = QRectF(cx - slot / 2, top - value_h, slot, base_y - top + value_h + label_h)
            hits.append((hit, "figure", f.id, _figure_tip(f, data)))


def _hatch(p: QPainter, bar: QRectF, colour: QColor, u: float) -> None:
    """Diagonal hatching drawn as lines (patterns do not scale in PDFs and images alike)."""
    p.save()
    p.setClipRect(bar)
    p.setPen(T.pen(colour.name(), 0.6, u))
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
    y = heading(p, rect, y, translate("Dashboard", "项目推进漏斗"), translate("Dashboard", "按当前阶段计数") + (translate("Dashboard", "；点击数字打开相应列表") if hits is not None else ""), u)
    stages = _funnel_stages(data)
    label_w = (112 if data.english is not None else 64) * u  # English stages are longer ("Construction started")
    kinds = ("project", "enterprise")
    col_w = (rect.width() - label_w - GAP * u) / 2
    for k, kind in enumerate(kinds):
        cx = rect.left() + label_w + k * (col_w + GAP * u) + col_w / 2
        centred(p, cx, y, kind_label(kind), SMALL_BOLD, u)
    y += ROW_H * u
    biggest = max([n for counts in data.stages.values() for n in counts.values()] + [1])
    for stage in stages:
        draw(p, rect.left(), y + (ROW_H * u - T.line_height(SMALL_DARK, u)) / 2,
             T.elide(data.term("stage", stage), SMALL_DARK, label_w - 4 * u, u), SMALL_DARK, u)
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
            draw(p, lx, y + (ROW_H * u - T.line_height(LINK, u)) / 2, label, LINK if n else BODY, u,
                  None if n else style.TEXT_MUTED)
            if n and hits is not None:
                hit = QRectF(bar.left(), y, bar.width() + 8 * u + T.width(label, LINK, u), ROW_H * u)
                tip = translate("Dashboard", "%1 · %2：%3 个 — 点击打开列表").replace("%1", kind_label(kind)).replace(
                    "%2", data.term("stage", stage)).replace("%3", str(n))
                hits.append((hit, "list", (kind, Filters(kind=kind, facets={"stage": {stage}})), escape(tip)))
        y += ROW_H * u
    note = translate("Dashboard", "另有未标注阶段：项目 %1 个，企业 %2 家（来源未说明进展）").replace(
        "%1", str(data.unstaged.get("project", 0))).replace("%2", str(data.unstaged.get("enterprise", 0)))
    draw(p, rect.left(), y + 4 * u, T.elide(note, SMALL, rect.width(), u), SMALL, u)
    return y + ROW_H * u + 2 * GAP * u


def _facilities(p: QPainter, rect: QRectF, y: float, data: DashboardData, u: float, hits) -> float:
    y = heading(p, rect, y, translate("Dashboard", "配套设施与载体"), translate("Dashboard", "按类别与状态计数") + (translate("Dashboard", "；点击打开设施列表") if hits is not None else ""), u)
    label_w = (130 if data.english is not None else 90) * u  # English categories are longer
    biggest = max(sum(c.values()) for _, c in data.facilities) or 1
    avail = rect.width() - label_w - 150 * u
    for category, counts in data.facilities:
        draw(p, rect.left(), y + (ROW_H * u - T.line_height(SMALL_DARK, u)) / 2,
              T.elide(data.term("category", category), SMALL_DARK, label_w - 6 * u, u), SMALL_DARK, u)
        x = rect.left() + label_w
        for status, n in counts.items():
            w = avail * n / biggest
            seg = QRectF(x, y + 3 * u, w, ROW_H * u - 6 * u)
            p.setPen(T.pen(style.SURFACE, 0.8, u))
            p.setBrush(QColor(STATUS_COLOURS.get(status, "#8c959f")))
            p.drawRect(seg)
            if T.width(str(n), TINY, u) + 4 * u < w:
                centred(p, seg.center().x(), seg.top() + (seg.height() - T.line_height(TINY, u)) / 2, str(n), TINY,
                         u, "#ffffff" if status else style.TEXT)
            if hits is not None:
                facets = {"category": {category}}
                if status:
                    facets["status"] = {status}
                unknown, click = translate("Dashboard", "状态未说明"), translate("Dashboard", "点击打开列表")
                tip = (f"{data.term('category', category)} · {data.term('status', status) or unknown}"
                       f"{i18n.colon(data.english is not None)}{n} — {click}")
                hits.append((seg, "list", ("facility", Filters(kind="facility", facets=facets)), escape(tip)))
            x += w
        total = sum(counts.values())
        draw(p, x + 5 * u, y + (ROW_H * u - T.line_height(SMALL_DARK, u)) / 2, str(total), SMALL_DARK, u)
        y += ROW_H * u
    lx = rect.left() + label_w
    for status in (*FACILITY_STATUSES, None):
        label = data.term("status", status) or translate("Dashboard", "状态未说明")
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(STATUS_COLOURS.get(status)))
        p.drawRect(QRectF(lx, y + 6 * u, 8 * u, 8 * u))
        draw(p, lx + 11 * u, y + 4 * u, label, SMALL, u)
        lx += T.width(label, SMALL, u) + 24 * u
    return y + ROW_H * u


