"""The park sheet (园区概览): positioning, the park's chain system ("1+3+X"), headline figures with their
years, facilities and transport, platforms and partners."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from desktopapp import i18n, style
from desktopapp.catalogue.audience import for_audience
from desktopapp.catalogue.filters import Filters
from desktopapp.i18n import QT_TRANSLATE_NOOP, translate
from desktopapp.labels import value_label
from desktopapp.reports import text as T
from desktopapp.reports.flow import Column, Flow
from desktopapp.reports.notes import Notes
from desktopapp.reports.clean import for_print
from desktopapp.reports.sheets.common import Context, Sheet, close, header, joined, not_stated, period_text, start

U = T.UNIT
TIER_ORDER = ("核心", "重点", "特色", "产业基地")
FACILITY_ORDER = ("交通", "产业楼宇", "园中园", "孵化载体", "创新平台", "人才公寓", "餐饮生活", "能源", "公共服务",
                  "环境", "市政基础设施", "生态文旅", "商业配套")
# Organisation categories that are not partners an investor deals with (government offices, internal teams).
NOT_PARTNERS = ("政府部门", "其他")
POSITIONING_METRIC = "定位"

THEME_STYLE = T.TextStyle(style.SIZE_BODY, True, style.ACCENT_DARK)
def figure_columns() -> tuple[Column, ...]:
    return (
        Column(translate("Reports", "指标"), 2.0),
        Column(translate("Reports", "数值"), 1.5, T.TextStyle(style.SIZE_BODY, True)),
        Column(translate("Reports", "时期"), 1.5, T.SMALL),
        Column(translate("Reports", "性质"), 0.6, T.SMALL),
        Column(translate("Reports", "截至"), 0.8, T.SMALL),
        Column(translate("Reports", "来源"), 0.6, T.SMALL),
    )


def _system_block(flow: Flow, system: dict, tiers: list[tuple[str, list[str]]], label_mm: float = 24,
                  lines_per_box: int = 2) -> None:
    """One row per tier: a label box, then a box per chain."""
    name_st = T.TextStyle(style.SIZE_BODY, True, style.TEXT)
    tier_st = T.TextStyle(style.SIZE_SMALL, True, "#ffffff")
    chain_st = T.TextStyle(style.SIZE_SMALL, True, style.ACCENT_DARK)
    label_w, space = label_mm * T.MM, 2.4 * U
    box_h = T.line_height(chain_st) * lines_per_box + 4 * U
    flow.lines(T.wrap(system["name"], name_st, flow.width), name_st)
    flow.y += 2 * U
    for tier, names in tiers:
        per_row = max(1, min(len(names), 4))
        rows = (len(names) + per_row - 1) // per_row
        height = rows * (box_h + space)
        flow.need(height)
        page, top = flow.page, flow.y
        page.rect(QRectF(flow.left, top, label_w - space, box_h), fill=style.ACCENT, radius=2 * U)
        label = T.elide(f"{tier} · {len(names)}", tier_st, label_w - space - 4 * U)
        page.text(flow.left + (label_w - space - T.width(label, tier_st)) / 2,
                  top + (box_h - T.line_height(tier_st)) / 2 + T.ascent(tier_st), label, tier_st)
        w = (flow.width - label_w - space * (per_row - 1)) / per_row
        for i, name in enumerate(names):
            x = flow.left + label_w + (i % per_row) * (w + space)
            y = top + (i // per_row) * (box_h + space)
            page.rect(QRectF(x, y, w, box_h), fill=style.ACCENT_LIGHT, stroke=style.ACCENT, radius=2 * U)
            lines = T.wrap(name, chain_st, w - 4 * U, max_lines=lines_per_box)
            ty = y + (box_h - T.line_height(chain_st) * len(lines)) / 2
            for line in lines:
                page.text(x + (w - T.width(line, chain_st)) / 2, ty + T.ascent(chain_st), line, chain_st)
                ty += T.line_height(chain_st)
        flow.y = top + height
    flow.y += 2 * U


def _tiers(cat, system_id: int, lang=None) -> list[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = {}
    todo = [(c, 0) for c in cat.chain_children(system_id)]
    while todo:
        chain, depth = todo.pop(0)
        if chain["level"] == "segment":
            continue
        tier = chain.get("tier") or translate("Reports", "其他")
        groups.setdefault(tier, []).append(lang.name(chain["id"], chain["name"], "\n") if lang else chain["name"])
        todo.extend((c, depth + 1) for c in cat.chain_children(chain["id"]))
    order = {t: i for i, t in enumerate(TIER_ORDER)}
    ordered = sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order)))
    return [(lang.term("tier", t), names) for t, names in ordered] if lang else ordered


def _grouped(cat, kind: str, order: tuple[str, ...], skip: tuple[str, ...] = (), lists: bool = False,
             lang=None) -> list:
    rows = cat.rows(cat.ids(Filters(kind=kind, facets={"scope": ["park", "district"]}), sort="name"))
    groups: dict[str, list[str]] = {}
    for r in rows.values():
        category = r.get("category") or translate("Reports", "其他")
        if category in skip:
            continue
        status = r.get("status")
        name = lang.name(r["id"], r["name"], " / ") if lang else r["name"]
        if status and lang is not None and lang.lang == "en":
            name = f"{name} ({lang.term('status', status)})"
        elif status:
            name = f"{name}（{lang.term('status', status) if lang else status}）"
        groups.setdefault(category, []).append(name)
    rank = {c: i for i, c in enumerate(order)}
    ordered = sorted(groups.items(), key=lambda kv: rank.get(kv[0], 99))
    if lang is not None:
        ordered = [(lang.term("category", c), names) for c, names in ordered]
    between = lang.separator if lang is not None else i18n.list_separator(False)
    return ordered if lists else [(c, between.join(names)) for c, names in ordered]


# Themes of the park sheet's headline block and figure tables: (key, label, words in the metric).
THEMES = (
    ("projects", QT_TRANSLATE_NOOP("Reports", "项目与投资"), ("引资", "投资", "项目", "签约", "落地", "招引", "在谈")),
    ("space", QT_TRANSLATE_NOOP("Reports", "空间载体"), ("用地", "面积", "基地", "载体", "楼宇", "厂房", "平方", "亩")),
    ("industry", QT_TRANSLATE_NOOP("Reports", "产业与企业"), ("产值", "企业", "专精特新", "科技", "成果", "孵化",
                                                            "产业", "满意度")),
    ("living", QT_TRANSLATE_NOOP("Reports", "交通与生活"), ("公寓", "绿道", "交通", "轨道", "公交", "配套", "基础设施",
                                                           "生活", "充电")),
)
OTHER_THEME = QT_TRANSLATE_NOOP("Reports", "其他")
SPACE_FACILITIES = ("产业楼宇", "园中园", "孵化载体", "创新平台")
LIVING_FACILITIES = ("交通", "人才公寓", "餐饮生活", "能源", "商业配套", "公共服务")


def theme(metric: str) -> str:
    for key, _, words in THEMES:
        if any(w in metric for w in words):
            return key
    return "other"


def theme_label(key: str) -> str:
    return translate("Reports", next((label for k, label, _ in THEMES if k == key), OTHER_THEME))


@dataclass
class ParkFigure:
    metric: str
    value: str
    period: str
    basis: str
    as_of: str
    ref: str
    theme: str


def park_figures(cat, notes: Notes, include_internal: bool = False) -> tuple[list[ParkFigure], list[ParkFigure]]:
    """(positioning, other figures) of the park's scope, investor figures only unless `include_internal`;
    newest actual values first within a metric."""
    ids = for_audience(cat, cat.ids(Filters(kind="figure", facets={"scope": ["park"]})), include_internal)
    details = [d for d in (cat.details(i) for i in ids) if d is not None]

    def year(d) -> int:
        p = d.entity.get("period") or ""
        return int(p[:4]) if p[:4].isdigit() else 0

    details.sort(key=lambda d: (d.entity.get("metric") == POSITIONING_METRIC and -1 or 0,
                                d.entity.get("basis") != "actual", -year(d), d.entity.get("metric") or ""))
    positioning, others = [], []
    for d in details:
        e = d.entity
        fact = next((x for x in d.facts if x.field == "value"), d.facts[0] if d.facts else None)
        cites = fact.citations if fact else d.mentions
        as_of = (fact.as_of if fact else "") or ""
        source_date = cites[0].source_date if cites else as_of
        metric = e.get("metric") or d.name
        f = ParkFigure(metric, e.get("value") or not_stated(), period_text(e.get("period"), source_date),
                       e.get("basis") or "actual", as_of, notes.ref(cites), theme(metric))
        (positioning if metric == POSITIONING_METRIC else others).append(f)
    return positioning, others


def _figure_line(f: ParkFigure) -> str:
    extra = [p for p in (f.period, value_label("basis", f.basis) if f.basis != "actual" else "") if p]
    brackets = translate("Reports", "（{what}）")
    joiner = "，" if brackets.startswith("（") else ", "  # an English sheet: English punctuation
    tail = brackets.format(what=joiner.join(extra)) if extra else ""
    return f"{f.metric} {f.value}{tail}{f.ref}"


def _facility_names(cat, categories: tuple[str, ...], lang=None) -> dict[str, list[str]]:
    rows = cat.rows(cat.ids(Filters(kind="facility", facets={"scope": ["park", "district"]}), sort="name"))
    out: dict[str, list[str]] = {}
    for r in rows.values():
        if r.get("category") in categories:
            category = lang.term("category", r["category"]) if lang else r["category"]
            out.setdefault(category, []).append(lang.name(r["id"], r["name"], " / ") if lang else r["name"])
    return out


def _localised(f: ParkFigure, lang) -> ParkFigure:
    """A figure with its metric, value and date in the sheet's language (its theme stays as found)."""
    from dataclasses import replace

    return replace(f, metric=lang.term("metric", f.metric), value=lang.value(f.value), as_of=lang.date(f.as_of),
                   period=lang.period(f.period))


def _headline_block(flow: Flow, boxes: list[tuple[str, list[str]]], max_lines: int = 2) -> None:
    """Boxes of two columns: a theme's title and its lines (each already carrying its marker)."""
    boxes = [(t, lines) for t, lines in boxes if lines]
    if not boxes:
        return
    space, pad = 3 * U, 3 * U
    w = (flow.width - space) / 2
    title_st = T.TextStyle(style.SIZE_SMALL, True, style.ACCENT_DARK)
    line_st = T.TextStyle(style.SIZE_SMALL)
    lead = T.line_height(line_st)
    for i in range(0, len(boxes), 2):
        pair = boxes[i:i + 2]
        wrapped = [[piece for line in lines[:4] for piece in T.wrap(line, line_st, w - 2 * pad, max_lines=max_lines)]
                   for _, lines in pair]
        h = 2 * pad + T.line_height(title_st) + 1 * U + max(len(l) for l in wrapped) * lead
        flow.need(h)
        for j, ((title, _), lines) in enumerate(zip(pair, wrapped)):
            x = flow.left + j * (w + space)
            flow.page.rect(QRectF(x, flow.y, w, h), fill=style.SURFACE_ALT, stroke=style.BORDER, radius=2 * U)
            flow.page.rect(QRectF(x, flow.y, 1.4 * U, h), fill=style.ACCENT)
            y = flow.y + pad
            flow.page.text(x + pad, y + T.ascent(title_st), title, title_st)
            y += T.line_height(title_st) + 1 * U
            for line in lines:
                flow.page.text(x + pad, y + T.ascent(line_st), line, line_st)
                y += lead
        flow.y += h + space


def layout_park(ctx: Context) -> Sheet:
    cat = ctx.cat
    notes = Notes((), ctx.language)
    positioning, figures = park_figures(cat, notes, ctx.all_figures)
    lang = ctx.language if not ctx.language.zh else None
    if lang is not None:
        positioning = [_localised(f, lang) for f in positioning]
        figures = [_localised(f, lang) for f in figures]
    systems = [s for s in cat.chain_children(None) if s.get("scope") == "park"]
    tiers = [(system, _tiers(cat, system["id"], lang)) for system in systems]
    if lang is not None:
        systems = [dict(s, name=lang.name(s["id"], s["name"], " / ")) for s in systems]
        tiers = [(dict(s, name=lang.name(s["id"], s["name"], " / ")), g) for s, g in tiers]
    facilities = _grouped(cat, "facility", FACILITY_ORDER, lang=lang)
    partners = _grouped(cat, "organisation", (), skip=NOT_PARTNERS, lang=lang)
    colon = "：" if lang is None else ": "

    park = cat.meta.get("park") or cat.name
    title, second = (ctx.park.split(" · ", 1) + [""])[:2] if lang is not None and lang.lang == "both" else (
        ctx.park or park, park if lang is not None else "")
    sheet, flow = start(ctx, "park", title, "park", notes)
    subtitle = positioning[0].value if positioning else ""
    header(flow, translate("Reports", "园区概览"), ctx.info.catalogue, title, subtitle=subtitle, second_name=second,
           translated=ctx.language.translated)
    description = for_print(cat.meta.get("description"))
    if description and (lang is None or lang.lang == "both"):  # Chinese only: not on an English sheet
        flow.paragraph(description, T.SMALL)

    # The headline block: the park at a glance, by theme.
    by_theme: dict[str, list[ParkFigure]] = {}
    for f in figures:
        by_theme.setdefault(f.theme, [])
        if all(g.metric != f.metric for g in by_theme[f.theme]):  # the newest value of each metric
            by_theme[f.theme].append(f)
    boxes = [(translate("Reports", "定位"), [f"{f.value}{f.ref}" for f in positioning])]
    chain_lines = []
    for system, groups in tiers:
        chain_lines.append(system["name"])
        chain_lines += [f"{tier}{colon}{i18n.list_separator(bool(lang)).join(n.replace(chr(10), ' ') for n in names)}"
                        for tier, names in groups]
    boxes.append((translate("Reports", "产业体系"), chain_lines))
    boxes.append((theme_label("projects"), [_figure_line(f) for f in by_theme.get("projects", [])]))
    space = [_figure_line(f) for f in by_theme.get("space", [])]
    space += [f"{c}{colon}{joined(n, 4, lang)}" for c, n in _facility_names(cat, SPACE_FACILITIES, lang).items()]
    boxes.append((theme_label("space"), space))
    living = [_figure_line(f) for f in by_theme.get("living", [])]
    living += [f"{c}{colon}{joined(n, 3, lang)}" for c, n in _facility_names(cat, LIVING_FACILITIES, lang).items()]
    boxes.append((theme_label("living"), living))
    boxes.append((translate("Reports", "合作伙伴"), [f"{c}{colon}{joined(names, 3, lang)}" for c, names in
                                                 _grouped(cat, "organisation", (), skip=NOT_PARTNERS, lists=True,
                                                          lang=lang)]))
    flow.heading(translate("Reports", "园区速览"), keep=30 * U)
    _headline_block(flow, boxes, 2 if lang is None else 3)  # English lines are longer

    if systems:
        flow.heading(translate("Reports", "产业体系"), keep=60 * U)
        for system, groups in tiers:
            _system_block(flow, system, groups, 24 if lang is None else 36, 3 if lang and lang.lang == "both" else 2)
    if figures:
        flow.heading(translate("Reports", "园区数据"))
        order = [k for k, _, _ in THEMES] + ["other"]
        for key in order:
            rows = [[f.metric, f.value, f.period, value_label("basis", f.basis), f.as_of, f.ref]
                    for f in figures if f.theme == key]
            if rows:
                flow.need(T.line_height(THEME_STYLE) + 20 * U)
                flow.lines([theme_label(key)], THEME_STYLE)
                flow.table(figure_columns(), rows)
    if facilities:
        flow.heading(translate("Reports", "载体、交通与生活配套"))
        flow.fields(facilities)
    if partners:
        flow.heading(translate("Reports", "平台与合作伙伴"))
        flow.fields(partners)
    close(flow, notes)
    return sheet
