"""Fact sheets and brochures from the GUI: export to PDF, print with a preview, progress that can be cancelled."""

from __future__ import annotations

from PySide6 import QtWidgets  # dialogs' classes are built on first use, not at start-up
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from desktopapp.gui.exportfile import ask_path, cannot_write, safe_name
from desktopapp.i18n import translate

# The report modules (and Qt's print support) load when first used, not at start-up.


def handout_language(window) -> str | None:
    """The language of the handouts made from the window: `window.handout_language` (zh, en or both) when a
    dialog has set it, else None (the interface's language)."""
    return getattr(window, "handout_language", None)


def export_entity_pdf(window, path: str | None = None) -> str | None:
    """The selected entity's fact sheet as a PDF."""
    section = window.current_section()
    entity_id = section.current_id()
    if entity_id is None:
        QtWidgets.QMessageBox.information(window, translate("Printing", "导出 PDF"), translate("Printing", "请先在列表中选择一个条目。"))
        return None
    name = window.catalogue.row(entity_id)["name"]
    path = path or ask_path(window, safe_name(name, "sheet"), ".pdf")
    if not path:
        return None
    from desktopapp.reports.sheets import render_sheet

    try:
        render_sheet(window.catalogue, path, entity_id, lang=handout_language(window))
    except OSError as exc:
        cannot_write(window, exc)
        return None
    window.statusBar().showMessage(translate("Printing", "已导出：%1").replace("%1", path), 5000)
    return path


class BrochureOptions(QtWidgets.QDialog):
    """What goes into a brochure beyond the default: a sheet for every entity (instead of list pages for those
    without figures) and the park's internal working figures. Both off by default."""

    def __init__(self, parent, all_figures: bool = False):
        super().__init__(parent)
        self.setWindowTitle(translate("Printing", "导出资料册"))
        self.every_sheet = QtWidgets.QCheckBox(translate("Printing", "打印全部单页"))
        self.every_sheet.setToolTip(translate("Printing", "每个条目各占一页；不勾选时，没有数据的条目合并列在名录页上"))
        self.all_figures = QtWidgets.QCheckBox(translate("Printing", "包括内部工作数据"))
        self.all_figures.setToolTip(translate("Printing", "也印出廉政、党建、督办等内部工作数据；资料册是给投资者的，一般不勾选"))
        self.all_figures.setChecked(all_figures)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.Ok | QtWidgets.QDialogButtonBox.Cancel)
        buttons.button(QtWidgets.QDialogButtonBox.Ok).setText(translate("Printing", "导出…"))
        buttons.button(QtWidgets.QDialogButtonBox.Cancel).setText(translate("Printing", "取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(translate("Printing", "将当前列表（按当前筛选）导出为招商资料册。")))
        layout.addWidget(self.every_sheet)
        layout.addWidget(self.all_figures)
        layout.addWidget(buttons)


def internal_figures_shown(window) -> bool:
    """The window's one "all figures" choice: the dashboard's, if it was built."""
    dashboard = getattr(window, "dashboard", None)
    inner = getattr(dashboard, "_inner", None)
    return bool(getattr(inner, "include_internal", False))


def show_internal_figures(window, on: bool) -> None:
    dashboard = getattr(window, "dashboard", None)
    inner = getattr(dashboard, "_inner", None)
    if hasattr(inner, "set_include_internal"):
        inner.set_include_internal(on)


def export_brochure(window, path: str | None = None, every_sheet: bool | None = None,
                    all_figures: bool | None = None, options_factory=None):
    """A brochure of the current list (the section's filters), made as a task (gui/tasks.py): off the GUI
    thread, with a progress dialog whose cancel stops it (no file is left then). Without a path, the
    options (every sheet, internal figures) are asked first, then the file. Returns the task (its result:
    reports.brochure.BrochureResult), or None when the user gave up before it started."""
    from desktopapp.gui import tasks
    from desktopapp.fonts.loading import load_bundled_fonts
    from desktopapp.gui.plaintext import message

    section = window.current_section()
    if path is None and (every_sheet is None or all_figures is None):
        options = (options_factory or BrochureOptions)(window, internal_figures_shown(window))
        if options.exec() != QtWidgets.QDialog.Accepted:
            return None
        every_sheet, all_figures = options.every_sheet.isChecked(), options.all_figures.isChecked()
        show_internal_figures(window, all_figures)
    every_sheet = bool(every_sheet)
    all_figures = internal_figures_shown(window) if all_figures is None else all_figures
    path = path or ask_path(window, safe_name(window.catalogue.name) + "-" + translate("Printing", "招商资料册"), ".pdf")
    if not path:
        return None
    load_bundled_fonts()  # registered here, on the GUI thread; the task only uses them
    catalogue_path, filters, lang = window.catalogue.path, section.filters, handout_language(window)

    def done(result) -> None:
        window.statusBar().showMessage(translate("Printing", "已导出资料册：%1（%2 页）").replace("%1", path).replace(
            "%2", str(result.pages)), 8000)

    def failed(text: str) -> None:
        if task.work.cancelled:
            window.statusBar().showMessage(translate("Printing", "已取消导出。"), 5000)
        else:
            message(window, translate("Printing", "导出资料册"), translate("Printing", "无法导出资料册：%1").replace("%1", text))

    task = tasks.run(lambda work: make_brochure(catalogue_path, path, filters, every_sheet, all_figures, lang, work),
                     window, title=translate("Printing", "正在生成招商资料册…"), on_success=done, on_failure=failed,
                     name="brochure")
    window.brochure_task = task
    return task


def make_brochure(catalogue_path, path: str, filters, every_sheet: bool, all_figures: bool, lang: str | None,
                  work):
    """The brochure as a task makes it: through a catalogue connection of its own (a cancel interrupts
    it), its progress and cancel through `work` (catalogue/work.py). Only QPdfWriter, QPainter and QImage
    are used off the GUI thread, as reports/ does; the PDF is written beside `path` and moved into place
    only when complete."""
    from desktopapp.catalogue import Catalogue
    from desktopapp.catalogue.work import Cancelled
    from desktopapp.reports import document
    from desktopapp.reports.brochure import build_brochure

    def progress(done: int, total: int) -> bool:
        work.progress(done, total, translate("Printing", "正在生成招商资料册…（{done} / {total}）").format(
            done=done, total=total))  # raises Cancelled once the user has cancelled
        return True

    with Catalogue(catalogue_path) as cat, work.connection(cat.conn):
        try:
            return build_brochure(cat, path, filters=[filters], progress=progress, every_sheet=every_sheet,
                                  all_figures=all_figures, lang=lang)
        except document.Cancelled as exc:
            raise Cancelled() from exc


def current_sheet(window):
    """The laid-out sheet of the selected entity (the same pages as its PDF)."""
    from desktopapp.reports.document import geometry
    from desktopapp.reports.sheets import layout_sheet
    from desktopapp.reports.sheets.common import Context, doc_info

    entity_id = window.current_section().current_id()
    if entity_id is None:
        return None, None
    from desktopapp.reports.language import Language, labels_in

    language = Language(window.catalogue, handout_language(window))
    with labels_in(language.lang):
        ctx = Context(window.catalogue, geometry("a4"), doc_info(window.catalogue), language=language)
        return layout_sheet(ctx, entity_id), ctx.geo


def print_current(window, dialog_factory=None) -> bool:
    """Print the selected entity's sheet, through a preview that shows exactly the PDF's pages."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter

    from desktopapp.reports.document import print_pages

    dialog_factory = dialog_factory or QPrintPreviewDialog
    sheet, geo = current_sheet(window)
    if sheet is None:
        QtWidgets.QMessageBox.information(window, translate("Printing", "打印"), translate("Printing", "请先在列表中选择一个条目。"))
        return False
    # The preview paints pages recorded from this printer whenever it repaints: the printer (a Python
    # object PySide would otherwise free when this function returns) lives as long as the preview.
    printer = QPrinter(QPrinter.HighResolution)
    printer.setDocName(sheet.title)
    previous = getattr(window, "_print_preview", None)
    if previous is not None:
        previous.close()
    preview = dialog_factory(printer, window)
    preview.setAttribute(Qt.WA_DeleteOnClose, False)  # released below, once closed, with its printer
    preview.setWindowTitle(translate("Printing", "打印预览：%1").replace("%1", sheet.title))
    preview.paintRequested.connect(lambda p: print_pages(p, sheet.pages, geo))
    window._print_preview = preview
    kept = getattr(window, "_print_printers", None)
    if kept is None:
        kept = window._print_printers = {}
    key = id(preview)
    kept[key] = printer  # dropped only once the dialog itself is destroyed
    preview.destroyed.connect(lambda *_: kept.pop(key, None))

    def release(_result=0) -> None:
        if getattr(window, "_print_preview", None) is preview:
            window._print_preview = None
        preview.deleteLater()
        window.activateWindow()  # the keyboard goes back to the window (not every desktop does it)

    preview.finished.connect(release)
    preview.resize(*_preview_size(window))
    preview.open()
    return True


def _preview_size(window) -> tuple[int, int]:
    """900×1000, or less on a small screen (the preview's buttons stay on screen)."""
    screen = window.screen() or QtWidgets.QApplication.primaryScreen()
    if screen is None:
        return 900, 1000
    free = screen.availableGeometry()
    return min(900, free.width() - 40), min(1000, free.height() - 60)


def install_report_actions(window) -> None:
    """File menu entries: 导出 PDF…, 导出资料册…, 打印…"""
    pdf = QAction(translate("Printing", "导出 PDF…"), window)
    pdf.setShortcut(QKeySequence(Qt.CTRL | Qt.Key_E))
    pdf.setToolTip(translate("Printing", "将选中条目导出为一页 PDF 资料"))
    pdf.triggered.connect(lambda: export_entity_pdf(window))
    brochure = QAction(translate("Printing", "导出资料册…"), window)
    brochure.setToolTip(translate("Printing", "将当前列表（按当前筛选）导出为招商资料册 PDF"))
    brochure.triggered.connect(lambda: export_brochure(window))
    print_action = QAction(translate("Printing", "打印…"), window)
    print_action.setShortcut(QKeySequence.Print)
    print_action.triggered.connect(lambda: print_current(window))
    first = window.file_menu.actions()[1] if len(window.file_menu.actions()) > 1 else None
    for action in (pdf, brochure, print_action):
        window.file_menu.insertAction(first, action)
    window.file_menu.insertSeparator(first)
    window.toolbar.addSeparator()
    window.toolbar.addAction(pdf)
    window.toolbar.addAction(print_action)
    window.report_actions = (pdf, brochure, print_action)
