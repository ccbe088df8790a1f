"""Drive the real main window (under Xvfb) and save screenshots of the whole screen.

Called by tools/screenshots.sh: python tools/screenshots.py OUT_DIR [CATALOGUE] [--dark] [--prefix P]
The screen size and scale come from the X server and QT_SCALE_FACTOR. Besides the screenshots it checks,
as a user would meet them: the print preview opens from the 打印… action and paints every page; the first
window fits the screen's free area. Exits 1 if a check fails.
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolTip

from desktopapp.catalogue import Catalogue
from desktopapp.gui.app import make_application
from desktopapp.catalogue.kinds import KINDS
from desktopapp.gui.mainwindow import MainWindow

args = [a for a in sys.argv[1:] if not a.startswith("--")]
dark = "--dark" in sys.argv
prefix = sys.argv[sys.argv.index("--prefix") + 1] if "--prefix" in sys.argv else ""
if prefix in args:
    args.remove(prefix)
out = Path(args[0])
out.mkdir(parents=True, exist_ok=True)
catalogue_path = args[1] if len(args) > 1 else None
app = QApplication(sys.argv[:1])
if dark:  # a dark desktop: the system palette the app starts with
    from desktopapp.gui.look import dark_palette

    app.setPalette(dark_palette())
make_application()
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.IniFormat)
window = MainWindow(Catalogue(catalogue_path) if catalogue_path else Catalogue(), settings)
window.show()  # as the app starts: the first window's size is the window's own choice
problems = []
steps = []


def step(delay_ms):
    def wrap(fn):
        steps.append((delay_ms, fn))
        return fn
    return wrap


def shot(name):
    QGuiApplication.primaryScreen().grabWindow(0).save(str(out / f"{prefix}{name}.png"))
    print(prefix + name)


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        problems.append(what)


@step(900)
def first_window():
    free = window.screen().availableGeometry()
    frame = window.frameGeometry()
    check(free.contains(frame), f"the first window {frame.width()}×{frame.height()} fits the screen's free area "
                                f"{free.width()}×{free.height()}")
    shot("0-first-window")


for i, kind in enumerate(KINDS, 1):
    @step(700)
    def show(kind=kind):
        window.show_section(kind)

    @step(700)
    def take(kind=kind, i=i):
        shot(f"{i}-section-{kind}")


@step(300)
def filtered():
    section = window.show_section("enterprise")
    section.set_filters(section.filters.toggled("chain", "chain:传感器及仪器仪表"))


@step(600)
def filtered2():
    section = window.current_section()
    section.search.setText("仪表")


@step(800)
def take_filtered():
    shot("7-enterprise-filtered")


@step(300)
def detail():
    section = window.current_section()
    section.clear_all()
    ids = section.catalogue.find("华虹仪表")
    if ids:
        section.select_entity(ids[0])


@step(800)
def tooltip():
    section = window.current_section()
    page = section.detail.page
    n = next((i for i, c in enumerate(page.citations, 1) if "600万台" in c.quote), 1)
    c = page.citations[n - 1]
    browser = section.detail.browser
    pos = browser.mapToGlobal(QPoint(120, 260))
    QToolTip.showText(pos, section.detail.citation_tooltip(c), browser)


@step(600)
def take_tooltip():
    shot("8-detail-citation")


@step(200)
def article():
    section = window.current_section()
    page = section.detail.page
    n = next((i for i, c in enumerate(page.citations, 1) if "600万台" in c.quote), 1)
    section.detail._anchor_clicked(QUrl(f"cite:{n}"))


@step(700)
def take_article():
    shot("9-article-quote")
    window.article_dialog.close()


@step(200)
def chain():
    section = window.show_section("chain")
    ids = section.catalogue.find("传感器及仪器仪表", "chain")
    if ids:
        section.select_entity(ids[0])


@step(700)
def take_chain():
    shot("10-chain-detail")


@step(200)
def chain_map():
    window.tabs.setCurrentWidget(window.chain_map)
    window.chain_map.ensure_loaded()
    ids = window.catalogue.find("传感器及仪器仪表", "chain")
    if ids:
        window.chain_map.show_chain(ids[0])


@step(900)
def take_chain_map():
    shot("12-chain-map")


@step(100)
def whole_system():
    ids = window.catalogue.find("1+3+X", "chain")
    if ids:
        window.chain_map.show_chain(ids[0])


@step(900)
def take_whole_system():
    shot("13-chain-map-system")


@step(100)
def dashboard():
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.ensure_loaded()


@step(900)
def take_dashboard():
    shot("14-dashboard")


@step(100)
def timeline():
    window.tabs.setCurrentWidget(window.timeline)
    window.timeline.ensure_loaded()


@step(900)
def take_timeline():
    shot("15-timeline")


@step(100)
def print_preview():
    section = window.show_section("enterprise")
    ids = section.catalogue.find("华虹仪表")
    if ids:
        section.select_entity(ids[0])
    window.report_actions[2].trigger()  # 打印…, as the toolbar button and Ctrl+P do


@step(1500)
def take_print_preview():
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = window._print_preview
    check(preview is not None and preview.isVisible(), "打印… opens the print preview")
    if preview is None:
        return
    widget = preview.findChild(QPrintPreviewWidget)
    check(widget is not None and widget.pageCount() >= 1, f"the preview has {widget.pageCount()} page(s)")
    for page in range(1, widget.pageCount() + 1):
        widget.setCurrentPage(page)
        app.processEvents()
    shot("16-print-preview")


@step(300)
def close_print_preview():
    window._print_preview.close()


@step(600)
def print_again():
    window.report_actions[2].trigger()


@step(1200)
def close_second_preview():
    check(window._print_preview is not None and window._print_preview.isVisible(), "a second preview opens")
    window._print_preview.close()


@step(300)
def activate():
    window.show_section("enterprise")
    window.activateWindow()
    window.windowHandle().requestActivate()  # without a window manager nothing else gives the focus back


@step(500)
def keyboard_tabs():
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    section = window.current_section()
    section.focus_search()
    QTest.keyClick(section.search, Qt.Key_Tab, Qt.ControlModifier)
    check(window.tabs.currentIndex() == 1, "Ctrl+Tab in the search box opens the next tab")
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_8, Qt.AltModifier)
    check(window.tabs.currentWidget() is window.dashboard, "Alt+8 opens 园区看板")
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_PageUp, Qt.ControlModifier)
    check(window.tabs.currentWidget() is window.chain_map, "Ctrl+PgUp goes back one tab")


@step(300)
def search_everywhere():
    section = window.show_section("chain")
    section.search.setText("华虹")


@step(900)
def take_search_everywhere():
    from PySide6.QtWidgets import QPushButton

    section = window.current_section()
    offered = [b.text() for b in section.empty.findChildren(QPushButton)
               if b.objectName() == "ElsewhereButton" and b.isVisible()]
    check(bool(offered), f"a search with no chain hits offers {offered}")
    shot("17-search-elsewhere")
    section.search.clear()


@step(100)
def about():
    QTimer.singleShot(500, lambda: (shot("11-about"), app.activeModalWidget() and app.activeModalWidget().close()))
    window.show_about()


@step(300)
def done():
    window.close()
    app.quit()


def run(index=0):
    if index < len(steps):
        delay, fn = steps[index]
        QTimer.singleShot(delay, lambda: (fn(), run(index + 1)))


run()
app.exec()
if problems:
    print("problems:", "; ".join(problems))
    sys.exit(1)
