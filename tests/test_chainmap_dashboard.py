"""The 产业链图谱, 园区看板 and 进展时间轴 tabs, driven as a user would (pytest-qt, offscreen)."""

import pytest
import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desktopapp.catalogue import Catalogue, Filters

CORE = "传感器及仪器仪表"


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    """A synthetic catalogue whose busiest chain holds over 1,000 enterprises."""
    from desktopapp.write.synth import synthesize

    path = tmp_path_factory.mktemp("synth") / "s5k.db"
    synthesize(path, enterprises=5000, seed=1)
    return path


def open_map(window, qtbot, chain_name=CORE):
    view = window.chain_map
    window.tabs.setCurrentWidget(view)
    view.ensure_loaded()
    cid = window.catalogue.find(chain_name, "chain")[0]
    view.show_chain(cid)
    qtbot.waitUntil(lambda: view.model is not None and view.chain_id == cid, timeout=3000)
    return view


def segment_members(model):
    return {seg.id: {m.id for m in seg.members} for row in model.rows for seg in row.segments}


def test_tabs_are_installed(window):
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert labels[-3:] == ["产业链图谱", "园区看板", "进展时间轴"]


def test_map_places_every_linked_enterprise_on_its_segment(window, qtbot):
    view = open_map(window, qtbot)
    cat = window.catalogue
    details = cat.details(view.chain_id)
    placed = segment_members(view.model)
    segment_ids = {c["id"] for c in details.children if c["level"] == "segment"}
    linked = [m for m in details.members if m["kind"] == "enterprise" and m["chain_id"] in segment_ids]
    assert linked
    for m in linked:
        assert m["id"] in placed[m["chain_id"]], m["name"]
    # members linked to the chain but no segment are on the map too (未细分环节)
    everyone = {m.id for row in view.model.rows for seg in row.segments for m in seg.members} | {
        m.id for row in view.model.rows for m in row.unplaced}
    assert {m["id"] for m in details.members if m["kind"] == "enterprise"} <= everyone
    # chain leaders are marked, and honours come from the tags
    leaders = [m for seg in view.model.rows[0].segments for m in seg.members if m.role == "链主"]
    assert leaders and any(m.honours for row in view.model.rows for s in row.segments for m in s.members)


def test_a_segment_without_enterprises_is_a_gap_with_what_the_sources_say(window, qtbot):
    view = open_map(window, qtbot)
    gaps = {seg.name for row in view.model.rows for seg in row.segments if seg.is_gap}
    # 材料 has no park enterprise, but the article calls the chain complete (形成…全链条): not a gap.
    assert "传感器芯片生产" in gaps and "材料" not in gaps and "生产制造" not in gaps
    assert any(what == "gap" for _, what, _ in view.view.item.hits)
    html = view.info.toHtml()
    assert "待补链环节" in html and "传感器芯片生产" in html
    pos = view.view.centre_of("gap", lambda p: p[1].name == "传感器芯片生产")
    qtbot.mouseClick(view.view.viewport(), Qt.LeftButton, pos=pos.toPoint())
    assert "园区暂无企业" in view.info.toPlainText()


def test_clicking_a_card_opens_its_detail(window, qtbot):
    view = open_map(window, qtbot)
    target = window.catalogue.find("华虹仪表", "enterprise")[0]
    pos = view.view.centre_of("member", lambda m: m.id == target)
    assert pos is not None
    qtbot.mouseClick(view.view.viewport(), Qt.LeftButton, pos=pos.toPoint())
    section = window.current_section()
    assert section.kind == "enterprise"
    qtbot.waitUntil(lambda: section.current_id() == target, timeout=3000)


def test_a_stage_filter_changes_the_map(window, qtbot):
    view = open_map(window, qtbot)
    before = {m.id for m in view.model.rows[0].segments[2].members} | {m.id for m in view.model.rows[0].unplaced}
    item = view.filter_pane.value_item("stage", "投产")
    assert item is not None
    rect = view.filter_pane.tree.visualItemRect(item)
    qtbot.mouseClick(view.filter_pane.tree.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.selections == {"stage": frozenset({"投产"})}, timeout=3000)
    cat = window.catalogue
    shown = {m.id: m for row in view.model.rows for seg in row.segments for m in seg.members}
    shown.update({m.id: m for row in view.model.rows for m in row.unplaced})
    assert shown and all(m.stage == "投产" for m in shown.values())
    expected = set(cat.ids(Filters(kind="enterprise", facets={"stage": {"投产"}, "chain": {f"chain:{CORE}"}})))
    assert {i for i, m in shown.items() if m.kind == "enterprise"} == expected
    assert set(shown) != before
    # a segment emptied by the filter is not a gap
    hidden = [seg for row in view.model.rows for seg in row.segments if seg.hidden and not seg.members]
    assert all(not seg.is_gap for seg in hidden)
    assert "已筛选" in window.statusBar().currentMessage()


def test_dashboard_counts_equal_the_query_layer(window, qtbot):
    from desktopapp.catalogue.schema import STAGES

    window.tabs.setCurrentWidget(window.dashboard)
    board = window.dashboard
    board.ensure_loaded()
    cat = window.catalogue
    for kind in ("project", "enterprise"):
        expected = {v.value: v.count for v in cat.facet_counts(Filters(kind=kind))["stage"]}
        assert board.data.stages[kind] == expected
        assert sum(expected.values()) + board.data.unstaged[kind] == len(cat.ids(Filters(kind=kind)))
    park = set(cat.ids(Filters(kind="figure", facets={"scope": {"park"}})))
    assert {f.id for f in board.data.tiles} <= park
    # figures of different bases are separate bars, never summed: every bar is one cited figure
    investment = next(c for c in board.data.charts if any(f.metric == "协议引资" for f in c.figures))
    bases = {(f.metric, f.period): f.base for f in investment.figures}
    assert bases[("协议引资", "2022")] == "yearly" and bases[("累计协议引资", "2020-2023")] == "cumulative"
    assert all(f.num == cat.row(f.id)["num"] for f in investment.figures)
    # a funnel count opens the list filtered to that stage
    board.canvas.repaint()
    qtbot.waitUntil(lambda: bool(board.canvas.hits), timeout=3000)
    stage = next(s for s in STAGES if board.data.stages["project"].get(s))
    rect = next(r for r, what, payload, _ in board.canvas.hits
                if what == "list" and payload[0] == "project" and payload[1].facets["stage"] == {stage})
    qtbot.mouseClick(board.canvas, Qt.LeftButton, pos=rect.center().toPoint())
    section = window.current_section()
    assert section.kind == "project" and section.filters.facets == {"stage": frozenset({stage})}
    qtbot.waitUntil(lambda: section.model.ids() == cat.ids(section.filters), timeout=3000)


def test_headline_figure_opens_its_detail(window, qtbot):
    window.tabs.setCurrentWidget(window.dashboard)
    board = window.dashboard
    board.ensure_loaded()
    board.canvas.repaint()
    qtbot.waitUntil(lambda: bool(board.canvas.hits), timeout=3000)
    rect, _, fid, tip = next(h for h in board.canvas.hits if h[1] == "figure")
    assert "来源" in tip
    qtbot.mouseClick(board.canvas, Qt.LeftButton, pos=rect.center().toPoint())
    section = window.current_section()
    assert section.kind == "figure"
    qtbot.waitUntil(lambda: section.current_id() == fid, timeout=3000)


def test_timeline_shows_dates_inferred_marks_and_speed_records(window):
    window.tabs.setCurrentWidget(window.timeline)
    tl = window.timeline
    tl.ensure_loaded()
    by_name = {t.name: t for t in tl.tracks}
    assert any("90天" in r for t in tl.tracks for r in t.records)
    nr = next(t for name, t in by_name.items() if name.startswith("纳锐"))
    assert [m.stage for m in nr.milestones] == ["签约", "入驻"] and all(m.inferred for m in nr.milestones)


def test_exports_png_and_pdf(window, qtbot, tmp_path):
    view = open_map(window, qtbot)
    png = view.export_png(str(tmp_path / "map.png"))
    pdf = view.export_pdf(str(tmp_path / "map.pdf"))
    image = QImage(png)
    assert image.width() > 1000 and round(image.dotsPerMeterX() * 0.0254) == 200
    text = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert CORE in text.replace("\n", "") and "待补链" in text
    window.tabs.setCurrentWidget(window.dashboard)
    dash_pdf = window.dashboard.export_pdf(str(tmp_path / "dash.pdf"))
    assert "园区看板" in pypdf.PdfReader(dash_pdf).pages[0].extract_text()
    assert not QImage(window.dashboard.export_png(str(tmp_path / "dash.png"))).isNull()
    assert window.timeline.export_pdf(str(tmp_path / "tl.pdf"))


def test_whole_system_stacks_its_chains(window, qtbot):
    view = open_map(window, qtbot, "“1+3+X”现代产业体系")
    names = [row.name for row in view.model.rows]
    assert CORE in names and "智能网联新能源汽车类传感器" in names
    assert all(row.segments or row.unplaced or row.unfilled for row in view.model.rows)
    # key chains with no park enterprise stay on the map, as chains to fill
    assert "卫星互联网" in view.model.unfilled_chains()


def test_a_chain_of_a_thousand_enterprises_collapses_per_segment(window, qtbot, big_db):
    from desktopapp.gui.chainmapview import CARDS_PER_SEGMENT

    assert window.open_catalogue(big_db)
    view = window.chain_map
    window.tabs.setCurrentWidget(view)
    cat = window.catalogue
    busiest = max((c for s in cat.chain_children(None) for c in cat.chain_children(s["id"])),
                  key=lambda c: len(cat.ids(Filters(kind="enterprise", facets={"chain": {c["key"]}}))))
    n = len(cat.ids(Filters(kind="enterprise", facets={"chain": {busiest["key"]}})))
    assert n >= 1000
    view.show_chain(busiest["id"])
    qtbot.waitUntil(lambda: view.chain_id == busiest["id"] and view.model is not None, timeout=5000)
    cards: dict = {}
    for _, what, payload in view.view.item.hits:
        if what == "member":
            cards[id(payload)] = payload
    assert len(cards) <= CARDS_PER_SEGMENT * (len(view.model.rows[0].segments) + 1)
    more = [(r, p) for r, what, p in view.view.item.hits if what == "more"]
    assert more
    opened = []
    view.open_list.connect(lambda kind, f: opened.append((kind, f)))
    big = next(p for _, p in more if len(p[1].members) > 150)
    pos = view.view.centre_of("more", lambda p: p[1] is big[1])
    view.view.centerOn(view.view.mapToScene(pos.toPoint()))
    pos = view.view.centre_of("more", lambda p: p[1] is big[1])
    qtbot.mouseClick(view.view.viewport(), Qt.LeftButton, pos=pos.toPoint())
    assert opened and opened[0][1].facets["segment"] == {cat.row(big[1].id)["key"]}
    assert window.current_section().kind == "enterprise"


def test_registers_too_large_to_draw_get_a_notice_and_small_ones_the_views(window, qtbot, big_db, monkeypatch):
    """Above INSIGHT_LIMIT enterprises the insight tabs say why they draw nothing (at a million enterprises
    the map, board and timeline took 14 s, 1 s and 26 s); a catalogue small enough gets the views back."""
    from desktopapp.gui import insights

    monkeypatch.setattr(insights, "INSIGHT_LIMIT", 1000)
    assert window.open_catalogue(big_db)  # 5,000 enterprises
    for tab in window.insight_tabs:
        window.tabs.setCurrentWidget(tab)
        tab.ensure_loaded()
        assert isinstance(tab._inner, insights.TooLargeNotice)
        assert "1,000" in tab._inner.label.text() and window.tabs.tabText(window.tabs.indexOf(tab)) in \
            tab._inner.label.text()
        assert window.statusBar().currentMessage() == tab.status_text() == "目录过大，不绘制此视图"
        window.copy_action.trigger()  # the window's actions still work on the tab
    bundled = Catalogue().path
    assert window.open_catalogue(bundled)
    view = open_map(window, qtbot)
    assert not isinstance(window.chain_map._inner, insights.TooLargeNotice) and view.model.rows
    assert not window.catalogue.exceeds("enterprise", 1000) and window.catalogue.exceeds("enterprise", 5)


def test_a_map_too_tall_for_its_page_is_printed_with_its_segments_closed(window, qtbot):
    """Segments opened on screen to show every member are closed again for a picture that must fit a page."""
    from desktopapp.reports.chainmap import filter_chain_map, map_members

    view = open_map(window, qtbot)
    model = view.model
    for row in model.rows:
        row.unplaced_expanded = True
        for seg in row.segments:
            seg.expanded = True
    collapsed = filter_chain_map(model, {m.id for m in map_members(model)}, collapse=True)
    assert not any(seg.expanded for row in collapsed.rows for seg in row.segments)
    assert not any(row.unplaced_expanded for row in collapsed.rows)
    kept = filter_chain_map(model, {m.id for m in map_members(model)})
    assert all(seg.expanded for row in kept.rows for seg in row.segments)


def test_dashboard_cites_sources_by_their_english_title_in_english(bundled_db):
    """A tile's source line: 《中文标题》 on the Chinese board, the editors' English title on the English one."""
    from desktopapp.catalogue.english import localiser
    from desktopapp.reports.dashboard import load_dashboard

    with Catalogue(bundled_db) as cat:
        data = load_dashboard(cat)
        figure = data.tiles[0].id
        chinese = data.source(figure)
        data.english = localiser(cat)
        english = data.source(figure)
    assert "《" in chinese and chinese[:7] == english[:7]  # the same date
    assert "《" not in english and "“" in english
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in english)
