"""What the officer's entry dialogs share (添加或更正数据…, 编辑简介…): the entity's name, a form, the
citation the entry will carry ("园区录入 date, user"), an error line, 保存/取消. On save the write side writes
to the working copy as a task (gui/tasks.py: a write ends in `derive`, which can take seconds on a large
catalogue), and the window reopens the copy with the entity shown again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from desktopapp.i18n import translate


class EntryDialog(QDialog):
    def __init__(self, window, entity_id: int, name: str, title: str):
        from desktopapp.write.stagechange import entry_title, user_name

        super().__init__(window)
        self.window, self.entity_id = window, entity_id
        self.setWindowTitle(title)
        heading = QLabel(name)
        heading.setTextFormat(Qt.PlainText)
        heading.setStyleSheet("font-weight: bold")
        self.form = QFormLayout()
        cite = QLabel(translate("EntryDialog", "出处记为：{entry}").format(
            entry=entry_title(date.today().isoformat(), user_name())))
        cite.setTextFormat(Qt.PlainText)
        self.error = QLabel()
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("EntryDialog", "保存"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(cite)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.task = None
        self.saved_message = translate("EntryDialog", "已保存；可用“撤销上次导入或修改…”撤销。")

    def writer(self):
        """The write of this entry as a function of no arguments (the form's values taken now, in the GUI
        thread), returning the working copy's path."""
        raise NotImplementedError

    def save(self) -> None:
        save_entry(self, self.writer())


def save_entry(dialog, write) -> None:
    """Run `write()` as a task while `dialog` waits (its buttons off); a refusal is shown in its error line
    and nothing is written; on success the dialog closes and the window reopens the working copy."""
    from desktopapp.gui import tasks

    if dialog.task is not None and dialog.task.running:
        return
    dialog.buttons.setEnabled(False)
    dialog.error.setText("")

    def failed(text: str) -> None:
        dialog.buttons.setEnabled(True)
        dialog.error.setText(text)
        dialog.adjustSize()  # the wrapped message shown whole

    def saved(target) -> None:
        dialog.buttons.setEnabled(True)
        dialog.accept()
        window = dialog.window
        kind = window.current_section().kind
        if window.open_catalogue(target):
            window.show_section(kind).select_entity(dialog.entity_id)
            window.statusBar().showMessage(dialog.saved_message, 8000)

    dialog.task = tasks.run(lambda work: write(), dialog, title=translate("EntryDialog", "正在保存…"),
                            on_success=saved, on_failure=failed, name="entry")


def selected_entity(window, kinds: tuple[str, ...], title: str) -> dict | None:
    """The entity shown in the current section if its kind is one of `kinds`; else says so and returns None."""
    from desktopapp.gui.plaintext import message

    section = window.current_section()
    entity_id = section.current_id() if hasattr(section, "current_id") else None
    row = window.catalogue.row(entity_id) if entity_id is not None else None
    if row is None or row["kind"] not in kinds:
        message(window, title, translate("EntryDialog", "请先在列表中选中一个条目。"))
        return None
    return row


def install_entry_actions(window) -> None:
    """添加或更正数据… and 编辑简介… in the File menu, after 更改阶段…."""
    from PySide6.QtGui import QAction

    from desktopapp.gui.figuredialog import edit_current_figure
    from desktopapp.gui.profiledialog import edit_current_profile

    window.figure_action = QAction(translate("EntryDialog", "添加或更正数据…"), window)
    window.figure_action.setToolTip(translate("EntryDialog", "为选中的条目录入新的数值（单位、时期、截至日期、来源）；原值保留为历史，可撤销"))
    window.figure_action.triggered.connect(lambda: edit_current_figure(window))
    window.profile_action = QAction(translate("EntryDialog", "编辑简介…"), window)
    window.profile_action.setToolTip(translate("EntryDialog", "修改选中条目的简介、类别、范围；记入修改记录，可撤销"))
    window.profile_action.triggered.connect(lambda: edit_current_profile(window))
    actions = window.file_menu.actions()
    anchor = getattr(window, "stage_action", None)
    after = actions.index(anchor) + 1 if anchor in actions else len(actions)
    before = actions[after] if after < len(actions) else None
    window.file_menu.insertAction(before, window.figure_action)
    window.file_menu.insertAction(before, window.profile_action)
