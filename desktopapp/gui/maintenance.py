"""Catalogue maintenance in the main window: convert old catalogues, import, export, images.

The dialogs and actions behind the File-menu entries that `maintenancemenu` adds (loaded on first use).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktopapp.catalogue import CatalogueError
from desktopapp.catalogue.errors import OldCatalogueError
from desktopapp.i18n import translate
from desktopapp.gui.plaintext import message as plain_message


# ---------------------------------------------------------------------------------------------- old formats


def offer_conversion(window, exc: OldCatalogueError) -> Path | None:
    """Ask whether to convert an old-format catalogue into a new copy; the copy's path, or None."""
    from desktopapp.write import migrate

    answer = QMessageBox.question(
        window, translate("Maintenance", "旧版目录"),
        str(exc) + "\n\n" + translate("Maintenance", "现在转换一份副本并打开吗？副本保存在：{folder}").format(
            folder=migrate.default_target(Path(exc.path)).parent),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
    if answer != QMessageBox.Yes:
        return None
    try:
        return migrate.migrate_copy(exc.path)
    except (CatalogueError, OSError) as err:
        plain_message(window, translate("Maintenance", "无法转换目录"), str(err))
        return None


# ---------------------------------------------------------------------------------------------- import


def _pause_watch(window) -> None:
    watch = getattr(window, "catalogue_watch", None)
    if watch is not None:
        watch.stop()


def _resume_watch(window) -> None:
    """Watch the open catalogue again from its present state (our own write is not an outside one)."""
    watch = getattr(window, "catalogue_watch", None)
    if watch is not None:
        watch.watch(window.catalogue.path)


def warm_up() -> None:
    """Load the pinyin dictionaries now, while the user picks a file: loading them parses 2 MB of JSON in
    one call that holds the GIL (0.15 s), which would stall the window if the import's thread did it."""
    from desktopapp.index.textkeys import pinyin_keys, sort_key

    pinyin_keys("重庆")
    sort_key("重庆")


class ImportDialog(QDialog):
    """Choose a file and a kind, see the check's report row by row, then import (only when all is valid)."""

    def __init__(self, window):
        super().__init__(window)
        from desktopapp.write.importer import IMPORT_KINDS
        from desktopapp.labels import kind_label

        self.window = window
        self.report = None
        self.setObjectName("ImportDialog")
        self.setWindowTitle(translate("Maintenance", "导入"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(translate("Maintenance", "选择 .xlsx 或 .csv 文件"))
        browse = QPushButton(translate("Maintenance", "选择文件…"))
        browse.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form.addRow(translate("Maintenance", "文件"), row)
        self.kind_box = QComboBox()
        for kind in IMPORT_KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_box)
        template = QPushButton(translate("Maintenance", "下载此类的模板…"))
        template.clicked.connect(self.save_template)
        kind_row.addWidget(template)
        kind_row.addStretch(1)
        form.addRow(translate("Maintenance", "类别"), kind_row)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(translate("Maintenance", "可选，例如“2025年园区招商台账”；默认用文件名"))
        form.addRow(translate("Maintenance", "来源名称"), self.source_edit)
        layout.addLayout(form)
        self.summary = QLabel(translate("Maintenance", "先检查文件：检查不会修改目录。整份文件没有问题时才能导入。"))
        self.summary.setObjectName("ImportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("ImportProblems")
        self.table.setHorizontalHeaderLabels([translate("Maintenance", "行"), translate("Maintenance", "列"), translate("Maintenance", "问题")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.check_button = buttons.addButton(translate("Maintenance", "检查"), QDialogButtonBox.ActionRole)
        self.import_button = buttons.addButton(translate("Maintenance", "导入"), QDialogButtonBox.AcceptRole)
        self.cancel_button = buttons.addButton(translate("Maintenance", "取消"), QDialogButtonBox.ActionRole)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("ImportProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.task = None
        buttons.addButton(QDialogButtonBox.Close).setText(translate("Maintenance", "关闭"))
        self.import_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.do_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.file_edit.textChanged.connect(lambda _t: self.import_button.setEnabled(False))
        QTimer.singleShot(0, warm_up)
        self.kind_box.currentIndexChanged.connect(lambda _i: self.import_button.setEnabled(False))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Maintenance", "选择要导入的文件"), "",
                                              translate("Maintenance", "表格 (*.xlsx *.csv);;所有文件 (*)"))
        if path:
            self.file_edit.setText(path)

    def save_template(self) -> None:
        from desktopapp.write.importer import write_template
        from desktopapp.labels import kind_label

        kind = self.kind_box.currentData()
        path, _ = QFileDialog.getSaveFileName(self, translate("Maintenance", "保存模板"), translate("Maintenance", "{kind}导入模板.xlsx").format(
            kind=kind_label(kind)), translate("Maintenance", "Excel 工作簿 (*.xlsx)"))
        if path:
            write_template(kind, Path(path))

    def _run(self, dry_run: bool) -> None:
        """Check (or import) in a task: the window stays responsive, the progress shows, 取消 stops it."""
        from desktopapp.write import importer
        from desktopapp.gui import tasks

        text = self.file_edit.text().strip()
        if not text:
            self.summary.setText(translate("Maintenance", "请先选择要导入的文件。"))
            return
        path, file, kind = self.window.catalogue.path, Path(text), self.kind_box.currentData()
        source = self.source_edit.text().strip() or None
        self._busy(True)
        if not dry_run:
            _pause_watch(self.window)  # our own write: not one to reload for
        self.task = tasks.run(
            lambda work: importer.run(path, file, kind, dry_run=dry_run, source=source, work=work), self,
            on_success=lambda report: self._done(report, dry_run), on_failure=self._failed, name="import")
        self.task.progressed.connect(self._progress)

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        if self.busy():
            self.summary.setText(translate("Maintenance", "正在取消…"))
            self.task.cancel()

    def _busy(self, busy: bool) -> None:
        for widget in (self.check_button, self.file_edit, self.kind_box, self.source_edit):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
            self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if text:
            self.summary.setText(text)

    def _failed(self, message: str) -> None:
        self._busy(False)
        _resume_watch(self.window)
        self.summary.setText(message)
        if self.task is not None and self.task.work.cancelled and self.report is not None:
            # Cancelled: nothing was written, and the file's check still stands.
            self.import_button.setEnabled(self.report.ok and not self.report.written)
            return
        self.table.setRowCount(0)
        self.import_button.setEnabled(False)

    def _done(self, report, dry_run: bool) -> None:
        self._busy(False)
        _resume_watch(self.window)
        self.show_report(report)
        if report.written:
            from desktopapp.logs import log

            log.info("import: %s (%s, %d rows) into %s, backup %s", report.file, report.kind, report.rows,
                     report.catalogue, report.backup)
            self.window.open_catalogue(report.catalogue)
            self.summary.setText(report.summary() + "\n" + report.where_written())
            self.import_button.setEnabled(False)

    def reject(self) -> None:
        self.cancel()  # closing the dialog stops its work (nothing is written then)
        super().reject()

    def show_report(self, report) -> None:
        self.report = report
        self.summary.setText(report.summary())
        shown = [(str(p.row) if p.row else "", p.column, p.message)
                 for p in list(report.problems) + list(getattr(report, "warnings", []))]  # warnings: e.g. glyphs missing
        if report.ok:  # the rows that update entities, and which columns they change
            shown += [(str(n), name, translate("Maintenance", "更新：") + "、".join(fields))
                      for n, name, fields in getattr(report, "updated", [])]
        self.table.setRowCount(len(shown))
        for i, cells in enumerate(shown):
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if j == 0:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        self.import_button.setEnabled(report.ok and not report.written)

    def check(self) -> None:
        self._run(dry_run=True)

    def do_import(self) -> None:
        self._run(dry_run=False)


# ---------------------------------------------------------------------------------------------- export


def export_current(window, path: str | Path, work=None) -> int:
    """Export the current section's list, with its filters and order, to `path`; return the count. Reads
    through a catalogue connection of its own, so it may run in a task."""
    section = window.current_section()  # the map and board tabs list in relevance (name) order
    filters = section.filters
    sort, descending = getattr(section, "sort_column", "relevance"), getattr(section, "sort_descending", False)
    return _export(window.catalogue.path, filters, Path(path), sort, descending, work)


def _export(catalogue_path, filters, path: Path, sort: str, descending: bool, work=None) -> int:
    from desktopapp.catalogue import Catalogue, exporting
    from desktopapp.catalogue.work import NOTHING

    work = work or NOTHING
    with Catalogue(catalogue_path) as cat, work.connection(cat.conn):
        return exporting.export_list(cat, filters, path, sort, descending, work=work)


def choose_export(window) -> None:
    from desktopapp.gui import tasks
    from desktopapp.labels import kind_label

    section = window.current_section()
    path, chosen = QFileDialog.getSaveFileName(
        window, translate("Maintenance", "导出列表"), translate("Maintenance", "{kind}列表.xlsx").format(kind=kind_label(section.kind)),
        translate("Maintenance", "Excel 工作簿 (*.xlsx);;CSV 文件（UTF-8） (*.csv)"))
    if not path:
        return
    if Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if "csv" in chosen.lower() else ".xlsx"
    catalogue_path, filters = window.catalogue.path, section.filters
    sort, descending = getattr(section, "sort_column", "relevance"), getattr(section, "sort_descending", False)

    def done(n: int) -> None:
        window.statusBar().showMessage(translate("Maintenance", "已导出 {n} 条到 {path}").format(n=n, path=path), 8000)

    def failed(message: str) -> None:
        if window.export_task.work.cancelled:
            window.statusBar().showMessage(translate("Maintenance", "已取消导出。"), 5000)
        else:
            plain_message(window, translate("Maintenance", "无法导出"), message)

    window.export_task = tasks.run(
        lambda work: _export(catalogue_path, filters, Path(path), sort, descending, work), window,
        title=translate("Maintenance", "正在导出 {name}…").format(name=Path(path).name), on_success=done,
        on_failure=failed, name="export")


# ---------------------------------------------------------------------------------------------- undo, backup


def undo_last_change(window) -> None:
    """Take back the newest import or edit recorded in the open catalogue (after asking), as a task."""
    from desktopapp.write import undo
    from desktopapp.gui import tasks

    path = window.catalogue.path
    last = undo.last(path)
    if last is None:
        QMessageBox.information(window, translate("Maintenance", "撤销"), translate("Maintenance", "这个目录没有可以撤销的导入或修改。"))
        return
    box = QMessageBox(QMessageBox.Question, translate("Maintenance", "撤销"), translate(
        "Maintenance", "撤销“{label}”（{time}）？这次写入的条目会被删除，改动会恢复原样。").format(
            label=last["label"], time=last["created"]), QMessageBox.Yes | QMessageBox.No, window)
    box.setTextFormat(Qt.PlainText)
    if box.exec() != QMessageBox.Yes:
        return

    def done(label: str) -> None:
        _resume_watch(window)
        window.open_catalogue(path)
        window.statusBar().showMessage(translate("Maintenance", "已撤销：{label}").format(label=label), 8000)

    def failed(message: str) -> None:
        _resume_watch(window)
        plain_message(window, translate("Maintenance", "无法撤销"), message)

    _pause_watch(window)
    window.undo_task = tasks.run(lambda work: undo.undo_last(path), window, title=translate("Maintenance", "正在撤销…"),
                                 on_success=done, on_failure=failed, name="undo")


def choose_backup(window) -> None:
    """A full copy of the open catalogue where the user says, as a task."""
    from desktopapp.write import maintenance
    from desktopapp.gui import tasks

    source = Path(window.catalogue.path)
    path, _ = QFileDialog.getSaveFileName(window, translate("Maintenance", "备份目录"), f"{source.stem}-备份.db",
                                          translate("Maintenance", "招商目录 (*.db)"))
    if not path:
        return
    if Path(path).resolve() == source.resolve():
        QMessageBox.warning(window, translate("Maintenance", "无法备份"), translate("Maintenance", "备份不能覆盖目录文件本身。"))
        return
    window.backup_task = tasks.run(
        lambda work: maintenance.full_backup(source, path), window, title=translate("Maintenance", "正在备份…"),
        on_success=lambda saved: window.statusBar().showMessage(
            translate("Maintenance", "已备份到 {path}").format(path=saved), 8000),
        on_failure=lambda text: plain_message(window, translate("Maintenance", "无法备份"), text),
        name="backup")


# ---------------------------------------------------------------------------------------------- images

def attach_image(window, entity_id: int, path: str | Path, kind: str = "photo"):
    """Attach an image file to an entity (in the working copy) as a task, then reopen and show the entity
    again; returns the task."""
    from desktopapp.gui import tasks
    from desktopapp.write import images

    source = window.catalogue.path

    def attached(result) -> None:
        if window.open_catalogue(result.catalogue):
            window.navigate_to(entity_id)
        window.statusBar().showMessage(translate("Maintenance", "已为“{name}”添加图片；已写入工作副本 {path}").format(
            name=result.entity_name, path=result.catalogue), 8000)

    window.image_task = tasks.run(
        lambda work: images.attach(source, entity_id, Path(path), kind), window,
        title=translate("Maintenance", "正在添加图片…"), on_success=attached,
        on_failure=lambda text: plain_message(window, translate("Maintenance", "无法添加图片"), text), name="image")
    return window.image_task


def choose_image(window) -> None:
    from desktopapp.catalogue.kinds import PICTURED_KINDS

    section = window.current_section()
    entity_id = section.detail.entity_id()
    if entity_id is None or window.catalogue.kind_of(entity_id) not in PICTURED_KINDS:
        QMessageBox.information(window, translate("Maintenance", "添加图片"), translate("Maintenance", "请先在企业、项目或配套设施中选择一个条目。"))
        return
    path, _ = QFileDialog.getOpenFileName(window, translate("Maintenance", "选择图片"), "",
                                          translate("Maintenance", "图片 (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)"))
    if path:
        attach_image(window, entity_id, path)
