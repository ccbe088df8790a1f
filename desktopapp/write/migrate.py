"""Convert a catalogue of an older format to the current one, always as a copy: the original is not touched.

`MIGRATIONS[n]` turns format n into n + 1. A conversion reads the original through a read-only
connection (SQLite's backup API, so the copy is consistent), drops the copy's triggers, applies each step on
the copy in its own transaction, derives everything again (`derive`, as after any write: an old file's
derived data followed older rules), checks the result with the normal read-only checks, and only then moves
it into place.

Format history:
  0 — the early format: entities had no `pinyin` and `sort_key` columns (no pinyin search, no pinyin
      order) and the full-text index had no pinyin column.
  1 — pinyin keys and pinyin sort order.
  2 — the images table (photos and logos of enterprises, projects and facilities).
  3 — entities.audience: who a figure is for (investor or internal); older figures become 'investor'.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktopapp.catalogue import paths, schema, userdirs
from desktopapp.catalogue.connection import open_again
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int):
    """Register a step from `from_version` to `from_version + 1`."""
    def register(fn: Migration) -> Migration:
        MIGRATIONS[from_version] = fn
        return fn
    return register


def can_migrate(version: int) -> bool:
    return (schema.OLDEST_CONVERTIBLE <= version < schema.SCHEMA_VERSION
            and all(v in MIGRATIONS for v in range(version, schema.SCHEMA_VERSION)))


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}


def rebuild_fts(conn: sqlite3.Connection) -> None:
    """Drop and recreate the trigram full-text index over entities, inside the caller's transaction.

    The statement is the one sqlite-utils' `enable_fts` writes (so Datasette still finds the index);
    `enable_fts` itself cannot be used here because it commits."""
    conn.execute("DROP TABLE IF EXISTS entities_fts")
    columns = ", ".join(f'"{c}"' for c in schema.FTS_COLUMNS)
    conn.execute(f'CREATE VIRTUAL TABLE "entities_fts" USING FTS5 (\n    {columns},\n'
                 f"    tokenize='trigram',\n    content=\"entities\"\n)")
    conn.execute("INSERT INTO entities_fts (entities_fts) VALUES ('rebuild')")


def update_text_keys(conn: sqlite3.Connection, where: str = "", args: tuple = ()) -> None:
    """Recompute the pinyin search keys and the pinyin sort key of the entities (those matching `where`)."""
    from desktopapp.index.textkeys import pinyin_keys, sort_key

    rows = conn.execute(f"SELECT id, name, aliases FROM entities {where}", args).fetchall()
    conn.executemany("UPDATE entities SET pinyin = ?, sort_key = ? WHERE id = ?", [
        (pinyin_keys(name, *[a for a in (aliases or "").split(" / ") if a]), sort_key(name), eid)
        for eid, name, aliases in rows])


@migration(0)
def _add_pinyin(conn: sqlite3.Connection) -> None:
    have = _columns(conn, "entities")
    for column in ("aliases", "pinyin", "sort_key"):
        if column not in have:
            conn.execute(f"ALTER TABLE entities ADD COLUMN {column} TEXT")
    update_text_keys(conn)
    conn.execute("CREATE INDEX IF NOT EXISTS idx_entities_kind_sort_key ON entities (kind, sort_key)")
    rebuild_fts(conn)


@migration(1)
def _add_images(conn: sqlite3.Connection) -> None:
    from desktopapp.write.images import ensure_table

    ensure_table(conn)


@migration(2)
def _add_audience(conn: sqlite3.Connection) -> None:
    if "audience" not in _columns(conn, "entities"):
        conn.execute("ALTER TABLE entities ADD COLUMN audience TEXT")
    conn.execute("UPDATE entities SET audience = 'investor' WHERE kind = 'figure' AND audience IS NULL")


def _derive_all(conn: sqlite3.Connection) -> None:
    from desktopapp.write import derive
    from desktopapp.write.maintenance import drop_triggers

    conn.execute("BEGIN IMMEDIATE")
    try:
        drop_triggers(conn)
        derive.derive(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    derive.stamp(conn)


def default_target(source: Path) -> Path:
    """Where a converted copy goes: the user's catalogues folder, named after the original and the date."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return userdirs.catalogues_dir() / f"{Path(source).stem}-v{schema.SCHEMA_VERSION}-{stamp}.db"


def migrate_copy(source: str | Path, target: str | Path | None = None) -> Path:
    """Write a converted copy of `source` at `target` (default: `default_target`) and return its path."""
    from desktopapp.catalogue.connection import open_readonly

    source = Path(source)
    target = Path(target) if target else default_target(source)
    if target.resolve() == source.resolve():
        raise CatalogueError(translate("Catalogue", "转换后的副本不能覆盖原文件：{path}").format(path=source))
    src = open_again(source)
    try:
        version = src.execute("PRAGMA user_version").fetchone()[0]
        if not can_migrate(version):
            raise CatalogueError(translate("Catalogue", "{path} 的目录格式（第 {version} 版）无法转换。").format(
                path=source, version=version))
        tmp = paths.temporary_beside(target, ".migrate-")
        try:
            dst = sqlite3.connect(tmp, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                dst.execute("PRAGMA trusted_schema = OFF")
                dst.execute("BEGIN IMMEDIATE")
                from desktopapp.write.maintenance import drop_triggers

                drop_triggers(dst)  # before any step writes: none of the file's triggers may run
                dst.execute("COMMIT")
                for step in range(version, schema.SCHEMA_VERSION):
                    dst.execute("BEGIN IMMEDIATE")
                    try:
                        MIGRATIONS[step](dst)
                        dst.execute(f"PRAGMA user_version = {step + 1}")
                        if dst.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
                            dst.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(step + 1),))
                        dst.execute("COMMIT")
                    except BaseException:
                        if dst.in_transaction:
                            dst.execute("ROLLBACK")
                        raise
                _derive_all(dst)
            finally:
                dst.close()
            open_readonly(tmp).close()  # the converted copy must pass every check
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                tmp.unlink()
    finally:
        src.close()
    return target
