"""Writing an entity's change history (table `change_log`, read by catalogue/history.py): one row per changed
field, inside the edit's transaction and listed in its undo record, so taking the edit back also takes back
its entry."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from desktopapp.catalogue.history import TABLE, text_of


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
                           (entity_id, created, user, action, what, text_of(old), text_of(new)))
        first = first if first is not None else cur.lastrowid
        last = cur.lastrowid
    return [[TABLE, "id", first, last]] if first is not None else []
