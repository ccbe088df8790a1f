"""How the screens look: readable under a dark system palette, Qt's own strings in the UI's language."""

from collections import Counter

from PySide6.QtGui import QColor, QPalette


def _background(widget) -> QColor:
    """The most common colour of the widget as painted (its background)."""
    image = widget.grab().toImage()
    counts = Counter(image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5))
    return QColor(counts.most_common(1)[0][0])


def _contrast(a: QColor, b: QColor) -> int:
    return abs(a.lightness() - b.lightness())


def test_text_stays_readable_under_a_dark_system_palette(qtbot, settings, bundled_db):
    from PySide6.QtWidgets import QApplication

    from desktopapp.catalogue import Catalogue
    from desktopapp.gui.app import make_application
    from desktopapp.gui.look import dark_palette
    from desktopapp.gui.mainwindow import MainWindow

    app = QApplication.instance() or make_application()
    app.setPalette(dark_palette())  # the system's palette, as a dark desktop gives it at start
    make_application()
    try:
        w = MainWindow(Catalogue(bundled_db), settings)
        qtbot.addWidget(w)
        w.resize(1440, 900)
        w.show()
        section = w.current_section()
        qtbot.waitUntil(lambda: section.model.rowCount() > 0 and section._shown == section._request, timeout=5000)
        for widget in (section.table.viewport(), section.filter_pane.tree.viewport()):
            text = widget.palette().color(QPalette.Text)
            assert _contrast(text, _background(widget)) > 100, widget.parent().objectName()
        w.close()
    finally:
        make_application()


def test_qt_dialogs_speak_the_ui_language():
    from PySide6.QtCore import QCoreApplication

    from desktopapp.gui.app import make_application

    make_application()  # the tests run under a C or English locale with no app translation: the UI is Chinese
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("QPrintPreviewDialog", "Print Preview") == "打印预览"


def test_the_first_window_fits_a_small_screen(qtbot, settings, bundled_db, monkeypatch):
    """On a 1366×768 laptop (free area 1366×728 under a panel) the window, status bar included, is on screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from desktopapp.catalogue import Catalogue
    from desktopapp.gui.app import make_application
    from desktopapp.gui.mainwindow import MainWindow

    make_application()
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 40, 1366, 728))
    w = MainWindow(Catalogue(bundled_db), settings)
    qtbot.addWidget(w)
    assert w.width() <= 1366 and w.height() <= 728
    settings.setValue("window/geometry", w.saveGeometry())
    w.resize(1800, 1200)
    settings.setValue("window/geometry", w.saveGeometry())
    again = MainWindow(Catalogue(bundled_db), settings)
    qtbot.addWidget(again)
    assert again.height() <= 728, "a saved geometry larger than the screen is shrunk"
