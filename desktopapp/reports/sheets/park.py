"""The park sheet (园区概览): positioning, the park's chain system ("1+3+X"), headline figures with their
years, facilities and transport, platforms and partners."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from desktopapp import style
from desktopapp.catalogue.filters import Filters
from desktopapp.i18n import translate
from desktopapp.labels import value_label
from desktopapp.reports import text as T
from desktopapp.reports.flow import Column, Flow
from desktopapp.reports.notes import Notes
from desktopapp.reports.sheets.common import Context, Sheet, header, not_stated, start

U = T.UNIT
TIER_ORDER = ("核心", "重点", "特色", "产业基地")
FACILITY_ORDER = ("交通", "产业楼宇", "园中园", "孵化载体", "创新平台", "人才公寓", "餐饮生活", "能源", "公共服务",
                  "环境", "市政基础设施", "生态文旅", "商业配套")
# Organisation categories that are not partners an investor deals with (government offices, internal teams).
NOT_PARTNERS = ("政府部门", "其他")
POSITIONING_METRIC = "定位"

def figure_columns() -> tuple[Column, ...]:
    return (
        Column(translate("Reports", "指标"), 2.2),
        Column(translate("Reports", "数值"), 1.6, T.TextStyle(style.SIZE_BODY, True)),
        Column(translate("Reports", "时期"), 1.0, T.SMALL),
        Column(translate("Reports", "性质"), 0.6, T.SMALL),
        Column(translate("Reports", "截至"), 0.8, T.SMALL),
        Column(translate("Reports", "来源"), 0.6, T.SMALL),
    )


def _system_block(flow: Flow, system: dict, tiers: list[tuple[str, list[str]]]) -> None:
    """One row per tier: a label box, then a box per chain."""
    name_st = T.TextStyle(style.SIZE_BODY, True, style.TEXT)
    tier_st = T.TextStyle(style.SIZE_SMALL, True, "#ffffff")
    chain_st = T.TextStyle(style.SIZE_SMALL, True, style.ACCENT_DARK)
    label_w, space = 24 * T.MM, 2.4 * U
    box_h = T.line_height(chain_st) * 2 + 4 * U
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
            lines = T.wrap(name, chain_st, w - 4 * U, max_lines=2)
            ty = y + (box_h - T.line_height(chain_st) * len(lines)) / 2
            for line in lines:
                page.text(x + (w - T.width(line, chain_st)) / 2, ty + T.ascent(chain_st), line, chain_st)
                ty += T.line_height(chain_st)
        flow.y = top + height
    flow.y += 2 * U


def _tiers(cat, system_id: int) -> list[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = {}
    todo = [(c, 0) for c in cat.chain_children(system_id)]
    while todo:
        chain, depth = todo.pop(0)
        if chain["level"] == "segment":
            continue
        tier = chain.get("tier") or translate("Reports", "其他")
        groups.setdefault(tier, []).append(chain["name"])
        todo.extend((c, depth + 1) for c in cat.chain_children(chain["id"]))
    order = {t: i for i, t in enumerate(TIER_ORDER)}
    return sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order)))


def _grouped(cat, kind: str, order: tuple[str, ...], skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    rows = cat.rows(cat.ids(Filters(kind=kind, facets={"scope": ["park", "district"]}), sort="name"))
    groups: dict[str, list[str]] = {}
    for r in rows.values():
        category = r.get("category") or translate("Reports", "其他")
        if category in skip:
            continue
        status = r.get("status")
        groups.setdefault(category, []).append(f"{r['name']}（{status}）" if status else r["name"])
    rank = {c: i for i, c in enumerate(order)}
    return [(c, "、".join(names)) for c, names in sorted(groups.items(), key=lambda kv: rank.get(kv[0], 99))]


def layout_park(ctx: Context) -> Sheet:
    cat = ctx.cat
    figures = [cat.details(i) for i in cat.ids(Filters(kind="figure", facets={"scope": ["park"]}))]
    figures = [f for f in figures if f is not None]
    positioning = [f for f in figures if f.entity.get("metric") == POSITIONING_METRIC]
    headline = [f for f in figures if f.entity.get("metric") != POSITIONING_METRIC]
    headline.sort(key=lambda f: (f.entity.get("basis") != "actual", -(int((f.entity.get("period") or "0")[:4])
                                 if (f.entity.get("period") or "")[:4].isdigit() else 0), f.entity["metric"] or ""))
    notes = Notes()
    rows = []
    for f in headline + positioning:
        fact = next((x for x in f.facts if x.field == "value"), f.facts[0] if f.facts else None)
        cites = fact.citations if fact else f.mentions
        ref = notes.ref(cites)
        if f in headline:
            e = f.entity
            rows.append([e.get("metric") or f.name, e.get("value") or not_stated(), e.get("period") or "",
                         value_label("basis", e.get("basis") or "actual"),
                         (fact.as_of if fact else "") or "", ref])

    park = cat.meta.get("park") or cat.name
    sheet, flow = start(ctx, "park", park, "park", notes)
    subtitle = positioning[0].entity.get("value") if positioning else ""
    header(flow, translate("Reports", "园区概览"), cat.name, park, subtitle=subtitle)
    if cat.meta.get("description"):
        flow.paragraph(cat.meta["description"], T.SMALL)

    systems = [s for s in cat.chain_children(None) if s.get("scope") == "park"]
    if systems:
        flow.heading(translate("Reports", "产业体系"), keep=60 * U)
        for system in systems:
            _system_block(flow, system, _tiers(cat, system["id"]))
    if rows:
        flow.heading(translate("Reports", "园区数据"))
        flow.table(figure_columns(), rows)
    facilities = _grouped(cat, "facility", FACILITY_ORDER)
    if facilities:
        flow.heading(translate("Reports", "载体、交通与生活配套"))
        flow.fields(facilities)
    partners = _grouped(cat, "organisation", (), skip=NOT_PARTNERS)
    if partners:
        flow.heading(translate("Reports", "平台与合作伙伴"))
        flow.fields(partners)
    return sheet
