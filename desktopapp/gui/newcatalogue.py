"""File → 新建目录…: a small dialog asking the new park's name (and short name) and where to save its
catalogue; the empty catalogue is made by the catalogue layer (`catalogue.newcatalogue`) and opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from desktopapp.i18n import translate


class NewCatalogueDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.created: Path | None = None
        self.setWindowTitle(self.tr("新建目录"))
        self.park = QLineEdit()
        self.park.setPlaceholderText(self.tr("园区全称"))
        self.short = QLineEdit()
        self.short.setPlaceholderText(self.tr("可不填"))
        self.file = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.choose_file)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file, 1)
        line.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("园区名称"), self.park)
        form.addRow(self.tr("简称"), self.short)
        form.addRow(self.tr("保存为"), row)
        hint = QLabel(self.tr("新目录是空的：用“文件 → 导入…”按模板导入企业、项目、设施、机构和数据。"))
        hint.setTextFormat(Qt.PlainText)
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("新建并打开"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def choose_file(self) -> None:
        start = self.file.text() or str(Path.home() / f"{self.park.text().strip() or self.tr('新目录')}.db")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存新目录"), start, self.tr("招商目录 (*.db)"))
        if path:
            self.file.setText(path if path.endswith(".db") else path + ".db")

    def create(self) -> None:
        from desktopapp.catalogue import CatalogueError
        from desktopapp.write.newcatalogue import create

        if not self.file.text().strip():
            self.error.setText(self.tr("请选择保存位置。"))
            return
        try:
            path = create(Path(self.file.text().strip()), self.park.text(), short=self.short.text().strip() or None)
        except (CatalogueError, OSError) as exc:
            self.error.setText(str(exc))
            return
        from desktopapp.logs import log

        log.info("new catalogue: %s", path)
        self.created = path
        self.accept()
        self.window.open_catalogue(path)


def install_new_catalogue_action(window) -> None:
    """Put 新建目录… before 打开目录… in the File menu."""
    menu = window.file_menu
    window.new_catalogue_action = QAction(translate("NewCatalogue", "新建目录…"), window)
    window.new_catalogue_action.setToolTip(translate("NewCatalogue", "为另一个园区新建一个空目录，再导入它的数据"))
    window.new_catalogue_action.triggered.connect(lambda: NewCatalogueDialog(window).exec())
    actions = menu.actions()
    menu.insertAction(actions[0] if actions else None, window.new_catalogue_action)
