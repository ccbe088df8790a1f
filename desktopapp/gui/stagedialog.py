"""更改阶段…: the officer enters a project's or enterprise's new stage (stage, date, note); the catalogue
layer (`catalogue.stagechange`) writes it to the working copy with an undo record, and the window reopens
the copy with the entity shown again."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktopapp.i18n import translate


class StageDialog(QDialog):
    def __init__(self, window, entity_id: int, name: str, stage: str | None):
        from desktopapp.catalogue import schema
        from desktopapp.write.stagechange import entry_title, user_name

        super().__init__(window)
        self.window, self.entity_id = window, entity_id
        self.task = None
        self.saved_message = self.tr("阶段已更新；可用“撤销上次导入或修改…”撤销。")
        self.setWindowTitle(self.tr("更改阶段"))
        title = QLabel(name)
        title.setTextFormat(Qt.PlainText)
        title.setStyleSheet("font-weight: bold")
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
        form = QFormLayout()
        form.addRow(self.tr("当前阶段"), QLabel(stage or "—"))
        form.addRow(self.tr("新阶段"), self.stage)
        form.addRow(self.tr("日期"), self.date)
        form.addRow(self.tr("备注"), self.note)
        cite = QLabel(self.tr("出处记为：{entry}").format(entry=entry_title(date.today().isoformat(), user_name())))
        cite.setTextFormat(Qt.PlainText)
        self.error = QLabel()
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("保存"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(cite)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        from desktopapp.gui.entrydialog import save_entry
        from desktopapp.write.stagechange import change_stage

        args = (self.window.catalogue.path, self.entity_id, self.stage.currentData(), self.date.text(),
                self.note.text())
        save_entry(self, lambda: change_stage(*args))


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
