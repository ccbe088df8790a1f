"""添加或更正数据…: the officer enters a figure of the selected entity (item, value, unit, period, as-of date,
source); `catalogue.figureedit` makes it current and keeps the earlier value as history."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from desktopapp.gui.entrydialog import EntryDialog, selected_entity
from desktopapp.i18n import QT_TRANSLATE_NOOP, translate

BASES = (("actual", QT_TRANSLATE_NOOP("FigureDialog", "实际")), ("target", QT_TRANSLATE_NOOP("FigureDialog", "目标")),
         ("expected", QT_TRANSLATE_NOOP("FigureDialog", "预计")), ("plan", QT_TRANSLATE_NOOP("FigureDialog", "计划")))


class FigureDialog(EntryDialog):
    def __init__(self, window, row: dict):
        from desktopapp.write.figureedit import figure_fields
        from desktopapp.write.stagechange import user_name

        super().__init__(window, row["id"], row["name"], translate("FigureDialog", "添加或更正数据"))
        self.field = QComboBox()
        self.field.setEditable(True)
        for name in figure_fields(window.catalogue, row["id"]):
            self.field.addItem(translate("FigureDialog", "数值") if name == "value" else name, name)
        self.field.setCurrentIndex(-1 if row["kind"] != "figure" else 0)
        self.field.lineEdit().setPlaceholderText(translate("FigureDialog", "选择已有的数据项，或输入新的，如 年产值"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(translate("FigureDialog", "如 6.5，或 超5亿元"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(translate("FigureDialog", "如 亿元（数值为数字时）"))
        self.period = QLineEdit()
        self.period.setPlaceholderText(translate("FigureDialog", "如 2026 或 2026年1—10月；可不填"))
        self.as_of = QLineEdit()
        self.as_of.setPlaceholderText(translate("FigureDialog", "YYYY-MM-DD；不填为今天"))
        self.basis = QComboBox()
        for value, label in BASES:
            self.basis.addItem(translate("FigureDialog", label), value)
        self.source = QLineEdit()
        self.source.setPlaceholderText(translate("FigureDialog", "如 园区统计月报；不填则记为 录入：{user}").format(user=user_name()))
        for label, widget in ((translate("FigureDialog", "数据项"), self.field), (translate("FigureDialog", "数值"), self.value),
                              (translate("FigureDialog", "单位"), self.unit), (translate("FigureDialog", "时期"), self.period),
                              (translate("FigureDialog", "截至"), self.as_of), (translate("FigureDialog", "口径"), self.basis),
                              (translate("FigureDialog", "来源"), self.source)):
            self.form.addRow(label, widget)

    def chosen_field(self) -> str:
        text = self.field.currentText().strip()
        index = self.field.findText(text)
        return self.field.itemData(index) if index >= 0 else text

    def writer(self):
        from desktopapp.write.figureedit import set_figure

        args = (self.window.catalogue.path, self.entity_id, self.chosen_field(), self.value.text(),
                self.unit.text(), self.period.text(), self.as_of.text(), self.source.text(), self.basis.currentData())
        return lambda: set_figure(*args)


def edit_current_figure(window) -> FigureDialog | None:
    from desktopapp.catalogue.kinds import STATED_KINDS

    row = selected_entity(window, STATED_KINDS, translate("FigureDialog", "添加或更正数据"))
    if row is None:
        return None
    dialog = FigureDialog(window, dict(row))
    dialog.open()
    return dialog
