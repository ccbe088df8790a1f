"""The facility sheet (载体与配套): category, status, figures (area, capacity, investment), dates, what it
offers and who is in it."""

from __future__ import annotations

from desktopapp import style
from desktopapp.catalogue.details import Details
from desktopapp.i18n import translate
from desktopapp.labels import relation_label
from desktopapp.reports.flow import Chip
from desktopapp.reports.notes import Notes
from desktopapp.catalogue.images import image_data
from desktopapp.reports.sheets.common import (Context, Sheet, add_figures, add_photo, close, current_facts, header, joined,
                                              linked_names, contents_title, names_of, profile, start, steps, tag_chips)
from desktopapp.reports.timeline import add_timeline

RELATIONS = (("part_of", True), ("operated_by", True), ("built_by", True), ("investor", True),
             ("serves", True), ("located_in", False), ("part_of", False), ("partner", True))


def layout_facility(ctx: Context, d: Details) -> Sheet:
    e = d.entity
    notes = Notes(d.sources, ctx.language)
    lang = ctx.language
    title, second = names_of(ctx, d.name, e["id"])
    sheet, flow = start(ctx, "facility", contents_title(title, second, lang), f"facility:{e['id']}", notes)
    chips = []
    if e.get("status"):
        chips.append(Chip(lang.term("status", e["status"]), style.stage_colour(e["status"]), "#ffffff"))
    header(flow, translate("Reports", "载体与配套"), ctx.park, title,
           [a.alias for a in d.aliases if a.alias != d.name], chips=chips + tag_chips(d.tags, notes, lang),
           logo=image_data(ctx.cat, e["id"], "logo"), second_name=second, translated=lang.translated)
    flow.fields([
        (translate("Reports", "类别"), lang.term("category", e.get("category")) or ""),
        (translate("Reports", "状态"), lang.term("status", e.get("status")) or ""),
        (translate("Reports", "范围"), ctx.scope(e.get("scope"))),
    ], label_width=ctx.label_width)
    profile(flow, e.get("summary"), d.mentions, notes, translate("Reports", "概况与功能"), lang, e["id"])
    add_photo(flow, image_data(ctx.cat, e["id"], "photo"))
    add_figures(flow, current_facts(d), notes, title=translate("Reports", "规模与数据"), all_facts=d.facts,
                lang=lang)
    timeline = steps(d, notes, lang)
    if timeline:
        flow.heading(translate("Reports", "建设进度"))
        add_timeline(flow, timeline)
    rows = [(relation_label(r, out), joined(linked_names(d.links, r, out, lang=lang), lang=lang))
            for r, out in RELATIONS]
    rows = [r for r in rows if r[1]]
    if rows:
        flow.heading(translate("Reports", "关联"))
        flow.fields(rows, label_width=ctx.label_width)
    close(flow, notes)
    return sheet
