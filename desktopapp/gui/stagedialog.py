"""更改阶段…: the officer enters a project's or enterprise's new stage (stage, date, note); the catalogue
side (`write/stagechange.py`) writes it to the working copy with an undo record, and the window reopens
the copy with the entity shown again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desktopapp.gui.entrydialog import EntryDialog

from desktopapp.i18n import translate


class StageDialog(EntryDialog):
    def __init__(self, window, entity_id: int, name: str, stage: str | None):
        from desktopapp.catalogue import schema

        super().__init__(window, entity_id, name, translate("StageDialog", "更改阶段"))
        self.saved_message = self.tr("阶段已更新；可用“撤销上次导入或修改…”撤销。")
        self.stage = QComboBox()
        for value in schema.STAGES + schema.SIDE_STAGES:
            self.stage.addItem(value, value)
        if stage in schema.STAGES:  # the next stage of the pipeline is the likely entry
            following = schema.STAGES[min(schema.STAGES.index(stage) + 1, len(schema.STAGES) - 1)]
            self.stage.setCurrentIndex(self.stage.findData(following))
        self.date = QLineEdit(date.today().isoformat())
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("可不填"))
        current = QLabel(stage or "—")
        current.setTextFormat(Qt.PlainText)
        self.form.addRow(self.tr("当前阶段"), current)
        self.form.addRow(self.tr("新阶段"), self.stage)
        self.form.addRow(self.tr("日期"), self.date)
        self.form.addRow(self.tr("备注"), self.note)

    def writer(self):
        from desktopapp.write.stagechange import change_stage

        args = (self.window.catalogue.path, self.entity_id, self.stage.currentData(), self.date.text(),
                self.note.text())
        return lambda: change_stage(*args)


def change_current_stage(window) -> StageDialog | None:
    """Open the dialog for the entity shown in the current section (a project or enterprise)."""
    from desktopapp.gui.plaintext import message

    section = window.current_section()
    entity_id = section.current_id() if hasattr(section, "current_id") else None
    row = window.catalogue.row(entity_id) if entity_id is not None else None
    if row is None or row["kind"] not in ("project", "enterprise"):
        message(window, translate("StageDialog", "更改阶段"), translate("StageDialog", "请先在企业或项目列表中选中一个条目。"))
        return None
    dialog = StageDialog(window, entity_id, row["name"], row["stage"])
    dialog.open()
    return dialog


def install_stage_action(window) -> None:
    """更改阶段… in the File menu, after 导入…."""
    window.stage_action = QAction(translate("StageDialog", "更改阶段…"), window)
    window.stage_action.setToolTip(translate("StageDialog", "为选中的企业或项目记录新的阶段（日期、备注），可撤销"))
    window.stage_action.triggered.connect(lambda: change_current_stage(window))
    actions = window.file_menu.actions()
    after = actions.index(window.import_action) + 1 if window.import_action in actions else len(actions)
    window.file_menu.insertAction(actions[after] if after < len(actions) else None, window.stage_action)
