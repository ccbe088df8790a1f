"""Order and meaning (issue 20.4): stages in pipeline order, 园区数据 newest first, gap segments explained."""

from PySide6.QtCore import Qt


def test_stage_facet_follows_the_pipeline(window, qtbot):
    from desktopapp.catalogue.schema import SIDE_STAGES, STAGES

    section = window.show_section("project")
    qtbot.waitUntil(lambda: section._shown == section._request and section.model.rowCount() > 0, timeout=5000)
    group = next(section.filter_pane.tree.topLevelItem(i) for i in range(section.filter_pane.tree.topLevelItemCount())
                 if section.filter_pane.tree.topLevelItem(i).data(0, Qt.UserRole + 1) == "stage")
    shown = [group.child(j).data(0, Qt.UserRole + 2) for j in range(group.childCount())]
    order = STAGES + SIDE_STAGES
    assert len(shown) > 3
    assert shown == sorted(shown, key=lambda s: order.index(s) if s in order else len(order))


def test_park_figures_open_newest_first(window, qtbot):
    section = window.show_section("figure")
    qtbot.waitUntil(lambda: section.model.rowCount() > 10, timeout=5000)
    years = [section.catalogue.row(i)["year"] for i in section.model.ids()]
    stated = [y for y in years if y is not None]
    assert stated == sorted(stated, reverse=True) and stated[0] >= 2025


def test_a_gap_segment_says_what_it_is(catalogue):
    from PySide6.QtGui import QTextDocument

    from desktopapp.catalogue import Filters
    from desktopapp.gui import detailhtml

    gaps = [i for i in catalogue.ids(Filters(kind="chain")) if catalogue.row(i)["level"] == "segment"
            and not catalogue.details(i).members]
    assert gaps
    doc = QTextDocument()
    doc.setHtml(detailhtml.render(catalogue.details(gaps[0]), catalogue.scope_label).html)
    text = doc.toPlainText()
    assert "产业链的一个环节" in text and "待补链" in text and "“" in text


def test_a_chain_without_park_enterprises_is_not_sent_further_down(catalogue):
    from PySide6.QtGui import QTextDocument

    from desktopapp.gui import detailhtml

    system = catalogue.find("1+3+X", "chain")[0]
    doc = QTextDocument()
    details = catalogue.details(system)
    doc.setHtml(detailhtml.render(details, catalogue.scope_label, None,
                                  detailhtml.populated_children(catalogue, details)).html)
    text = doc.toPlainText()
    assert "卫星互联网\t暂无园区企业" in text or "卫星互联网\n暂无园区企业" in text or "卫星互联网 暂无园区企业" in text, text


def test_a_first_click_on_a_column_title_sorts_ascending_and_says_so(window, qtbot):
    section = window.current_section()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)
    year = section.model.columns.index("year")
    section._header_clicked(year)
    qtbot.waitUntil(lambda: section._shown == section._request, timeout=5000)
    years = [y for y in (section.catalogue.row(i)["year"] for i in section.model.ids()) if y is not None]
    assert years == sorted(years)
    assert section.model.headerData(year, Qt.Horizontal).endswith("↑")
    section._header_clicked(year)
    assert section.model.headerData(year, Qt.Horizontal).endswith("↓")


def test_one_dashboard_chart_is_one_measure(window):
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.ensure_loaded()
    charts = window.dashboard.data.charts
    assert charts and all(len(c.series) == 1 for c in charts), [(c.title, c.series) for c in charts]


def test_the_chain_map_of_a_chain_without_park_enterprises_says_so(window, qtbot):
    window.tabs.setCurrentWidget(window.chain_map)
    window.chain_map.ensure_loaded()
    window.chain_map.show_chain(window.catalogue.find("卫星互联网", "chain")[0])
    text = window.chain_map.info.toPlainText()
    assert "未提到园区在此产业链上的企业或项目" in text and "每个环节都已有园区企业" not in text
