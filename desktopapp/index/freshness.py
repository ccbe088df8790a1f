"""Whether a catalogue's packed arrays are current: the generation every write raises, the file's change
counter and the counter stamped after our last write (written by write/derive.py), and the check of an
open catalogue, decided once on a connection of its own.

The check counts the rows of each kind and every facet row (0.1 s at a million entities, over a second when
the file is not in the system's cache), so it runs on a thread while the arrays are read; whoever needs the
answer waits for it then.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path


def generation(conn: sqlite3.Connection) -> int:
    """The catalogue's generation: how many writes derived its data (0 for a file that never recorded it)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0
    except (sqlite3.Error, ValueError, TypeError):
        return 0


def database_file(conn: sqlite3.Connection) -> Path | None:
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def change_counter(path: Path | None) -> int | None:
    """SQLite's file change counter (header bytes 24–27): moved by every committed write in rollback-journal
    mode, by any program. None for WAL files (where it may not move), memory databases or unreadable files."""
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return None
    if len(header) < 100 or header[18] == 2:
        return None
    return int.from_bytes(header[24:28], "big")


def stamped_counter(conn: sqlite3.Connection) -> str | None:
    """The change counter recorded by the last `stamp()` (compare it with `change_counter` read before)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'change_counter'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


class PackedFreshness:
    """The freshness check of one open catalogue: started by `start`, answered per kind by `current`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, open_again: Callable[[Path], sqlite3.Connection]):
        self._path, self._conn, self._open_again = path, conn, open_again
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._result: dict[str, bool] = {}

    def start(self) -> None:
        """Start the check (once); returns at once."""
        with self._lock:
            if self._thread is not None:
                return
            from desktopapp.index import packing

            def check() -> None:
                try:
                    conn = self._open_again(self._path)
                    try:
                        self._result.update(packing.current_kinds(conn))
                    finally:
                        conn.close()
                except sqlite3.Error:
                    pass  # decided on the catalogue's own connection instead

            self._thread = threading.Thread(target=check, name="catalogue-freshness", daemon=True)
            self._thread.start()

    def current(self, kind: str) -> bool:
        """Whether the packed arrays of `kind` are current (waits for the check)."""
        self.start()
        self._thread.join()
        if kind not in self._result:
            from desktopapp.index import packing

            self._result.update(packing.current_kinds(self._conn))
        return self._result.get(kind, False)
