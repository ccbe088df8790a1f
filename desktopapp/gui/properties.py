"""File → 目录属性…: the catalogue's park name and edition (read only) and the publisher block printed on
every handout (office, address, phone, e-mail, web address, logo), edited here and written through
`catalogue.publisher` into the working copy, as a task (a large catalogue is written in place, a small one
is copied first), then the window reopens the written file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktopapp.catalogue import publisher
from desktopapp.write.publisher import store as store_publisher
from desktopapp.gui.plaintext import plain_label
from desktopapp.i18n import QT_TRANSLATE_NOOP, translate

FIELD_LABELS = {
    "office": QT_TRANSLATE_NOOP("Properties", "发布机构："),
    "address": QT_TRANSLATE_NOOP("Properties", "地址："),
    "phone": QT_TRANSLATE_NOOP("Properties", "电话："),
    "email": QT_TRANSLATE_NOOP("Properties", "邮箱："),
    "web": QT_TRANSLATE_NOOP("Properties", "网址："),
}
LOGO_SIDE = 96  # pixels of the logo preview


class PropertiesDialog(QDialog):
    """The catalogue's properties; 保存 writes the publisher block (only when something changed)."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        cat = window.catalogue
        self.original = publisher.read(cat)
        self.logo_file: Path | None = None
        self.clear_logo = False
        self.task = None
        self.setWindowTitle(translate("Properties", "目录属性"))
        self.setMinimumWidth(520)

        about = QGroupBox(translate("Properties", "目录"))
        info = QFormLayout(about)
        self.park_label = plain_label(cat.meta.get("park") or cat.name)  # catalogue text: plain only
        self.edition_label = plain_label(cat.meta.get("edition") or "—")
        self.file_label = plain_label(str(cat.path))
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        info.addRow(translate("Properties", "园区："), self.park_label)
        info.addRow(translate("Properties", "版本："), self.edition_label)
        info.addRow(translate("Properties", "文件："), self.file_label)

        who = QGroupBox(translate("Properties", "发布信息（印在资料册封面和每页页脚）"))
        form = QFormLayout(who)
        self.edits: dict[str, QLineEdit] = {}
        for name in publisher.TEXT_FIELDS:
            edit = QLineEdit(getattr(self.original, name))
            edit.setMaxLength(publisher.MAX_TEXT)
            edit.setObjectName(f"publisher_{name}")
            self.edits[name] = edit
            form.addRow(translate("Properties", FIELD_LABELS[name]), edit)
        self.edits["office"].setPlaceholderText(translate("Properties", "例如：某某园区招商服务中心"))
        self.edits["web"].setPlaceholderText(translate("Properties", "https://…（资料册上印出二维码）"))
        self.logo_view = QLabel()
        self.logo_view.setFixedSize(LOGO_SIDE * 2, LOGO_SIDE)
        self.logo_view.setAlignment(Qt.AlignCenter)
        self.logo_view.setTextFormat(Qt.PlainText)
        self.logo_view.setObjectName("LogoPreview")
        self.logo_view.setFrameShape(QLabel.StyledPanel)
        self.logo_button = QPushButton(translate("Properties", "选择标志…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(translate("Properties", "移除标志"))
        self.remove_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_view)
        buttons_col = QVBoxLayout()
        buttons_col.addWidget(self.logo_button)
        buttons_col.addWidget(self.remove_button)
        buttons_col.addStretch(1)
        logo_row.addLayout(buttons_col)
        logo_row.addStretch(1)
        form.addRow(translate("Properties", "标志："), logo_row)
        self._show_logo(self.original.logo)

        self.where = plain_label()
        self.where.setWordWrap(True)
        self.where.setObjectName("HintLabel")
        self.where.setText(translate("Properties", "保存时写入工作副本（内置目录不会被修改），可用“撤销上次导入或修改…”撤销。"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(translate("Properties", "保存"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(translate("Properties", "取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(who)
        layout.addWidget(self.where)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ logo
    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_view.setPixmap(pixmap.scaled(self.logo_view.size(), Qt.KeepAspectRatio,
                                                   Qt.SmoothTransformation))
        else:
            self.logo_view.setPixmap(QPixmap())
            self.logo_view.setText(translate("Properties", "（无标志）"))
        self.remove_button.setEnabled(bool(data))

    def choose_logo(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, translate("Properties", "选择标志"), "", translate(
                "Properties", "图片 (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff)"))
        if not path:
            return
        self.logo_file, self.clear_logo = Path(path), False
        try:
            self._show_logo(Path(path).read_bytes())
        except OSError:
            self._show_logo(None)

    def remove_logo(self) -> None:
        self.logo_file, self.clear_logo = None, True
        self._show_logo(None)

    # ------------------------------------------------------------------ saving
    def values(self) -> publisher.Publisher:
        return publisher.with_fields(self.original, **{n: e.text().strip() for n, e in self.edits.items()})

    def changed(self) -> bool:
        new = self.values()
        return (self.logo_file is not None or (self.clear_logo and self.original.logo is not None)
                or any(getattr(new, f) != getattr(self.original, f) for f in publisher.TEXT_FIELDS))

    def save(self) -> None:
        if not self.changed():
            self.accept()
            return
        from desktopapp.gui import tasks
        from desktopapp.gui.maintenance import _pause_watch, _resume_watch

        window = self.window_
        source, who, logo, clear = window.catalogue.path, self.values(), self.logo_file, self.clear_logo
        self.buttons.setEnabled(False)

        def done(target) -> None:
            _resume_watch(window)
            window.open_catalogue(target)
            window.statusBar().showMessage(translate("Properties", "已保存发布信息；已写入工作副本 {path}").format(
                path=target), 8000)
            self.accept()

        def failed(text: str) -> None:
            from desktopapp.gui.plaintext import message

            _resume_watch(window)
            self.buttons.setEnabled(True)
            message(self, translate("Properties", "无法保存发布信息"), text)

        _pause_watch(window)
        self.task = tasks.run(lambda work: store_publisher(source, who, logo_file=logo, clear_logo=clear), self,
                              title=translate("Properties", "正在保存…"), on_success=done, on_failure=failed,
                              name="publisher")


def show_properties(window) -> PropertiesDialog:
    dialog = PropertiesDialog(window)
    window.properties_dialog = dialog
    dialog.open()
    return dialog


def install_properties_action(window) -> None:
    """File → 目录属性… after the maintenance entries (before 退出)."""
    action = QAction(translate("Properties", "目录属性…"), window)
    action.setToolTip(translate("Properties", "查看目录的园区与版本，设置印在资料册上的发布机构、联系方式和标志"))
    action.triggered.connect(lambda: show_properties(window))
    actions = window.file_menu.actions()
    before = actions[-2] if len(actions) >= 2 and actions[-2].isSeparator() else (actions[-1] if actions else None)
    window.file_menu.insertAction(before, action)
    window.properties_action = action
