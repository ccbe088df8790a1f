"""编辑简介…: the officer edits the selected entity's profile (summary, category, status, scope);
`catalogue.edits.update_entity` writes the changed fields with an undo record and a history entry."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from desktopapp.gui.entrydialog import EntryDialog, selected_entity
from desktopapp.i18n import translate
from desktopapp.catalogue.kinds import IMPORT_KINDS



class ProfileDialog(EntryDialog):
    def __init__(self, window, row: dict, details):
        from desktopapp.catalogue import schema

        super().__init__(window, row["id"], row["name"], translate("ProfileDialog", "编辑简介"))
        e = details.entity
        self.original = {"summary": e.get("summary") or "", "category": e.get("category") or "",
                         "scope": e.get("scope") or "", "status": e.get("status") or ""}
        self.summary = QPlainTextEdit(self.original["summary"])
        self.summary.setPlaceholderText(translate("ProfileDialog", "一两句话的概况"))
        self.summary.setMinimumHeight(110)
        self.category = QLineEdit(self.original["category"])
        self.category.setPlaceholderText(translate("ProfileDialog", "如 产业项目、孵化载体；可不填"))
        self.scope = QComboBox()
        self.scope.addItem("—", "")
        for value in schema.SCOPES:
            self.scope.addItem(window.catalogue.scope_label(value) or value, value)
        self.scope.setCurrentIndex(max(0, self.scope.findData(self.original["scope"])))
        self.form.addRow(translate("ProfileDialog", "简介"), self.summary)
        self.form.addRow(translate("ProfileDialog", "类别"), self.category)
        self.form.addRow(translate("ProfileDialog", "范围"), self.scope)
        self.status = None
        if e["kind"] == "facility":
            self.status = QComboBox()
            self.status.addItem("—", "")
            for value in schema.FACILITY_STATUSES:
                self.status.addItem(value, value)
            self.status.setCurrentIndex(max(0, self.status.findData(self.original["status"])))
            self.form.addRow(translate("ProfileDialog", "状态"), self.status)

    def values(self) -> dict:
        now = {"summary": self.summary.toPlainText(), "category": self.category.text(),
               "scope": self.scope.currentData()}
        if self.status is not None:
            now["status"] = self.status.currentData()
        return {k: (v.strip() or None) for k, v in now.items() if v.strip() != self.original[k].strip()}

    def writer(self):
        from desktopapp.write.edits import update_entity

        path, entity_id, values = self.window.catalogue.path, self.entity_id, self.values()
        return lambda: update_entity(path, entity_id, **values)


def edit_current_profile(window) -> ProfileDialog | None:
    row = selected_entity(window, IMPORT_KINDS, translate("ProfileDialog", "编辑简介"))
    if row is None:
        return None
    dialog = ProfileDialog(window, dict(row), window.catalogue.details(row["id"]))
    dialog.open()
    return dialog
