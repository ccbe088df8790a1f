"""The brochure: cover, contents, park sheet, chain, enterprise and facility sheets, with page numbers and
PDF bookmarks matching the contents. Cancellable through the progress callback."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QRectF

from desktopapp import style
from desktopapp.catalogue.filters import Filters
from desktopapp.i18n import translate
from desktopapp.reports import text as T
from desktopapp.reports.document import Cancelled, Footer, Paper, check_target, geometry, write_pdf
from desktopapp.reports.flow import Flow
from desktopapp.reports.outline import Metadata, OutlineItem
from desktopapp.reports.qtapp import ensure_app
from desktopapp.reports.sheets import layout_sheet
from desktopapp.reports.sheets.common import Context, Sheet, doc_info

U = T.UNIT
Progress = Callable[[int, int], bool]
SECTIONS = ("park", "chain", "enterprise", "project", "facility", "organisation")


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
    return [Filters(kind="chain", facets={"scope": ["park"]}), Filters(kind="enterprise"),
            Filters(kind="facility")]


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


def _cover(ctx: Context, counts: dict[str, int]) -> Sheet:
    sheet = Sheet("cover", "cover", translate("Reports", "封面"))
    flow = Flow(sheet.pages, ctx.geo, Footer(ctx.geo, ctx.info))
    cat = ctx.cat
    band = 56 * T.MM
    page = flow.page
    page.rect(QRectF(flow.left, flow.y, flow.width, band), fill=style.ACCENT_DARK, radius=3 * U)
    inner = flow.width - 20 * U
    y = flow.y + 16 * U
    big = T.TextStyle(26, True, "#ffffff")
    for line in T.wrap(cat.meta.get("park") or cat.name, big, inner, max_lines=2):
        page.text(flow.left + 10 * U, y + T.ascent(big), line, big)
        y += T.line_height(big)
    sub = T.TextStyle(style.SIZE_H2, False, "#ffffff")
    for line in T.wrap(translate("Reports", "招商资料册"), sub, inner, max_lines=1):
        page.text(flow.left + 10 * U, y + 3 * U + T.ascent(sub), line, sub)
    flow.y += band + 12 * U
    flow.lines(T.wrap(cat.name, T.H1, flow.width), T.H1)
    flow.y += 2 * U
    meta = T.TextStyle(style.SIZE_BODY, colour=style.TEXT_MUTED)
    flow.lines([translate("Reports", "版本：{edition}").format(edition=ctx.info.edition or "—"),
                translate("Reports", "生成日期：{date}").format(date=ctx.info.generated)], meta)
    flow.gap(8 * U)
    flow.heading(translate("Reports", "本册内容"), keep=20 * U)
    flow.fields([(section_title(k), translate("Reports", "{n} 份").format(n=n)) for k, n in counts.items()
                 if k != "park"])
    if cat.meta.get("description"):
        flow.heading(translate("Reports", "关于数据"), keep=20 * U)
        flow.paragraph(cat.meta["description"])
        flow.paragraph(translate("Reports", "[n] 为来源编号，对应页脚或资料末尾列出的来源报道（日期与标题）；"
                                            "标注“（推算）”的内容由报道推算得出，依据可在应用中查看。"), T.SMALL)
    return sheet


def _contents(ctx: Context, groups: list[tuple[str, list[Sheet]]]) -> Sheet:
    sheet = Sheet("contents", "contents", translate("Reports", "目录"))
    flow = Flow(sheet.pages, ctx.geo, Footer(ctx.geo, ctx.info),
                running_head=translate("Reports", "目录"), running_suffix=translate("Reports", "（续）"))
    title = T.TextStyle(style.SIZE_H1, True)
    flow.lines([translate("Reports", "目录")], title)
    flow.y += 4 * U
    sec_st = T.TextStyle(style.SIZE_H2, True, style.ACCENT_DARK)
    num_w = 14 * U
    for kind, sheets in groups:
        entries = [(sec_st, section_title(kind), sheets[0].key, 0.0)] if len(sheets) > 1 or kind != "park" else []
        entries += [(T.BODY, s.title, s.key, 6 * U if entries else 0.0) for s in sheets]
        for n, (st, label, key, indent) in enumerate(entries):
            lead = T.line_height(st) + (3 * U if st is sec_st else 0.8 * U)
            if st is sec_st:
                flow.gap(3 * U)
                flow.need(lead + T.line_height(T.BODY) * 2)
            flow.need(lead)
            base = flow.y + T.ascent(st)
            text = T.elide(label, st, flow.width - indent - num_w - 8 * U)
            flow.page.text(flow.left + indent, base, text, st)
            x0 = flow.left + indent + T.width(text, st) + 2 * U
            x1 = flow.right - num_w
            if x1 > x0 and st is not sec_st:
                flow.page.line(x0, base, x1, base, style.BORDER, 0.6, dashed=True)
            flow.page.pageref(flow.right, base, key, st)
            flow.page.link(QRectF(flow.left + indent, flow.y, flow.width - indent, lead), key)
            flow.y += lead
    return sheet


def build_brochure(cat, path: str | Path, *, filters: Sequence[Filters] | None = None,
                   ids: Sequence[int] | None = None, include_park: bool = True, paper: Paper | str = Paper.A4,
                   generated: date | str | None = None, progress: Progress | None = None) -> BrochureResult:
    """Write a brochure of the selection to `path`. `progress(done, total)` is called as sheets are laid
    out and painted; returning False cancels (Cancelled is raised and no file is left)."""
    ensure_app()
    started = time.perf_counter()
    path = check_target(path)  # before the layout: a wrong folder fails at once
    ctx = Context(cat, geometry(paper), doc_info(cat, generated))
    chosen = select(cat, filters, ids)
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
    for kind, entity_id in plan:
        sheet = layout_sheet(ctx, entity_id)
        if not groups or groups[-1][0] != kind:
            groups.append((kind, []))
        groups[-1][1].append(sheet)
        step()
    counts = {kind: len(sheets) for kind, sheets in groups}
    front = [_cover(ctx, counts), _contents(ctx, groups)]
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
    meta = Metadata(f"{park} · {translate('Reports', '招商资料册')}", subject=translate(
        "Reports", "{park}招商资料：园区概览、产业链、企业、项目与配套").format(park=park))
    bookmarks = write_pdf(path, pages, ctx.geo, meta, pagerefs, tick, outline)
    if progress is not None:
        progress(total, total)
    return BrochureResult(path, len(pages), sum(counts.values()), time.perf_counter() - started, bookmarks)
