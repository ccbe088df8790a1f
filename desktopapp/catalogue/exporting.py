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


def _records(cat, kind: str, ids: list[int], work=None) -> tuple[list[str], list[list]]:
    from desktopapp.catalogue.importer import COLUMNS

    columns = COLUMNS.get(kind)
    if columns is None:  # chains: name, level, position
        headers = ["名称", "层级", "上级", "简介"]
        rows = cat.rows(ids)
        return headers, [[rows[i]["name"], rows[i]["level"], rows[i]["chains"], rows[i]["summary"]] for i in ids]
    headers = [c.header for c in columns]
    chains = {r[0]: (r[1], r[2]) for r in cat.conn.execute("SELECT id, name, parent_id FROM entities WHERE kind = 'chain'")}
    paths: dict[int, str] = {}

    def path(chain_id: int) -> str:  # names from the system down, as details' chain_path gives them
        if chain_id not in paths:
            names, cid, seen = [], chain_id, set()
            while cid and cid in chains and cid not in seen:
                seen.add(cid)
                names.append(chains[cid][0])
                cid = chains[cid][1]
            paths[chain_id] = "·".join(reversed(names))
        return paths[chain_id]

    out = []
    for start in range(0, len(ids), CHUNK):
        if work is not None:
            work.progress(start, len(ids), translate("Export", "已读取 {n} / {total} 条").format(n=start, total=len(ids)))
        chunk = ids[start:start + CHUNK]
        out.extend(_chunk_records(cat.conn, kind, columns, chunk, path))
    _label_scopes(cat, columns, out)
    return headers, out


def _label_scopes(cat, columns, rows: list[list]) -> None:
    """Scope codes (park, district …) as the catalogue's labels (科学城北碚园区 …), which a reader understands
    and the importer reads back (it takes a scope's label as well as its code)."""
    at = next((n for n, c in enumerate(columns) if c.field == "scope"), None)
    if at is None:
        return
    labels: dict[str, str] = {}
    for row in rows:
        code = row[at]
        if code:
            if code not in labels:
                labels[code] = cat.scope_label(code) or code
            row[at] = labels[code]


CHUNK = 1000  # entities read per set of queries (each set holds the GIL for a few milliseconds)


def _chunk_records(conn, kind: str, columns, ids: list[int], path) -> list[list]:
    """The export rows of `ids` (in that order), read with one query per table instead of one `details()`
    per entity (an export of a register runs at tens of thousands of rows a second, not hundreds)."""
    marks = ",".join(str(int(i)) for i in ids)
    entities = {r["id"]: dict(r) for r in _rows(conn, f"SELECT * FROM entities WHERE id IN ({marks})")}
    aliases, tags, facts, links = {}, {}, {}, {}
    for eid, alias in conn.execute(f"SELECT entity_id, alias FROM aliases WHERE entity_id IN ({marks}) ORDER BY rowid"):
        aliases.setdefault(eid, {})[alias] = None
    for eid, tag in conn.execute(f"SELECT entity_id, tag FROM tags WHERE entity_id IN ({marks}) ORDER BY rowid"):
        tags.setdefault(eid, {})[tag] = None
    for eid, field, value, num in conn.execute(
            f"SELECT entity_id, field, value, num FROM facts WHERE entity_id IN ({marks}) AND current "
            "AND field IN ('统一社会信用代码', '成立时间', '面积') ORDER BY id"):
        facts.setdefault(eid, {})[field] = (value, num)
    for src, relation, dst, role, name, other_kind in conn.execute(
            "SELECT l.src_id, l.relation, l.dst_id, l.role, e.name, e.kind FROM links l JOIN entities e ON e.id = l.dst_id "
            f"WHERE l.src_id IN ({marks}) ORDER BY l.id"):
        seen = links.setdefault(src, {})
        kept = seen.get((relation, dst))  # duplicates merged as details merges them: the first, with a role
        seen[(relation, dst)] = (relation, dst, kept[2] or role, name, other_kind) if kept else \
            (relation, dst, role, name, other_kind)
    out = []
    for eid in ids:
        e = entities.get(eid)
        if e is None:
            continue
        own = list(links.get(eid, {}).values())
        chain_links = [l for l in own if l[0] == "chain"]
        fact = facts.get(eid, {})

        def link(relation, other_kind, own=own):
            return next((l[3] for l in own if l[0] == relation and l[4] == other_kind), None)

        short = e["key"] if e["key"] != e["name"] and not e["key"].startswith("chain:") else None
        names = [a for a in aliases.get(eid, {}) if a not in (short, e["name"])]
        value = {
            "name": e["name"], "short": short, "aliases": "、".join(names), "summary": e["summary"],
            "scope": e["scope"], "chains": "、".join(path(l[1]) or l[3] for l in chain_links),
            "role": next((l[2] for l in chain_links if l[2]), None), "tags": "、".join(tags.get(eid, {})),
            "facility": link("located_in", "facility"), "enterprise": link("project_of", "enterprise"),
            "operator": link("operated_by", "organisation"),
            "stage": e["stage"], "stage_date": e["stage_date"], "category": e["category"], "status": e["status"],
            "year": e["year"], "metric": e["metric"], "num": e["num"], "unit": e["unit"], "period": e["period"],
            "basis": e["basis"],
            "credit_code": fact["统一社会信用代码"][0] if "统一社会信用代码" in fact else None,
            "founded": int(fact["成立时间"][1]) if "成立时间" in fact and fact["成立时间"][1] else None,
            "output": e["amount"] if kind == "enterprise" else None,
            "investment": e["amount"] if kind == "project" else None,
            "area": fact["面积"][1] if "面积" in fact else None,
        }
        out.append([value.get(c.field) for c in columns])
    return out


def _rows(conn, sql: str):
    cur = conn.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def export_list(cat, filters: Filters, path: str | Path, sort: str = "relevance", descending: bool = False,
                now: datetime | None = None, work=None) -> int:
    """Write the entities matching `filters` to `path` (.csv or .xlsx); return how many were written.
    `work` (catalogue/work.py) receives progress and can cancel (no file is left then)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CatalogueError(translate("Export", "只能导出为 .csv 或 .xlsx 文件：{path}").format(path=path))
    ids = [int(i) for i in cat.ids(filters, sort, descending)]
    headers, rows = _records(cat, filters.kind, ids, work)
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
                for start in range(0, len(rows), 1000):  # in pieces: one long C call would hold the GIL throughout
                    if work is not None:
                        work.check()
                    writer.writerows([["" if v is None else protect(_plain(v)) for v in row]
                                      for row in rows[start:start + 1000]])
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
