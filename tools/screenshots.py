"""Drive the real main window (under Xvfb) and save screenshots of the whole screen.

Called by tools/screenshots.sh: python tools/screenshots.py OUT_DIR [CATALOGUE]
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QTimer, QUrl
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QToolTip

from desktopapp.catalogue import Catalogue
from desktopapp.gui.app import make_application
from desktopapp.gui.mainwindow import KINDS, MainWindow

out = Path(sys.argv[1])
catalogue_path = sys.argv[2] if len(sys.argv) > 2 else None
app = make_application()
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.IniFormat)
window = MainWindow(Catalogue(catalogue_path) if catalogue_path else Catalogue(), settings)
window.setGeometry(0, 0, 1440, 900)
window.showMaximized()
steps = []


def step(delay_ms):
    def wrap(fn):
        steps.append((delay_ms, fn))
        return fn
    return wrap


def shot(name):
    QGuiApplication.primaryScreen().grabWindow(0).save(str(out / f"{name}.png"))
    print(name)


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
