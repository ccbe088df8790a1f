"""Unexpected errors: write a full report to the log folder, tell the user in a short dialog, keep running.

`install()` sets sys.excepthook and threading.excepthook. An exception in a Qt slot or event handler (which
PySide routes to sys.excepthook) or in any thread ends up here: the traceback, versions and platform go to
`crash-<time>.log` in platformdirs.user_log_dir("desktopapp"); a non-modal dialog says what happened and
where the report and the program's log are; the event loop goes on. A native crash (segfault) kills the
process before any dialog: faulthandler writes its stack to the log folder (desktopapp.logs), and the next
start shows the same dialog pointing to that file (`report_native_crashes`). The hooks that were installed
before are still called (so
the traceback reaches stderr, and test harnesses still see the error).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from desktopapp.i18n import translate

# What only a report or its dialog needs (platform, datetime, platformdirs, QMessageBox) is imported when
# one is made: installing the handler is part of start-up.


def write_report(exc_type, exc, tb, thread: str | None = None) -> Path | None:
    """Write the full report; return its path (None if even that failed)."""
    try:
        import platform
        import traceback
        from datetime import datetime

        import PySide6

        from desktopapp.catalogue import userdirs

        folder = userdirs.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now()
        path = folder / f"crash-{now.strftime('%Y%m%d-%H%M%S-%f')}.log"
        lines = [
            f"time: {now.isoformat(timespec='seconds')}",
            f"thread: {thread or threading.current_thread().name}",
            f"python: {sys.version.split()[0]}  PySide6: {PySide6.__version__}  platform: {platform.platform()}",
            "",
            "".join(traceback.format_exception(exc_type, exc, tb)),
        ]
        path.write_text("\n".join(lines), encoding="utf-8")
        from desktopapp.logs import log

        log.error("unexpected error (report %s): %s", path.name, "".join(
            traceback.format_exception_only(exc_type, exc)).strip())
        return path
    except Exception:  # noqa: BLE001 - the crash handler itself must never raise
        return None


def _log_line() -> str:
    from desktopapp.logs import log_path

    return translate("Crash", "程序日志：{path}").format(path=log_path())


def message(exc_type, exc, report: Path | None) -> str:
    what = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
    what = what if len(what) <= 300 else what[:300] + "…"
    where = (translate("Crash", "完整报告已写入：\n{path}").format(path=report) if report
             else translate("Crash", "完整报告无法写入日志文件夹。"))
    return (translate("Crash", "程序遇到意外错误，刚才的操作可能没有完成。") + "\n\n" + what + "\n\n" + where + "\n"
            + _log_line() + "\n\n"
            + translate("Crash", "程序会继续运行。如果问题反复出现，请把这份报告和日志发给维护人员。"))


def native_message(reports: list[Path]) -> str:
    """The dialog's text about native crashes (segfaults) of earlier runs, whose stacks faulthandler wrote."""
    files = "\n".join(str(p) for p in reports)
    return (translate("Crash", "程序上次运行时意外终止（程序崩溃）。") + "\n\n"
            + translate("Crash", "崩溃报告已写入：\n{files}").format(files=files) + "\n" + _log_line() + "\n\n"
            + translate("Crash", "如果问题反复出现，请把这份报告和日志发给维护人员。"))


def _catalogue_busy(exc) -> bool:
    """A catalogue read that waited in vain for another program's write lock."""
    import sqlite3

    return isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc))


class CrashHandler(QObject):
    """Lives in the GUI thread; other threads reach it through a queued signal."""

    _show = Signal(str)
    _busy = Signal()

    def __init__(self, app):
        super().__init__(app)
        self.dialogs: list = []  # the QMessageBoxes shown
        self.reports: list[Path] = []
        self._show.connect(self.show_dialog, Qt.QueuedConnection)
        self._busy.connect(self.show_busy, Qt.QueuedConnection)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def handle(self, exc_type, exc, tb, thread: str | None = None) -> None:
        if _catalogue_busy(exc):  # another program is writing to the catalogue: not a crash, say so and go on
            self._busy.emit()
            return
        report = write_report(exc_type, exc, tb, thread)
        if report:
            self.reports.append(report)
        try:
            self._show.emit(message(exc_type, exc, report))
        except Exception:  # noqa: BLE001
            pass

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            return self._previous_hook(exc_type, exc, tb)
        self.handle(exc_type, exc, tb)
        self._previous_hook(exc_type, exc, tb)

    def thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback,
                    args.thread.name if args.thread else None)
        self._previous_thread_hook(args)

    def show_busy(self) -> None:
        from PySide6.QtWidgets import QApplication, QMainWindow

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.isVisible():
                widget.statusBar().showMessage(
                    translate("Crash", "目录正被其他程序写入（例如命令行导入），请稍候再试；写完后会自动重新载入。"), 8000)

    def show_dialog(self, text: str) -> None:
        if len(self.dialogs) >= 3:  # an error in a loop must not bury the screen in dialogs
            return
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QMessageBox(QMessageBox.Critical, translate("Crash", "意外错误"), text, QMessageBox.Ok,
                          QApplication.activeWindow())
        box.setObjectName("CrashDialog")
        box.setTextFormat(Qt.PlainText)  # the error text may quote catalogue values or file names
        box.setWindowModality(Qt.NonModal)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.finished.connect(lambda _=0, b=box: self.dialogs.remove(b) if b in self.dialogs else None)
        self.dialogs.append(box)
        box.show()


def install(app) -> CrashHandler:
    """Install (or re-install, on top of hooks set since) the handler for `app`; returns it."""
    handler = getattr(app, "_crash_handler", None)
    if handler is None:
        handler = CrashHandler(app)
        app._crash_handler = handler
    if sys.excepthook != handler.excepthook:
        handler._previous_hook = sys.excepthook
        sys.excepthook = handler.excepthook
    if threading.excepthook != handler.thread_excepthook:
        handler._previous_thread_hook = threading.excepthook
        threading.excepthook = handler.thread_excepthook
    return handler


def report_native_crashes(app) -> list[Path]:
    """At start: if earlier runs crashed natively, show where faulthandler left their stacks (once: the files
    are renamed crash-native-…); returns the reports."""
    from desktopapp import logs

    found = logs.native_crash_reports()
    if not found:
        return []
    reports = [logs.mark_reported(p) for p in found]
    handler = install(app)
    handler.reports.extend(reports)
    handler.show_dialog(native_message(reports))
    return reports
