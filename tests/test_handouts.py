"""Handouts an investor can be given: every character prints and extracts, notes and markers are complete,
no editors' working notes or internal figures, honest gaps, PDF metadata and clear write errors."""

import os
import re
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

pypdf = pytest.importorskip("pypdf")

from desktopapp.catalogue import Catalogue
from desktopapp.write import importer  # noqa: E402
from desktopapp.fonts import coverage  # noqa: E402

RARE_NAME = "重庆鑫燊喆精密科技有限公司"


def _text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def _flat(s: str) -> str:
    return "".join(s.split())


# ---------------------------------------------------------------------- 13.1 every character prints


def test_font_covers_every_unified_ideograph_without_radicals():
    have = coverage.covered()
    unified = [cp for cp in range(0x4E00, 0xA000) if cp in have]
    assert len(unified) > 20900  # all the source font has (a few newest code points aside)
    assert sum(0x3400 <= cp <= 0x4DBF for cp in have) > 6500  # Extension A
    assert not [cp for cp in have if 0x2E80 <= cp <= 0x2FDF]  # radicals would garble PDF text
    assert coverage.missing("燊喆堃犇昇珺玥旸镕垚瑄璟祎禛翀胶") == ""
    assert coverage.missing("A 壿😀\n") == "壿😀"  # 壿 shares its glyph with 墫: left out, so reported


def test_rare_name_imported_through_the_template_prints_and_extracts_exactly(qapp, tmp_path, source):
    from openpyxl import load_workbook

    from desktopapp.reports import render_sheet

    template = importer.write_template("enterprise", tmp_path / "template.xlsx")
    book = load_workbook(template)
    headers = [c.value for c in book["数据"][1]]
    row = [None] * len(headers)
    row[headers.index("*名称")] = RARE_NAME
    book["数据"].append(row)
    book.save(template)
    report = importer.run(source, template, "enterprise")
    assert report.written and not report.warnings, report.text()
    with Catalogue(report.catalogue) as cat:
        eid = cat.find(RARE_NAME, "enterprise")[0]
        out = tmp_path / "rare.pdf"
        render_sheet(cat, out, eid)
    assert RARE_NAME in _text(out)


def test_import_warns_about_characters_without_a_glyph(tmp_path, source):
    from test_maintenance import write_csv

    file = write_csv(tmp_path / "rows.csv", [["名称", "简介"], ["重庆壿业有限公司", "做😀表情"]])
    report = importer.run(source, file, "enterprise", dry_run=True)
    assert report.ok  # a warning, not a problem: the row can still be imported
    assert [(w.row, w.column) for w in report.warnings] == [(2, "名称"), (2, "简介")]
    assert "壿" in report.text() and "😀" in report.text() and "□" in report.text()


# ---------------------------------------------------------------------- 13.8 PDF hygiene


@pytest.fixture(scope="module")
def cat(qapp):
    from desktopapp.catalogue import paths

    c = Catalogue(paths.bundled_catalogue())
    yield c
    c.close()


@pytest.fixture(scope="module")
def brochure(cat, tmp_path_factory):
    from desktopapp.reports import build_brochure

    out = tmp_path_factory.mktemp("brochure") / "brochure.pdf"
    result = build_brochure(cat, out, generated="2025-06-01")
    return out, result


@pytest.fixture(scope="module")
def brochure_text(brochure):
    return _text(brochure[0])


def test_brochure_keeps_title_subject_and_language_after_bookmarks(cat, brochure):
    out, result = brochure
    assert result.bookmarks
    reader = pypdf.PdfReader(str(out))
    info = reader.metadata
    assert info.title.startswith(cat.meta["park"]) and "招商资料册" in info.title
    assert info.subject and reader.trailer["/Root"]["/Lang"] == "zh-CN"
    assert reader.outline  # bookmarks are still there
    if shutil.which("pdfinfo"):
        import subprocess

        shown = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert f"Title:           {info.title}" in shown


def test_contents_entries_link_to_their_sheets(cat, brochure):
    out, _ = brochure
    reader = pypdf.PdfReader(str(out))
    index = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) > 10
    huahong = cat.row(cat.find("华虹仪表", "enterprise")[0])["name"]
    targets = [index[a["/Dest"][0].idnum] for a in links]
    assert any(huahong in (reader.pages[t].extract_text() or "") for t in targets)
    assert all(t >= 2 for t in targets)  # sheets follow the cover and contents


def test_writing_into_a_missing_folder_or_over_a_file_fails_clearly(cat, tmp_path):
    from desktopapp.reports import build_brochure, render_sheet
    from desktopapp.reports.document import WriteError

    eid = cat.find("华虹仪表", "enterprise")[0]
    with pytest.raises(WriteError, match="不存在"):
        render_sheet(cat, tmp_path / "missing" / "x.pdf", eid)
    (tmp_path / "file").write_text("x")
    with pytest.raises(WriteError, match="不是文件夹"):
        build_brochure(cat, tmp_path / "file" / "x.pdf")
    with pytest.raises(OSError):  # a WriteError is an OSError: the GUI's handlers catch it
        render_sheet(cat, tmp_path, eid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]  # no partial file anywhere


def test_pictures_export_on_a4_or_a3(qapp, tmp_path):
    from desktopapp.reports.canvas import Picture, paper_for, render_pdf
    from desktopapp.reports.document import WriteError

    assert paper_for(500, 700)[0] == "A4" and paper_for(500, 700)[4] == 1.0
    assert paper_for(1100, 700)[:1] == ("A4",) and paper_for(1100, 700)[2] > paper_for(1100, 700)[3]
    assert paper_for(1600, 1000)[0] == "A3"
    picture = Picture("图谱", "副标题", "来源", 1400, 600, lambda p, r, u: p.drawRect(r))
    out = render_pdf(picture, tmp_path / "wide.pdf")
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape
    with pytest.raises(WriteError):
        render_pdf(picture, tmp_path / "missing" / "wide.pdf")


# ---------------------------------------------------------------------- 13.7 every statement traceable


@pytest.fixture(scope="module")
def many_sources(qapp, tmp_path_factory):
    """A copy of the catalogue where 华虹仪表 has 40 more figures, each from an article of its own, and a
    figure on which two articles disagree."""
    import sqlite3

    from desktopapp.catalogue import paths

    db = tmp_path_factory.mktemp("sources") / "catalogue.db"
    shutil.copy(paths.bundled_catalogue(), db)
    with Catalogue(db) as c:
        eid = c.find("华虹仪表", "enterprise")[0]
    conn = sqlite3.connect(db)
    for i in range(1, 41):
        sid = f"t{i}"
        conn.execute("INSERT INTO sources (id, title, date, scope, file, text) VALUES (?, ?, ?, 'park', ?, ?)",
                     (sid, f"测试报道第{i}篇", f"2024-{(i % 12) + 1:02d}", f"{sid}.txt", f"指标{i}为{i}亿元"))
        cid = conn.execute("INSERT INTO citations (source_id, quote, joined) VALUES (?, ?, 0)",
                           (sid, f"指标{i}为{i}亿元")).lastrowid
        conn.execute("INSERT INTO facts (entity_id, field, value, basis, citation_id, conflict, current) "
                     "VALUES (?, ?, ?, 'actual', ?, 0, 1)", (eid, f"测试指标{i}", f"{i}亿元", cid))
    cites = []
    for sid, value, date in (("t1", "20万方", "2023-02"), ("t2", "30万方", "2025-05")):
        cites.append(conn.execute("INSERT INTO citations (source_id, quote, joined, as_of) VALUES (?, ?, 0, ?)",
                                  (sid, value, date)).lastrowid)
    for (value, date, current), cid in zip((("20万方", "2023-02", 0), ("30万方", "2025-05", 1)), cites):
        conn.execute("INSERT INTO facts (entity_id, field, value, as_of, basis, citation_id, conflict, current) "
                     "VALUES (?, '建筑面积', ?, ?, 'actual', ?, 7, ?)", (eid, value, date, cid, current))
    conn.commit()
    conn.close()
    c = Catalogue(db)
    yield c, eid
    c.close()


def test_an_entity_with_43_sources_prints_43_notes(many_sources, tmp_path):
    from desktopapp.reports import render_sheet

    cat, eid = many_sources
    d = cat.details(eid)
    assert len(d.sources) == 43
    out = tmp_path / "many.pdf"
    render_sheet(cat, out, eid)
    flat = _flat(_text(out))
    for n in range(1, 44):
        assert f"[{n}]" in flat
    for i in range(1, 41):
        assert f"《测试报道第{i}篇》" in flat, i
    for s in d.sources[:3]:
        assert _flat(s["title"]) in flat


def test_disagreeing_sources_are_shown_beside_the_current_value(many_sources, tmp_path):
    from desktopapp.reports import render_sheet

    cat, eid = many_sources
    out = tmp_path / "conflict.pdf"
    render_sheet(cat, out, eid)
    flat = _flat(_text(out))
    assert "30万方" in flat and "另有报道：20万方（2023-02）" in flat


def test_profile_tags_and_timeline_steps_carry_markers(cat, tmp_path):
    from desktopapp.reports.document import geometry
    from desktopapp.reports.sheets import layout_sheet
    from desktopapp.reports.sheets.common import Context, doc_info

    eid = cat.find("华虹仪表", "enterprise")[0]
    sheet = layout_sheet(Context(cat, geometry(), doc_info(cat)), eid)
    texts = [op[4] for page in sheet.pages for op in page.ops if op[0] == 0]
    assert any(t.startswith("国家级专精特新“小巨人” [") for t in texts)  # a tag chip with its marker
    assert any(re.search(r"。 \[[\d,]+\]$", t) for t in texts)  # the profile's last line ends with one
    assert "2022-10（推算）" in texts and any(t.startswith("[") and t.endswith("]") and len(t) < 12
                                            for t in texts)  # the timeline step's marker


# ---------------------------------------------------------------------- 13.2 no editors' working notes


def test_descriptions_lose_editors_notes_and_keep_one_inference_marker():
    from desktopapp.reports.clean import for_print

    assert for_print("归入传感器及仪器仪表链之下为编者归类（推断）。") == ""
    assert for_print("中南高科·北碚科技智慧港项目的实施方（由项目名称推断）。") == "中南高科·北碚科技智慧港项目的实施方（推算）。"
    assert for_print("科学城运行的无人驾驶智能网联公交小巴（图片说明）。") == "科学城运行的无人驾驶智能网联公交小巴。"
    assert for_print("见于文末图片说明的中南高科超充站。") == "中南高科超充站。"
    assert for_print("a0称其即将建成投产；项目总投资10亿元。") == "项目总投资10亿元。"
    assert for_print("生产智能电表。签约日期未说明（a0称其即将建成…") == "生产智能电表。"
    assert for_print("Apple (Chengdu) makes a1 chips.") == "Apple (Chengdu) makes a1 chips."


def test_default_brochure_prints_no_working_notes(brochure_text):
    text = brochure_text
    for word in ("图片说明", "编者", "推断", "文章约为", "文称"):
        assert word not in text, word
    assert not re.search(r"(?<![A-Za-z0-9])a\d(称|中)", text)
    assert "…" not in text.replace("……", "")  # no note cut mid-sentence (a wrapped name may end in one)


# ---------------------------------------------------------------------- 13.3 investor figures by default


def test_figures_are_for_investors_unless_recorded_or_named_internal(cat, tmp_path):
    import sqlite3

    from desktopapp.catalogue import Filters, paths
    from desktopapp.catalogue.audience import classify, for_audience

    assert classify(None, "廉政风险点排查数") == "internal" and classify("", "协议引资") == "investor"
    assert classify("investor", "党建攻坚任务清单项数") == "investor"  # a recorded audience wins
    ids = cat.ids(Filters(kind="figure", facets={"scope": ["park"]}))
    shown = {cat.row(i)["metric"] for i in for_audience(cat, ids)}
    assert "协议引资" in shown and not {"廉政风险点排查数", "党建攻坚任务清单项数", "重点任务督办清单项数",
                                        "历史遗留问题化解率"} & shown
    assert len(for_audience(cat, ids, include_internal=True)) == len(ids)
    db = tmp_path / "audience.db"  # a catalogue recording the audience in its own column
    shutil.copy(paths.bundled_catalogue(), db)
    conn = sqlite3.connect(db)
    if "audience" not in {r[1] for r in conn.execute("PRAGMA table_info(entities)")}:
        conn.execute("ALTER TABLE entities ADD COLUMN audience TEXT")
    conn.execute("UPDATE entities SET audience = 'internal' WHERE metric = '企业满意度'")
    conn.commit()
    conn.close()
    with Catalogue(db) as c:
        shown = {c.row(i)["metric"] for i in for_audience(c, ids)}
    assert "企业满意度" not in shown and "协议引资" in shown


def test_park_sheet_opens_with_headline_block_and_investor_figures(cat, tmp_path):
    from desktopapp.reports import render_sheet

    out = tmp_path / "park.pdf"
    render_sheet(cat, out)
    text = _text(out)
    first = pypdf.PdfReader(str(out)).pages[0].extract_text()
    for theme in ("园区速览", "定位", "产业体系", "项目与投资", "空间载体", "交通与生活", "合作伙伴"):
        assert theme in first, theme
    for word in ("廉政", "党建", "督办", "历史遗留问题"):
        assert word not in text, word
    assert "未来3年（2025年起）" in _flat(text)
    render_sheet(cat, out, all_figures=True)
    assert "廉政" in _text(out)


def test_default_brochure_has_no_internal_figure(brochure_text):
    text = brochure_text
    for word in ("廉政", "党建", "督办"):
        assert word not in text, word


# ---------------------------------------------------------------------- 13.4 honest gaps


def test_sensor_chain_prints_no_gap_where_its_article_calls_the_chain_complete(cat, tmp_path):
    from desktopapp.reports import render_sheet
    from desktopapp.reports.chainmap import COMPLETE, GAP, load_map, segment_status

    assert segment_status(["形成“材料—设计—制造—封装—应用”全链条"], []) == COMPLETE
    assert segment_status(["打造传感器芯片生产—模组组装—下游应用为一体的产业集群"], []) == GAP
    assert segment_status(["某环节"], []) == "unknown"
    cid = cat.find("传感器及仪器仪表", "chain")[0]
    model = load_map(cat, cid)
    sensor = next(r for r in model.rows if r.chain_id == cid)
    assert not [s for s in sensor.segments if s.is_gap]  # "形成…全链条": covered, never 待补链
    assert {s.name for s in sensor.segments if s.is_open} >= {"材料"}
    assert model.gaps()  # the sub-chain's segments that an article names as a target stay gaps
    out = tmp_path / "sensor.pdf"
    render_sheet(cat, out, cid)
    text = _flat(_text(out))
    gaps = text.split("待补链环节（招商方向）")[1].split("暂无园区企业名单的环节")[0]
    assert "材料" not in gaps and "研发设计" not in gaps and "传感器芯片生产" in gaps
    assert "已形成全链条" in text


def test_whole_system_map_lists_key_chains_without_park_enterprises(cat):
    from desktopapp.reports.chainmap import load_map

    system = cat.find("“1+3+X”现代产业体系", "chain")[0]
    unfilled = load_map(cat, system).unfilled_chains()
    assert "卫星互联网" in unfilled and "传感器及仪器仪表" not in unfilled


def test_same_chain_enterprises_name_up_and_downstream_neighbours(cat):
    from desktopapp.reports.document import geometry
    from desktopapp.reports.sheets.common import Context, doc_info
    from desktopapp.reports.sheets.enterprise import chain_neighbours

    ctx = Context(cat, geometry(), doc_info(cat))
    d = cat.details(cat.find("华虹仪表", "enterprise")[0])
    (chain, rows), = chain_neighbours(ctx, d)
    rows = dict(rows)
    assert chain == "传感器及仪器仪表"
    assert "川仪精密" in rows["同环节"] and "封装测试：中科光智" in rows["下游"]
    assert "斯太宝" in rows["同链其他"]  # on the chain without a segment: the whole chain counts


# ---------------------------------------------------------------------- 13.5 a brochure of the park


def test_default_brochure_is_the_parks_with_projects_and_compact_lists(cat, brochure, brochure_text):
    from desktopapp.catalogue import Filters

    out, result = brochure
    reader = pypdf.PdfReader(str(out))
    sections = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "项目" in sections
    sheets = {o.title for group in reader.outline if isinstance(group, list) for o in group}
    assert "企业名录（15）" in sheets or any(t.startswith("企业名录") for t in sheets)
    outside = [cat.row(i)["name"] for i in cat.ids(Filters(kind="enterprise")) if cat.row(i)["scope"] != "park"]
    assert not set(outside) & sheets  # the park's own scope
    text = _flat(brochure_text)
    bare = next(i for i in cat.ids(Filters(kind="enterprise", facets={"scope": ["park"]}))
                if not cat.details(i).facts)
    assert cat.row(bare)["name"] not in sheets and _flat(cat.row(bare)["name"]) in text  # listed, no page


def test_every_sheet_option_and_filtered_title(cat, tmp_path):
    from desktopapp.catalogue import Filters
    from desktopapp.reports import build_brochure

    out = tmp_path / "all.pdf"
    result = build_brochure(cat, out, every_sheet=True)
    sheets = {o.title for group in pypdf.PdfReader(str(out)).outline if isinstance(group, list) for o in group}
    assert not any("名录" in t for t in sheets) and result.sheets == len(sheets) + 1  # + the park sheet
    out = tmp_path / "filtered.pdf"
    build_brochure(cat, out, filters=[Filters(kind="enterprise", facets={"stage": ["投产"], "scope": ["park"]})])
    reader = pypdf.PdfReader(str(out))
    assert reader.metadata.title.endswith("（类别：企业；阶段：投产）")
    assert "本册按以下条件选编：类别：企业；阶段：投产" in _flat(reader.pages[0].extract_text())


def test_contents_of_two_thousand_entries_are_set_in_columns(cat):
    from desktopapp.reports.brochure import _contents
    from desktopapp.reports.document import geometry
    from desktopapp.reports.sheets.common import Context, Sheet, doc_info

    ctx = Context(cat, geometry(), doc_info(cat))
    sheets = [Sheet(f"enterprise:{i}", "enterprise", f"重庆测试企业第{i}号有限公司") for i in range(2000)]
    contents = _contents(ctx, [("enterprise", sheets)])
    assert len(contents.pages) <= 16  # 3 columns of small type, about 130 entries a page
    xs = {round(op[2]) for op in contents.pages[1].ops if op[0] == 0}
    assert len({x for x in xs if x > 0}) >= 3
    assert sum(len(p.links) for p in contents.pages) == 2001  # the section and every entry are links


# ---------------------------------------------------------------------- 13.6 who hands it over


def test_no_publisher_block_when_the_catalogue_names_none(brochure, cat):
    from desktopapp.catalogue import publisher

    assert publisher.read(cat).empty  # nothing invented in the bundled catalogue
    out, _ = brochure
    reader = pypdf.PdfReader(str(out))
    assert "地址：" not in reader.pages[0].extract_text() and not reader.metadata.get("/Author")


def test_publisher_block_on_cover_and_footers_with_qr_and_attached_images(qapp, tmp_path, source):
    from PIL import Image

    from desktopapp.catalogue import publisher
    from desktopapp.write.publisher import store as store_publisher
    from desktopapp.write import images
    from desktopapp.reports import build_brochure, render_sheet
    from desktopapp.reports.brochure import _cover
    from desktopapp.reports.document import geometry
    from desktopapp.reports.sheets import layout_sheet
    from desktopapp.reports.sheets.common import Context, doc_info

    Image.new("RGB", (300, 120), (20, 80, 160)).save(tmp_path / "logo.png")
    Image.new("RGB", (600, 400), (120, 160, 200)).save(tmp_path / "photo.jpg")
    who = publisher.Publisher("北碚园区招商服务中心", "重庆市北碚区某路1号", "023-12345678", "invest@example.org",
                              "https://example.org/park")
    copy = store_publisher(source, who, logo_file=tmp_path / "logo.png")
    with Catalogue(copy) as c:
        eid = c.find("华虹仪表", "enterprise")[0]
    images.attach(copy, eid, tmp_path / "photo.jpg", "photo")
    images.attach(copy, eid, tmp_path / "logo.png", "logo")
    with Catalogue(copy) as c:
        read = publisher.read(c)
        assert (read.office, read.web) == (who.office, who.web) and read.logo
        out = tmp_path / "b.pdf"
        build_brochure(c, out)
        ctx = Context(c, geometry(), doc_info(c))
        cover = _cover(ctx, {"enterprise": 1}, "")
        sheet = layout_sheet(ctx, eid)
        render_sheet(c, tmp_path / "s.pdf", eid)
    reader = pypdf.PdfReader(str(out))
    assert reader.metadata.author == who.office
    first = _flat(reader.pages[0].extract_text())
    for part in ("北碚园区招商服务中心", "地址：重庆市北碚区某路1号", "电话：023-12345678", "https://example.org/park"):
        assert _flat(part) in first
    assert all("北碚园区招商服务中心" in (p.extract_text() or "") for p in reader.pages)  # every footer
    dark = [op for op in cover.pages[0].ops if op[0] == 1 and op[2] == "#000000"]
    assert len(dark) > 40  # the QR code's modules, as vector rectangles
    assert sum(op[0] == 4 for op in cover.pages[0].ops) == 1  # the logo
    assert sum(op[0] == 4 for page in sheet.pages for op in page.ops) == 2  # the entity's logo and photo
    text = _text(tmp_path / "s.pdf")
    assert "北碚园区招商服务中心" in text


# ---------------------------------------------------------------------- 13.9 the finishing pass reads little


def test_finishing_pass_reads_only_the_tail_and_page_tree(brochure, tmp_path, monkeypatch):
    import builtins

    from desktopapp.reports.pdfupdate import Metadata, OutlineItem, update

    out, _ = brochure
    copy = tmp_path / "copy.pdf"
    shutil.copyfile(out, copy)
    read = []
    real_open = builtins.open

    class Counting:
        def __init__(self, fh):
            self.fh = fh

        def read(self, n=-1):
            data = self.fh.read(n)
            read.append(len(data))
            return data

        def readline(self):
            line = self.fh.readline()
            read.append(len(line))
            return line

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(builtins, "open", lambda f, mode="r", *a, **k: Counting(real_open(f, mode, *a, **k))
                        if str(f) == str(copy) else real_open(f, mode, *a, **k))
    update(copy, Metadata("标题"), [OutlineItem("目录", 1)])
    monkeypatch.undo()
    assert sum(read) < copy.stat().st_size / 10
    reader = pypdf.PdfReader(str(copy))
    assert reader.metadata.title == "标题" and len(reader.pages) == len(pypdf.PdfReader(str(out)).pages)


def test_dashboard_headline_cards_show_investor_figures(cat):
    from desktopapp.reports.dashboard import load_dashboard

    metrics = {f.metric for f in load_dashboard(cat).tiles}
    assert metrics and not {m for m in metrics if any(w in m for w in ("廉政", "党建", "督办", "历史遗留"))}
    everything = {f.metric for f in load_dashboard(cat, include_internal=True).tiles}
    assert "历史遗留问题化解率" in everything


def test_import_dialog_lists_characters_without_a_glyph(window, qtbot, tmp_path):
    import csv

    from PySide6.QtCore import Qt

    from desktopapp.gui.maintenance import ImportDialog

    file = tmp_path / "rows.csv"
    with open(file, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["名称"], ["重庆壿业有限公司"]])
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(file))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("enterprise"))
    dialog.show()
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10000)  # the check runs as a background task
    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert rows and rows[0][:2] == ["2", "名称"] and "壿" in rows[0][2]
    assert dialog.import_button.isEnabled()  # a warning does not stop the import
    dialog.close()


def test_cli_factsheet_into_a_missing_folder_exits_non_zero(tmp_path):
    import subprocess
    import sys

    from conftest import ROOT

    run = subprocess.run([sys.executable, "-m", "desktopapp", "factsheet", "park", "-o",
                          str(tmp_path / "missing" / "x.pdf")], capture_output=True, text=True, timeout=120,
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode != 0 and "已写入" not in run.stdout and "不存在" in run.stderr
    assert not (tmp_path / "missing").exists()


def test_neighbour_groups_name_the_first_others_and_count_them_all():
    """A sheet names the first twelve of a chain's other enterprises and counts the rest, without listing a
    segment's hundreds of thousands of members for every sheet (10^6: minutes per brochure before)."""
    from desktopapp.reports.sheets.enterprise import _Group

    group = _Group("生产制造")
    for i, name in enumerate(["甲", "乙", "丙", "甲"]):
        group.add(name, i)
    group.add("丁", 9)
    assert group.without(9, ["丁"], 12) == (["甲", "乙", "丙"], 3)  # 丁 is only the sheet's own enterprise
    assert group.without(0, ["甲"], 12) == (["甲", "乙", "丙", "丁"], 4)  # another 甲 (id 3) stays
    assert group.without(9, ["丁"], 1) == (["甲", "乙"], 3)  # the first limit + 1, and the count of all
