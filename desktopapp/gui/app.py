"""Start the GUI: application object, bundled font, translations, style sheet, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktopapp import style
from desktopapp.catalogue import Catalogue, CatalogueError, paths
from desktopapp.fonts.loading import ui_font

ORGANISATION = "desktopapp"
APPLICATION = "招商图鉴"

STYLE_SHEET = f"""
QMainWindow, QWidget#ListPane, QWidget#FilterPane, QWidget#DetailPane {{ background: {style.SURFACE}; }}
QTabWidget::pane {{ border-top: 1px solid {style.BORDER}; }}
QTabBar::tab {{ padding: 7px 16px; margin-right: 2px; color: {style.TEXT_MUTED};
    border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {style.TEXT}; border-bottom: 2px solid {style.ACCENT}; font-weight: bold; }}
QTabBar::tab:hover {{ color: {style.TEXT}; }}
QLabel#PaneTitle {{ font-weight: bold; color: {style.TEXT}; padding: 2px 2px; }}
QLineEdit#SearchBox {{ padding: 6px 8px; border: 1px solid {style.BORDER}; border-radius: 6px; }}
QLineEdit#SearchBox:focus {{ border: 1px solid {style.ACCENT}; }}
QToolButton#Chip {{ background: {style.ACCENT_LIGHT}; color: {style.ACCENT_DARK}; border: none;
    border-radius: 11px; padding: 3px 10px; }}
QToolButton#Chip:hover {{ background: #d2e3fc; }}
QPushButton#LinkButton {{ border: none; color: {style.ACCENT}; background: transparent; padding: 2px 4px; }}
QPushButton#LinkButton:disabled {{ color: {style.BORDER}; }}
QTreeWidget#FacetTree, QTableView#ResultTable, QTextBrowser#DetailBrowser {{
    border: 1px solid {style.BORDER}; border-radius: 6px; background: {style.SURFACE}; }}
QTableView#ResultTable {{ alternate-background-color: {style.SURFACE_ALT};
    selection-background-color: {style.ACCENT_LIGHT}; selection-color: {style.TEXT}; }}
QTreeWidget#FacetTree::item {{ padding: 2px 0; }}
QHeaderView::section {{ background: {style.SURFACE_ALT}; border: none; border-bottom: 1px solid {style.BORDER};
    padding: 5px 6px; color: {style.TEXT_MUTED}; }}
QLabel#EmptyState {{ color: {style.TEXT_MUTED}; font-size: {style.SIZE_H2}pt; }}
QToolBar#MainToolbar {{ border: none; spacing: 4px; padding: 2px 6px; }}
QSplitter::handle {{ background: {style.BORDER}; margin: 6px 1px; border-radius: 1px; }}
QSplitter::handle:hover {{ background: {style.ACCENT}; }}
QStatusBar {{ color: {style.TEXT_MUTED}; }}
"""


def install_translators(app: QApplication) -> None:
    """Qt's own and the app's translation for the chosen language (设置 → 语言, else the system locale)."""
    from desktopapp import translators

    app._language = translators.chosen_language()
    translators.install_translators(app, app._language)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # The icon of every window, and the .desktop entry (packaging/desktopapp.desktop) the desktop matches it to.
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "desktopapp.png")))
    app.setDesktopFileName("desktopapp")
    install_translators(app)
    app.setFont(ui_font())
    from desktopapp.gui.look import install_look

    install_look(app)  # the app's light palette whatever the system's (a dark one hid list text)
    app.setStyleSheet(STYLE_SHEET)
    from desktopapp.gui import crash

    crash.install(app)  # unexpected errors: a report in the log folder, a short dialog, keep running
    return app


def _startup_catalogue(catalogue_path: str | Path | None, notes: list[str] | None = None) -> Catalogue:
    """The catalogue named on the command line; else the one open when the app last closed (e.g. the working
    copy made by an import), if it still opens; else the bundled one. What the user must know (an
    interrupted write rolled back, the last catalogue not opening) is appended to `notes`, never hidden."""
    from PySide6.QtCore import QSettings

    from desktopapp.write import maintenance

    notes = [] if notes is None else notes
    if catalogue_path:
        if maintenance.recover(catalogue_path):
            notes.append(_rolled_back(catalogue_path))
        return Catalogue(catalogue_path)
    last = QSettings().value("catalogue/last")
    if last and Path(str(last)).is_file():
        try:
            if maintenance.recover(str(last)):
                notes.append(_rolled_back(last))
            return Catalogue(str(last))
        except CatalogueError as exc:  # damaged or replaced since: say so, then open the bundled catalogue
            notes.append(QCoreApplication.translate("App", "上次使用的目录无法打开，现在打开的是随程序附带的目录。\n\n{error}"
                                                    ).format(error=exc))
    return Catalogue(paths.bundled_catalogue())


def _rolled_back(path) -> str:
    return QCoreApplication.translate(
        "App", "上次写入 {path} 时程序意外中断。未完成的那次修改已撤销，目录保持那次修改之前的内容；之前完成的导入都在。"
    ).format(path=path)


def run(catalogue_path: str | Path | None = None) -> int:
    app = make_application()
    from desktopapp.gui.mainwindow import MainWindow

    notes: list[str] = []
    try:
        catalogue = _startup_catalogue(catalogue_path, notes)
    except CatalogueError as exc:
        from desktopapp.gui.plaintext import message

        message(None, QCoreApplication.translate("App", "无法打开目录"), str(exc), QMessageBox.Critical)
        return 2
    window = MainWindow(catalogue)
    window.show()
    for note in notes:  # plain text: a path or a catalogue's message is never taken for markup
        box = QMessageBox(QMessageBox.Information, QCoreApplication.translate("App", "目录"), note,
                          QMessageBox.Ok, window)
        box.setTextFormat(Qt.PlainText)
        box.exec()
    return app.exec()
