"""Notices when another program (the command line's import, say) writes to the open catalogue.

SQLite raises the file's change counter (4 bytes of its header) with every committed write; reading it takes
no lock and no query, so the window polls it. A change is reported once the counter has stayed the same for
one more poll and no write is under way (no journal beside the file): the window then reopens the catalogue,
so new rows appear and nothing is read from packed arrays that the write made stale.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktopapp.index.freshness import change_counter
from desktopapp.write.maintenance import hot_journal

POLL_MS = 1500


class CatalogueWatch(QObject):
    changed = Signal(object)  # the catalogue's path

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._path: Path | None = None
        self._seen: int | None = None
        self._pending: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def watch(self, path: str | Path) -> None:
        """Watch `path` from its present state on (called whenever the window opens a catalogue)."""
        self._path = Path(path)
        self._seen = change_counter(self._path)
        self._pending = None
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        if self._path is None:
            return
        now = change_counter(self._path)
        if now is None or now == self._seen:
            self._pending = None
            return
        if now != self._pending or hot_journal(self._path) is not None:
            self._pending = now  # still being written: look again at the next poll
            return
        self._seen, self._pending = now, None
        self.changed.emit(self._path)
