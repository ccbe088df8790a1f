"""What the officer's entry dialogs share (添加或更正数据…, 编辑简介…): the entity's name, a form, the
citation the entry will carry ("园区录入 date, user"), an error line, 保存/取消; on save the catalogue layer
writes to the working copy and the window reopens it with the entity shown again."""

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

    def write(self):
        """Write the entry through the catalogue layer; returns the working copy's path."""
        raise NotImplementedError

    def save(self) -> None:
        from desktopapp.catalogue import CatalogueError

        try:
            target = self.write()
        except (CatalogueError, OSError) as exc:
            self.error.setText(str(exc))
            self.adjustSize()  # the wrapped message shown whole
            return
        self.accept()
        kind = self.window.current_section().kind
        if self.window.open_catalogue(target):
            self.window.show_section(kind).select_entity(self.entity_id)
            self.window.statusBar().showMessage(translate("EntryDialog", "已保存；可用“撤销上次导入或修改…”撤销。"), 8000)


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
