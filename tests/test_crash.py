"""Unexpected exceptions: a report in the log folder, a short non-modal dialog saying where it is, and the
application keeps running."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktopapp.gui import crash


@pytest.fixture
def handler(qtbot, tmp_path, monkeypatch):
    from desktopapp.gui.app import make_application

    monkeypatch.setenv("DESKTOPAPP_LOG_DIR", str(tmp_path / "log"))
    app = make_application()
    h = crash.install(app)
    h.reports.clear()
    yield h
    for box in list(h.dialogs):
        box.close()
    h.dialogs.clear()


def crash_dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
            and w.objectName() == "CrashDialog" and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_reported_and_the_app_keeps_running(handler, qtbot, tmp_path):
    import sys

    assert sys.excepthook == handler.excepthook

    def broken():
        raise ValueError("坏数据：第 3 行")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(crash_dialogs()), timeout=3000)
    box = crash_dialogs()[0]
    report = handler.reports[-1]
    assert report.parent == tmp_path / "log" and report.name.startswith("crash-")
    text = report.read_text(encoding="utf-8")
    assert "ValueError: 坏数据：第 3 行" in text and "in broken" in text and "PySide6" in text
    assert "程序遇到意外错误" in box.text() and "ValueError: 坏数据：第 3 行" in box.text()
    assert str(report) in box.text() and "程序会继续运行" in box.text()
    assert not box.isModal()
    # The event loop goes on: timers still fire.
    fired = []
    QTimer.singleShot(0, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)
    box.grab().save(str(crash_screenshot_path()))


def crash_screenshot_path():
    from pathlib import Path

    out = Path(__file__).resolve().parents[1] / "out"
    out.mkdir(exist_ok=True)
    return out / "crash-dialog.png"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # pytest's own hook, chained
def test_exception_in_a_thread_reaches_the_gui(handler, qtbot):
    def work():
        raise RuntimeError("后台线程出错")

    t = threading.Thread(target=work, name="import-worker")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(crash_dialogs()), timeout=3000)
    text = handler.reports[-1].read_text(encoding="utf-8")
    assert "thread: import-worker" in text and "RuntimeError: 后台线程出错" in text
    assert "后台线程出错" in crash_dialogs()[0].text()


def test_a_storm_of_errors_shows_at_most_three_dialogs(handler, qtbot):
    for i in range(10):
        try:
            raise KeyError(i)
        except KeyError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: len(handler.dialogs) == 3, timeout=3000)
    qtbot.wait(50)
    assert len(handler.dialogs) == 3 and len(handler.reports) == 10


def test_report_folder_cannot_be_written(handler, qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("DESKTOPAPP_LOG_DIR", str(blocker / "log"))
    try:
        raise OSError("磁盘已满")
    except OSError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(crash_dialogs()), timeout=3000)
    assert "完整报告无法写入日志文件夹" in crash_dialogs()[0].text()
