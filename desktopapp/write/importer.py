"""Import enterprises, projects, facilities, organisations or figures from a CSV or XLSX file.

One kind per file, one row per entity, columns as in `COLUMNS` (the template's 数据字典 sheet documents
them). Every row is checked first — required fields, types, vocabularies (stage, status, scope, basis),
references to chains, facilities, enterprises and organisations already in the catalogue, duplicates by name
or alias within the file — and every problem is reported with its row and column.
A row that names an entity already in the catalogue (by 统一社会信用代码, else by its 名称, which may be a
name, key or alias) updates it instead (`updating.py`): changed fields are set, a new figure value becomes
current and the earlier one is kept as history, a new stage adds a dated stage-log entry, empty cells leave
fields unchanged. The report says of each row whether it is added, updated (which fields), unchanged or
refused. Nothing is written unless the whole file is valid; then, after a timestamped backup, everything is written in
one transaction on the working copy (see maintenance.py), with the same derived data the build creates.

Citing an import: the file becomes one `sources` row (title: the given source name or “导入：<file>”, date: the
import date, text: one line per data row, “第 N 行：列：值；…”); each imported row gets one citation whose
quote is exactly its line (so the article view highlights it) and whose note names the file and row. Every
fact, stage, tag, alias and link of the row cites it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desktopapp.catalogue import schema
from desktopapp.catalogue.csvcells import unprotect
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.catalogue.kinds import IMPORT_KINDS, ROLES
from desktopapp.catalogue.numtext import number_text
from desktopapp.catalogue.values import text as as_text
from desktopapp.catalogue.work import gc_paused
from desktopapp.i18n import translate

MAX_ROWS = 20000
MAX_CELL = 5000
MAX_FILE_BYTES = 50 * 1024 * 1024
LIST_SPLIT = re.compile(r"\s*[、,，;；/|\n]\s*")
CREDIT_CODE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
DATE = re.compile(r"^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
SCOPE_WORDS = {"园区": "park", "区": "district", "区县": "district", "科学城": "science_city", "市": "city",
               "城市": "city", "其他": "other"}
BASIS_LABELS = {"实际": "actual", "目标": "target", "预计": "expected", "计划": "plan"}
SKIP_SHEETS = ("数据字典", "筛选条件", "说明")


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    type: str = "text"  # text, list, int, number, date, enum, credit, ref:<kind>, refs:chain
    required: bool = False
    choices: tuple[str, ...] = ()
    help: str = ""
    example: str = ""


_HEAD = [
    Column("名称", "name", required=True, help="全称，如营业执照上的名称", example="重庆示例科技有限公司"),
    Column("简称", "short", help="常用简称；用作条目的键，须唯一", example="示例科技"),
    Column("别名", "aliases", "list", help="其他叫法，多个用顿号分隔", example="示例、SL科技"),
    Column("简介", "summary", help="一两句话的概况", example="生产工业传感器"),
    Column("范围", "scope", "enum", choices=schema.SCOPES,
           help="park 园区 / district 区 / science_city 科学城 / city 市 / other 其他；也可写中文名称", example="park"),
]
_CHAINS = Column("产业链", "chains", "refs:chain", help="产业链或环节的名称（或 上级·名称），多个用顿号分隔",
                 example="智能装备·传感器")
_STAGE_DATE = Column("阶段日期", "stage_date", "date", help="YYYY、YYYY-MM 或 YYYY-MM-DD", example="2024-06")
_TAGS = Column("标签", "tags", "list", help="荣誉与标签，多个用顿号分隔", example="专精特新、高新技术企业")
# When the row's figures were true (default: the import date); an updated figure carries it as its as-of date.
_AS_OF = Column("数据截至", "as_of", "date", help="本行数据的截至日期（YYYY、YYYY-MM 或 YYYY-MM-DD）；不填为导入日期",
                example="2025-06")

COLUMNS: dict[str, list[Column]] = {
    "enterprise": _HEAD + [
        _CHAINS,
        Column("链上角色", "role", "enum", choices=ROLES, help="在产业链上的角色", example="核心"),
        _TAGS,
        Column("所在载体", "facility", "ref:facility", help="目录中已有的配套设施或园区载体", example="某某产业园"),
        Column("阶段", "stage", "enum", choices=schema.STAGES + schema.SIDE_STAGES, example="投产"),
        _STAGE_DATE,
        Column("统一社会信用代码", "credit_code", "credit", help="18 位", example="91500109MA5U000000"),
        Column("成立年份", "founded", "int", help="四位年份", example="2016"),
        Column("产值（亿元）", "output", "number", help="最近一年的产值，单位亿元", example="3.5"),

        _AS_OF,
    ],
    "project": _HEAD + [
        Column("所属企业", "enterprise", "ref:enterprise", help="目录中已有的企业", example="华虹仪表"),
        _CHAINS,
        Column("类别", "category", help="如 产业项目、平台项目", example="产业项目"),
        Column("阶段", "stage", "enum", required=True, choices=schema.STAGES + schema.SIDE_STAGES, example="签约"),
        _STAGE_DATE,
        Column("总投资（亿元）", "investment", "number", help="单位亿元", example="12"),
        _TAGS,

        _AS_OF,
    ],
    "facility": _HEAD + [
        Column("类别", "category", help="如 园中园、孵化载体、交通", example="孵化载体"),
        Column("状态", "status", "enum", choices=schema.FACILITY_STATUSES, example="建成"),
        Column("面积（平方米）", "area", "number", help="建筑面积，单位平方米", example="20000"),
        Column("运营机构", "operator", "ref:organisation", help="目录中已有的机构", example=""),
        Column("年份", "year", "int", help="建成或启用年份", example="2023"),

        _AS_OF,
    ],
    "organisation": _HEAD + [
        Column("类别", "category", help="如 高校、科研院所、政府部门", example="科研院所"),

        _AS_OF,
    ],
    "figure": [
        Column("名称", "name", required=True, help="这项数据的名称", example="2024年园区规上工业产值"),
        Column("指标", "metric", required=True, help="指标名称", example="规上工业产值"),
        Column("数值", "num", "number", required=True, example="120.5"),
        Column("单位", "unit", help="如 亿元、家、个", example="亿元"),
        Column("期间", "period", help="如 2024年", example="2024年"),
        Column("口径", "basis", "enum", choices=schema.FIGURE_BASES,
               help="实际 / 目标 / 预计 / 计划（或 actual、target、expected、plan）", example="实际"),
        Column("范围", "scope", "enum", choices=schema.SCOPES, help="同上", example="park"),

        _AS_OF,
    ],
}


def catalogue_scope_labels(conn) -> dict[str, str]:
    """Scope code → the catalogue's label for it (meta keys scope.*): a cell may give either."""
    return {as_text(r[0])[6:]: as_text(r[1]) or "" for r in conn.execute(
        "SELECT key, value FROM meta WHERE key LIKE 'scope.%'")}


def _norm_header(text) -> str:
    text = str(text or "").strip().replace("(", "（").replace(")", "）").replace(" ", "").replace("\u3000", "")
    return text.lstrip("*")  # the template marks required columns with *


from desktopapp.index.textkeys import norm_name as _norm_name  # noqa: E402 (one rule, kept by derive too)


@dataclass
class Problem:
    row: int  # spreadsheet row number (1 = first line of the file); 0 = the file as a whole
    column: str  # the column's header, or "" for the row as a whole
    message: str

    def __str__(self) -> str:
        where = translate("Import", "第 {row} 行").format(row=self.row) if self.row else translate("Import", "文件")
        if self.column:
            where += translate("Import", "，“{column}”列").format(column=self.column)
        return f"{where}：{self.message}"


@dataclass
class Report:
    """What a check (dry run) or an import found and did."""

    file: Path
    kind: str
    rows: int = 0  # data rows read
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # not blocking, e.g. characters the font lacks
    new_names: list[str] = field(default_factory=list)
    added_rows: list[tuple[int, str]] = field(default_factory=list)  # (row, name) of the rows adding entities
    updated: list[tuple[int, str, list[str]]] = field(default_factory=list)  # (row, name, changed headers)
    unchanged: list[tuple[int, str]] = field(default_factory=list)  # (row, name): already as the row says
    written: bool = False
    catalogue: Path | None = None  # the working copy written to
    backup: Path | None = None
    source_id: str | None = None
    checked: dict | None = None  # the marks of the catalogue check passed (see check_marks)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        from desktopapp.labels import kind_label

        if self.problems:
            return translate("Import", "{file}：{rows} 行数据，发现 {n} 个问题，未导入任何内容。").format(
                file=self.file.name, rows=self.rows, n=len(self.problems))
        if self.written:
            text = translate("Import", "已从 {file} 导入 {n} 条{kind}。").format(
                file=self.file.name, n=len(self.new_names), kind=kind_label(self.kind))
        else:
            text = translate("Import", "{file}：{rows} 行数据全部通过检查，可导入 {n} 条{kind}。").format(
                file=self.file.name, rows=self.rows, n=len(self.new_names), kind=kind_label(self.kind))
        if self.updated or self.unchanged:
            text += translate("Import", "更新 {u} 条，无变化 {same} 条。").format(u=len(self.updated), same=len(self.unchanged))
        return text

    def outcomes(self) -> list[tuple[int, str, str]]:
        """Each data row as (row, 名称, outcome): 新增, 更新：fields, 无变化 or 未通过：problems."""
        refused: dict[int, list[str]] = {}
        for p in self.problems:
            if p.row:
                refused.setdefault(p.row, []).append(f"{p.column}：{p.message}" if p.column else p.message)
        out = [(n, "", translate("Import", "未通过：") + "；".join(ms)) for n, ms in refused.items()]
        out += [(n, name, translate("Import", "新增")) for n, name in self.added_rows]
        out += [(n, name, translate("Import", "更新：") + "、".join(fields)) for n, name, fields in self.updated]
        out += [(n, name, translate("Import", "无变化")) for n, name in self.unchanged]
        return sorted(out)

    def where_written(self) -> str:
        """Where the rows went, and the backup taken before (a catalogue written in place has none: its undo
        record takes the copy's place)."""
        if self.backup is None:
            return translate("Import", "已直接写入 {path}（文件较大，未另做整份备份；可撤销这次导入）。").format(path=self.catalogue)
        return translate("Import", "已写入工作副本：{path}\n写入前的备份：{backup}").format(
            path=self.catalogue, backup=self.backup)

    def text(self) -> str:
        lines = [self.summary()]
        if self.updated:
            lines += [translate("Import", "第 {row} 行 {name}：更新 {fields}").format(row=n, name=name, fields="、".join(f))
                      for n, name, f in self.updated]
        lines += [str(p) for p in self.problems]
        lines += [str(w) for w in self.warnings]
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- reading files


def read_table(path: Path) -> tuple[int, list[str], list[tuple[int, list]]]:
    """(header row number, headers, [(row number, cells)]) of the first data sheet of a CSV or XLSX file.
    Blank rows are left out; rows before the header whose first cell starts with “#” (an export's filter
    line) are skipped. At most MAX_COLUMNS cells of a row are read (CatalogueError if more are filled)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CatalogueError(translate("Import", "无法读取 {path}：{error}").format(path=path, error=exc.strerror or exc)) from exc
    if size > MAX_FILE_BYTES:
        raise CatalogueError(translate("Import", "{path} 太大（{mb} MB），单次导入的文件不能超过 50 MB。请拆分后再导入。").format(
            path=path, mb=size // (1024 * 1024)))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = list(enumerate(_read_csv(path), 1))
    elif suffix in (".xlsx", ".xlsm"):
        rows = _read_xlsx(path)
    else:
        raise CatalogueError(translate("Import", "{path}：只能导入 .csv 或 .xlsx 文件。").format(path=path))
    numbered = [(i, cells) for i, cells in rows if not all(_blank(c) for c in cells)]
    while numbered and str(numbered[0][1][0] or "").strip().startswith("#"):
        numbered.pop(0)
    if not numbered:
        raise CatalogueError(translate("Import", "{path} 中没有表头和数据。").format(path=path))
    header_row, headers = numbered[0]
    return header_row, [str(h or "").strip() for h in headers], numbered[1:]


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# A sheet is read up to this many columns (the widest template has 15) …
MAX_COLUMNS = 200
# … and the rows holding data at most this far down, blank rows included (data rows are limited to MAX_ROWS).
MAX_SHEET_ROWS = 200_000
# The parts of an XLSX file, uncompressed, at most (a 50 MB file of 20,000 rows unpacks to far less).
MAX_UNPACKED_BYTES = 500 * 1024 * 1024


def _too_wide(path: Path, number: int) -> CatalogueError:
    return CatalogueError(translate("Import", "{path} 第 {row} 行超过 {max} 列，不像是导入用的表格。请只保留模板中的列后再导入。").format(
        path=path, row=number, max=MAX_COLUMNS))


def _too_long(path: Path) -> CatalogueError:
    return CatalogueError(translate("Import", "{path} 的表格超过 {max} 行（含空行），单次最多导入 {rows} 行数据。请删去多余的行或拆分文件。").format(
        path=path, max=MAX_SHEET_ROWS, rows=MAX_ROWS))


def _widest(path: Path, number: int, cells: list) -> list:
    """`cells` cut to MAX_COLUMNS, or CatalogueError if a cell beyond is filled."""
    if len(cells) > MAX_COLUMNS:
        if any(not _blank(c) for c in cells[MAX_COLUMNS:]):
            raise _too_wide(path, number)
        cells = cells[:MAX_COLUMNS]
    return cells


def _read_csv(path: Path) -> list[list]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes nearly anything
        raise CatalogueError(translate("Import", "{path} 的编码无法识别，请另存为 UTF-8 编码的 CSV。").format(path=path))
    if "\x00" in text:
        raise CatalogueError(translate("Import", "{path} 不是文本格式的 CSV 文件。").format(path=path))
    rows, filled = [], 0
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline="")), 1):
            rows.append([unprotect(cell) for cell in _widest(path, number, row)])
            filled += any(not _blank(c) for c in row)
            if filled > MAX_ROWS + 1:  # the header and more rows than allowed: check() refuses the file
                break
    except csv.Error as exc:
        raise CatalogueError(translate("Import", "{path} 不是有效的 CSV 文件：{error}").format(path=path, error=exc)) from exc
    return rows


def _unpacked_size(path: Path) -> int:
    """The sum of the uncompressed sizes an XLSX (a zip archive) declares for its parts (what reading it can
    produce at most: the zip reader stops at the declared size)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


def _read_xlsx(path: Path) -> list[tuple[int, list]]:
    import zipfile
    import zlib
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook

    broken = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, KeyError, ValueError, OSError,
              TypeError, IndexError, AttributeError, ParseError, SyntaxError, NotImplementedError)

    def unreadable(exc) -> CatalogueError:
        if isinstance(exc, (ParseError, SyntaxError)):  # expat refuses entity expansion bombs as parse errors
            return CatalogueError(translate("Import", "{path} 中的 XML 内容无效或含有不允许的实体定义（{error}），无法读取。请用 Excel 重新保存后再试。").format(
                path=path, error=str(exc)[:120]))
        return CatalogueError(translate("Import", "{path} 不是有效的 Excel（.xlsx）文件，或已损坏。请用 Excel 重新保存后再试。").format(
            path=path))

    try:
        unpacked = _unpacked_size(path)
    except broken as exc:
        raise unreadable(exc) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise CatalogueError(translate("Import", "{path} 解压后有 {mb} MB，超过 {max} MB 的上限，不像是导入用的表格。请只保留要导入的数据后再试。").format(
            path=path, mb=unpacked // (1024 * 1024), max=MAX_UNPACKED_BYTES // (1024 * 1024)))
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except broken as exc:
        raise unreadable(exc) from exc
    try:
        sheets = [s for s in book.worksheets if s.title not in SKIP_SHEETS] or book.worksheets
        rows, filled = [], 0
        # Cells are read up to one column past the limit (to tell a filled one from none); rows stop at the
        # limit: a sheet claiming a cell at XFD1048576 would otherwise be read as 16,384 × 1,048,576 cells.
        sheet = sheets[0]
        rows_said, columns_said = sheet.max_row or 0, sheet.max_column or 0  # the sheet's stated dimension
        if rows_said > MAX_SHEET_ROWS or columns_said > MAX_COLUMNS:
            raise CatalogueError(translate("Import", "{path} 的表格范围有 {rows} 行 × {columns} 列，超过导入的上限（{max_rows} 行、{max_columns} 列）。请删除多余的行和列，或把数据复制到一个新的工作表后再导入。").format(
                path=path, rows=rows_said, columns=columns_said, max_rows=MAX_SHEET_ROWS, max_columns=MAX_COLUMNS))
        blank = None  # openpyxl pads the gaps between rows with one shared blank row
        width = min(columns_said, MAX_COLUMNS) if columns_said else MAX_COLUMNS + 1
        for number, row in enumerate(sheet.iter_rows(max_col=width, values_only=True), 1):
            if row is blank:
                if number > MAX_SHEET_ROWS:
                    break  # nothing further is read, whatever the sheet holds
                continue
            if all(_blank(v) for v in row):
                blank = row
                continue
            if number > MAX_SHEET_ROWS:
                raise _too_long(path)
            cells = _widest(path, number, list(row))
            while cells and cells[-1] is None:  # the padding up to the width read
                cells.pop()
            rows.append((number, cells))
            filled += 1
            if filled > MAX_ROWS + 1:  # the header and more rows than allowed: check() refuses the file
                break
        return rows
    except broken as exc:
        raise unreadable(exc) from exc
    finally:
        book.close()


# The chain system's columns (systems, chains, segments), checked and written by chainimport.py.
from desktopapp.write.chainimport import SPEC as _CHAIN_SPEC

COLUMNS["chain"] = [Column(h, f, t, r, c, hp, ex) for h, f, t, r, c, hp, ex in _CHAIN_SPEC]


# ---------------------------------------------------------------------------------------------- checking


@dataclass
class _Row:
    number: int
    values: dict  # field → parsed value
    line: str  # the row as a line of the import source text
    target: int | None = None  # the existing entity this row updates (None: a new entity)
    changed: list[str] = field(default_factory=list)  # headers of the fields an update changes
    plan: dict = field(default_factory=dict)  # what an update writes (updating.compare)


def _add(names: dict, normal: str, eid: int) -> None:
    have = names.get(normal)
    if have is None:
        names[normal] = eid
    elif isinstance(have, set):
        have.add(eid)
    elif have != eid:
        names[normal] = {have, eid}


class _Lookup:
    """Names, keys and aliases of the catalogue's entities, and the chain paths, for reference checks.

    A catalogue whose name_keys table is current (see derive) is asked per name, through its index; any
    other (an older file, or one another program wrote to) is read whole once, here."""

    def __init__(self, conn):
        from desktopapp.write import derive

        self.conn = conn
        self.indexed = derive.name_keys_current(conn)
        self._found: dict[tuple[str, str, str], set[int]] = {}  # (field, kind, key) → ids, asked so far
        self._names_by_id: dict[int, str] = {}
        if not self.indexed:
            with gc_paused():  # hundreds of thousands of names: no full collections while they are read
                self._read_all(conn)
        chains = {r[0]: (as_text(r[1]) or "", as_text(r[2]) or "", r[3]) for r in conn.execute(
            "SELECT id, key, name, parent_id FROM entities WHERE kind = 'chain'")}
        self.chain_paths: dict[int, list[str]] = {}
        for cid in chains:
            names, pid, seen = [], cid, set()
            while pid in chains and pid not in seen:
                seen.add(pid)
                names.append(chains[pid][1])
                pid = chains[pid][2]
            self.chain_paths[cid] = names[::-1]
        self.chain_keys = {chains[c][0]: c for c in chains} | {chains[c][0][6:]: c for c in chains}
        # Every tail of every path (segment; chain·segment; …), normalised once: a row's chain is one lookup.
        self.chain_tails: dict[tuple[str, ...], set[int]] = {}
        for cid, path in self.chain_paths.items():
            normal = tuple(_norm_name(p) for p in path)
            for i in range(len(normal)):
                self.chain_tails.setdefault(normal[i:], set()).add(cid)

    def _read_all(self, conn) -> None:
        # kind → normalised name → its id, or the set of its ids if several share it (most names have one
        # entity: no set each, fewer objects to make and to free)
        self.names: dict[str, dict[str, int | set[int]]] = {}
        self.keys: set = set()
        # Values as text whatever the file holds (NULLs and BLOBs in a damaged catalogue). One pass over the
        # entities gives names, keys and each id's name (the largest table, read once, not three times).
        of_kind: dict = {}  # stored kind → its dict in self.names
        for eid, kind, name, key in conn.execute("SELECT id, kind, name, key FROM entities"):
            names = of_kind.get(kind)
            if names is None:
                names = of_kind[kind] = self.names.setdefault(as_text(kind), {})
            name, key = as_text(name), as_text(key)
            normal = None if name is None else _norm_name(name)
            if normal is not None:
                _add(names, normal, eid)
            if key is not None:
                _add(names, normal if key == name else _norm_name(key), eid)
            self.keys.add(key)
            self._names_by_id[eid] = name or ""
        for eid, kind, alias in conn.execute(
                "SELECT e.id, e.kind, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id"):
            if alias is not None:
                _add(self.names.setdefault(as_text(kind), {}), _norm_name(as_text(alias)), eid)
        self.credit_codes: dict[str, dict[str, set[int]]] = {}  # kind → code → ids (current facts)
        for eid, kind, code in conn.execute(
                "SELECT f.entity_id, e.kind, f.value FROM facts f JOIN entities e ON e.id = f.entity_id "
                "WHERE f.field = '统一社会信用代码' AND f.current"):
            self.credit_codes.setdefault(as_text(kind), {}).setdefault(str(as_text(code) or '').strip().upper(), set()).add(eid)

    def rebind(self, conn) -> None:
        """Ask `conn` from now on (the write's connection, once the check's is closed)."""
        self.conn = conn

    def _ask(self, field: str, kind: str, key: str) -> set[int]:
        """The ids name_keys gives for (field, kind, key), only those that are entities of `kind`."""
        found = self._found.get((field, kind, key))
        if found is None:
            ids = {r[0] for r in self.conn.execute(
                "SELECT entity_id FROM name_keys WHERE field = ? AND key = ? AND kind IS ?", (field, key, kind))
                if type(r[0]) is int}
            if ids:  # a forged row naming another entity, or none, is not believed
                ids = {r[0] for r in self.conn.execute(
                    f"SELECT id FROM entities WHERE kind IS ? AND id IN ({','.join(str(i) for i in ids)})", (kind,))}
            found = self._found[(field, kind, key)] = ids
        return set(found)

    def entity(self, kind: str, text: str) -> set[int]:
        if self.indexed:
            return self._ask("n", kind, _norm_name(text))
        found = self.names.get(kind, {}).get(_norm_name(text))
        return set() if found is None else set(found) if isinstance(found, set) else {found}

    def credit(self, kind: str, code: str) -> set[int]:
        """The entities of `kind` whose current 统一社会信用代码 is `code`."""
        if self.indexed:
            return self._ask("c", kind, code) if code else set()
        return set(self.credit_codes.get(kind, {}).get(code, set()))

    def name_of(self, eid: int) -> str:
        if eid not in self._names_by_id:
            row = self.conn.execute("SELECT name FROM entities WHERE id = ?", (eid,)).fetchone()
            self._names_by_id[eid] = (as_text(row[0]) if row else None) or ""
        return self._names_by_id[eid]

    def is_key(self, key: str) -> bool:
        """Whether some entity has `key` as its key."""
        if self.indexed:
            return self.conn.execute("SELECT 1 FROM entities WHERE key = ?", (key,)).fetchone() is not None
        return key in self.keys

    def chain(self, text: str) -> set[int]:
        text = text.strip()
        if text in self.chain_keys:
            return {self.chain_keys[text]}
        parts = [_norm_name(p) for p in re.split(r"\s*[·・>＞→]\s*", text) if p.strip()]
        if not parts:
            return set()
        return set(self.chain_tails.get(tuple(parts), set()))


def _parse(column: Column, raw, scope_labels: dict[str, str]):
    """(value, problem message or None) for one cell."""
    if isinstance(raw, (datetime, date)):
        raw = raw.strftime("%Y-%m-%d") if column.type == "date" else (
            str(raw.year) if column.type == "int" else raw.isoformat())
    if isinstance(raw, float) and raw.is_integer() and column.type in ("text", "int", "credit", "list", "enum"):
        raw = int(raw)
    text = str(raw).strip()
    if len(text) > MAX_CELL:
        return None, translate("Import", "内容过长（{n} 个字符，最多 {max} 个）").format(n=len(text), max=MAX_CELL)
    if any(ord(c) < 32 and c not in "\t\n\r" for c in text):
        return None, translate("Import", "含有不可见的控制字符，请删除后再导入")
    t = column.type
    if t == "text":
        return text, None
    if t in ("list", "refs:chain"):
        return [p for p in dict.fromkeys(LIST_SPLIT.split(text)) if p], None
    if t == "int":
        if not re.fullmatch(r"[+-]?\d+", text):
            return None, translate("Import", "应为整数，而不是“{value}”").format(value=text[:40])
        value = int(text)
        if column.field in ("founded", "year") and not 1800 <= value <= 2100:
            return None, translate("Import", "年份 {value} 不合理，应为四位年份").format(value=value)
        return value, None
    if t == "number":
        cleaned = text.replace(",", "").replace("，", "")
        try:
            value = float(cleaned)
        except ValueError:
            return None, translate("Import", "应为数字（不带单位），而不是“{value}”").format(value=text[:40])
        if value != value or value in (float("inf"), float("-inf")):
            return None, translate("Import", "应为数字，而不是“{value}”").format(value=text[:40])
        if value < 0 and column.field != "num":
            return None, translate("Import", "不能为负数")
        return value, None
    if t == "date":
        text = text.replace("/", "-").replace(".", "-")
        m = re.fullmatch(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?", text)
        if m:
            text = "-".join([m.group(1)] + [f"{int(g):02d}" for g in m.groups()[1:] if g])
        m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?: 00:00:00)?", text)
        if m:
            text = "-".join([m.group(1)] + [f"{int(g):02d}" for g in m.groups()[1:] if g])
        if not DATE.match(text):
            return None, translate("Import", "日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，而不是“{value}”").format(value=text[:40])
        return text, None
    if t == "credit":
        text = text.upper()
        if not CREDIT_CODE.match(text):
            return None, translate("Import", "统一社会信用代码应为 18 位数字或大写字母，“{value}”不符合").format(value=text[:40])
        return text, None
    if t == "enum":
        if column.field == "scope":
            by_label = SCOPE_WORDS | {v: k for k, v in scope_labels.items()}
            value = text if text in column.choices else by_label.get(text)
        elif column.field == "basis":
            value = text if text in column.choices else BASIS_LABELS.get(text)
        else:
            value = text if text in column.choices else None
        if value is None:
            shown = "、".join(column.choices if column.field != "basis" else BASIS_LABELS)
            if column.field == "scope":
                shown += "（或 " + "、".join(SCOPE_WORDS) + "）"
            return None, translate("Import", "“{value}”不是允许的值；可选：{choices}").format(value=text[:40], choices=shown)
        return value, None
    if t.startswith("ref:"):
        return text, None
    raise AssertionError(t)  # pragma: no cover


# The tables whose rows the import check reads (rows referring to others), and those referred to.
_CHECKED = ("links", "mentions", "facts", "aliases", "stages", "tags", "citations", "entities")
_REFERRED = ("entities", "citations", "sources")


def check_marks(conn, since: dict | None = None) -> dict:
    """Where the rows of the checked tables end now (largest rowid) and how many rows up to there the
    referred ones hold: what a passed check records (meta `checked`) so that the next import checks only
    the rows added since. With `since` (trusted marks, see `checked_since`) only the rows after them are
    counted."""
    marks = {t: conn.execute(f"SELECT MAX(rowid) FROM {t}").fetchone()[0] or 0 for t in set(_CHECKED + _REFERRED)}
    if since:
        counts = {t: since["count"][t] + conn.execute(f"SELECT COUNT(*) FROM {t} WHERE rowid > ? AND rowid <= ?",
                                                       (since["rowid"][t], marks[t])).fetchone()[0]
                  for t in _REFERRED}
    else:
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t} WHERE rowid <= ?", (marks[t],)).fetchone()[0]
                  for t in _REFERRED}
    return {"rowid": marks, "count": counts}


def checked_since(conn) -> dict | None:
    """The marks of the last passed import check, when they may be trusted: recorded by a write of this
    program at the catalogue's current generation, with no write by any other program since (the change
    counter is the one stamped; a write of ours after another program's forgets them, see
    maintenance.writing), and no row they cover deleted since (every table referred to holds as many rows
    up to its mark as then). Every write of this program keeps references whole, so the rows up to the
    marks are as checked."""
    import json

    from desktopapp.index import freshness

    counter = freshness.change_counter(freshness.database_file(conn))
    if counter is None or freshness.stamped_counter(conn) != str(counter):
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'checked'").fetchone()
        marks = json.loads(row[0]) if row else None
        if not (isinstance(marks, dict) and marks.get("generation") == freshness.generation(conn)):
            return None
        rowid, counts = marks["rowid"], marks["count"]
        if not all(type(rowid.get(t)) is int for t in set(_CHECKED + _REFERRED)) or \
                not all(type(counts.get(t)) is int for t in _REFERRED):
            return None
        for t in _REFERRED:
            now = conn.execute(f"SELECT COUNT(*) FROM {t} WHERE rowid <= ?", (rowid[t],)).fetchone()[0]
            if now != counts[t]:
                return None  # a row was deleted since (or the marks are forged): check everything
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError):
        return None
    return marks


def record_checked(conn, marks: dict) -> None:
    """Inside an import's write, after its derive: the marks of the check it passed (taken before its rows),
    valid at the generation the write leaves."""
    import json

    from desktopapp.index import freshness

    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('checked', ?)",
                 (json.dumps(dict(marks, generation=freshness.generation(conn)), sort_keys=True),))


def catalogue_problems(conn, since: dict | None = None) -> list[str]:
    """What in the catalogue itself makes an import into it unsafe: references to rows that are not there
    (the derived data an import recomputes follows every one of them), chain parents that are missing or
    loop, tables that are views. Read-only; a few indexed passes — over every row, or with `since` (see
    `checked_since`) over the rows added after its marks only (the chain, index and view checks are
    always whole: they are small)."""
    problems = []
    from desktopapp.catalogue import chaintree

    def count(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    def newer(table: str, alias: str) -> str:
        """A condition on `table` (as `alias`): its rows after the mark, or every row."""
        return f"{alias}.rowid > {int(since['rowid'][table])}" if since else "1"

    dangling = count(f"SELECT COUNT(*) FROM links l WHERE {newer('links', 'l')} AND (NOT EXISTS "
                     "(SELECT 1 FROM entities e WHERE e.id = l.src_id) "
                     "OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = l.dst_id))")
    if dangling:
        problems.append(translate("Import", "{n} 条关联指向不存在的条目").format(n=dangling))
    for table in ("mentions", "facts", "aliases", "stages", "tags", "links"):
        n = count(f"SELECT COUNT(*) FROM {table} t WHERE {newer(table, 't')} AND "
                  "NOT EXISTS (SELECT 1 FROM citations c WHERE c.id = t.citation_id)")
        if n:
            problems.append(translate("Import", "数据表 {table} 中 {n} 行引用了不存在的出处").format(table=table, n=n))
    n = count(f"SELECT COUNT(*) FROM citations c WHERE {newer('citations', 'c')} AND "
              "NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = c.source_id)")
    if n:
        problems.append(translate("Import", "{n} 条出处引用了不存在的来源报道").format(n=n))
    n = count(f"SELECT COUNT(*) FROM entities e WHERE {newer('entities', 'e')} AND (typeof(name) != 'text' "
              "OR typeof(key) != 'text' OR typeof(kind) != 'text')")
    if n:
        problems.append(translate("Import", "{n} 个条目的名称、键或类别不是文本").format(n=n))
    stated = {r[0]: r[1] for r in conn.execute("SELECT id, parent_id FROM entities WHERE kind = 'chain'")}
    tree = chaintree.parents(conn)
    bad = sorted(c for c, p in stated.items() if p is not None and tree.get(c) != p)
    if bad:
        problems.append(translate("Import", "{n} 个产业链节点的上级不存在、不是产业链或形成循环").format(n=len(bad)))
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'entities_fts' AND type = 'table'").fetchone():
        try:
            conn.execute("SELECT rowid FROM entities_fts WHERE entities_fts MATCH '\"园区\"' LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            problems.append(translate("Import", "全文索引 entities_fts 已损坏"))
    views = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'view' AND name IN ('entities_fts', 'packed', 'name_keys')")]
    if views:
        problems.append(translate("Import", "{names} 是视图而不是数据表").format(names="、".join(views)))
    return problems



def read_rows(conn, path: Path, report: Report, kind: str, cols) -> tuple[int, list, dict[str, int], list] | None:
    """The checks every import makes before its rows: the catalogue is sound, the sheet's headers are the
    kind's columns (`cols`), required ones present, at least one and at most MAX_ROWS non-blank rows.
    Returns (header row, headers, column field → position, rows), or None with the problems in `report`."""
    from desktopapp.labels import kind_label

    since = checked_since(conn)
    marks = check_marks(conn, since)  # taken before the check: rows added while it reads are checked next time
    damaged = catalogue_problems(conn, since)
    if not damaged:
        report.checked = marks
    if damaged:
        report.problems.append(Problem(0, "", translate("Import", "目录文件本身有问题（{problems}），不能向其中导入。请换用一份完好的目录（例如备份）。").format(
            problems="；".join(damaged))))
        return None
    header_row, headers, data = read_table(path)
    by_header = {_norm_header(c.header): c for c in cols} | {c.field: c for c in cols}
    position: dict[str, int] = {}
    for i, header in enumerate(headers):
        if not header:
            if any(not _blank(cells[i]) for _, cells in data if i < len(cells)):
                report.problems.append(Problem(header_row, translate("Import", "第 {n} 列").format(n=i + 1),
                                               translate("Import", "这一列有数据但没有表头")))
            continue
        column = by_header.get(_norm_header(header))
        if column is None:
            report.problems.append(Problem(header_row, header, translate("Import", "不认识的列名。{kind}可用的列：{names}").format(
                kind=kind_label(kind), names="、".join(c.header for c in cols))))
        elif column.field in position:
            report.problems.append(Problem(header_row, header, translate("Import", "列名重复")))
        else:
            position[column.field] = i
    for column in cols:
        if column.required and column.field not in position:
            report.problems.append(Problem(header_row, column.header, translate("Import", "缺少必填的列")))
    if report.problems:
        return None
    data = [(n, cells) for n, cells in data if any(not _blank(c) for c in cells)]
    report.rows = len(data)
    if len(data) > MAX_ROWS:
        # (an Excel sheet is read only up to one row past the limit)
        report.problems.append(Problem(0, "", translate("Import", "数据超过 {max} 行，单次最多导入 {max} 行。请拆分文件。").format(
            max=MAX_ROWS)))
        return None
    if not data:
        report.problems.append(Problem(0, "", translate("Import", "文件只有表头，没有数据行。")))
        return None
    return header_row, headers, position, data

def check(conn, path: Path, kind: str) -> tuple[Report, list[_Row], _Lookup]:
    """Read and check every row of `path` against the catalogue behind `conn` (read-only is enough)."""
    if kind == "chain":  # the chain system: its own rows and checks
        from desktopapp.write import chainimport

        return chainimport.check(conn, path)
    if kind not in COLUMNS:
        raise CatalogueError(translate("Import", "不支持导入的类别：{kind}（可选：{kinds}）").format(
            kind=kind, kinds="、".join(IMPORT_KINDS)))
    path = Path(path)
    report = Report(file=path, kind=kind)
    checked = read_rows(conn, path, report, kind, COLUMNS[kind])
    if checked is None:
        return report, [], None
    header_row, headers, position, data = checked
    lookup = _Lookup(conn)
    scope_labels = catalogue_scope_labels(conn)
    rows: list[_Row] = []
    seen: dict[str, tuple[int, str]] = {}  # normalised name → (row, header) of its first use in the file
    for number, cells in data:
        values: dict = {}
        shown: list[str] = []
        missing: list[str] = []  # required cells left empty: a problem for a new entity, "unchanged" for an update
        for column in COLUMNS[kind]:
            i = position.get(column.field)
            raw = cells[i] if i is not None and i < len(cells) else None
            if _blank(raw):
                if column.required:
                    missing.append(column.header)
                continue
            value, problem = _parse(column, raw, scope_labels)
            if problem:
                report.problems.append(Problem(number, column.header, problem))
                continue
            values[column.field] = value
            shown.append(f"{column.header}：{'、'.join(value) if isinstance(value, list) else value}")
        extra = [c for i, c in enumerate(cells) if i >= len(headers) and not _blank(c)]
        if extra:
            report.problems.append(Problem(number, "", translate("Import", "这一行比表头多出 {n} 个单元格").format(n=len(extra))))
        target = _check_names(report, lookup, kind, number, values, seen) if values.get("name") else None
        for header in missing:
            if target is None or header == "名称":
                report.problems.append(Problem(number, header, translate("Import", "必填，不能为空")))
        _check_refs(report, lookup, number, values)
        line = translate("Import", "第 {row} 行：").format(row=number) + "；".join(shown)
        rows.append(_Row(number, values, line, target))
    order = {c.header: i for i, c in enumerate(COLUMNS[kind])}
    report.problems.sort(key=lambda p: (p.row, order.get(p.column, len(order))))
    if not report.problems:
        from desktopapp.write import updating

        updating.compare(conn, kind, [r for r in rows if r.target is not None], lookup)
        report.new_names = [r.values["name"] for r in rows if r.target is None]
        report.added_rows = [(r.number, r.values["name"]) for r in rows if r.target is None]
        report.updated = [(r.number, r.values["name"], r.changed) for r in rows if r.target is not None and r.changed]
        report.unchanged = [(r.number, r.values["name"]) for r in rows if r.target is not None and not r.changed]
    from desktopapp.fonts.coverage import missing_cells

    headers_of = {c.field: c.header for c in COLUMNS[kind]}
    report.warnings = [Problem(n, headers_of.get(f, f), translate("Import", "字体中没有“{chars}”的字形，屏幕和 PDF 上会显示为 □").format(
        chars=chars)) for n, f, chars in missing_cells((r.number, f, v) for r in rows for f, v in r.values.items())]
    return report, rows, lookup


def _check_names(report, lookup, kind, number, values, seen) -> int | None:
    """Check the row's names; return the id of the existing entity it updates (None: a new entity). The
    entity is found by 统一社会信用代码, else by the 名称 cell (its name, key or an alias); a 简称 or 别名 that
    belongs to another entity is refused."""
    from desktopapp.labels import kind_label

    names = [("名称", values.get("name")), ("简称", values.get("short"))]
    names += [("别名", a) for a in values.get("aliases", [])]
    for header, name in names:
        if not name:
            continue
        key = _norm_name(name)
        if key in seen and seen[key][0] != number:
            report.problems.append(Problem(number, header, translate("Import", "“{name}”与第 {row} 行的{other}重复").format(
                name=name, row=seen[key][0], other=seen[key][1])))
        else:
            seen.setdefault(key, (number, header))
    target = None
    by_code = lookup.credit(kind, values.get("credit_code") or "")
    by_name = lookup.entity(kind, values.get("name") or "")
    for header, found in (("统一社会信用代码", by_code), ("名称", by_name)):
        if len(found) > 1:
            report.problems.append(Problem(number, header, translate("Import", "“{name}”对应目录中多个{kind}：{others}；请写全称或统一社会信用代码").format(
                name=values.get("credit_code" if header != "名称" else "name"), kind=kind_label(kind),
                others="、".join(lookup.name_of(i) for i in sorted(found)[:5]))))
            return None
        if found:
            target = min(found)
            break
    for header, name in names[1:]:
        if not name:
            continue
        existing = lookup.entity(kind, name) - {target}
        if existing:
            other = lookup.name_of(min(existing))
            report.problems.append(Problem(number, header, translate("Import", "目录中已有{kind}“{other}”（名称或别名“{name}”相同）").format(
                kind=kind_label(kind), other=other, name=name)))
            break  # one problem per row is enough to say it is already there
    key = values.get("short") or values.get("name")
    if target is None and key and lookup.is_key(key) and not lookup.entity(kind, key):
        report.problems.append(Problem(number, "简称" if values.get("short") else "名称",
                                       translate("Import", "“{key}”已被目录中的其他条目用作键，请换一个简称").format(key=key)))
    return target


def _check_refs(report, lookup, number, values) -> None:
    from desktopapp.labels import kind_label

    for name in values.get("chains", []):
        found = lookup.chain(name)
        if not found:
            report.problems.append(Problem(number, "产业链", translate("Import", "目录中没有产业链或环节“{name}”").format(name=name)))
        elif len(found) > 1:
            choices = "、".join("·".join(lookup.chain_paths[c]) for c in sorted(found))
            report.problems.append(Problem(number, "产业链", translate("Import", "“{name}”不唯一，请写成 上级·名称：{choices}").format(
                name=name, choices=choices)))
    for field_name, kind, header in (("facility", "facility", "所在载体"), ("enterprise", "enterprise", "所属企业"),
                                     ("operator", "organisation", "运营机构")):
        name = values.get(field_name)
        if not name:
            continue
        found = lookup.entity(kind, name)
        if not found:
            report.problems.append(Problem(number, header, translate("Import", "目录中没有{kind}“{name}”").format(
                kind=kind_label(kind), name=name)))
        elif len(found) > 1:
            report.problems.append(Problem(number, header, translate("Import", "“{name}”对应多个{kind}，请写全称").format(
                name=name, kind=kind_label(kind))))


# ---------------------------------------------------------------------------------------------- writing


def run(catalogue_path: Path, file: Path, kind: str, dry_run: bool = False, source: str | None = None,
        today: str | None = None, work=None) -> Report:
    """Check `file` and, unless `dry_run` or a problem was found, import it into the working copy of
    `catalogue_path` (made if needed) after a backup. Returns the report (`report.catalogue`: the copy).
    `work` (catalogue/work.py) receives progress and can cancel: nothing is then written."""
    from desktopapp.index import freshness
    from desktopapp.write import maintenance
    from desktopapp.catalogue.connection import open_readonly
    from desktopapp.catalogue.work import NOTHING

    work = work or NOTHING
    file = Path(file)
    work.progress(0, 4, translate("Import", "正在检查 {file}…").format(file=file.name))
    maintenance.recover(catalogue_path)  # an earlier write interrupted: its journal rolled back first
    counter = freshness.change_counter(Path(catalogue_path))
    conn = open_readonly(catalogue_path)
    try:
        with work.connection(conn):
            report, rows, lookup = check(conn, file, kind)
    finally:
        conn.close()
    if dry_run or not report.ok or not (report.new_names or report.updated):
        return report
    work.progress(1, 4, translate("Import", "正在准备写入…"))
    target = maintenance.working_copy(catalogue_path)
    saved = maintenance.backup(target) if maintenance.backs_up(target) else None
    work.progress(2, 4, translate("Import", "正在写入 {n} 条…").format(n=len(rows)))
    with maintenance.writing(target, work) as wconn:
        if not (target == Path(catalogue_path) and counter is not None and freshness.change_counter(target) == counter):
            # Written to since the check (or a new copy): check again inside the transaction, against the
            # file that is written to.
            report, rows, lookup = check(wconn, file, kind)
        report.catalogue, report.backup = target, saved
        if not report.ok:
            return report
        report.source_id = _write(wconn, file, kind, rows, lookup, source, today or date.today().isoformat(),
                                  lambda text: work.progress(3, 4, text))
        if report.checked:
            record_checked(wconn, report.checked)
        report.written = True
    return report


def _write(conn, file: Path, kind: str, rows: list[_Row], lookup: _Lookup, source: str | None, today: str,
           progress=None) -> str:
    from desktopapp.write import derive, maintenance, undo
    from desktopapp.write.derive import to_yi as _to_yi
    from desktopapp.write.derive import year_of as _year_of

    if kind == "chain":
        from desktopapp.write import chainimport

        return chainimport.write(conn, file, rows, source, today, progress)
    from desktopapp.write import updating

    lookup.rebind(conn)  # the check's connection may be closed
    updates = [r for r in rows if r.target is not None and r.changed]
    rows = [r for r in rows if r.target is None]
    digest = hashlib.sha256(file.read_bytes()).hexdigest()[:10]
    source_id = f"{schema.IMPORT_PREFIX}{today}-{digest}"
    n = 2
    while conn.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone():
        source_id = f"{schema.IMPORT_PREFIX}{today}-{digest}-{n}"
        n += 1
    text = "\n".join(r.line for r in sorted(rows + updates, key=lambda r: r.number)) + "\n"
    maintenance.insert(conn, "sources", [{
        "id": source_id, "title": source or translate("Import", "导入：{file}").format(file=file.name), "date": today,
        "date_note": translate("Import", "导入日期；数据来自文件 {file}").format(file=file.name), "scope": "other", "file": file.name,
        "text": text,
    }])
    cid, eid = maintenance.next_id(conn, "citations"), maintenance.next_id(conn, "entities")
    fid, sid, lid = (maintenance.next_id(conn, t) for t in ("facts", "stages", "links"))
    first_cid = cid
    citations, entities, aliases, mentions, facts, stages, tags, links = ([] for _ in range(8))
    changes = derive.Changes()
    changes.before_change(conn, [r.target for r in updates])
    ids = {"facts": fid, "stages": sid, "links": lid}
    out = {"mentions": mentions, "aliases": aliases, "tags": tags, "links": links, "stages": stages, "facts": facts}
    undo_entities, undo_facts = [], []
    for r in updates:
        citations.append({"id": cid, "source_id": source_id, "quote": r.line, "joined": 0,
                          "as_of": r.values.get("as_of") or today,
                          "note": translate("Import", "{file} 第 {row} 行").format(file=file.name, row=r.number)})
        updating.apply(conn, r, cid, r.values.get("as_of") or today, ids, out, undo_entities, undo_facts)
        cid += 1
    fid, sid, lid = ids["facts"], ids["stages"], ids["links"]
    for r in rows:
        v = r.values
        citations.append({"id": cid, "source_id": source_id, "quote": r.line, "joined": 0, "as_of": today,
                          "note": translate("Import", "{file} 第 {row} 行").format(file=file.name, row=r.number)})
        key = v.get("short") or v["name"]
        names = [a for a in dict.fromkeys([v.get("short"), *v.get("aliases", [])]) if a and a != v["name"]]
        row = {c: None for c in schema.TABLES["entities"]}
        row.update({"id": eid, "key": key, "kind": kind, "name": v["name"], "summary": v.get("summary"),
                    "scope": v.get("scope"), "category": v.get("category"), "status": v.get("status"),
                    "stage": v.get("stage"), "stage_date": v.get("stage_date"), "aliases": " / ".join(names) or None,
                    "synthetic": 0})
        row["year"] = v.get("year") or _year_of(v.get("stage_date"))
        entities.append(row)
        mentions.append({"entity_id": eid, "citation_id": cid})
        for alias in names:
            aliases.append({"entity_id": eid, "alias": alias, "citation_id": cid,
                            "note": translate("Import", "简称") if alias == v.get("short") else translate("Import", "别名")})

        def fact(field_name, value, num=None, unit=None, period=None, basis="actual"):
            nonlocal fid
            facts.append({"id": fid, "entity_id": eid, "field": field_name, "value": value, "num": num,
                          "unit": unit, "period": period, "as_of": v.get("as_of") or today, "basis": basis, "note": None,
                          "citation_id": cid, "conflict": 0, "current": 1})
            fid += 1

        def link(relation, dst, role=None):
            nonlocal lid
            links.append({"id": lid, "src_id": eid, "dst_id": dst, "relation": relation, "role": role,
                          "basis": "stated", "note": None, "citation_id": cid})
            lid += 1

        def amount(field_name, num, unit):
            fact(field_name, f"{number_text(num)}{unit}", num, unit)
            row["amount"] = _to_yi(num, unit)

        if v.get("credit_code"):
            fact("统一社会信用代码", v["credit_code"])
        if v.get("founded"):
            fact("成立时间", f"{v['founded']}年", v["founded"], "年")
        if v.get("output") is not None:
            amount("产值", v["output"], "亿元")
        if v.get("investment") is not None:
            amount("总投资", v["investment"], "亿元")
        if v.get("area") is not None:
            fact("面积", f"{number_text(v['area'])}平方米", v["area"], "平方米")
        if kind == "figure":
            basis = v.get("basis", "actual")
            unit = v.get("unit")
            value = f"{number_text(v['num'])}{unit or ''}"
            fact("value", value, v["num"], unit, v.get("period"), basis)
            row.update({"metric": v["metric"], "value": value, "num": v["num"], "unit": unit,
                        "period": v.get("period"), "basis": basis, "amount": _to_yi(v["num"], unit),
                        "year": _year_of(v.get("period")) or _year_of(today)})
        if v.get("stage"):
            stages.append({"id": sid, "entity_id": eid, "stage": v["stage"], "date": v.get("stage_date"),
                           "date_inferred": 0, "note": None, "citation_id": cid})
            sid += 1
        for tag in v.get("tags", []):
            tags.append({"entity_id": eid, "tag": tag, "citation_id": cid})
        for chain in v.get("chains", []):
            link("chain", min(lookup.chain(chain)), v.get("role"))
        if v.get("facility"):
            link("located_in", min(lookup.entity("facility", v["facility"])))
        if v.get("enterprise"):
            link("project_of", min(lookup.entity("enterprise", v["enterprise"])))
        if v.get("operator"):
            link("operated_by", min(lookup.entity("organisation", v["operator"])))
        cid += 1
        eid += 1
    for table, items in (("citations", citations), ("entities", entities), ("aliases", aliases),
                         ("mentions", mentions), ("facts", facts), ("stages", stages), ("tags", tags),
                         ("links", links)):
        maintenance.insert(conn, table, items)
    added = [["sources", "id", source_id]]
    for table, column, items in (("citations", "id", citations), ("entities", "id", entities),
                                 ("facts", "id", facts), ("stages", "id", stages), ("links", "id", links)):
        if items:
            added.append([table, column, min(i["id"] for i in items), max(i["id"] for i in items)])
    # Every alias, mention and tag of this import (new entities and updated ones) cites one of its citations.
    added += [[table, "citation_id", first_cid, cid - 1] for table in ("aliases", "mentions", "tags")]
    label = translate("Import", "导入 {file}（新增 {n} 条，更新 {u} 条）").format(file=file.name, n=len(entities), u=len(updates))
    updated = {t: rows_ for t, rows_ in (("entities", undo_entities), ("facts", undo_facts)) if rows_}
    undo.record(conn, "import", label, added=added, updated=updated)
    if progress:
        progress(translate("Import", "正在更新检索和筛选数据…"))
    changes.add(e["id"] for e in entities)
    derive.derive(conn, changes)
    return source_id


# ---------------------------------------------------------------------------------------------- template


def write_template(kind: str, path: Path) -> Path:
    """An empty spreadsheet for `kind`: a 数据 sheet with the headers (required ones marked *, drop-down
    lists for vocabularies) and a 数据字典 sheet describing every column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from desktopapp.labels import kind_label

    if kind not in COLUMNS:
        raise CatalogueError(translate("Import", "不支持的类别：{kind}（可选：{kinds}）").format(kind=kind, kinds="、".join(IMPORT_KINDS)))
    path = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = "数据"
    bold = Font(bold=True)
    for i, column in enumerate(COLUMNS[kind], 1):
        cell = sheet.cell(row=1, column=i, value=("*" if column.required else "") + column.header)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="E8F0FE")
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = max(12, len(column.header) * 2 + 4)
        if column.type == "enum":
            choices = list(BASIS_LABELS) if column.field == "basis" else list(column.choices)
            rule = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            rule.error = translate("Import", "请从列表中选择")
            sheet.add_data_validation(rule)
            rule.add(f"{letter}2:{letter}{MAX_ROWS}")
    sheet.freeze_panes = "A2"
    info = book.create_sheet("数据字典")
    types = {"text": "文字", "list": "多个值（顿号分隔）", "int": "整数", "number": "数字", "date": "日期",
             "enum": "从列表中选择", "credit": "18 位代码", "ref:facility": "目录中已有的配套设施",
             "ref:enterprise": "目录中已有的企业", "ref:organisation": "目录中已有的机构",
             "refs:chain": "目录中已有的产业链或环节（顿号分隔）"}
    info.append([translate("Import", "{kind}导入模板 · 数据字典").format(kind=kind_label(kind))])
    info["A1"].font = Font(bold=True, size=13)
    info.append([translate("Import", "在“数据”表中每行填写一条{kind}；带 * 的列必填。整份文件检查无误后才会导入。").format(
        kind=kind_label(kind))])
    info.append([])
    info.append(["列名", "必填", "类型", "允许的值", "说明", "示例"])
    for cell in info[4]:
        cell.font = bold
    for column in COLUMNS[kind]:
        choices = "、".join(BASIS_LABELS if column.field == "basis" else column.choices)
        info.append([column.header, "是" if column.required else "", types.get(column.type, column.type), choices,
                     column.help, column.example])
    for letter, width in zip("ABCDEF", (18, 6, 24, 30, 44, 26)):
        info.column_dimensions[letter].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
