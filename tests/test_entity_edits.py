"""An officer adds or corrects a figure (添加或更正数据…) and edits a profile (编辑简介…) in the window: the dialog
is shown and painted, typed into (Chinese as an input method sends it), saved to the working copy; the detail
pane shows the new value as current and the earlier one as history, both cited (the new one to the park
entry, never as a quote), and the 修改记录 section lists the change (time, user, old → new); undo takes it back."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktopapp.write import maintenance
from desktopapp.write.stagechange import user_name
from tests.conftest import assert_derived_as_rebuilt, type_text

SHOTS = os.environ.get("DESKTOPAPP_SHOTS")  # a folder: save screenshots of the dialogs and the history there


def _shot(widget, name):
    if SHOTS:
        bar = getattr(getattr(widget, "browser", None), "verticalScrollBar", None)
        if bar:  # the detail pane scrolled to its end, where the history is
            bar().setValue(bar().maximum())
        widget.grab().save(os.path.join(SHOTS, name))


def _open(window, qtbot, monkeypatch, module, cls, action):
    opened = []
    monkeypatch.setattr(cls, "open", lambda self: (opened.append(self), self.show()))
    action.trigger()
    [dialog] = opened
    qtbot.waitExposed(dialog)
    assert not dialog.grab().isNull()
    return dialog


def _text(section):
    return section.detail.browser.toPlainText()


def test_figure_entry_keeps_history_and_undo(window, qtbot, monkeypatch):
    from desktopapp.gui import figuredialog

    section = window.show_section("enterprise")
    eid = 56  # 重庆华虹仪表有限公司: 年销售规模 超5亿元 (from an article)
    name = window.catalogue.row(eid)["name"]
    section.select_entity(eid)
    qtbot.waitUntil(lambda: section.current_id() == eid, timeout=5000)
    assert "修改记录" not in _text(section)  # no section until something is edited
    assert window.figure_action in window.file_menu.actions()
    dialog = _open(window, qtbot, monkeypatch, figuredialog, figuredialog.FigureDialog, window.figure_action)
    dialog.field.setCurrentIndex(dialog.field.findText("年销售规模"))
    dialog.value.setText("6.5")
    dialog.unit.setText("")
    type_text(dialog.unit, "亿元")
    dialog.period.setText("2026")
    dialog.as_of.setText("2026-13")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: "截至日期应写成" in dialog.error.text(), timeout=10000)
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert not maintenance.is_working_copy(window.catalogue.path)  # refused: nothing written
    dialog.as_of.setText("2026-11-30")
    type_text(dialog.source, "园区统计月报")
    _shot(dialog, "figure-dialog.png")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or bool(dialog.error.text()), timeout=10000)
    assert not dialog.isVisible(), dialog.error.text()
    copy = window.catalogue.path
    assert maintenance.is_working_copy(copy)
    facts = [f for f in window.catalogue.details(eid).facts if f.field == "年销售规模"]
    assert [(f.value, f.current) for f in facts] == [("超5亿元", False), ("6.5亿元", True)]
    new = facts[1]
    assert new.as_of == "2026-11-30" and new.period == "2026" and new.note == "来源：园区统计月报"
    assert new.citation.source_title.endswith(", " + user_name()) and new.citation.source_title.startswith("园区录入 ")
    section = window.current_section()
    qtbot.waitUntil(lambda: "6.5亿元" in _text(section), timeout=5000)
    shown = _text(section)
    assert "超5亿元" in shown and "较早的值，已有更新值" in shown  # the earlier value, as history
    assert "修改记录" in shown and "年销售规模：超5亿元（截至 " in shown and "→ 6.5亿元（截至 2026-11-30）" in shown
    assert user_name() in shown.split("修改记录")[1]
    assert "“" + name + "：年销售规模" not in shown  # an entry, never a quote
    _shot(section.detail, "figure-history.png")
    assert_derived_as_rebuilt(copy)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.undo_import_action.trigger()
    qtbot.waitUntil(lambda: all(f.current for f in window.catalogue.details(eid).facts if f.field == "年销售规模"),
                    timeout=10000)
    details = window.catalogue.details(eid)
    assert [f.value for f in details.facts if f.field == "年销售规模"] == ["超5亿元"] and not details.history
    assert_derived_as_rebuilt(copy)
    QApplication.processEvents()


def test_profile_edit_is_logged_and_undone(window, qtbot, monkeypatch):
    from desktopapp.gui import profiledialog

    section = window.show_section("project")
    pid = window.catalogue.ids(__import__("desktopapp.catalogue", fromlist=["Filters"]).Filters(kind="project"))[0]
    before = window.catalogue.details(pid).entity
    section.select_entity(pid)
    qtbot.waitUntil(lambda: section.current_id() == pid, timeout=5000)
    dialog = _open(window, qtbot, monkeypatch, profiledialog, profiledialog.ProfileDialog, window.profile_action)
    assert dialog.summary.toPlainText() == (before["summary"] or "")
    dialog.summary.clear()
    type_text(dialog.summary, "示例简介：测试录入的新概况")
    dialog.category.clear()
    type_text(dialog.category, "平台项目")
    _shot(dialog, "profile-dialog.png")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or bool(dialog.error.text()), timeout=10000)
    assert not dialog.isVisible(), dialog.error.text()
    copy = window.catalogue.path
    details = window.catalogue.details(pid)
    assert details.entity["summary"] == "示例简介：测试录入的新概况" and details.entity["category"] == "平台项目"
    assert {(c.what, c.old, c.new) for c in details.history} == {
        ("简介", before["summary"] or "", "示例简介：测试录入的新概况"), ("类别", before["category"] or "", "平台项目")}
    section = window.current_section()
    qtbot.waitUntil(lambda: "修改记录" in _text(section), timeout=5000)
    assert "→ 平台项目" in _text(section) and "示例简介：测试录入的新概况" in _text(section)
    _shot(section.detail, "profile-history.png")
    assert_derived_as_rebuilt(copy)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.undo_import_action.trigger()
    qtbot.waitUntil(lambda: window.catalogue.details(pid).entity["summary"] == before["summary"], timeout=10000)
    assert window.catalogue.details(pid).entity["category"] == before["category"]
    assert not window.catalogue.details(pid).history
    QApplication.processEvents()


def test_history_of_a_hostile_file_is_not_read_from_a_view(tmp_path):
    """A catalogue whose change_log is a recursive view (reading it never ends) shows no history."""
    import shutil
    import sqlite3

    from desktopapp.catalogue import Catalogue
    from tests.conftest import ROOT

    path = tmp_path / "hostile.db"
    shutil.copy(ROOT / "catalogue.db", path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIEW change_log AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                 "SELECT i AS id, 56 AS entity_id, '' AS created, '' AS user, '' AS action, '' AS what, "
                 "'' AS old, '' AS new FROM n")
    conn.commit()
    conn.close()
    cat = Catalogue(path)
    try:
        assert cat.details(56).history == []
    finally:
        cat.close()
