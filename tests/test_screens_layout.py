"""Nothing truncated into sameness, nothing shown off screen (issue 20.3)."""

from PySide6.QtCore import Qt


def _shown_labels(pane):
    """(path of headings, text as drawn) of every value item of each facet, elided as the tree elides."""
    tree = pane.tree
    metrics = tree.fontMetrics()
    width = tree.header().sectionSize(0)
    out = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        pane._open(group.data(0, Qt.UserRole + 1))
        stack = [(group.child(j), 1) for j in range(group.childCount())]
        while stack:
            item, depth = stack.pop()
            room = width - tree.indentation() * (depth + 1) - 28  # indentation, check box
            shown = metrics.elidedText(item.text(0), tree.textElideMode(), room)
            parents, p = [], item.parent()
            while p is not None and p is not group:
                parents.append(metrics.elidedText(p.text(0), tree.textElideMode(), room))
                p = p.parent()
            if item.data(0, Qt.UserRole + 2) is not None:
                out.setdefault(group.text(0), []).append((tuple(parents), shown))
            stack.extend((item.child(j), depth + 1) for j in range(item.childCount()))
    return out


def test_facet_values_of_one_facet_are_told_apart_as_shown(window, qtbot):
    section = window.current_section()
    qtbot.waitUntil(lambda: section._shown == section._request, timeout=5000)
    shown = _shown_labels(section.filter_pane)
    assert shown
    for facet, labels in shown.items():
        assert len(set(labels)) == len(labels), (facet, labels)
    segments = [text for facet, labels in shown.items() for _, text in labels if facet == "产业链环节"]
    assert "生产制造" in segments and "封装测试" in segments


def test_the_chain_column_shows_the_part_that_differs(window):
    from desktopapp.gui.listmodel import chains_text

    assert chains_text("传感器及仪器仪表·生产制造") == "生产制造（传感器及仪器仪表）"
    assert chains_text("仪器仪表、传感器及仪器仪表") == "仪器仪表、传感器及仪器仪表"
    assert chains_text("“1+3+X”现代产业体系 → 传感器及仪器仪表 → 智能网联新能源汽车类传感器") == \
        "智能网联新能源汽车类传感器（传感器及仪器仪表）"
    section = window.current_section()
    column = section.model.columns.index("chains")
    texts = [section.model.index(r, column).data() for r in range(section.model.rowCount())]
    assert any(t.startswith("生产制造（") for t in texts)


def test_no_shown_column_starts_off_screen_at_1440_by_900(window, qtbot):
    from desktopapp.gui.mainwindow import KINDS

    for kind in KINDS:
        section = window.show_section(kind)
        qtbot.waitUntil(lambda s=section: s.model.rowCount() > 0, timeout=5000)
        table = section.table
        header = table.horizontalHeader()
        right = table.viewport().width()
        for i, column in enumerate(section.model.columns):
            if not table.isColumnHidden(i):
                assert header.sectionViewportPosition(i) + 30 <= right, (kind, column)
                assert header.sectionViewportPosition(i) + header.sectionSize(i) <= right + 1, (kind, column)


def test_highlighted_names_are_elided_with_an_ellipsis():
    from PySide6.QtGui import QFont

    from desktopapp.gui.app import make_application
    from desktopapp.gui.highlight import elided, highlighted_html

    make_application()
    text = elided("重庆华虹仪表有限公司智能电网电能计量产业基地项目", QFont(), 80)
    assert text.endswith("…") and text.startswith("重庆")
    assert "…" in highlighted_html(text, ["华虹"]) or "…" in text


def test_english_figure_names_keep_their_measure_and_read_apart(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from desktopapp.gui.highlight import tail_kept

    metrics = QFontMetrics(QFont())
    names = ["Chongqing High-Tech Zone land-sea corridor plan: tasks",
             "Chongqing High-Tech Zone economic-circle action plan: tasks"]
    shown = [tail_kept(n, metrics, 190) for n in names]
    assert all(s.endswith(": tasks") and "…" in s and metrics.horizontalAdvance(s) <= 190 for s in shown)
    assert shown[0] != shown[1]
    assert tail_kept("Park: positioning", metrics, 400) == "Park: positioning"  # fits: as it is
    assert tail_kept("No measure here at all, only a long sentence", metrics, 60) == \
        "No measure here at all, only a long sentence"  # not "subject: measure": the view cuts it
