"""Export a list (the entities matching some filters) to CSV or XLSX, with the filters written in the file.

The columns are the import columns of the kind (importer.COLUMNS), so an exported file can be edited and
imported again. CSV: UTF-8 with a BOM (Excel then shows Chinese correctly); the first line, starting with
“#”, states the catalogue, the filters, the count and the time, and the importer skips it; text that a
spreadsheet would run as a formula starts with an apostrophe (`csvcells.py`). XLSX: the list on the sheet
列表, the filters on the sheet 筛选条件, every text cell stored as text.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from desktopapp.catalogue.csvcells import protect
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.catalogue.filters import Filters
from desktopapp.i18n import translate


def describe(cat, filters: Filters) -> list[tuple[str, str]]:
    """The filters as (label, value) pairs in Chinese, for the file and for the user."""
    from desktopapp.labels import facet_label, kind_label

    out = [(translate("Export", "目录"), cat.name), (translate("Export", "类别"), kind_label(filters.kind))]
    if filters.text.strip():
        out.append((translate("Export", "搜索"), filters.text.strip()))
    if filters.facets:
        counts = cat.facet_counts(filters)
        for facet, values in sorted(filters.facets.items()):
            labels = {v.value: v.label for v in counts.get(facet, [])}
            out.append((facet_label(facet), "、".join(labels.get(v, v) for v in sorted(values))))
    for label, low, high in ((translate("Export", "年份"), filters.year_min, filters.year_max),
                             (translate("Export", "金额（亿元）"), filters.amount_min, filters.amount_max)):
        if low is not None or high is not None:
            out.append((label, f"{'' if low is None else low} – {'' if high is None else high}"))
    if filters.is_empty():
        out.append((translate("Export", "筛选"), translate("Export", "无（全部条目）")))
    return out


def _records(cat, kind: str, ids: list[int]) -> tuple[list[str], list[list]]:
    from desktopapp.catalogue.importer import COLUMNS

    columns = COLUMNS.get(kind)
    if columns is None:  # chains: name, level, position
        headers = ["名称", "层级", "上级", "简介"]
        rows = cat.rows(ids)
        return headers, [[rows[i]["name"], rows[i]["level"], rows[i]["chains"], rows[i]["summary"]] for i in ids]
    headers = [c.header for c in columns]
    out = []
    for eid in ids:
        d = cat.details(eid)
        if d is None:
            continue
        e = d.entity
        facts = {f.field: f for f in d.facts if f.current}
        chain_links = [l for l in d.links if l.relation == "chain" and l.outgoing]

        def link(relation, kind):
            return next((l.other_name for l in d.links
                         if l.relation == relation and l.outgoing and l.other_kind == kind), None)

        short = e["key"] if e["key"] != e["name"] and not e["key"].startswith("chain:") else None
        aliases = [a for a in dict.fromkeys(a.alias for a in d.aliases) if a not in (short, e["name"])]
        value = {
            "name": e["name"], "short": short, "aliases": "、".join(aliases), "summary": e["summary"],
            "scope": e["scope"], "chains": "、".join("·".join(l.path) if l.path else l.other_name
                                                   for l in chain_links),
            "role": next((l.role for l in chain_links if l.role), None), "tags": "、".join(t.tag for t in d.tags),
            "facility": link("located_in", "facility"), "enterprise": link("project_of", "enterprise"),
            "operator": link("operated_by", "organisation"),
            "stage": e["stage"], "stage_date": e["stage_date"], "category": e["category"], "status": e["status"],
            "year": e["year"], "metric": e["metric"], "num": e["num"], "unit": e["unit"], "period": e["period"],
            "basis": e["basis"],
            "credit_code": facts["统一社会信用代码"].value if "统一社会信用代码" in facts else None,
            "founded": int(facts["成立时间"].num) if "成立时间" in facts and facts["成立时间"].num else None,
            "output": e["amount"] if kind == "enterprise" else None,
            "investment": e["amount"] if kind == "project" else None,
            "area": facts["面积"].num if "面积" in facts else None,
        }
        out.append([value.get(c.field) for c in columns])
    return headers, out


def export_list(cat, filters: Filters, path: str | Path, sort: str = "relevance", descending: bool = False,
                now: datetime | None = None) -> int:
    """Write the entities matching `filters` to `path` (.csv or .xlsx); return how many were written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CatalogueError(translate("Export", "只能导出为 .csv 或 .xlsx 文件：{path}").format(path=path))
    ids = [int(i) for i in cat.ids(filters, sort, descending)]
    headers, rows = _records(cat, filters.kind, ids)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    about = describe(cat, filters) + [(translate("Export", "条数"), str(len(rows))), (translate("Export", "导出时间"), stamp)]
    if cat.meta.get("edition"):
        about.insert(1, (translate("Export", "数据截至"), cat.meta["edition"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    try:
        if suffix == ".csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(["# " + translate("Export", "招商图鉴导出") + "　" + "；".join(f"{k}：{v}" for k, v in about)])
                writer.writerow(headers)
                writer.writerows([["" if v is None else protect(_plain(v)) for v in row] for row in rows])
        else:
            _write_xlsx(tmp, headers, rows, about)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return len(rows)


def _plain(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _write_xlsx(path: Path, headers, rows, about) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "列表"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            cell = sheet.cell(row=r, column=c, value=_safe(_plain(value)))
            if cell.data_type == "f":
                cell.data_type = "s"  # catalogue text that looks like a formula stays text
    for i, header in enumerate(headers):
        sheet.column_dimensions[sheet.cell(row=1, column=i + 1).column_letter].width = \
            28 if header in ("名称", "简介", "产业链") else 14
    sheet.freeze_panes = "A2"
    info = book.create_sheet("筛选条件")
    info.append([translate("Export", "招商图鉴导出")])
    info["A1"].font = Font(bold=True, size=13)
    for key, value in about:
        info.append([_safe(key), _safe(value)])  # the catalogue's name may hold any character
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 60
    book.save(path)


def _safe(value):
    """Characters an XLSX file cannot hold (control characters) are left out."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value
