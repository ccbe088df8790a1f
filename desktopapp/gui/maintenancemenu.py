"""The File-menu entries for catalogue maintenance (import, export, images) and image drops on the detail
panes. The dialogs behind them (`maintenance`) load when first used, not at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from desktopapp.i18n import translate

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff")


def _maintenance():
    from desktopapp.gui import maintenance

    return maintenance


def install_maintenance_actions(window) -> None:
    """Add 导入…, 导出列表…, 添加图片… and image drops on the detail panes to `window` (a MainWindow)."""
    menu = window.file_menu
    first = menu.actions()[1] if len(menu.actions()) > 1 else None  # after 打开目录…
    window.import_action = QAction(translate("Maintenance", "导入…"), window)
    window.import_action.setToolTip(translate("Maintenance", "从 Excel 或 CSV 文件导入企业、项目、设施、机构或数据"))
    window.import_action.triggered.connect(lambda: _maintenance().ImportDialog(window).exec())
    window.export_action = QAction(translate("Maintenance", "导出列表…"), window)
    window.export_action.setToolTip(translate("Maintenance", "把当前列表（按当前筛选条件）导出为 Excel 或 CSV"))
    window.export_action.triggered.connect(lambda: _maintenance().choose_export(window))
    window.image_action = QAction(translate("Maintenance", "添加图片…"), window)
    window.image_action.setToolTip(translate("Maintenance", "为选中的企业、项目或配套设施添加照片或标志（也可把图片拖到详情上）"))
    window.image_action.triggered.connect(lambda: _maintenance().choose_image(window))
    window.undo_import_action = QAction(translate("Maintenance", "撤销上次导入或修改…"), window)
    window.undo_import_action.setToolTip(translate("Maintenance", "按目录文件里保存的记录，撤销最近一次导入或修改"))
    window.undo_import_action.triggered.connect(lambda: _maintenance().undo_last_change(window))
    window.backup_action = QAction(translate("Maintenance", "备份目录…"), window)
    window.backup_action.setToolTip(translate("Maintenance", "把当前目录完整复制一份，保存到选定的位置"))
    window.backup_action.triggered.connect(lambda: _maintenance().choose_backup(window))
    for action in (window.import_action, window.export_action, window.image_action, window.undo_import_action,
                   window.backup_action):
        menu.insertAction(first, action)
    menu.insertSeparator(first)
    from desktopapp.gui.newcatalogue import install_new_catalogue_action

    install_new_catalogue_action(window)
    from desktopapp.gui.stagedialog import install_stage_action

    install_stage_action(window)
    from desktopapp.gui.entrydialog import install_entry_actions

    install_entry_actions(window)
    window._image_drop = ImageDrop(window)
    _follow_outside_writes(window)
    # Sections are built on first use (after this): watch each one as it is built.
    window.section_built.connect(
        lambda section: window.after_first_paint(lambda: window._image_drop.watch(section.detail)))


def _follow_outside_writes(window) -> None:
    """Reopen the catalogue when another program (the command line's import) has written to it: its new rows
    appear, and nothing is read from the arrays its write made stale."""
    from desktopapp.gui.filewatch import CatalogueWatch

    watch = window.catalogue_watch = CatalogueWatch(window)

    def reopen(path) -> None:
        if Path(path) == Path(window.catalogue.path) and window.open_catalogue(path):
            window.statusBar().showMessage(translate("Maintenance", "目录文件已被其他程序修改，已重新载入。"), 8000)

    watch.changed.connect(reopen)
    window.catalogue_changed.connect(lambda: watch.watch(window.catalogue.path))
    watch.watch(window.catalogue.path)


class ImageDrop(QObject):
    """Image files dropped on a detail pane are attached to the entity it shows."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panes: dict[QObject, object] = {}

    def watch(self, pane) -> None:
        """Take drops on the pane and on its browser (whose own drop handling would ignore files)."""
        for widget in (pane, pane.browser.viewport()):
            if widget in self.panes:
                continue
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)
            self.panes[widget] = pane

    @staticmethod
    def _files(event) -> list[Path]:
        mime = event.mimeData()
        if not mime or not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls()
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES]

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        pane = self.panes.get(watched)
        if pane is None:
            return False
        if kind in (QEvent.DragEnter, QEvent.DragMove):
            from desktopapp.catalogue.kinds import PICTURED_KINDS

            entity_id = pane.entity_id()
            if self._files(event) and entity_id is not None and \
                    self.window.catalogue.kind_of(entity_id) in PICTURED_KINDS:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Drop:
            files = self._files(event)
            entity_id = pane.entity_id()
            if files and entity_id is not None:
                event.acceptProposedAction()
                _maintenance().attach_image(self.window, entity_id, files[0])
            return True
        return False
