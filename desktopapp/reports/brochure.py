"""The brochure: cover, contents, park sheet, chain, enterprise and facility sheets, with page numbers and
PDF bookmarks matching the contents. Cancellable through the progress callback."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF

from desktopapp import i18n, style
from desktopapp.catalogue.filters import Filters
from desktopapp.catalogue.work import let_go
from desktopapp.i18n import translate
from desktopapp.labels import facet_label, kind_label, value_label
from desktopapp.reports import text as T
from desktopapp.reports.document import Cancelled, Footer, Paper, check_target, geometry, write_pdf
from desktopapp.reports.flow import Flow
from desktopapp.reports.outline import Metadata, OutlineItem
from desktopapp.reports.qtapp import ensure_app
from desktopapp.catalogue import publisher
from desktopapp.reports.clean import for_print
from desktopapp.reports.marks import add_image, add_qr, image_size
from desktopapp.reports.sheets import layout_sheet
from desktopapp.reports.sheets.listing import layout_list, listed
from desktopapp.reports.sheets.common import Context, Sheet, doc_info

U = T.UNIT
Progress = Callable[[int, int], bool]
SECTIONS = ("park", "chain", "enterprise", "project", "facility", "organisation")
LISTED_KINDS = ("enterprise", "project", "facility", "organisation")  # without figures: on a compact list


def section_title(kind: str) -> str:
    return {"park": translate("Reports", "园区概览"), "chain": translate("Reports", "产业链"),
            "enterprise": translate("Reports", "企业"), "project": translate("Reports", "项目"),
            "facility": translate("Reports", "载体与配套"), "organisation": translate("Reports", "机构")}[kind]


@dataclass
class BrochureResult:
    path: Path
    pages: int
    sheets: int
    seconds: float
    bookmarks: bool


def _chain_order(cat) -> dict[int, int]:
    """Chains in tree order (systems, then each chain's sub-chains), for sorting chain sheets."""
    order: dict[int, int] = {}
    todo = [c["id"] for c in cat.chain_children(None)]
    while todo:
        cid = todo.pop(0)
        order[cid] = len(order)
        todo[0:0] = [c["id"] for c in cat.chain_children(cid)]
    return order


def default_filters() -> list[Filters]:
    """The park's own brochure: its chains, enterprises, projects and facilities (scope park)."""
    park = {"scope": ["park"]}
    return [Filters(kind=kind, facets=park) for kind in ("chain", "enterprise", "project", "facility")]


_ENTITY_FACETS = ("chain", "segment", "facility", "organisation", "enterprise")


def _facet_value(cat, facet: str, value: str, english: bool = False) -> str:
    if english:  # the catalogue's English for the value, where it has one
        from desktopapp.catalogue.english import localiser

        return localiser(cat).facet_label(facet, value, _facet_value(cat, facet, value))
    if facet == "scope":
        return cat.scope_label(value)
    if facet in _ENTITY_FACETS:
        ids = cat.find(value)
        if ids:
            return cat.row(ids[0])["name"]
    return value_label(facet, value)


def describe_filters(cat, filters: Sequence[Filters] | None, ids: Sequence[int] | None = None) -> str:
    """What narrows a brochure down from the park's own, in words ("" for the default brochure)."""
    if ids is not None:
        return translate("Reports", "选定的 {n} 项").format(n=len(ids))
    if filters is None:
        return ""
    parts: list[str] = []
    english = kind_label("enterprise").isascii()  # English labels: English punctuation
    between = i18n.list_separator(english)
    kinds = list(dict.fromkeys(f.kind for f in filters if f.kind))
    if kinds and set(kinds) != {f.kind for f in default_filters()}:
        parts.append(translate("Reports", "类别：{kinds}").format(kinds=between.join(kind_label(k) for k in kinds)))
    for f in filters:
        bits = []
        for facet, values in sorted(f.facets.items()):
            if facet == "scope" and set(values) == {"park"}:
                continue
            shown = between.join(sorted(_facet_value(cat, facet, v, english) for v in values))
            bits.append(translate("Reports", "{facet}：{values}").format(facet=facet_label(facet), values=shown))
        if f.text:
            bits.append(translate("Reports", "关键词：{text}").format(text=f.text))
        for lo, hi, label in ((f.year_min, f.year_max, translate("Reports", "年份")),
                              (f.amount_min, f.amount_max, translate("Reports", "金额（亿元）"))):
            if lo is not None or hi is not None:
                bits.append(f"{label}{i18n.colon(english)}{'' if lo is None else lo}–{'' if hi is None else hi}")
        for bit in bits:
            if bit not in parts:
                parts.append(bit)
    return ("; " if english else "；").join(parts)


def select(cat, filters: Sequence[Filters] | None = None, ids: Sequence[int] | None = None) -> dict[str, list[int]]:
    """Ids per section kind: from explicit `ids`, or from `filters` (chains keep only level 'chain')."""
    chosen: dict[str, list[int]] = {}
    if ids is not None:
        rows = cat.rows(list(ids))
        for i in ids:
            if i in rows:
                chosen.setdefault(rows[i]["kind"], []).append(i)
    else:
        for f in filters if filters is not None else default_filters():
            bucket = chosen.setdefault(f.kind, [])
            bucket.extend(i for i in cat.ids(f, sort="name") if i not in bucket)
    for bucket in chosen.values():  # Chinese names in pinyin order, as printed indexes are
        keys = cat.rows(bucket)
        bucket.sort(key=lambda i: (keys[i]["sort_key"] or "", i))
    if "chain" in chosen:
        rows = cat.rows(chosen["chain"])
        order = _chain_order(cat)
        chosen["chain"] = sorted((i for i in chosen["chain"] if rows[i]["level"] == "chain"),
                                 key=lambda i: order.get(i, 1 << 30))
    return {k: v for k, v in chosen.items() if v and k in SECTIONS}


def _cover(ctx: Context, counts: dict[str, int], filters_text: str) -> Sheet:
    sheet = Sheet("cover", "cover", translate("Reports", "封面"))
    flow = Flow(sheet.pages, ctx.geo, Footer(ctx.geo, ctx.info))
    cat = ctx.cat
    band = 56 * T.MM
    page = flow.page
    page.rect(QRectF(flow.left, flow.y, flow.width, band), fill=style.ACCENT_DARK, radius=3 * U)
    inner = flow.width - 20 * U
    y = flow.y + 16 * U
    big = T.TextStyle(26, True, "#ffffff")
    park_name = (ctx.park if not ctx.language.zh else "") or cat.meta.get("park") or cat.name
    for line in T.wrap(park_name, big, inner, max_lines=2):
        page.text(flow.left + 10 * U, y + T.ascent(big), line, big)
        y += T.line_height(big)
    sub = T.TextStyle(style.SIZE_H2, False, "#ffffff")
    subtitle = translate("Reports", "招商资料册")
    if filters_text:
        subtitle = translate("Reports", "招商资料册 · 选编")
    for line in T.wrap(subtitle, sub, inner, max_lines=1):
        page.text(flow.left + 10 * U, y + 3 * U + T.ascent(sub), line, sub)
    flow.y += band + 12 * U
    name_st = T.H1 if ctx.language.zh else T.TextStyle(style.SIZE_H2, True, style.TEXT_MUTED)  # Chinese name
    flow.lines(T.wrap(cat.name, name_st, flow.width), name_st)
    flow.y += 2 * U
    meta = T.TextStyle(style.SIZE_BODY, colour=style.TEXT_MUTED)
    flow.lines([translate("Reports", "版本：{edition}").format(edition=ctx.info.edition or "—"),
                translate("Reports", "生成日期：{date}").format(date=ctx.info.generated)], meta)
    if filters_text:
        flow.gap(4 * U)
        flow.paragraph(translate("Reports", "本册按以下条件选编：{filters}").format(filters=filters_text),
                       T.TextStyle(style.SIZE_BODY, True, style.ACCENT_DARK))
    flow.gap(8 * U)
    flow.heading(translate("Reports", "本册内容"), keep=20 * U)
    flow.fields([(section_title(k), translate("Reports", "{n} 份").format(n=n)) for k, n in counts.items()
                 if k != "park" and n], label_width=ctx.label_width)
    description = for_print(cat.meta.get("description"))
    if description and ctx.language.lang != "en":  # Chinese only: not on an English cover
        flow.heading(translate("Reports", "关于数据"), keep=20 * U)
        flow.paragraph(description)
    flow.paragraph(translate("Reports", "[n] 为来源编号，对应页脚或资料末尾列出的来源报道（日期与标题）；"
                                        "标注“（推算）”的内容由报道推算得出，依据可在应用中查看。"), T.SMALL)
    publisher_block(flow, publisher.read(cat))
    return sheet


def publisher_block(flow: Flow, who) -> None:
    """The office handing the brochure over, at the foot of the page: logo, name, address, phone, e-mail,
    web address and its QR code. Nothing when the catalogue names no publisher."""
    if who.empty:
        return
    pad, qr_side = 5 * U, 26 * T.MM
    name_st = T.TextStyle(style.SIZE_H2, True, style.ACCENT_DARK)
    logo_box = QRectF(0, 0, 34 * T.MM, 20 * T.MM) if who.logo and image_size(who.logo) else None
    text_x = flow.left + pad + (logo_box.width() + 5 * U if logo_box else 0)
    text_w = flow.right - pad - text_x - ((qr_side + 5 * U) if who.web else 0)
    names = T.wrap(who.office, name_st, text_w, max_lines=2) if who.office else []
    lines = [piece for part in who.contact_parts() for piece in T.wrap(part, T.BODY, text_w, max_lines=2)]
    text_h = len(names) * T.line_height(name_st) + 1.5 * U + len(lines) * T.line_height(T.BODY)
    h = 2 * pad + max(text_h, qr_side if who.web else 0, logo_box.height() if logo_box else 0)
    top = max(flow.y + 6 * U, flow.bottom - h)
    if top + h > flow.bottom:
        flow.new_page()
        top = flow.bottom - h
    page = flow.page
    page.rect(QRectF(flow.left, top, flow.width, h), fill=style.SURFACE_ALT, stroke=style.BORDER, radius=3 * U)
    if logo_box:
        add_image(page, QRectF(flow.left + pad, top + pad, logo_box.width(), logo_box.height()), who.logo)
    y = top + pad
    for line in names:
        page.text(text_x, y + T.ascent(name_st), line, name_st)
        y += T.line_height(name_st)
    y += 1.5 * U
    for line in lines:
        page.text(text_x, y + T.ascent(T.BODY), line, T.BODY)
        y += T.line_height(T.BODY)
    if who.web:
        add_qr(page, QRectF(flow.right - pad - qr_side, top + pad, qr_side, qr_side), who.web)
    flow.y = top + h


CONTENTS_COLUMNS = ((60, 1), (240, 2), (1 << 30, 3))  # up to N entries: columns


def _contents(ctx: Context, groups: list[tuple[str, list[Sheet]]]) -> Sheet:
    """Section titles and sheet titles with their page numbers (each a link), in 1-3 columns by size, so
    the contents of a 2,000-sheet brochure stay compact."""
    sheet = Sheet("contents", "contents", translate("Reports", "目录"))
    flow = Flow(sheet.pages, ctx.geo, Footer(ctx.geo, ctx.info),
                running_head=translate("Reports", "目录"), running_suffix=translate("Reports", "（续）"))
    title = T.TextStyle(style.SIZE_H1, True)
    flow.lines([translate("Reports", "目录")], title)
    flow.y += 4 * U
    entries: list[tuple[bool, str, str]] = []  # (section?, label, key)
    for kind, sheets in groups:
        if len(sheets) > 1 or kind != "park":
            entries.append((True, section_title(kind), sheets[0].key))
        entries += [(False, s.title, s.key) for s in sheets]
    n_cols = next(c for limit, c in CONTENTS_COLUMNS if len(entries) <= limit)
    small = n_cols > 1
    sec_st = T.TextStyle(style.SIZE_BODY if small else style.SIZE_H2, True, style.ACCENT_DARK)
    item_st = T.TextStyle(style.SIZE_SMALL) if small else T.BODY
    gap = 6 * U
    col_w = (flow.width - gap * (n_cols - 1)) / n_cols
    num_w = T.width("0000", item_st) + 2 * U
    top, col = flow.y, 0
    x = flow.left
    for is_section, label, key in entries:
        st = sec_st if is_section else item_st
        indent = 0.0 if is_section or n_cols > 1 else 6 * U
        lines = T.wrap(label, st, col_w - indent - num_w - 4 * U, max_lines=2)  # a long name takes two lines
        height = T.line_height(st) * len(lines) + (2 * U if is_section else 0.6 * U)
        before = 2 * U if is_section and flow.y > top else 0.0
        keep = T.line_height(item_st) if is_section else 0.0  # a section title stays with its first entry
        if flow.y + before + height + keep > flow.bottom:
            col += 1
            if col >= n_cols:
                flow.new_page()
                col, top = 0, flow.y
            flow.y, before = top, 0.0
            x = flow.left + col * (col_w + gap)
        top_y = flow.y + before
        for n, text in enumerate(lines):
            base = top_y + n * T.line_height(st) + T.ascent(st)
            flow.page.text(x + indent + (3 * U if n else 0), base, text, st)
        x0 = x + indent + (3 * U if len(lines) > 1 else 0) + T.width(lines[-1], st) + 2 * U
        x1 = x + col_w - num_w
        if x1 > x0 and not is_section:
            flow.page.line(x0, base, x1, base, style.BORDER, 0.6, dashed=True)
        flow.page.pageref(x + col_w, base, key, st)
        flow.page.link(QRectF(x + indent, top_y, col_w - indent, height), key)
        flow.y = top_y + height
    return sheet


def build_brochure(cat, path: str | Path, *, lang: str | None = None, **options) -> BrochureResult:
    """`_build_brochure` in the handout language `lang`: zh, en or both (bilingual), None for the
    interface's; see reports.language."""
    from desktopapp.reports.language import Language, labels_in, normalise

    lang = normalise(lang)
    path = check_target(path)  # a wrong folder said at once, in the interface's language
    with labels_in(lang):
        return _build_brochure(cat, path, language=Language(cat, lang), **options)


def _build_brochure(cat, path: str | Path, *, filters: Sequence[Filters] | None = None,
                    ids: Sequence[int] | None = None, include_park: bool = True, paper: Paper | str = Paper.A4,
                    generated: date | str | None = None, progress: Progress | None = None,
                    every_sheet: bool = False, all_figures: bool = False, language=None) -> BrochureResult:
    """Write a brochure of the selection (default: the park's own chains, enterprises, projects and
    facilities) to `path`. Entities without figures are grouped on compact list pages unless `every_sheet`;
    the park sheet shows investor figures unless `all_figures`. `progress(done, total)` is called as sheets
    are laid out and painted; returning False cancels (Cancelled is raised and no file is left). WriteError
    when `path` cannot be written (before any work)."""
    ensure_app()
    started = time.perf_counter()
    path = check_target(path)  # before the layout: a wrong folder fails at once
    ctx = Context(cat, geometry(paper), doc_info(cat, generated), all_figures, language=language)
    try:
        chosen = select(cat, filters, ids)
        filters_text = describe_filters(cat, filters, ids)
        plan: list[tuple[str, int | None]] = [("park", None)] if include_park else []
        for kind in SECTIONS[1:]:
            plan.extend((kind, i) for i in chosen.get(kind, []))
        total = 2 * len(plan) + 1
        done = 0

        def step() -> None:
            nonlocal done
            done += 1
            if progress is not None and progress(done, total) is False:
                raise Cancelled()

        groups: list[tuple[str, list[Sheet]]] = []
        bare: dict[str, list] = {}
        for kind, entity_id in plan:
            d = cat.details(entity_id) if entity_id is not None else None
            if d is not None and not every_sheet and kind in LISTED_KINDS and listed(d):
                bare.setdefault(kind, []).append(d)
                step()
                continue
            sheet = layout_sheet(ctx, entity_id, d)
            if not groups or groups[-1][0] != kind:
                groups.append((kind, []))
            groups[-1][1].append(sheet)
            step()
        for kind, details in bare.items():  # each kind's list after its sheets
            sheet = layout_list(ctx, kind, details)
            at = max((i for i, (k, _) in enumerate(groups) if k == kind), default=None)
            if at is None:
                order = {k: n for n, k in enumerate(SECTIONS)}
                at = sum(1 for k, _ in groups if order[k] < order[kind]) - 1
                groups.insert(at + 1, (kind, []))
                at += 1
            groups[at][1].append(sheet)
        counts = {kind: len(sheets) for kind, sheets in groups}
        for kind, details in bare.items():
            counts[kind] += len(details) - 1
        front = [_cover(ctx, counts, filters_text), _contents(ctx, groups)]
        pages, pagerefs, sheet_end = [], {}, []
        outline: list[OutlineItem] = [OutlineItem(translate("Reports", "目录"), len(front[0].pages))]
        for s in front:
            pages.extend(s.pages)
        for kind, sheets in groups:
            section = OutlineItem(section_title(kind), len(pages))
            for s in sheets:
                pagerefs[s.key] = len(pages) + 1
                section.children.append(OutlineItem(s.title, len(pages)))
                pages.extend(s.pages)
                sheet_end.append(len(pages) - 1)
            if kind == "park" and len(sheets) == 1:
                section.children = []
            outline.append(section)
        ends = set(sheet_end)

        def tick(i: int) -> None:
            if i in ends:
                step()

        park = cat.meta.get("park") or cat.name
        title = f"{park} · {translate('Reports', '招商资料册')}"
        if filters_text:
            title += translate("Reports", "（{filters}）").format(filters=filters_text)
        meta = Metadata(title, author=publisher.read(cat).office, subject=translate(
            "Reports", "{park}招商资料：园区概览、产业链、企业、项目与配套").format(park=park))
        bookmarks = write_pdf(path, pages, ctx.geo, meta, pagerefs, tick, outline)
        if progress is not None:
            progress(total, total)
        return BrochureResult(path, len(pages), sum(counts.values()), time.perf_counter() - started, bookmarks)
    finally:
        let_go(ctx.cache)  # a million-entity register's chain members: freed a piece at a time
