"""The chain sheet (产业链图谱): the chain map with gaps to fill, key figures and the chain's members."""

from __future__ import annotations

from desktopapp.catalogue.details import Details
from desktopapp.i18n import translate
from desktopapp.labels import kind_label
from desktopapp.reports import text as T
from desktopapp.reports.chainmap import (COMPLETE, GAP, UNKNOWN, chain_map_height, load_map, localise_chain_map,
                                         paint_chain_map)
from desktopapp.reports.flow import Chip, Column
from desktopapp.reports.notes import Notes
from desktopapp.reports.clean import for_print, inferred
from desktopapp.reports.sheets.common import (Context, Sheet, add_figures, close, contents_title, current_facts, header,
                                              names_of, start)
from desktopapp.catalogue.kinds import ROLE_RANK

U = T.UNIT


def member_rows(d: Details, lang=None) -> list[list[str]]:
    """One row per member: name, kind, segments (marked （推算） when no source states the link), best role,
    stage; in the sheet's language `lang` (names, segments and terms in English where the catalogue has it)."""
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
    mark = inferred()
    if lang is None or lang.zh:
        return [[r["name"], kind_label(r["kind"]), "、".join(r["where"]) + ("" if r["stated"] else mark),
                 r["role"] or "", r["stage"] or ""] for r in rows]
    ids = {id(r): i for i, r in merged.items()}
    return [[lang.name(ids[id(r)], r["name"], "\n"), kind_label(r["kind"]),
             lang.join(lang.chains(w, "\n") for w in r["where"]) + ("" if r["stated"] else mark),
             lang.term("role", r["role"], "\n") or "", lang.term("stage", r["stage"], "\n") or ""] for r in rows]


def localise_map(model, lang) -> None:
    """The map in English on an English sheet (see chainmap.localise_map); as found on the others."""
    if model is None or lang.lang != "en":
        return
    localise_chain_map(model, lang.english)


def member_columns(english: bool = False) -> tuple[Column, ...]:
    """The member table's columns; on an English or bilingual sheet the stage column is wide enough for
    "Construction started" whole (it was broken inside the word)."""
    return (
        Column(translate("Reports", "名称"), 2.4),
        Column(translate("Reports", "类型"), 0.7, T.SMALL),
        Column(translate("Reports", "所在环节"), 1.7 if english else 2.0, T.SMALL),
        Column(translate("Reports", "角色"), 0.7, T.SMALL),
        Column(translate("Reports", "阶段"), 1.0 if english else 0.7, T.SMALL),
    )


def layout_chain(ctx: Context, d: Details) -> Sheet:
    e = d.entity
    notes = Notes(d.sources, ctx.language)
    lang = ctx.language
    title, second = names_of(ctx, d.name, e["id"])
    sheet, flow = start(ctx, "chain", contents_title(title, second, lang), f"chain:{e['id']}", notes)
    parent_id = ctx.cat.chain_tree().get(e["id"])  # the parent as the chain tree has it (loops in a file cut)
    parent = ctx.cat.row(parent_id) if parent_id is not None else None
    subtitle = translate("Reports", "所属：{parent}").format(
        parent=lang.name(parent_id, parent["name"], " / ")) if parent else ""
    chips = [Chip(lang.term("tier", e["tier"]))] if e.get("tier") else []
    header(flow, translate("Reports", "产业链图谱"), ctx.park, title,
           [a.alias for a in d.aliases], subtitle, chips, second_name=second, translated=lang.translated)
    summary = for_print(e.get("summary"))
    if summary and not lang.zh:
        summary = lang.summary(e["id"], summary)
    if summary:
        flow.paragraph(f"{summary} {notes.ref(d.mentions)}".strip(), T.SMALL)

    model = load_map(ctx.cat, e["id"])  # the map as the 产业链图谱 tab draws it (projects, honours, services)
    localise_map(model, lang)
    cap = 10
    heading_h = T.line_height(T.H2) + 12 * U
    room = flow.capacity - heading_h  # a page less its heading
    while cap > 3 and chain_map_height(model, flow.width, T.UNIT, cap) > room:
        cap -= 1
    # On the current page if it fits there drawn at 70 % or more, else on a page of its own.
    here = flow.bottom - flow.y - heading_h
    unit = next((T.UNIT * k for k in (1.0, 0.9, 0.8, 0.7)
                 if chain_map_height(model, flow.width, T.UNIT * k, cap) <= here), T.UNIT)
    height = chain_map_height(model, flow.width, unit, cap)
    flow.heading(translate("Reports", "产业链图谱：园区企业所在环节"), keep=min(height, room))
    flow.block(height, lambda r: flow.page.custom(r, lambda p, rr: paint_chain_map(p, rr, model, unit, cap)))

    def by_row(pairs):
        """Fields per chain: its segments, each with the marker of what the sources say of it."""
        out: dict[str, list[str]] = {}
        for row, seg in pairs:
            out.setdefault(lang.chains(row, " / "), []).append(lang.chains(seg.name, " / ") + notes.ref(seg.citations))
        return [(row, lang.join(segs)) for row, segs in out.items()]

    gaps, unfilled = model.open_segments(GAP), model.unfilled_rows()
    if gaps or unfilled:
        flow.heading(translate("Reports", "待补链环节（招商方向）"), keep=20 * U)
        flow.paragraph(translate("Reports", "报道列为发展方向、园区目录中尚无企业的环节与链条。"), T.SMALL)
        rows = by_row(gaps)
        if unfilled:
            rows.append((translate("Reports", "尚无园区企业的链条"),
                         lang.join(lang.chains(r.name, " / ") + notes.ref(r.citations) for r in unfilled)))
        flow.fields(rows, label_width=48 * T.MM)
    complete, unknown = model.open_segments(COMPLETE), model.open_segments(UNKNOWN)
    if complete or unknown:
        flow.heading(translate("Reports", "暂无园区企业名单的环节"), keep=20 * U)
        if complete:
            flow.paragraph(translate("Reports", "报道称已形成全链条，目录中暂未列出这些环节的园区企业："), T.SMALL)
            flow.fields(by_row(complete), label_width=48 * T.MM)
        if unknown:
            flow.paragraph(translate("Reports", "目录中暂无这些环节的园区企业，报道亦未说明（不等于空白）："), T.SMALL)
            flow.fields(by_row(unknown), label_width=48 * T.MM)

    add_figures(flow, current_facts(d), notes, all_facts=d.facts, lang=lang)
    rows = member_rows(d, lang)
    if rows:
        flow.heading(translate("Reports", "链上主体"))
        flow.table(member_columns(not lang.zh), rows)
    close(flow, notes)
    return sheet
