"""Open a catalogue file read-only, and check that it is one this program can show."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktopapp.catalogue import schema
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED = {
    "entities": {"id", "key", "kind", "name"},
    "facet_values": {"entity_id", "facet", "value"},
    "citations": {"id", "source_id", "quote"},
    "sources": {"id", "title", "date", "text"},
}


def _err(text: str, path: Path) -> CatalogueError:
    return CatalogueError(translate("Catalogue", text).format(path=str(path)))


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to a checked catalogue, or CatalogueError saying what is wrong."""
    path = Path(path)
    if not path.exists():
        raise _err("找不到目录文件：{path}", path)
    if path.is_dir():
        raise _err("{path} 是一个文件夹，不是目录文件。请选择 .db 文件。", path)
    try:
        with open(path, "rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise CatalogueError(translate("Catalogue", "无法读取文件 {path}：{error}").format(path=path, error=exc))
    if not header:
        raise _err("{path} 是空文件，不是招商目录。", path)
    if header != SQLITE_HEADER:
        raise _err("{path} 不是招商目录文件（不是 SQLite 数据库）。", path)
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise _err("{path} 正被其他程序锁定，请关闭该程序后重试。", path) from exc
        raise _err("{path} 已损坏，无法读取。请换用一份完好的副本。", path) from exc
    if check != "ok":
        conn.close()
        raise _err("{path} 已损坏（完整性检查未通过）。请换用一份完好的副本。", path)
    if version > schema.SCHEMA_VERSION:
        conn.close()
        raise CatalogueError(translate(
            "Catalogue", "{path} 由较新版本的程序生成（目录格式第 {version} 版），本程序只支持到第 {supported} 版。请升级程序。"
        ).format(path=path, version=version, supported=schema.SCHEMA_VERSION))
    for table, columns in REQUIRED.items():
        if table not in tables:
            conn.close()
            raise CatalogueError(translate("Catalogue", "{path} 不是完整的招商目录：缺少数据表 {table}。").format(
                path=path, table=table))
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if not columns <= have:
            conn.close()
            raise CatalogueError(translate("Catalogue", "{path} 不是完整的招商目录：数据表 {table} 缺少列 {columns}。").format(
                path=path, table=table, columns="、".join(sorted(columns - have))))
    if version < schema.SCHEMA_VERSION:
        conn.close()
        raise CatalogueError(translate(
            "Catalogue", "{path} 是旧版目录格式（第 {version} 版），需要先转换为第 {supported} 版。"
        ).format(path=path, version=version, supported=schema.SCHEMA_VERSION))
    return conn
