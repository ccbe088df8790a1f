"""Long work runs as tasks: off the GUI thread, with progress, and a cancel that really stops (the SQLite
statement is interrupted and the write rolled back)."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from test_maintenance import GOOD, HEAD, write_csv

from desktopapp.catalogue import Catalogue
from desktopapp.write import derive, importer, maintenance

ENDLESS = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n")


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_import_cancelled_while_writing_stops_and_changes_nothing(open_window, qtbot, tmp_path, bundled_db,
                                                                     monkeypatch):
    from desktopapp.gui.maintenance import ImportDialog

    source = tmp_path / "catalogue.db"
    shutil.copyfile(bundled_db, source)
    copy = importer.run(source, write_csv(tmp_path / "a.csv", [HEAD[:1], ["重庆第一家公司"]]), "enterprise").catalogue
    before = sha(copy)
    window = open_window(copy)
    started = []

    def endless(conn, changes=None, progress=None):  # a write that would never end on its own
        started.append(True)
        conn.execute(ENDLESS).fetchone()

    monkeypatch.setattr(derive, "derive", endless)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(write_csv(tmp_path / "b.csv", [HEAD, *GOOD])))
    dialog.show()
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(started), timeout=10000)
    assert dialog.busy() and dialog.cancel_button.isVisible() and dialog.progress.isVisible()
    assert not dialog.check_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=5000)
    assert "已取消" in dialog.summary.text()
    assert dialog.import_button.isEnabled()  # the check still stands: the import may be started again
    assert sha(copy) == before and maintenance.hot_journal(copy) is None
    with Catalogue(copy) as cat:
        assert not cat.find(GOOD[0][0])


def test_export_runs_as_a_task_with_its_own_connection(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktopapp.gui.maintenance import choose_export

    out = tmp_path / "企业.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV"))
    choose_export(window)
    qtbot.waitUntil(lambda: "已导出" in window.statusBar().currentMessage(), timeout=10000)
    assert out.exists()
    assert window.export_task.result == window.current_section().model.rowCount()


def test_a_stopped_integrity_check_reports_nothing(qtbot, tmp_path, bundled_db, monkeypatch):
    from desktopapp.catalogue import connection
    from desktopapp.gui.app import make_application
    from desktopapp.gui.worker import IntegrityCheck

    make_application()

    def slow(conn, path):
        conn.execute(ENDLESS).fetchone()

    monkeypatch.setattr(connection, "integrity_problem", slow)
    check = IntegrityCheck(bundled_db)
    reported = []
    check.finished.connect(reported.append)
    check.start()
    qtbot.wait(100)
    check.stop()
    assert check._task.wait(5)
    qtbot.wait(50)
    assert reported == [] and check._task.work.cancelled


@pytest.mark.parametrize("finish", ["ok", "error"])
def test_a_task_reports_its_result_or_its_message(qtbot, finish):
    from desktopapp.catalogue import CatalogueError
    from desktopapp.gui.app import make_application
    from desktopapp.gui.tasks import Task

    make_application()

    def fn(work):
        work.progress(1, 2, "半")
        if finish == "error":
            raise CatalogueError("不行")
        return 42

    task = Task(fn)
    seen = []
    task.progressed.connect(lambda *a: seen.append(a))
    task.succeeded.connect(lambda r: seen.append(("ok", r)))
    task.failed.connect(lambda m: seen.append(("failed", m)))
    task.start()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    qtbot.wait(20)
    assert seen[0] == (1, 2, "半")
    assert seen[-1] == (("ok", 42) if finish == "ok" else ("failed", "不行"))


def test_undo_and_backup_from_the_file_menu(open_window, qtbot, tmp_path, bundled_db, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    source = tmp_path / "catalogue.db"
    shutil.copyfile(bundled_db, source)
    copy = importer.run(source, write_csv(tmp_path / "b.csv", [HEAD, *GOOD]), "enterprise").catalogue
    window = open_window(copy)
    assert window.catalogue.find(GOOD[0][0])
    saved = tmp_path / "备份.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "已备份" in window.statusBar().currentMessage(), timeout=10000)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.Yes)
    window.undo_import_action.trigger()
    qtbot.waitUntil(lambda: "已撤销" in window.statusBar().currentMessage(), timeout=10000)
    assert not window.catalogue.find(GOOD[0][0])  # the window shows the catalogue as it is now
    with Catalogue(saved) as cat:
        assert cat.find(GOOD[0][0])  # the backup was taken before


# ---------------------------------------------------------------------------------------------- brochure


def _brochure_from_the_menu(window, qtbot, monkeypatch, out, shots=None):
    """Start 导出资料册… from the File menu as a user does: the options dialog is shown and painted, then OK,
    then the file chosen in the save dialog."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from desktopapp.gui import printing

    def shown_then_ok(dialog):
        dialog.show()
        image = dialog.grab()  # painted as the screen shows it
        if shots is not None:
            shots.append(image)
        dialog.hide()
        return QDialog.Accepted

    monkeypatch.setattr(printing.BrochureOptions, "exec", shown_then_ok)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    action = next(a for a in window.file_menu.actions() if a.text() == "导出资料册…")
    action.trigger()
    return window.brochure_task


def _slow_sheets(monkeypatch, seconds=0.05):
    """Each sheet's layout takes a while longer (a large catalogue): the brochure runs for seconds."""
    import time

    from desktopapp.reports import brochure

    layout = brochure.layout_sheet

    def slow(*args, **kwargs):
        time.sleep(seconds)
        return layout(*args, **kwargs)

    monkeypatch.setattr(brochure, "layout_sheet", slow)


def test_a_brochure_runs_as_a_task_the_window_stays_live_and_cancel_leaves_no_file(window, qtbot, tmp_path,
                                                                                   monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    _slow_sheets(monkeypatch)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "资料册.pdf"
    shots = []
    task = _brochure_from_the_menu(window, qtbot, monkeypatch, out, shots)
    assert shots and not shots[0].isNull()
    dialog = task.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=10000)  # its progress shown
    assert dialog.maximum() > dialog.value() > 0 and "资料册" in dialog.labelText()
    dialog.grab()
    window.current_section().grab()  # the window paints while the brochure is being made
    assert task.running and len(ticks) > 3, "the window's event loop runs while the brochure is made"
    timer.stop()
    button = dialog.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.LeftButton)  # 取消
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert task.work.cancelled and "已取消" in window.statusBar().currentMessage()
    assert list(folder.iterdir()) == [], "no brochure and no partial file are left"


def test_a_brochure_made_from_the_window_is_a_readable_pdf_and_a_wrong_folder_says_so(window, qtbot, tmp_path,
                                                                                     monkeypatch):
    from pypdf import PdfReader

    from desktopapp.gui import plaintext

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "资料册.pdf"
    task = _brochure_from_the_menu(window, qtbot, monkeypatch, out)
    qtbot.waitUntil(lambda: not task.running, timeout=60000)
    assert task.error is None, task.error
    reader = PdfReader(out)
    assert len(reader.pages) == task.result.pages > 2
    assert "招商资料册" in reader.pages[0].extract_text()
    assert f"（{task.result.pages} 页）" in window.statusBar().currentMessage()
    assert [p.name for p in folder.iterdir()] == [out.name]

    told = []
    monkeypatch.setattr(plaintext, "message", lambda parent, title, text, kind="warning": told.append(text))
    task = _brochure_from_the_menu(window, qtbot, monkeypatch, tmp_path / "没有" / "册.pdf")
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert not task.work.cancelled and told and "不存在" in told[0]


def test_a_handout_language_set_in_a_task_leaves_the_windows_labels_alone():
    import threading

    from desktopapp.labels import kind_label
    from desktopapp.reports.language import labels_in

    inside, release, seen = threading.Event(), threading.Event(), []

    def task():
        with labels_in("en"):
            seen.append(kind_label("enterprise"))
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=task)
    thread.start()
    assert inside.wait(5)
    try:
        assert kind_label("enterprise") == "企业", "the window's labels stay in the interface's language"
    finally:
        release.set()
        thread.join(5)
    assert seen[0] != "企业" and seen[0].isascii()


def test_sorted_in_pieces_is_sorted_and_stable():
    import random

    from desktopapp.catalogue.work import sorted_in_pieces

    rng = random.Random(5)
    items = [(rng.randrange(50), i) for i in range(5000)]
    key = lambda item: item[0]  # noqa: E731 - ties keep their order (the second value says which)
    assert sorted_in_pieces(items, key, piece=64) == sorted(items, key=key)
    assert sorted_in_pieces(items[:10], key, piece=64) == sorted(items[:10], key=key)


def test_let_go_empties_nested_containers_in_pieces():
    from desktopapp.catalogue.work import let_go

    class Group(dict):  # a dict of its own kind, as reports' neighbour groups are
        label = "生产制造"

    group = Group({f"n{i}": {i} for i in range(1000)})
    members = [{"id": i} for i in range(3000)]
    lookup = {i: [str(i)] * 2 for i in range(2000)}
    cache = {("chain", 1): ("name", [(1, "seg")], members), ("neighbours", 1): (group, lookup)}
    let_go(cache, piece=100)
    assert cache == {} and members == [] and lookup == {} and group == {}
