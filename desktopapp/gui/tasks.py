"""The one way the window runs long work (import check and write, export, derive, integrity check, counts):
off the GUI thread, with progress, a cancel that really stops (see catalogue/work.py) and one error path.

    task = Task(lambda work: importer.run(..., work=work), parent)
    task.progressed.connect(...); task.succeeded.connect(...); task.failed.connect(...)
    task.start()

`fn(work)` runs in a Python thread of its own; its result, a CatalogueError's message (also for a cancel:
`cancelled` is emitted as well) or an unexpected exception (reported like any crash, with its traceback)
reach the GUI thread through queued signals. `ProgressDialog` shows a task to the user with a cancel button.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from desktopapp.catalogue.errors import CatalogueError
from desktopapp.catalogue.work import Cancelled, Work, gc_paused
from desktopapp.i18n import translate


class Task(QObject):
    progressed = Signal(int, int, str)  # done, total (0: unknown), text
    succeeded = Signal(object)  # the result
    failed = Signal(str)  # a message for the user
    cancelled = Signal()
    ended = Signal()  # after any of the three

    def __init__(self, fn, parent: QObject | None = None, name: str = "task"):
        super().__init__(parent)
        self._fn = fn
        self.work = Work(progress=lambda done, total, text: self.progressed.emit(done, total, text))
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self.running = False  # until the GUI thread has received the outcome
        self.result = None
        self.error: str | None = None
        self.ended.connect(self._ended, Qt.QueuedConnection)

    def start(self) -> Task:
        self.running = True
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.work.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work is done (tests, and closing the window); the signals still arrive queued."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        try:
            with gc_paused():  # its full collections would stall the window (catalogue/work.py)
                result = self._fn(self.work)
        except Cancelled as exc:
            self._finish("cancelled", str(exc))
        except (CatalogueError, OSError) as exc:
            self._finish("failed", str(exc) or exc.__class__.__name__)
        except Exception:  # a bug: the crash handler writes the report and says where
            import sys

            self._finish("failed", translate("Tasks", "出现意外错误，详情已写入错误报告。"))
            threading.excepthook(threading.ExceptHookArgs((*sys.exc_info(), threading.current_thread())))
        else:
            self._finish("succeeded", result)

    def _ended(self) -> None:
        self.running = False

    def _finish(self, how: str, value) -> None:
        try:
            if how == "succeeded":
                self.result = value
                self.succeeded.emit(value)
            else:
                self.error = value
                if how == "cancelled":
                    self.cancelled.emit()
                self.failed.emit(value)
            self.ended.emit()
        except RuntimeError:  # the receiving object is gone (its window closed): nothing to tell
            pass


class ProgressDialog(QProgressDialog):
    """A task shown to the user: its progress, and a cancel button that stops it. Appears only if the task
    takes longer than half a second."""

    def __init__(self, task: Task, title: str, parent=None):
        super().__init__(title, translate("Tasks", "取消"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModal)
        self.setMinimumDuration(500)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.task = task
        task.progressed.connect(self._progress, Qt.QueuedConnection)
        task.ended.connect(self._ended, Qt.QueuedConnection)
        self.canceled.connect(self._cancel)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.setMaximum(max(total, 0))
        self.setValue(min(done, total) if total else 0)
        if text:
            self.setLabelText(text)

    def _cancel(self) -> None:
        self.setLabelText(translate("Tasks", "正在取消…"))
        self.task.cancel()

    def _ended(self) -> None:
        self.canceled.disconnect(self._cancel)  # closing a progress dialog emits canceled: not the user's cancel
        QTimer.singleShot(0, self.close)


def run(fn, parent, title: str | None = None, on_success=None, on_failure=None, name: str = "task") -> Task:
    """Start `fn(work)` as a task; with a `title`, show it in a ProgressDialog. `on_success(result)` and
    `on_failure(message)` run in the GUI thread."""
    task = Task(fn, parent, name)
    if on_success is not None:
        task.succeeded.connect(on_success, Qt.QueuedConnection)
    if on_failure is not None:
        task.failed.connect(on_failure, Qt.QueuedConnection)
    if title is not None:
        task.dialog = ProgressDialog(task, title, parent)
    return task.start()
