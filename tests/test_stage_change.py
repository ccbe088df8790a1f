"""An officer changes a project's stage in the window (更改阶段…): the dialog is shown and painted, the entry is
written to the working copy, the detail pane shows the new stage cited to the entry ("园区录入 date, user"),
and undo takes it back."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktopapp.write import maintenance
from desktopapp.write.stagechange import user_name
from tests.conftest import assert_derived_as_rebuilt, type_text


def _project_at(window, stage):
    from desktopapp.catalogue import Filters

    return window.catalogue.ids(Filters(kind="project", facets={"stage": [stage]}))[0]


def test_stage_change_in_the_window_and_undo(window, qtbot, monkeypatch):
    import threading

    from desktopapp.gui import stagedialog
    from desktopapp.write import stagechange

    writers = []
    change_stage = stagechange.change_stage
    monkeypatch.setattr(stagechange, "change_stage",
                        lambda *a, **k: (writers.append(threading.current_thread()), change_stage(*a, **k))[1])

    section = window.show_section("project")
    pid = _project_at(window, "在建")
    name = window.catalogue.row(pid)["name"]
    section.select_entity(pid)
    qtbot.waitUntil(lambda: section.current_id() == pid, timeout=5000)
    assert window.stage_action in window.file_menu.actions()
    opened = []
    monkeypatch.setattr(stagedialog.StageDialog, "open", lambda self: (opened.append(self), self.show()))
    window.stage_action.trigger()
    [dialog] = opened
    qtbot.waitExposed(dialog)
    assert dialog.stage.currentData() == "建成"  # the stage after 在建 is offered first
    assert not dialog.grab().isNull()
    dialog.stage.setCurrentIndex(dialog.stage.findData("投产"))
    dialog.date.setText("2026-13-01")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: "日期应写成" in dialog.error.text(), timeout=10000)  # said, nothing written
    assert dialog.isVisible()
    assert not maintenance.is_working_copy(window.catalogue.path)
    dialog.date.setText("2026-11-30")
    type_text(dialog.note, "示例备注：测试录入")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible() or bool(dialog.error.text()), timeout=10000)
    assert not dialog.isVisible(), dialog.error.text()
    copy = window.catalogue.path
    assert maintenance.is_working_copy(copy)
    assert writers and threading.main_thread() not in writers  # the write ran as a task, off the GUI thread
    assert window.catalogue.row(pid)["stage"] == "投产" and window.catalogue.row(pid)["stage_date"] == "2026-11-30"
    section = window.current_section()
    qtbot.waitUntil(lambda: "投产" in section.detail.browser.toPlainText() and name in section.detail.browser.toPlainText(),
                    timeout=5000)
    details = window.catalogue.details(pid)
    entry = [s for s in details.stages if s.stage == "投产" and s.date == "2026-11-30"]
    assert entry and entry[0].note == "示例备注：测试录入"
    title = entry[0].citations[0].source_title
    assert title.startswith("园区录入 ") and title.endswith(", " + user_name())
    shown = section.detail.browser.toPlainText()
    assert f"{title}：{name}：阶段 投产" in shown and "“" + name + "：阶段" not in shown  # an entry, not a quote
    history = shown.split("修改记录")[1]  # the change, logged with time and user: old → new
    assert "阶段：在建" in history and "→ 投产 2026-11-30 示例备注：测试录入" in history and user_name() in history
    assert_derived_as_rebuilt(copy)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.undo_import_action.trigger()
    qtbot.waitUntil(lambda: window.catalogue.row(pid)["stage"] == "在建", timeout=10000)
    assert not [s for s in window.catalogue.details(pid).stages if s.stage == "投产" and s.date == "2026-11-30"]
    assert_derived_as_rebuilt(copy)
    QApplication.processEvents()
