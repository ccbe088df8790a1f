"""Open a catalogue file read-only, and check that it is one this program can show.

Nothing here writes to the file: the connection is opened with `mode=ro` (so read-only media work too),
`query_only` and `trusted_schema=OFF`. Every refusal is a CatalogueError whose message says, in Chinese,
what is wrong and what the user can do.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktopapp.catalogue import schema
from desktopapp.catalogue.errors import CatalogueError, OldCatalogueError
from desktopapp.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"

# Tables that may be missing from a catalogue of the current version (readers treat them as empty).
OPTIONAL_TABLES = {"images"}
# Every table and column the program reads.
REQUIRED = {t: set(schema.TABLES[t]) for t in ("entities", *schema.TABLES) if t not in OPTIONAL_TABLES}
# What an older catalogue must have to be recognised as one (and offered a conversion).
CORE = {
    "entities": {"id", "key", "kind", "name"},
    "citations": {"id", "source_id", "quote"},
    "sources": {"id", "title", "date", "text"},
}
# Seconds to wait for another program's write lock before giving up.
LOCK_TIMEOUT = 2.0


def _err(text: str, path: Path, **more) -> CatalogueError:
    return CatalogueError(translate("Catalogue", text).format(path=str(path), **more))


def _text(data: bytes) -> str:
    """Text columns: a damaged byte becomes U+FFFD instead of an exception in the middle of a query."""
    return data.decode("utf-8", "replace")


def _truncation(path: Path, header: bytes) -> tuple[int, int] | None:
    """(actual size, expected size) if the header says the file should be longer than it is."""
    if len(header) < 100:
        return (len(header), 100) if len(header) >= 16 else None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change, valid_for = header[24:28], header[92:96]
    if change != valid_for or not pages or not page_size:
        return None
    size = path.stat().st_size
    return (size, page_size * pages) if size < page_size * pages else None


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}


def _not_plain_tables(conn: sqlite3.Connection, names) -> list[str]:
    """Those of `names` that are views or virtual tables: reading one runs the file's own SQL (a recursive
    view never ends), so a catalogue whose tables are not plain tables is refused."""
    names = set(names)
    out = []
    for name, kind, sql in conn.execute("SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view')"):
        if name in names and (kind != "table" or not str(sql or "").lstrip().upper().startswith("CREATE TABLE")):
            out.append(name)
    return sorted(out)


def _missing(conn: sqlite3.Connection, tables: set[str], required: dict[str, set[str]]) -> tuple[str, str] | None:
    """(table, missing columns) for the first required table or column that is absent, else None."""
    for table, columns in required.items():
        if table not in tables:
            return table, ""
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if not columns <= have:
            return table, "、".join(sorted(columns - have))
    return None


QUICK_CHECK_BYTES = 64 * 2**20


def integrity_problem(conn: sqlite3.Connection, path: str | Path) -> str | None:
    """None if SQLite's quick_check passes, else a message for the user (run off the GUI thread)."""
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.OperationalError:  # locked by another program, or interrupted: nothing learnt
        return None
    except sqlite3.DatabaseError:
        check = "error"
    if check == "ok":
        return None
    return translate("Catalogue", "{path} 已损坏（完整性检查未通过），部分数据可能无法读取。请换用一份完好的副本（例如备份）。"
                     ).format(path=str(path))


def open_again(path: str | Path) -> sqlite3.Connection:
    """A read-only connection that trusts nothing in the file, without `open_readonly`'s checks: one more
    connection to a catalogue already checked (work in a thread of its own), or a look at one value of a
    file (its working-copy mark, its last undo record), or the source of a copy."""
    return _connect(Path(path))


def _connect(path: Path) -> sqlite3.Connection:
    """A read-only connection (any thread may use it, one at a time) that trusts nothing in the file."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False,
                           timeout=LOCK_TIMEOUT)
    conn.text_factory = _text
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a checked catalogue, or CatalogueError saying what is wrong."""
    path = Path(path)
    if not path.exists():
        raise _err("找不到目录文件：{path}。请检查文件是否已被移动、改名或删除。", path)
    if path.is_dir():
        raise _err("{path} 是一个文件夹，不是目录文件。请选择 .db 文件。", path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise _err("无法读取文件 {path}：{error}。请检查文件权限，或把文件复制到本机后再打开。",
                   path, error=exc.strerror or exc) from exc
    if not header:
        raise _err("{path} 是空文件（0 字节），不是招商目录。文件可能在复制或下载时中断，请重新获取一份。", path)
    if not header.startswith(SQLITE_HEADER):
        if len(header) < 16 and SQLITE_HEADER.startswith(header):
            raise _err("{path} 不完整（只有 {size} 字节），可能在复制或下载时中断。请重新获取一份完整的文件。",
                       path, size=len(header))
        raise _err("{path} 不是招商目录文件（不是 SQLite 数据库）。请选择由本程序生成的 .db 文件。", path)
    cut = _truncation(path, header)
    if cut:
        raise _err("{path} 不完整（只有 {size} 字节，应为 {expected} 字节），可能在复制或下载时中断。"
                   "请重新获取一份完整的文件。", path, size=cut[0], expected=cut[1])
    conn = None
    try:
        conn = _connect(path)
        # A full quick_check reads the whole file: fine for a park's catalogue, minutes for a register of a
        # million enterprises. Large files get the structural checks here and `integrity_problem()` later,
        # in the background.
        check = conn.execute("PRAGMA quick_check").fetchone()[0] if path.stat().st_size <= QUICK_CHECK_BYTES else "ok"
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = _tables(conn)
        if check != "ok":
            raise _err("{path} 已损坏（完整性检查未通过），无法读取。请换用一份完好的副本（例如备份）。", path)
        if version > schema.SCHEMA_VERSION:
            raise _err("{path} 由较新版本的程序生成（目录格式第 {version} 版），本程序只支持到第 {supported} 版。"
                       "请升级到支持第 {version} 版目录格式的程序后再打开。",
                       path, version=version, supported=schema.SCHEMA_VERSION)
        if version < schema.SCHEMA_VERSION and not _missing(conn, tables, CORE):
            if version < schema.OLDEST_CONVERTIBLE:
                raise _err("{path} 是很旧的目录格式（第 {version} 版），本程序无法转换。请用原程序重新导出。",
                           path, version=version)
            raise OldCatalogueError(translate(
                "Catalogue", "{path} 是旧版目录格式（第 {version} 版），本程序使用第 {supported} 版。"
                "可以把它转换为一份新格式的副本后打开，原文件保持不变。").format(
                    path=path, version=version, supported=schema.SCHEMA_VERSION), path, version)
        odd = _not_plain_tables(conn, [*schema.TABLES, "packed"])
        if odd:
            raise _err("{path} 不是完整的招商目录：{tables} 不是普通的数据表（是视图或虚拟表）。"
                       "这样的文件可能被改动过，请换用一份完好的副本。", path, tables="、".join(odd))
        missing = _missing(conn, tables, REQUIRED)
        if missing and not missing[1]:
            raise _err("{path} 不是招商目录：缺少数据表 {table}。它可能是其他程序的数据库，或已损坏。",
                       path, table=missing[0])
        if missing:
            raise _err("{path} 不是完整的招商目录：数据表 {table} 缺少列 {columns}。请换用一份完好的副本。",
                       path, table=missing[0], columns=missing[1])
    except CatalogueError:
        if conn is not None:
            conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        text = str(exc)
        if "locked" in text or "busy" in text:
            raise _err("{path} 正被其他程序锁定（可能正在写入）。请等它写完或关闭该程序后重试。", path) from exc
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            raise _err("无法打开 {path}。请检查文件权限；如果旁边有同名的 -journal 或 -wal 文件，"
                       "说明上次写入没有完成，请换用一份完好的副本。", path) from exc
        raise _err("{path} 已损坏，无法读取。请换用一份完好的副本（例如备份）。", path) from exc
    return conn
