"""Runs catalogue queries off the GUI thread; a newer request makes older pending ones obsolete."""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from desktopapp.catalogue import Catalogue, Filters
from desktopapp.catalogue.query import SearchResult


# In kinds of at least this many entities, the list's first rows are sent before the whole list is sorted.
PAGE_FROM = 50_000
PAGE_ROWS = 100


class CatalogueReader(QObject):
    """Lives in a worker thread with a catalogue connection of its own, opened on first use."""

    def __init__(self, path: Path):
        super().__init__()
        self._path = Path(path)
        self._catalogue: Catalogue | None = None

    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            self._catalogue = Catalogue(self._path)
        return self._catalogue

    @Slot()
    def close(self) -> None:
        if self._catalogue is not None:
            self._catalogue.close()
            self._catalogue = None


class _Runner(CatalogueReader):
    paged = Signal(int, object)  # request id, SearchResult with the first PAGE_ROWS ids (the whole list follows)
    listed = Signal(int, object)  # request id, SearchResult with the ids only (counts follow in `done`)
    done = Signal(int, object)  # request id, SearchResult
    failed = Signal(int, str)

    def __init__(self, path: Path, latest: dict, lock: threading.Lock):
        super().__init__(path)
        self._latest = latest
        self._lock = lock

    @Slot(int, str, object, str, bool)
    def run(self, request_id: int, channel: str, filters: Filters, sort: str, descending: bool) -> None:
        if not self._is_latest(channel, request_id):
            return  # a newer request for this channel is queued: skip the stale one
        try:
            cat = self.catalogue()
            total = cat.facet_index(filters.kind).n
            ids = None
            if total >= PAGE_FROM:
                page = cat.first_ids(filters, sort, descending, PAGE_ROWS)
                if len(page) < PAGE_ROWS:
                    ids = page  # the page is the whole list
                else:
                    self.paged.emit(request_id, SearchResult(ids=page, facets={}, total=total, complete=False))
                    if not self._is_latest(channel, request_id):
                        return
            if ids is None:
                ids = cat.id_array(filters, sort, descending)
            self.listed.emit(request_id, SearchResult(ids=ids, facets={}, total=total))
            if not self._is_latest(channel, request_id):
                return  # the user typed on: count for the newer request instead
            result = SearchResult(ids=ids, facets=cat.facet_counts(filters), total=total)
        except Exception:  # reported to the GUI, which shows it; the worker keeps running
            self.failed.emit(request_id, traceback.format_exc())
            return
        self.done.emit(request_id, result)

    def _is_latest(self, channel: str, request_id: int) -> bool:
        with self._lock:
            return self._latest.get(channel, request_id) == request_id


class QueryWorker(QObject):
    """One worker thread per open catalogue. `submit` returns a request id; `finished` carries results."""

    finished = Signal(int, object)
    page_ready = Signal(int, object)  # the first rows of a long list, before the whole list
    ids_ready = Signal(int, object)  # the ids of a request, before its facet counts
    failed = Signal(int, str)
    _request = Signal(int, str, object, str, bool)

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._latest: dict[str, int] = {}
        self._lock = threading.Lock()
        self._next = 0
        self._thread = QThread()
        self._thread.setObjectName("catalogue-queries")
        self._runner = _Runner(Path(path), self._latest, self._lock)
        self._runner.moveToThread(self._thread)
        self._request.connect(self._runner.run)
        self._runner.done.connect(self.finished)
        self._runner.listed.connect(self.ids_ready)
        self._runner.paged.connect(self.page_ready)
        self._runner.failed.connect(self.failed)
        self._thread.start()

    def submit(self, channel: str, filters: Filters, sort: str = "relevance", descending: bool = False) -> int:
        """Queue a query; results of earlier requests on the same channel will be skipped if not started."""
        self._next += 1
        with self._lock:
            self._latest[channel] = self._next
        self._request.emit(self._next, channel, filters, sort, descending)
        return self._next

    def is_latest(self, channel: str, request_id: int) -> bool:
        with self._lock:
            return self._latest.get(channel) == request_id

    def stop(self) -> None:
        """Close the worker's catalogue and end its thread (safe to call twice)."""
        if not self._thread.isRunning():
            return
        QMetaObject.invokeMethod(self._runner, "close", Qt.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait(5000)


class IntegrityCheck(QObject):
    """SQLite's quick_check of a large catalogue as a task (it reads the whole file, which can take minutes),
    so that queries are never queued behind it. `finished` carries None or a message; `stop()` interrupts
    it, and a stopped check reports nothing."""

    finished = Signal(object)

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._path = Path(path)
        self._task = None

    def start(self) -> None:
        from desktopapp.gui.tasks import Task

        self._task = Task(self._check, self, name="catalogue-integrity")
        self._task.succeeded.connect(self.finished)
        self._task.start()

    def _check(self, work):
        import sqlite3

        from desktopapp.catalogue.connection import integrity_problem, open_again

        try:
            conn = open_again(self._path)  # the catalogue itself was checked when it was opened
        except sqlite3.Error as exc:  # a file that cannot even be read again: say so
            return str(exc)
        try:
            with work.connection(conn):
                work.check()
                problem = integrity_problem(conn, self._path)
                work.check()  # stopped meanwhile: nothing was learnt, nothing is reported
                return problem
        finally:
            conn.close()

    def stop(self) -> None:
        """Interrupt a running check (the window is closing or another catalogue was opened)."""
        if self._task is not None:
            self._task.cancel()


class KindCounts(QObject):
    """Entities per kind, counted as a task: on a register of a million entities the count reads the whole
    kind index (about 0.1 s), which the window should not wait for. `finished` carries the catalogue path
    and the counts; a failed count leaves the tabs' names without counts."""

    finished = Signal(object, object)

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._path = Path(path)

    def start(self) -> None:
        from desktopapp.gui.tasks import Task

        def count(work):
            with Catalogue(self._path) as catalogue, work.connection(catalogue.conn):
                return catalogue.kind_counts()

        self._task = Task(count, self, name="catalogue-counts")
        self._task.succeeded.connect(lambda counts: self.finished.emit(self._path, counts))
        self._task.start()
