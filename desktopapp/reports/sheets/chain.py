"""The chain sheet (产业链图谱): the chain map with gaps to fill, key figures and the chain's members."""

from __future__ import annotations

from desktopapp.catalogue.details import Details
from desktopapp.i18n import translate
from desktopapp.labels import kind_label, value_label
from desktopapp.reports import text as T
from desktopapp.reports.chainmap import chain_map_height, load_map, paint_chain_map
from desktopapp.reports.flow import Chip, Column
from desktopapp.reports.notes import Notes
from desktopapp.reports.sheets.common import Context, Sheet, add_figures, current_facts, header, start

U = T.UNIT
ROLE_RANK = {"链主": 3, "核心": 2}


def member_rows(d: Details) -> list[list[str]]:
    """One row per member: name, kind, segments, best role, stage, basis."""
    merged: dict[int, dict] = {}
    for m in d.members:
        row = merged.setdefault(m["id"], {"name": m["name"], "kind": m["kind"], "where": [], "role": None,
                                          "stage": m["stage"], "stated": False})
        if m["chain_name"] not in row["where"]:
            row["where"].append(m["chain_name"])
        if ROLE_RANK.get(m["role"] or "", 1) > ROLE_RANK.get(row["role"] or "", 0):
            row["role"] = m["role"]
        row["stated"] |= m["basis"] == "stated"
    rows = sorted(merged.values(), key=lambda r: (r["kind"], -ROLE_RANK.get(r["role"] or "", 0), r["name"]))
    return [[r["name"], kind_label(r["kind"]), "、".join(r["where"]), r["role"] or "", r["stage"] or "",
             value_label("link_basis", "stated" if r["stated"] else "inferred")] for r in rows]


MEMBER_COLUMNS = (
    Column(translate("Reports", "名称"), 2.4),
    Column(translate("Reports", "类型"), 0.7, T.SMALL),
    Column(translate("Reports", "所在环节"), 2.0, T.SMALL),
    Column(translate("Reports", "角色"), 0.7, T.SMALL),
    Column(translate("Reports", "阶段"), 0.7, T.SMALL),
    Column(translate("Reports", "关联依据"), 0.9, T.SMALL),
)


def layout_chain(ctx: Context, d: Details) -> Sheet:
    e = d.entity
    notes = Notes(d.sources)
    sheet, flow = start(ctx, "chain", d.name, f"chain:{e['id']}", notes)
    parent_id = ctx.cat.chain_tree().get(e["id"])  # the parent as the chain tree has it (loops in a file cut)
    parent = ctx.cat.row(parent_id) if parent_id is not None else None
    subtitle = translate("Reports", "所属：{parent}").format(parent=parent["name"]) if parent else ""
    chips = [Chip(e["tier"])] if e.get("tier") else []
    header(flow, translate("Reports", "产业链图谱"), ctx.cat.meta.get("park", ""), d.name,
           [a.alias for a in d.aliases], subtitle, chips)
    if e.get("summary"):
        flow.paragraph(e["summary"], T.SMALL)

    model = load_map(ctx.cat, e["id"])  # the map as the 产业链图谱 tab draws it (projects, honours, services)
    flow.heading(translate("Reports", "产业链图谱：园区企业所在环节"), keep=60 * U)
    cap = 10
    while cap > 3 and chain_map_height(model, flow.width, T.UNIT, cap) > flow.capacity:
        cap -= 1
    height = chain_map_height(model, flow.width, T.UNIT, cap)
    flow.block(height, lambda r: flow.page.custom(r, lambda p, rr: paint_chain_map(p, rr, model, T.UNIT, cap)))

    gaps = model.gaps()
    if gaps:
        flow.heading(translate("Reports", "待补链环节（招商方向）"), keep=20 * U)
        by_row: dict[str, list[str]] = {}
        for row, seg in gaps:
            by_row.setdefault(row, []).append(seg)
        flow.fields([(row, "、".join(segs)) for row, segs in by_row.items()], label_width=48 * T.MM)

    add_figures(flow, current_facts(d), notes)
    rows = member_rows(d)
    if rows:
        flow.heading(translate("Reports", "链上主体"))
        flow.table(MEMBER_COLUMNS, rows)
    return sheet
