"""Undo records kept in the catalogue file itself (table `undo_log`): what an import or an edit changed —
the id ranges of the rows it added, the old values of the rows it changed — so that the last change can be
taken back without a copy of the whole file (a large catalogue is written in place)."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import datetime
from pathlib import Path

from desktopapp.write import derive, maintenance
from desktopapp.catalogue.connection import open_again
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate

KEEP = 20  # records kept per catalogue (the oldest are forgotten)
# Tables whose rows an undo may delete or restore, and their key column.
TABLES = {"sources": "id", "citations": "id", "entities": "id", "facts": "id", "stages": "id", "links": "id",
          "aliases": "entity_id", "mentions": "entity_id", "tags": "entity_id", "images": "id",
          "change_log": "id"}


def ensure_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS undo_log (id INTEGER PRIMARY KEY, action TEXT NOT NULL, "
                 "label TEXT NOT NULL, created TEXT NOT NULL, record TEXT NOT NULL)")


META_PREFIXES = ("publisher.",)  # meta keys an undo may restore (settings kept in the catalogue)


def _encode(value):
    return {"b64": base64.b64encode(value).decode("ascii")} if isinstance(value, (bytes, bytearray)) else value


def _decode(value):
    return base64.b64decode(value["b64"]) if isinstance(value, dict) and "b64" in value else value


def record(conn: sqlite3.Connection, action: str, label: str, added: list | None = None,
           updated: dict[str, list[dict]] | None = None, meta: dict[str, str | None] | None = None,
           removed: dict[str, list[dict]] | None = None) -> None:
    """Keep what a write does, inside its transaction. `added`: [table, key column, first, last] ranges (or
    [table, key column, value]) of the rows it adds; `updated`: per table, the rows it changes, as they were
    (with their key); `meta`: the old values (None: absent) of the meta keys it sets; `removed`: per table,
    the rows it deletes, whole (bytes kept as base64), put back by an undo."""
    ensure_table(conn)
    rec = {"added": added or [], "updated": updated or {}}
    if meta:
        rec["meta"] = meta
    if removed:
        rec["removed"] = {t: [{c: _encode(v) for c, v in row.items()} for row in rows] for t, rows in removed.items()}
    conn.execute("INSERT INTO undo_log (action, label, created, record) VALUES (?, ?, ?, ?)", (
        action, label, datetime.now().isoformat(timespec="seconds"), json.dumps(rec, ensure_ascii=False)))
    conn.execute("DELETE FROM undo_log WHERE id NOT IN (SELECT id FROM undo_log ORDER BY id DESC LIMIT ?)", (KEEP,))


def last(path: str | Path) -> dict | None:
    """The newest undo record of a catalogue ({"action", "label", "created"}), or None."""
    try:
        conn = open_again(path)
        try:
            row = conn.execute("SELECT action, label, created FROM undo_log ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return dict(zip(("action", "label", "created"), row, strict=True)) if row else None


def _where(entry: list) -> tuple[str, str, tuple]:
    table, column, *values = entry
    if table not in TABLES or column not in ("id", "entity_id", "src_id", "citation_id"):
        raise CatalogueError(translate("Undo", "撤销记录已损坏，无法撤销。"))
    if len(values) == 2:
        return table, f'"{column}" BETWEEN ? AND ?', tuple(values)
    return table, f'"{column}" = ?', tuple(values)


def undo_last(path: str | Path) -> str:
    """Take back the newest recorded change of the catalogue at `path` (written in place: it is a working
    copy or a catalogue written in place); returns its label."""
    with maintenance.writing(path) as conn:
        ensure_table(conn)
        row = conn.execute("SELECT id, label, record FROM undo_log ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            raise CatalogueError(translate("Undo", "没有可以撤销的导入或修改。"))
        rid, label, text = row
        try:
            rec = json.loads(text)
            added, updated = rec["added"], rec["updated"]
        except (ValueError, KeyError, TypeError) as exc:
            raise CatalogueError(translate("Undo", "撤销记录已损坏，无法撤销。")) from exc
        changes = derive.Changes()
        gone: set[int] = set()
        for entry in added:
            table, where, args = _where(entry)
            if table == "entities":
                gone |= {r[0] for r in conn.execute(f"SELECT id FROM entities WHERE {where}", args)}
        changes.before_delete(conn, gone)
        changes.before_change(conn, [r["id"] for r in updated.get("entities", [])])
        for entry in added:
            table, where, args = _where(entry)
            conn.execute(f"DELETE FROM {table} WHERE {where}", args)
        for table, rows in updated.items():
            if table not in TABLES:
                continue
            for old in rows:
                cols = [c for c in old if c != TABLES[table]]
                conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE {TABLES[table]} = ?",
                             (*[old[c] for c in cols], old[TABLES[table]]))
        _restore(conn, rec)
        conn.execute("DELETE FROM undo_log WHERE id = ?", (rid,))
        derive.derive(conn, changes)
    return label


def _restore(conn: sqlite3.Connection, rec: dict) -> None:
    """Put back the meta values and the deleted rows a record kept (only known keys, tables and columns:
    the record is read from a file)."""
    meta = rec.get("meta") or {}
    removed = rec.get("removed") or {}
    if not isinstance(meta, dict) or not isinstance(removed, dict):
        raise CatalogueError(translate("Undo", "撤销记录已损坏，无法撤销。"))
    for key, old in meta.items():
        if not isinstance(key, str) or not key.startswith(META_PREFIXES):
            continue
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        if old is not None:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, str(old)))
    for table, rows in removed.items():
        if table not in TABLES or not isinstance(rows, list):
            continue
        known = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for row in rows:
            if not isinstance(row, dict):
                continue
            cols = [c for c in row if c in known]
            if cols:
                conn.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                             [_decode(row[c]) for c in cols])
