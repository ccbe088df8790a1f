"""An entity's change history kept in the catalogue file (table `change_log`): every edit made in the app
(stage, figure, profile) with its time, the OS user name and what changed (old → new). Written inside the
edit's transaction and listed in its undo record, so taking the edit back also takes back its entry."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

TABLE = "change_log"


@dataclass
class Change:
    created: str  # local time, seconds
    user: str
    action: str  # stage, figure, profile
    what: str  # the field or figure changed
    old: str
    new: str


def ensure_table(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, entity_id INTEGER NOT NULL, "
                 "created TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL, what TEXT NOT NULL, "
                 "old TEXT, new TEXT)")
    conn.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_entity ON {TABLE} (entity_id)")


def record(conn: sqlite3.Connection, entity_id: int, action: str, changes: list[tuple[str, object, object]],
           user: str, now: datetime) -> list:
    """Add one row per (what, old, new); returns undo `added` entries for them."""
    ensure_table(conn)
    created = now.isoformat(sep=" ", timespec="seconds")
    first = None
    for what, old, new in changes:
        cur = conn.execute(f"INSERT INTO {TABLE} (entity_id, created, user, action, what, old, new) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (entity_id, created, user, action, what, _text(old), _text(new)))
        first = first if first is not None else cur.lastrowid
        last = cur.lastrowid
    return [[TABLE, "id", first, last]] if first is not None else []


def _text(value) -> str:
    return "" if value is None else str(value)[:2000]


def entity_history(conn: sqlite3.Connection, entity_id: int, limit: int = 200) -> list[Change]:
    """The newest `limit` changes of one entity, newest first ([] when the file has no change log)."""
    try:
        # Only a plain table is read: a hostile file's view of that name (a recursive one never ends) is not.
        kind = conn.execute("SELECT type, sql FROM sqlite_master WHERE name = ?", (TABLE,)).fetchone()
        if kind is None or kind[0] != "table" or not str(kind[1] or "").lstrip().upper().startswith("CREATE TABLE"):
            return []
        rows = conn.execute(f"SELECT created, user, action, what, old, new FROM {TABLE} WHERE entity_id = ? "
                            "ORDER BY id DESC LIMIT ?", (entity_id, limit)).fetchall()
    except sqlite3.Error:  # a catalogue with no edits made in the app yet
        return []
    return [Change(*(_text(v) for v in r)) for r in rows]
