"""Progress and cancellation of long catalogue work (an import's check and write, an export, a derive, an
integrity check), shared by the thread doing it and the one watching it. No Qt here: `gui/tasks.py` runs
work in a thread and shows it; the command line passes nothing (`Work()` does nothing).

Cancelling really stops: it sets a flag the work checks between steps, and interrupts every SQLite
connection the work registered (`sqlite3.Connection.interrupt`), so a long statement ends at once and its
transaction is rolled back.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
from contextlib import contextmanager

from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate


class Cancelled(CatalogueError):
    """The user cancelled the work; whatever it was writing was rolled back."""

    def __init__(self):
        super().__init__(translate("Work", "已取消；未做任何修改。"))


class Work:
    def __init__(self, progress=None):
        self._progress = progress  # callable(done, total, text), called from the working thread
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[sqlite3.Connection] = set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self.check()
        if self._progress is not None:
            self._progress(done, total, text)

    def check(self) -> None:
        """Raise Cancelled if the work was cancelled (call between steps)."""
        if self._cancelled.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            for conn in self._connections:
                try:
                    conn.interrupt()
                except sqlite3.Error:
                    pass

    @contextmanager
    def connection(self, conn: sqlite3.Connection):
        """Register `conn` for the duration: a cancel interrupts its running statement."""
        with self._lock:
            self._connections.add(conn)
        try:
            if self._cancelled.is_set():
                conn.interrupt()
            yield conn
        except sqlite3.OperationalError as exc:
            if self._cancelled.is_set() and "interrupt" in str(exc):
                raise Cancelled() from exc
            raise
        finally:
            with self._lock:
                self._connections.discard(conn)


NOTHING = Work()  # for callers that neither watch nor cancel

_gc_lock = threading.Lock()
_gc_pauses = [0, False]  # works under way that paused it; whether it was on before the first


@contextmanager
def gc_paused():
    """The cyclic garbage collector off while long work builds many objects (an import's name lookup, an
    export's rows): each of its full collections walks every object in one call that holds the GIL, so the
    window stalled for 100–250 ms at a time while such work ran in a thread, and the work itself paid for
    them. Reference counting still frees what the work drops; cycles wait until the last such work ends."""
    with _gc_lock:
        if _gc_pauses[0] == 0:
            _gc_pauses[1] = gc.isenabled()
            gc.disable()
        _gc_pauses[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses[0] -= 1
            if _gc_pauses[0] == 0 and _gc_pauses[1]:
                gc.enable()


def let_go(container, piece: int = 8192) -> None:
    """Empty a large container a piece at a time, and the large containers in it. Freeing a brochure's
    cache of a million-entity register in one go is one deallocation that holds the GIL for seconds (a
    stalled window); piece by piece the window keeps getting its turn."""
    stack = [container]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            stack.extend(v for v in item if _large(v))
        elif isinstance(item, list):
            while item:
                stack.extend(v for v in item[-piece:] if _large(v))
                del item[-piece:]
        elif isinstance(item, (dict, set)):
            while item:
                for _ in range(min(piece, len(item))):
                    value = item.popitem()[1] if isinstance(item, dict) else item.pop()
                    if _large(value):
                        stack.append(value)


def _large(value) -> bool:
    return isinstance(value, tuple) or (isinstance(value, (list, dict, set)) and len(value) > 256)


def sorted_in_pieces(items, key, piece: int = 8192) -> list:
    """`sorted(items, key=key)` (stable as well), done as sorts of `piece` items merged by a Python-level
    merge: one sort of hundreds of thousands of items is a single call that holds the GIL for 100 ms and
    more, which a window waiting on that lock feels as a stall."""
    import heapq

    items = list(items)
    if len(items) <= piece:
        return sorted(items, key=key)
    runs = [sorted(items[i:i + piece], key=key) for i in range(0, len(items), piece)]
    return list(heapq.merge(*runs, key=key))

