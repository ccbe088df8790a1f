"""The main window driven as a user would (pytest-qt, offscreen)."""

import shutil

from conftest import altered_copy, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktopapp.catalogue import Catalogue



def wait_for_query(qtbot, section):
    """Wait until the latest query's results are shown."""
    qtbot.waitUntil(lambda: section.worker.is_latest(section.kind, section._request)
                    and getattr(section, "_shown", None) == section._request, timeout=5000)


def shown_names(section):
    return [section.model.data(section.model.index(r, 0)) for r in range(section.model.rowCount())]


def facet_counts(section, facet):
    pane = section.filter_pane
    out = {}
    for i in range(pane.tree.topLevelItemCount()):
        group = pane.tree.topLevelItem(i)
        if group.data(0, Qt.UserRole + 1) != facet:
            continue
        stack = [group.child(j) for j in range(group.childCount())]
        while stack:
            item = stack.pop()
            out[item.data(0, Qt.UserRole + 2)] = int(item.text(1))
            stack.extend(item.child(j) for j in range(item.childCount()))
    return out


def test_window_title_and_sections(window, qtbot):
    assert "招商图鉴" in window.windowTitle()
    assert window.catalogue.name in window.windowTitle()
    assert window.tabs.count() == 6 + 3  # six sections, then 产业链图谱, 园区看板, 进展时间轴
    counts = window.catalogue.kind_counts()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == f"企业  {counts['enterprise']}", timeout=5000)


def test_clicking_a_facet_value_narrows_the_list_and_updates_other_counts(window, qtbot):
    section = window.current_section()
    total = section.model.rowCount()
    before_scope = facet_counts(section, "scope")
    item = section.filter_pane.value_item("stage", "投产")
    assert item is not None
    rect = section.filter_pane.tree.visualItemRect(item)
    qtbot.mouseClick(section.filter_pane.tree.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: section.model.rowCount() < total, timeout=5000)
    # The list shows first; the facet counts follow from the same request.
    qtbot.waitUntil(lambda: section._shown == section._request, timeout=5000)
    expected = section.catalogue.ids(section.filters)
    assert section.model.ids() == expected
    assert section.filters.facets == {"stage": frozenset({"投产"})}
    after_scope = facet_counts(section, "scope")
    assert sum(after_scope.values()) == len(expected) < sum(before_scope.values())
    assert section.chips.chip_texts() == ["阶段：投产  ✕"]
    assert window.statusBar().currentMessage() == f"显示 {len(expected)} / {total}"
    # The stage facet still offers the other stages (counted under the other filters).
    assert len(facet_counts(section, "stage")) > 1


def test_search_by_substring_initials_and_alias(window, qtbot):
    section = window.current_section()
    for text, key in (("华虹", "华虹仪表"), ("hhyb", "华虹仪表"), ("斯大宝", "斯太宝")):
        section.search.clear()
        type_text(section.search, text)
        qtbot.waitUntil(lambda: section.filters.text == text and section.model.rowCount() >= 1, timeout=5000)
        qtbot.waitUntil(lambda: section.catalogue.row(section.model.id_at(0))["key"] == key, timeout=5000)
        assert section.detail.details.entity["key"] == key


def test_escape_clears_the_search(window, qtbot):
    section = window.current_section()
    total = section.model.rowCount()
    type_text(section.search, "华虹")
    qtbot.waitUntil(lambda: section.model.rowCount() < total, timeout=5000)
    qtbot.keyClick(section.search, Qt.Key_Escape)
    assert section.search.text() == ""
    qtbot.waitUntil(lambda: section.model.rowCount() == total, timeout=5000)


def test_no_results_state_offers_to_clear(window, qtbot):
    section = window.current_section()
    type_text(section.search, "完全不存在的企业名称")
    qtbot.waitUntil(lambda: section.list_stack.currentWidget() is section.empty, timeout=5000)
    assert "没有符合条件" in section.empty_label.text()
    qtbot.mouseClick(section.empty_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)


def test_selecting_a_row_fills_the_detail_pane(window, qtbot):
    section = window.current_section()
    row = section.model.row_of(section.catalogue.find("华虹仪表")[0])
    section.table.setFocus()
    section.table.selectRow(row)
    assert section.detail.details.entity["key"] == "华虹仪表"
    text = section.detail.browser.toPlainText()
    assert "重庆华虹仪表有限公司" in text and "年产能" in text and "突破600万台" in text
    assert "来源" in text
    # Keyboard navigation moves the detail pane along.
    qtbot.keyClick(section.table, Qt.Key_Down)
    assert section.detail.entity_id() == section.model.id_at(row + 1)


def test_citation_marker_opens_the_article_with_the_quote_highlighted(window, qtbot):
    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    page = section.detail.page
    n = next(i for i, c in enumerate(page.citations, 1) if "600万台" in c.quote)
    section.detail._anchor_clicked(__import__("PySide6.QtCore").QtCore.QUrl(f"cite:{n}"))
    dialog = window.article_dialog
    assert dialog is not None and dialog.found
    assert "600万台" in dialog.highlighted_text
    assert dialog.view.textCursor().position() > 0


def test_following_a_link_and_going_back(window, qtbot):
    section = window.current_section()
    huahong = section.catalogue.find("华虹仪表")[0]
    section.select_entity(huahong)
    link = next(l for l in section.detail.details.links if l.relation == "project_of")
    from PySide6.QtCore import QUrl

    section.detail._anchor_clicked(QUrl(f"entity:{link.other_id}"))
    qtbot.waitUntil(lambda: window.current_section().kind == "project", timeout=5000)
    projects = window.current_section()
    qtbot.waitUntil(lambda: projects.detail.entity_id() == link.other_id, timeout=5000)
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    qtbot.waitUntil(lambda: window.current_section().kind == "enterprise", timeout=5000)
    assert window.current_section().detail.entity_id() == huahong
    assert window.forward_action.isEnabled()
    window.forward_action.trigger()
    qtbot.waitUntil(lambda: window.current_section().detail.entity_id() == link.other_id, timeout=5000)


def test_copy_figure_with_citation(window, qtbot):
    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    page = section.detail.page
    n = next(i for i, text in enumerate(page.copies, 1) if "年产能" in text)
    from PySide6.QtCore import QUrl

    section.detail._anchor_clicked(QUrl(f"copy:{n}"))
    copied = QGuiApplication.clipboard().text()
    assert "突破600万台" in copied and "“" in copied and "《" in copied


def test_detail_pane_escapes_catalogue_text_and_ignores_foreign_links(window, tmp_path, bundled_db, qtbot):
    hostile = altered_copy(bundled_db, tmp_path / "hostile.db", (
        "UPDATE entities SET summary = ? WHERE key = '华虹仪表'",
        ('<img src="file:///etc/passwd"><a href="https://evil.example/">点我</a><b>粗</b>',)))
    assert window.open_catalogue(hostile)
    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    html = section.detail.page.html
    assert "<img" not in html and '<a href="https://evil' not in html
    assert "&lt;img" in html
    assert '<img src="file:///etc/passwd">' in section.detail.browser.toPlainText()


def test_opening_a_second_catalogue_and_a_bad_file(window, qtbot, tmp_path, bundled_db, monkeypatch):
    other = tmp_path / "副本 目录.db"
    shutil.copy(bundled_db, other)
    assert window.open_catalogue(other)
    assert window.catalogue.path == other
    assert "副本 目录.db" in window.catalogue_label.text()
    qtbot.waitUntil(lambda: window.current_section().model.rowCount() > 0, timeout=5000)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database")
    before = bad.read_bytes()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert not window.open_catalogue(bad)
    assert warnings and "不是招商目录" in warnings[0]
    assert window.catalogue.path == other, "the previous catalogue stays open"
    assert bad.read_bytes() == before


def test_every_section_loads(window, qtbot):
    for kind, section in window.sections.items():
        window.show_section(kind)
        qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)
        assert section.detail.details is not None, kind
        assert section.detail.browser.toPlainText().strip()


def test_settings_remember_section_and_columns(qtbot, settings, bundled_db):
    from desktopapp.gui.app import make_application
    from desktopapp.gui.mainwindow import MainWindow

    make_application()
    w = MainWindow(Catalogue(bundled_db), settings)
    qtbot.addWidget(w)
    w.show_section("facility")
    section = w.sections["facility"]
    section.table.setColumnHidden(2, True)
    w.close()
    w2 = MainWindow(Catalogue(bundled_db), settings)
    qtbot.addWidget(w2)
    assert w2.current_section().kind == "facility"
    assert w2.sections["facility"].table.isColumnHidden(2)
    w2.close()


def test_translation_source_file_lists_the_user_facing_strings():
    from pathlib import Path
    from xml.etree import ElementTree

    ts = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "desktopapp_en.ts"
    sources = {m.findtext("source") for m in ElementTree.parse(ts).getroot().iter("message")}
    for text in ("企业", "园区数据", "清除全部", "产业链位置", "打开目录…", "显示 %1 / %2"):
        assert text in sources, text


def test_an_installed_translator_replaces_labels():
    from desktopapp import i18n
    from desktopapp.labels import kind_label

    i18n.install(lambda context, text: {"企业": "Enterprises"}.get(text, text))
    try:
        assert kind_label("enterprise") == "Enterprises"
    finally:
        i18n.install(None)
    assert kind_label("enterprise") == "企业"


def test_export_selected_entity_and_brochure_of_the_current_list(window, qtbot, tmp_path):
    from pypdf import PdfReader

    from desktopapp.gui import printing

    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    sheet = printing.export_entity_pdf(window, str(tmp_path / "华虹.pdf"))
    text = PdfReader(sheet).pages[0].extract_text()
    assert "重庆华虹仪表有限公司" in text and "突破600万台" in text
    section.set_filters(section.filters.toggled("stage", "投产"))
    qtbot.waitUntil(lambda: getattr(section, "_shown", None) == section._request, timeout=5000)
    task = printing.export_brochure(window, str(tmp_path / "册.pdf"))
    qtbot.waitUntil(lambda: not task.running, timeout=60000)
    assert task.error is None and "已导出资料册" in window.statusBar().currentMessage()
    reader = PdfReader(task.result.path)
    assert len(reader.pages) == task.result.pages
    names = {section.catalogue.row(i)["name"] for i in section.model.ids()}
    full = "".join(p.extract_text() for p in reader.pages)
    assert all(n in full for n in names)
    in_talks = section.catalogue.row(section.catalogue.find("火眼位置")[0])
    assert reader.outline
    sheets = {o.title for group in reader.outline if isinstance(group, list) for o in group}
    lists = "".join(p.extract_text() for p in reader.pages if "名录" in (p.extract_text() or "")[:40])
    # (a sheet may name it among the chain's other enterprises, but it has no sheet nor list row of its own)
    assert in_talks["stage"] == "在谈" and in_talks["name"] not in sheets and "火眼位置" not in lists, \
        "only the filtered list is in the brochure"


def test_print_preview_paints_the_same_pages_as_the_pdf(window, qtbot):
    """The preview is shown and every page painted, as a user sees it (the printer used to be freed when
    print_current returned, and the first paint crashed the app)."""
    import gc

    from PySide6.QtGui import QColor
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from desktopapp.gui import printing

    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    sheet, _geo = printing.current_sheet(window)
    assert printing.print_current(window)
    preview = window._print_preview
    gc.collect()  # nothing the preview paints from may depend on a Python local still being alive
    qtbot.waitUntil(lambda: preview.isVisible(), timeout=5000)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == len(sheet.pages), timeout=5000)
    for page in range(1, widget.pageCount() + 1):
        widget.setCurrentPage(page)
        preview.grab()  # paints the dialog as the screen would
        image = widget.grab().toImage()  # the pages' area: grey around a white page with dark text
        inked = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                    if QColor(image.pixel(x, y)).lightness() < 110)
        assert inked > 300, f"page {page} of the preview is painted with its text ({inked})"
    preview.close()
    qtbot.waitUntil(lambda: window._print_preview is None, timeout=2000)
    assert printing.print_current(window), "a second preview opens after the first was closed"
    second = window._print_preview
    qtbot.waitUntil(lambda: second.isVisible(), timeout=5000)
    second.grab()
    second.close()


def test_the_app_reopens_the_catalogue_that_was_open_last(qtbot, tmp_path, bundled_db, monkeypatch):
    import shutil

    from PySide6.QtCore import QSettings

    from desktopapp.gui import app as app_module
    from desktopapp.gui.app import make_application

    make_application()
    settings_file = tmp_path / "s.ini"
    monkeypatch.setattr("PySide6.QtCore.QSettings", lambda *a: QSettings(str(settings_file), QSettings.IniFormat))
    copy = tmp_path / "工作副本.db"
    shutil.copy(bundled_db, copy)
    QSettings(str(settings_file), QSettings.IniFormat).setValue("catalogue/last", str(copy))
    assert app_module._startup_catalogue(None).path == copy
    copy.unlink()
    assert app_module._startup_catalogue(None).path == bundled_db, "a vanished file falls back to the bundled one"


def test_large_catalogue_is_checked_in_the_background_without_holding_queries(qtbot, settings, tmp_path,
                                                                              bundled_db, monkeypatch):
    import shutil

    from desktopapp.catalogue import connection
    from desktopapp.gui.app import make_application
    from desktopapp.gui.mainwindow import MainWindow

    monkeypatch.setattr(connection, "QUICK_CHECK_BYTES", 0)  # treat the bundled copy as a large file
    copy = tmp_path / "big.db"
    shutil.copy(bundled_db, copy)
    make_application()
    w = MainWindow(Catalogue(copy), settings)
    qtbot.addWidget(w)
    w.show()
    section = w.current_section()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: hasattr(w, "integrity_problem"), timeout=10000)
    assert w.integrity_problem is None
    section.set_filters(section.filters.toggled("stage", "投产"))  # queries keep flowing
    qtbot.waitUntil(lambda: getattr(section, "_shown", None) == section._request, timeout=5000)
    assert 0 < section.model.rowCount() < 31
    w.close()


def test_a_long_list_shows_its_first_rows_first_and_keeps_the_selection(window, qtbot, monkeypatch):
    """On long lists the worker sends the first rows before sorting the rest: they are the sorted list's
    start, and a selected entity further down stays selected when the whole list arrives."""
    from desktopapp.gui import worker

    monkeypatch.setattr(worker, "PAGE_FROM", 0)
    monkeypatch.setattr(worker, "PAGE_ROWS", 3)
    section = window.current_section()
    wait_for_query(qtbot, section)
    pages = []
    section.worker.page_ready.connect(lambda request, result: pages.append((request, result)))
    rows = section.catalogue.rows(section.model.ids())
    last = max(r for r in range(section.model.rowCount()) if rows[section.model.id_at(r)]["stage"] == "投产")
    chosen = section.model.id_at(last)
    section.select_row(last)
    section.toggle_facet("stage", "投产")
    wait_for_query(qtbot, section)
    expected = section.catalogue.ids(section.filters)
    assert len(expected) > 3
    assert [r for r, _ in pages] == [section._request]
    page = pages[0][1]
    assert not page.complete and page.ids.tolist() == expected[:3]
    assert section.model.ids() == expected
    assert section.detail.entity_id() == chosen
    assert section.table.currentIndex().row() == expected.index(chosen) > 2
    assert window.statusBar().currentMessage() == f"显示 {len(expected)} / {section._total}"


def test_details_of_large_kinds_are_read_in_a_thread(window, qtbot, monkeypatch, tmp_path, bundled_db):
    """On large kinds the detail pane is filled from a thread: selecting a row does not wait for the read,
    quick successive selections show only the last, and history records what was shown. Whether a kind is
    large is decided for each catalogue opened."""
    from desktopapp.gui import detailloader

    monkeypatch.setattr(detailloader, "LOAD_IN_THREAD_FROM", 20)  # the bundled catalogue has 31 enterprises
    shutil.copy(bundled_db, tmp_path / "large.db")
    assert window.open_catalogue(tmp_path / "large.db")
    section = window.current_section()
    wait_for_query(qtbot, section)
    shown = []
    section.selection_changed.connect(shown.append)
    before = section.detail.entity_id()
    section.select_row(1)
    assert section.detail.entity_id() == before  # not read on the GUI thread
    section.select_row(2)
    target = section.model.id_at(2)
    qtbot.waitUntil(lambda: section.detail.entity_id() == target, timeout=5000)
    assert shown == [target]
    assert section.catalogue.row(target)["name"] in section.detail.browser.toPlainText()
    assert window.detail_loader._thread is not None and window.detail_loader._thread.isRunning()
    # Back to the entity shown while a read is under way: that read is dropped.
    section.select_row(3)
    section.select_row(2)
    qtbot.wait(200)
    assert section.detail.entity_id() == target and shown == [target]


def test_closed_facet_groups_get_their_values_when_opened(window, qtbot):
    """A group closed by default (the sources) is built without its values; opening it adds them, with
    their counts, and the count column is wide enough for the widest count."""
    section = window.current_section()
    wait_for_query(qtbot, section)
    pane = section.filter_pane
    group = next(pane.tree.topLevelItem(i) for i in range(pane.tree.topLevelItemCount())
                 if pane.tree.topLevelItem(i).data(0, Qt.UserRole + 1) == "source")
    assert not group.isExpanded() and group.childCount() == 0
    expected = {v.value: v.count for v in section.catalogue.facet_counts(section.filters)["source"]}
    group.setExpanded(True)
    assert facet_counts(section, "source") == expected and len(expected) > 1
    widest = max(pane.tree.fontMetrics().horizontalAdvance(str(n)) for n in expected.values())
    assert pane.tree.header().sectionSize(1) > widest
    # Looking up a value of a closed group adds the group's values (keyboard and tests use value_item).
    section.toggle_facet("stage", "投产")
    wait_for_query(qtbot, section)
    tags = section.catalogue.facet_counts(section.filters)["tag"]
    tag_group = next(pane.tree.topLevelItem(i) for i in range(pane.tree.topLevelItemCount())
                     if pane.tree.topLevelItem(i).data(0, Qt.UserRole + 1) == "tag")
    assert tags and tag_group.childCount() == 0
    assert pane.value_item("tag", tags[-1].value) is not None and tag_group.childCount() == len(tags)
