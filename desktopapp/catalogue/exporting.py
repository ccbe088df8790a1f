"""Export a list (the entities matching some filters) to CSV or XLSX, with the filters written in the file.

The columns are the import columns of the kind (importer.COLUMNS), so an exported file can be edited and
imported again. CSV: UTF-8 with a BOM (Excel then shows Chinese correctly); the first line, starting with
“#”, states the catalogue, the filters, the count and the time, and the importer skips it; text that a
spreadsheet would run as a formula starts with an apostrophe (`csvcells.py`). XLSX: the list on the sheet
列表, the filters on the sheet 筛选条件, every text cell stored as text.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from datetime import datetime
from pathlib import Path

import numpy as np

from desktopapp.catalogue.csvcells import protect
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.catalogue.filters import Filters
from desktopapp.catalogue.work import gc_paused, let_go
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
    """The headers and the rows (raw catalogue values, in the order of `ids`; ids not in the catalogue are
    left out)."""
    reader = _Reader(cat, kind)
    out: list = [None] * len(ids)
    for positions, rows in reader.chunks(ids, work):
        for pos, row in zip(positions, rows):
            out[pos] = row
    return reader.headers, [list(r) for r in out if r is not None]


CHUNK = 250  # entities read per set of queries: each query's fetch and the csv call hold the GIL for a chunk
WRITE_LINES = 4000  # lines joined, encoded and written in one call (about 2 MB: a few ms)
DENSE = 4  # a chunk whose ids span at most this many times its size is read as one id range


# Numbers as `_plain` writes them, made by SQLite for the whole chunk: a whole number stored as REAL (3.0) as
# an integer (3); one beyond SQLite's integers stays REAL (and `_plain` makes it an int).
PLAIN = {c: f"CASE WHEN {c} = CAST({c} AS INTEGER) THEN CAST({c} AS INTEGER) ELSE {c} END AS {c}" for c in ("amount", "num")}

ENTITY_COLUMNS = ["summary", "scope", "stage", "stage_date", "category", "status", "year", "metric", "num", "unit",
                  "period", "basis"]


class _Reader:
    """The export rows of one kind, read a chunk of entities at a time, in the order of their ids (so that a
    chunk is one range of each table's index, not a thousand look-ups), with one query per table; a
    column is computed for the whole chunk at once."""

    def __init__(self, cat, kind: str):
        from desktopapp.write.importer import COLUMNS

        self.conn, self.kind = cat.conn, kind
        self.columns = COLUMNS.get(kind)
        self.headers = ["名称", "层级", "上级", "简介"] if self.columns is None else [c.header for c in self.columns]
        self.fields = ["name", "level", "chains", "summary"] if self.columns is None else [c.field for c in self.columns]
        self.cat = cat
        self.chains: dict | None = None
        self.paths: dict[int, str] = {}
        self.labels: dict[int, str] = {}  # chain id -> as the chains column shows it (its path, else its name)
        self.others: dict[int, tuple] = {}  # id -> (name, kind) of entities linked to
        self.scope_labels: dict = {}  # scope code -> its label

    def chunks(self, ids: list[int], work=None):
        """(positions in `ids`, row tuples) per chunk; ids not in the catalogue have no row."""
        # numpy sorts without holding the GIL (sorted() would hold it for the whole list: a stalled window)
        array = np.fromiter(ids, dtype=np.int64, count=len(ids))
        order = np.argsort(array, kind="stable")
        for start in range(0, len(order), CHUNK):
            if work is not None:
                work.progress(start, len(ids), translate("Export", "已读取 {n} / {total} 条").format(n=start,
                                                                                               total=len(ids)))
            positions = order[start:start + CHUNK]
            chunk = array[positions].tolist()
            positions = positions.tolist()
            by_id = self._read(chunk)
            if len(by_id) == len(chunk):  # every id there, once (the usual case): no look-up per row in Python
                yield positions, list(map(by_id.__getitem__, chunk))
                continue
            kept = [p for p in positions if ids[p] in by_id]
            yield kept, [by_id[ids[p]] for p in kept]

    def _read(self, chunk: list[int]) -> dict[int, tuple]:
        """id -> row tuple of the (sorted) ids of `chunk`. Text is read with the plain UTF-8 decoder, and only
        a chunk holding a damaged byte again with the connection's own (which replaces it)."""
        conn = self.conn
        factory = conn.text_factory
        conn.text_factory = str
        try:
            try:
                return self._rows(chunk)
            except sqlite3.OperationalError as exc:
                if "decode" not in str(exc):
                    raise
            conn.text_factory = factory
            return self._rows(chunk)
        finally:
            conn.text_factory = factory

    def _where(self, column: str, chunk: list[int]) -> str:
        """The chunk's ids as a condition on `column`: a range with the bounds as parameters (`self.bounds`),
        so that each query is compiled once for the whole export (SQLite's statement cache), or a list."""
        low, high = int(chunk[0]), int(chunk[-1])
        if high - low < DENSE * len(chunk):
            self.bounds = (low, high)
            return f"{column} BETWEEN ? AND ?"
        self.bounds = ()
        return f"{column} IN ({','.join(str(int(i)) for i in chunk)})"

    def _rows(self, chunk: list[int]) -> dict[int, tuple]:
        conn, wanted = self.conn, set(chunk)
        if self.columns is None:
            rows = self.cat.rows(sorted(wanted))
            return {i: tuple(rows[i][f] for f in self.fields) for i in rows}
        fields = set(self.fields)
        own = [f for f in ENTITY_COLUMNS if f in fields]  # only what the kind's columns show
        amount = fields & {"output", "investment"}
        selected = ["id", "key", "name", *own] + ["amount"] * bool(amount)
        cur = conn.execute(f"SELECT {', '.join(PLAIN.get(c, c) for c in selected)} FROM entities "
                           f"WHERE {self._where('id', chunk)}", self.bounds)
        entities = cur.fetchall()
        if len(entities) != len(wanted):
            entities = [r for r in entities if r[0] in wanted]
        if not entities:
            return {}
        eids, keys, names, *values = (list(c) for c in zip(*entities))
        col: dict[str, list] = dict(zip(selected[3:], values))
        col["name"] = names
        if "scope" in col:
            col["scope"] = self._scope_labels(col["scope"])
        none = [None] * len(eids)
        col["output"] = col["amount"] if self.kind == "enterprise" and amount else none
        col["investment"] = col["amount"] if self.kind == "project" and amount else none
        if fields & {"short", "aliases"}:
            short = [k if k != n and not k.startswith("chain:") else None for k, n in zip(keys, names)]
            col["short"] = short
        if "aliases" in fields:
            aliases: dict[int, dict] = {}
            for eid, alias in conn.execute(f"SELECT entity_id, alias FROM aliases WHERE {self._where('entity_id', chunk)} "
                                           "ORDER BY entity_id, rowid", self.bounds):
                aliases.setdefault(eid, {})[alias] = None
            col["aliases"] = ["、".join([a for a in aliases[e] if a not in (s, n)]) if e in aliases else ""
                              for e, s, n in zip(eids, short, names)]
        if "tags" in fields:
            tags: dict[int, dict] = {}
            for eid, tag in conn.execute(f"SELECT entity_id, tag FROM tags WHERE {self._where('entity_id', chunk)} "
                                         "ORDER BY entity_id, rowid", self.bounds):
                tags.setdefault(eid, {})[tag] = None
            col["tags"] = ["、".join(tags[e]) if e in tags else "" for e in eids]
        if fields & {"credit_code", "founded", "area"}:
            facts: dict[int, dict] = {}
            for eid, field, value, fnum in conn.execute(
                    f"SELECT entity_id, field, value, {PLAIN['num']} FROM facts WHERE {self._where('entity_id', chunk)} "
                    "AND current AND field IN ('统一社会信用代码', '成立时间', '面积') ORDER BY entity_id, id", self.bounds):
                facts.setdefault(eid, {})[field] = (value, fnum)
            if facts:  # (none in the chunk: the columns stay empty, without a look per row)
                got = [facts.get(e) for e in eids]
                col["credit_code"] = [f["统一社会信用代码"][0] if f and "统一社会信用代码" in f else None for f in got]
                col["founded"] = [int(f["成立时间"][1]) if f and "成立时间" in f and f["成立时间"][1] else None
                                  for f in got]
                col["area"] = [f["面积"][1] if f and "面积" in f else None for f in got]
        if fields & {"chains", "role", "facility", "enterprise", "operator"}:
            self._link_columns(chunk, eids, fields, col)
        return dict(zip(eids, zip(*[col.get(f, none) for f in self.fields])))  # a field no table holds: empty

    def _scope_labels(self, codes: list) -> list:
        """Scope codes (park, district …) as the catalogue's labels (科学城北碚园区 …), which a reader understands
        and the importer reads back (it takes a scope's label as well as its code)."""
        labels = self.scope_labels
        for code in set(codes):
            if code and code not in labels:
                labels[code] = self.cat.scope_label(code) or code
        return [labels[c] if c else c for c in codes]

    def _link_columns(self, chunk, eids, fields, col) -> None:
        rows = self.conn.execute(f"SELECT src_id, relation, dst_id, role FROM links WHERE {self._where('src_id', chunk)} "
                                 "ORDER BY src_id, id", self.bounds).fetchall()
        others = self.others
        unknown = {r[2] for r in rows if r[2] not in others}
        if unknown:
            marks = ",".join(str(int(i)) for i in unknown if isinstance(i, int))
            for oid, name, other_kind in self.conn.execute(f"SELECT id, name, kind FROM entities WHERE id IN ({marks})"):
                others[oid] = (name, other_kind)
            for oid in unknown:
                others.setdefault(oid, None)  # not in the catalogue: the link is not shown (as a join drops it)
        chains: dict[int, dict] = {}  # src -> {chain id: role}, in the links' order
        firsts: dict[int, dict] = {}  # src -> {(relation, kind linked to): the first such entity's name}
        for src, relation, dst, role in rows:
            other = others[dst]
            if other is None:
                continue
            if relation == "chain":
                roles = chains.get(src)
                if roles is None:
                    chains[src] = {dst: role}
                elif not roles.get(dst):  # duplicates merged as details merges them: the first, with a role
                    roles[dst] = role
            else:
                firsts.setdefault(src, {}).setdefault((relation, other[1]), other[0])
        if fields & {"chains", "role"}:
            labels = self.labels
            for c in set().union(*chains.values()) - labels.keys():  # chains not met in earlier chunks
                labels[c] = self._path(c) or others[c][0]
            label = labels.__getitem__
            got = [chains.get(e) for e in eids]
            col["chains"] = ["、".join(map(label, g)) if g else "" for g in got]
            col["role"] = [next(filter(None, g.values()), None) if g else None for g in got]  # the first given
        got = [firsts.get(e) for e in eids]
        for field, key in (("facility", ("located_in", "facility")), ("enterprise", ("project_of", "enterprise")),
                           ("operator", ("operated_by", "organisation"))):
            if field in fields:
                col[field] = [g.get(key) if g else None for g in got]

    def _path(self, chain_id: int) -> str:
        """The chain's names from the system down, as details' chain_path gives them."""
        if chain_id not in self.paths:
            if self.chains is None:
                self.chains = {r[0]: (r[1], r[2]) for r in self.conn.execute(
                    "SELECT id, name, parent_id FROM entities WHERE kind = 'chain'")}
            chains = self.chains
            names, cid, seen = [], chain_id, set()
            while cid and cid in chains and cid not in seen:
                seen.add(cid)
                names.append(chains[cid][0])
                cid = chains[cid][1]
            self.paths[chain_id] = "·".join(reversed(names))
        return self.paths[chain_id]


def export_list(cat, filters: Filters, path: str | Path, sort: str = "relevance", descending: bool = False,
                now: datetime | None = None, work=None) -> int:
    """Write the entities matching `filters` to `path` (.csv or .xlsx); return how many were written.
    `work` (catalogue/work.py) receives progress and can cancel (no file is left then)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise CatalogueError(translate("Export", "只能导出为 .csv 或 .xlsx 文件：{path}").format(path=path))
    found = cat.id_array(filters, sort, descending)  # to a list in pieces: one tolist() of 10^6 holds the GIL
    ids = [i for start in range(0, len(found), 65536) for i in found[start:start + 65536].tolist()]
    with gc_paused():  # many objects made, none of them in cycles
        if suffix == ".csv":
            headers, lines = _csv_lines(cat, filters.kind, ids, work)
            # counted in pieces: one count over a million lines would hold the GIL (a stalled window)
            count = len(lines) - sum(lines[i:i + 65536].count(None) for i in range(0, len(lines), 65536))
        else:
            headers, rows = _records(cat, filters.kind, ids, work)
            count = len(rows)
    stamp = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    about = describe(cat, filters) + [(translate("Export", "条数"), str(count)), (translate("Export", "导出时间"), stamp)]
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
                if count < len(lines):
                    lines = [line for line in lines if line is not None]
                for start in range(0, len(lines), WRITE_LINES):  # in pieces: a long C call would hold the GIL
                    if work is not None:
                        work.check()
                    fh.write("".join(lines[start:start + WRITE_LINES]))
                let_go(lines)
        else:
            _write_xlsx(tmp, headers, rows, about)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def _csv_lines(cat, kind: str, ids: list[int], work=None) -> tuple[list[str], list[str | None]]:
    """The headers and each entity's CSV line, in the order of `ids` (None for an id not in the catalogue):
    the csv module formats a chunk's rows in one call, its writer's `write` collecting one line per row.
    The cells go to it as read (numbers are plain already, see PLAIN); only a chunk in which a cell may need
    `_cells` (text a spreadsheet would run as a formula, a float written with an exponent) is formatted
    again cell by cell: one regular expression over the chunk's text instead of a look at every cell."""
    reader = _Reader(cat, kind)
    lines: list[str | None] = [None] * len(ids)
    for positions, rows in reader.chunks(ids, work):
        if not rows:
            continue
        got = _lines(rows)
        text = "".join(got)
        if RISKY_CELL.search(text) or RISKY_START.match(text) or "e+" in text:
            got = _lines(zip(*[_cells(column) for column in zip(*rows)]))
        for pos, line in zip(positions, got, strict=True):
            lines[pos] = line
    headers = reader.headers
    let_go(reader.__dict__)  # its look-ups of a million entities, freed a piece at a time (catalogue/work.py)
    return headers, lines


# A cell the csv module wrote that `_cells` might have written differently: one a spreadsheet would run as a
# formula (after a comma or at a line's start, maybe quoted, maybe after apostrophes), or a float with an
# exponent. They match more too (a comma in quoted text, a negative number): such a chunk comes out the same.
RISKY_CELL = re.compile(r"[,\n](?:\"'*[=+\-@\t\r]|'*[=+\-@\t])")  # a bare \r after a comma ends the line
RISKY_START = re.compile(r"\"'*[=+\-@\t\r]|'*[=+\-@\t]")


def _lines(rows) -> list[str]:
    got: list[str] = []
    csv.writer(_Sink(got.append)).writerows(rows)
    return got


class _Sink:
    def __init__(self, write):
        self.write = write


RISKY = frozenset("=+-@\t\r'")  # first characters of text that `protect` may change


def _cells(values) -> list:
    """`values` as CSV cells: numbers without a needless “.0”, text that would run as a formula protected;
    the common cases (no value, an integer, ordinary text) pass through without a call."""
    return [v if v is None or v.__class__ is int or (v.__class__ is str and v[:1] not in RISKY)
            else protect(_plain(v)) for v in values]


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
