"""Back/Forward as view history, and the keyboard (issue 20.5)."""

from PySide6.QtCore import Qt


def test_back_after_a_funnel_click_returns_to_the_dashboard(window, qtbot):
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.ensure_loaded()
    window.dashboard.canvas.repaint()
    hit = next(h for h in window.dashboard.canvas.hits if h[1] == "list" and h[2][0] == "project")
    window.dashboard.canvas.clicked.emit("list", hit[2])  # a click on a count of the funnel
    projects = window.current_section()
    assert projects.kind == "project" and projects.filters.facets.get("stage")
    qtbot.waitUntil(lambda: projects.detail.entity_id() is not None and projects._shown == projects._request,
                    timeout=5000)
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    assert window.tabs.currentWidget() is window.dashboard
    window.forward_action.trigger()
    assert window.current_section().kind == "project"
    assert window.current_section().filters.facets.get("stage") == hit[2][1].facets["stage"]


def test_back_restores_filters_and_search_text(window, qtbot):
    from tests.conftest import type_text

    section = window.current_section()
    qtbot.waitUntil(lambda: section._shown == section._request, timeout=5000)
    before = section.filters
    type_text(section.search, "仪表")
    section._search_now()
    qtbot.waitUntil(lambda: section._shown == section._request, timeout=5000)
    window.back_action.trigger()
    qtbot.waitUntil(lambda: section._shown == section._request, timeout=5000)
    assert section.filters == before and section.search.text() == before.text


def test_window_shortcuts_work_while_the_search_box_has_focus(window, qtbot, monkeypatch):
    from desktopapp.gui import printing

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    exported = []
    monkeypatch.setattr(printing, "export_entity_pdf", lambda w, path=None: exported.append(w))
    section.focus_search()
    assert section.search.hasFocus()
    qtbot.keyClick(section.search, Qt.Key_E, Qt.ControlModifier)
    assert exported, "Ctrl+E (导出 PDF) with the search box focused"
    qtbot.keyClick(section.search, Qt.Key_A, Qt.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(section.search, Qt.Key_Tab, Qt.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_PageUp, Qt.ControlModifier)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_8, Qt.AltModifier)
    assert window.tabs.currentWidget() is window.dashboard
    assert "&F" in window.file_menu.title()


def test_a_search_without_hits_here_offers_the_kinds_that_have_some(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    from tests.conftest import type_text

    section = window.show_section("chain")
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)
    type_text(section.search, "华虹")
    section._search_now()
    qtbot.waitUntil(lambda: section.list_stack.currentWidget() is section.empty, timeout=5000)
    def offered():
        return [b for b in section.empty.findChildren(QPushButton) if b.objectName() == "ElsewhereButton"
                and b.isVisible()]

    qtbot.waitUntil(lambda: len(offered()) >= 2, timeout=3000)
    buttons = offered()
    labels = [b.text() for b in buttons]
    assert "企业 1" in labels and "项目 1" in labels, (labels, section.elsewhere_label.text(), section.filters.text)
    next(b for b in buttons if b.text() == "项目 1").click()
    projects = window.current_section()
    assert projects.kind == "project" and projects.search.text() == "华虹"
    qtbot.waitUntil(lambda: projects.model.rowCount() == 1, timeout=5000)


def test_a_search_reaches_tags_and_honours(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    from tests.conftest import type_text

    section = window.current_section()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)
    type_text(section.search, "小巨人")
    section._search_now()
    qtbot.waitUntil(lambda: section.list_stack.currentWidget() is section.empty, timeout=5000)

    def offered():
        return [b for b in section.empty.findChildren(QPushButton) if b.objectName() == "ElsewhereButton"
                and b.isVisible()]

    qtbot.waitUntil(lambda: any("小巨人" in b.text() for b in offered()), timeout=3000)
    next(b for b in offered() if "小巨人" in b.text()).click()
    enterprises = window.current_section()
    qtbot.waitUntil(lambda: enterprises.model.rowCount() == 1, timeout=5000)
    assert enterprises.catalogue.row(enterprises.model.id_at(0))["name"] == "重庆华虹仪表有限公司"


def test_a_search_reaches_fact_values(window, qtbot):
    """600万台 is no name: the list finds nothing, and the offer names the figure and opens its enterprise."""
    from PySide6.QtWidgets import QPushButton

    from tests.conftest import type_text

    section = window.current_section()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)
    type_text(section.search, "600万台")
    section._search_now()
    qtbot.waitUntil(lambda: section.list_stack.currentWidget() is section.empty, timeout=5000)

    def offered():
        return [b for b in section.empty.findChildren(QPushButton) if b.objectName() == "ElsewhereButton"
                and b.isVisible()]

    qtbot.waitUntil(lambda: any("600万台" in b.text() for b in offered()), timeout=3000)
    button = next(b for b in offered() if "600万台" in b.text())
    assert "年产能" in button.text() and "华虹仪表" in button.text()
    button.click()
    qtbot.waitUntil(lambda: window.current_section().detail.entity_id() is not None, timeout=5000)
    shown = window.current_section().detail.entity_id()
    assert window.catalogue.row(shown)["name"] == "重庆华虹仪表有限公司"


def test_fact_search_is_bounded_and_safe(catalogue, monkeypatch):
    from desktopapp.index import factsearch

    assert [h.name for h in factsearch.fact_hits(catalogue, "600 万台")] == ["重庆华虹仪表有限公司"]
    assert factsearch.fact_hits(catalogue, "6") == []  # one character: every figure has digits
    assert factsearch.fact_hits(catalogue, "%_%") == []  # LIKE wildcards are plain text
    assert len(factsearch.fact_hits(catalogue, "亿元", limit=3)) == 3
    monkeypatch.setattr(factsearch, "UP_TO", 10)  # a register: not searched by fact value at all
    assert factsearch.fact_hits(catalogue, "600万台") == []
