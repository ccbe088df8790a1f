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


def test_about_copy_recent_drop_and_accessible_names(window, qtbot, tmp_path, bundled_db, monkeypatch):
    import shutil

    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent
    from PySide6.QtWidgets import QApplication, QFileDialog

    from desktopapp import __version__

    html = window.about_html()
    version_at, edition_at = html.index(__version__), html.index("2025-05")
    assert "</p>" in html[version_at:edition_at], "version and edition on separate lines"
    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    window.copy_action.trigger()
    assert "已复制摘要" in window.statusBar().currentMessage()
    assert "重庆华虹仪表有限公司" in QApplication.clipboard().text()
    section.detail.copy_button.click()
    assert "已复制摘要" in window.statusBar().currentMessage()

    copy = tmp_path / "另一个目录.db"
    shutil.copyfile(bundled_db, copy)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(copy))])
    drop = QDropEvent(QPointF(200, 200), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(drop)
    assert window.catalogue.path == copy, "a catalogue dropped on the window is opened"
    window._fill_recent_menu()
    recent = [a.text() for a in window.recent_menu.actions()]
    assert any(bundled_db.name in t for t in recent), "文件 → 最近打开的目录 offers the previous catalogue"
    assert "(&F)" in window.file_menu.title()

    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, start, kinds: (seen.append(start), (str(bundled_db), ""))[1]))
    window.choose_catalogue()
    window.choose_catalogue()
    assert seen[1] == str(bundled_db.parent), "the open dialog starts in the folder last chosen"

    section = window.current_section()
    for widget in (window.tabs, section.search, section.table, section.filter_pane.tree, section.detail.browser):
        assert widget.accessibleName()


from PySide6.QtCore import Qt  # noqa: E402
