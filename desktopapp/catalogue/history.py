"""An entity's change history kept in the catalogue file (table `change_log`): every edit made in the app
(stage, figure, profile) with its time, the OS user name and what changed (old → new), as the detail pane
shows it (written by write/changelog.py)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

TABLE = "change_log"


@dataclass
class Change:
    created: str  # local time, seconds
    user: str
    action: str  # stage, figure, profile
    what: str  # the field or figure changed
    old: str
    new: str


def text_of(value) -> str:
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
    return [Change(*(text_of(v) for v in r)) for r in rows]
