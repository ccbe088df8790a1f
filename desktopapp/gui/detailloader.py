"""Reads entities' details off the GUI thread, for the detail panes of large catalogues.

In a register of a million entities one entity's details take tens of milliseconds to read (random reads
in a file of gigabytes), longer while the query worker is busy: the window should not freeze for them.
Small catalogues read details at once, on the GUI thread (`LOAD_IN_THREAD_FROM`).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from desktopapp.gui.worker import CatalogueReader

# Kinds with at least this many entities have their details read in the loader's thread.
LOAD_IN_THREAD_FROM = 50_000


class _Reader(CatalogueReader):
    loaded = Signal(str, int, object)  # channel, entity id, Details or None

    def __init__(self, path: Path, latest: dict, lock: threading.Lock):
        super().__init__(path)
        self._latest = latest
        self._lock = lock

    @Slot(str, int)
    def read(self, channel: str, entity_id: int) -> None:
        with self._lock:
            if self._latest.get(channel) != entity_id:
                return  # the user moved on: read the newer request instead
        try:
            details = self.catalogue().details(entity_id)
        except Exception:  # noqa: BLE001 - shown as "no longer there"; the pane keeps working
            details = None
        self.loaded.emit(channel, entity_id, details)


class DetailLoader(QObject):
    """One thread per open catalogue, started on the first request. `request(channel, id)` reads an entity's
    details; `loaded(channel, id, details)` carries them to the GUI thread. Per channel (a section), only the
    newest request is read."""

    loaded = Signal(str, int, object)
    _read = Signal(str, int)

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._latest: dict[str, int] = {}
        self._lock = threading.Lock()
        self._thread: QThread | None = None
        self._reader = _Reader(Path(path), self._latest, self._lock)

    def request(self, channel: str, entity_id: int) -> None:
        if self._thread is None:
            self._thread = QThread()
            self._thread.setObjectName("catalogue-details")
            self._reader.moveToThread(self._thread)
            self._read.connect(self._reader.read)
            self._reader.loaded.connect(self._deliver)
            self._thread.start()
        with self._lock:
            self._latest[channel] = entity_id
        self._read.emit(channel, entity_id)

    def _deliver(self, channel: str, entity_id: int, details) -> None:
        with self._lock:
            if self._latest.get(channel) != entity_id:
                return  # superseded while it was read
        self.loaded.emit(channel, entity_id, details)

    def stop(self) -> None:
        """Close the loader's catalogue and end its thread (safe to call twice, or if never started)."""
        if self._thread is None or not self._thread.isRunning():
            return
        QMetaObject.invokeMethod(self._reader, "close", Qt.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait(5000)
