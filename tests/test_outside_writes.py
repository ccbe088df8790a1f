"""The window follows writes by another program (the command line importing into the open catalogue): a
selection while the file is locked says so instead of raising into the crash dialog, and the window reopens
the catalogue once the write is done, showing the new rows."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QTimer
from test_maintenance import GOOD, HEAD, write_csv

from desktopapp.write import importer


@pytest.mark.qt_no_exception_capture
def test_the_window_follows_an_import_by_the_command_line(open_window, qtbot, tmp_path, bundled_db, monkeypatch):
    from desktopapp.catalogue import connection
    from desktopapp.gui import crash
    from desktopapp.gui.app import make_application

    source = tmp_path / "catalogue.db"
    shutil.copyfile(bundled_db, source)
    first = importer.run(source, write_csv(tmp_path / "a.csv", [HEAD[:1], ["重庆第一家公司"]]), "enterprise")
    monkeypatch.setattr(connection, "LOCK_TIMEOUT", 0.05)
    handler = crash.install(make_application())
    handler.reports.clear()
    window = open_window(first.catalogue)
    section = window.current_section()

    # Another program holds the write lock while the user selects a row.
    locker = sqlite3.connect(first.catalogue, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        window.catalogue.conn.execute("PRAGMA busy_timeout = 50")
        QTimer.singleShot(0, lambda: section.select_row(1))  # as a click: from Qt's event loop
        qtbot.wait(300)
        assert not handler.dialogs and not handler.reports
        assert "其他程序写入" in window.statusBar().currentMessage()
    finally:
        locker.execute("ROLLBACK")
        locker.close()

    # The command line imports into the open catalogue; the window notices and shows the new rows.
    again = importer.run(first.catalogue, write_csv(tmp_path / "b.csv", [HEAD, *GOOD]), "enterprise")
    assert again.catalogue == first.catalogue
    for _ in range(2):
        window.catalogue_watch.poll()
    qtbot.waitUntil(lambda: bool(window.catalogue.find(GOOD[0][0])), timeout=3000)
    assert window.catalogue.path == first.catalogue
    assert "已重新载入" in window.statusBar().currentMessage()
    assert not handler.dialogs
