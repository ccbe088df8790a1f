"""English content: every bundled entity and every vocabulary value has an English text (editors'
translations from resources/catalogue/english.toml, copied into the catalogue by the build); an entity
without one shows its Chinese name."""

import re
import sqlite3
from html import escape

import pytest

from desktopapp.catalogue import english, paths
from desktopapp.write.build import build
from desktopapp.catalogue.errors import SourceError


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    target = tmp_path_factory.mktemp("english") / "catalogue.db"
    build(paths.sources_dir(), target)
    conn = sqlite3.connect(target)
    yield conn
    conn.close()


def test_every_bundled_entity_has_an_english_name(built):
    missing = english.missing(built)
    assert not missing, (
        f"{len(missing)} bundled entities have no English name; add them to resources/catalogue/english.toml "
        "under their kind, keyed by entity key:\n" + "\n".join(f"  [{k}] {key!r}  ({name})" for k, key, name in missing))
    total = built.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert built.execute("SELECT count(*) FROM entity_english").fetchone()[0] == total
    assert {r[0] for r in built.execute("SELECT DISTINCT basis FROM entity_english")} == {"editors"}


def test_every_summary_has_an_english_translation(built):
    missing = built.execute(
        "SELECT n.key FROM entities n LEFT JOIN entity_english e ON e.entity_id = n.id "
        "WHERE coalesce(n.summary, '') != '' AND coalesce(e.summary, '') = ''").fetchall()
    assert not missing, f"summaries without English (add them to [summary] in english.toml): {missing}"


def test_english_file_names_only_existing_entities(built):
    assert english.unknown_keys(built, paths.sources_dir()) == []


@pytest.mark.parametrize("field, query", [
    ("stage", "SELECT stage FROM stages UNION SELECT stage FROM entities"),
    ("status", "SELECT status FROM entities"),
    ("category", "SELECT category FROM entities"),
    ("tier", "SELECT tier FROM entities"),
    ("role", "SELECT role FROM links"),
    ("scope", "SELECT scope FROM entities"),
    ("tag", "SELECT tag FROM tags"),
    ("unit", "SELECT unit FROM facts UNION SELECT unit FROM entities"),
    ("metric", "SELECT metric FROM entities"),
    ("field", "SELECT field FROM facts"),
])
def test_every_vocabulary_value_has_english(built, field, query):
    values = {r[0] for r in built.execute(query) if r[0]}
    known = {r[0] for r in built.execute("SELECT value FROM term_english WHERE field = ?", (field,))}
    assert values and values <= known, f"[{field}] without English: {sorted(values - known)}"


def test_an_entity_without_english_shows_its_chinese_name(built, tmp_path):
    eid, name = built.execute("SELECT id, name FROM entities WHERE key = '华虹仪表'").fetchone()
    assert english.english_name(built, eid) == "Chongqing Huahong Instrument Co., Ltd."
    assert english.term(built, "stage", "投产") == "In production"
    assert english.term(built, "stage", "不存在") == "不存在"
    copy = tmp_path / "no-english.db"
    built.execute(f"VACUUM INTO '{copy}'")
    conn = sqlite3.connect(copy)
    conn.execute("DELETE FROM entity_english WHERE entity_id = ?", (eid,))
    assert english.english_name(conn, eid) == name
    conn.execute("DROP TABLE entity_english")  # a catalogue built before English existed
    assert english.english_name(conn, eid) == name
    assert english.term(conn, "stage", "投产") == "投产"
    assert len(english.missing(conn)) == conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    conn.close()


def test_a_name_stated_in_english_must_be_in_an_article(tmp_path):
    (tmp_path / english.FILE).write_text(
        '[enterprise]\n"海斯坦普" = { name = "Gestamp", quote = "Gestamp Automoción" }\n"华虹仪表" = "Huahong"\n',
        encoding="utf-8")

    def catalogue():
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE entities (id INTEGER PRIMARY KEY, kind TEXT, key TEXT, name TEXT)")
        conn.executemany("INSERT INTO entities VALUES (?, 'enterprise', ?, ?)",
                         [(1, "海斯坦普", "海斯坦普"), (2, "华虹仪表", "重庆华虹仪表有限公司")])
        return conn

    with pytest.raises(SourceError, match="in no article"):
        english.write(catalogue(), tmp_path, {"a0": "海斯坦普的汽车零部件"})
    conn = catalogue()
    assert english.write(conn, tmp_path, {"a0": "海斯坦普（Gestamp Automoción）的汽车零部件"}) == 2
    assert conn.execute("SELECT entity_id, basis, quote FROM entity_english ORDER BY entity_id").fetchall() == [
        (1, "stated", "Gestamp Automoción"), (2, "editors", None)]


def test_localiser_labels_chains_filters_and_vocabulary(built):
    built.row_factory = sqlite3.Row
    try:
        english = __import__("desktopapp.catalogue.english", fromlist=["Localiser"]).Localiser(built)
    finally:
        built.row_factory = None
    assert english.chains("传感器及仪器仪表、传感器及仪器仪表·封装测试") == \
        "Sensors and instruments, Sensors and instruments · Packaging and testing"
    assert english.facet_label("segment", "chain:传感器及仪器仪表/制造", "传感器及仪器仪表 · 生产制造") == \
        "Sensors and instruments · Manufacturing"
    assert english.facet_label("chain", "chain:3238", "“3238”现代制造业集群体系") == \
        "\"3238\" modern manufacturing cluster system"
    assert english.facet_label("facility", "西永综保区", "西永综保区") == "Xiyong Comprehensive Bonded Zone"
    assert english.facet_label("stage", "投产", "投产") == "In production"
    assert english.facet_label("year", "2024", "2024") == "2024"
    assert english.facet_label("chain", "chain:没有", "没有") == "没有"


@pytest.fixture
def english_content():
    from desktopapp import i18n

    i18n.set_content_language("en")
    yield
    i18n.set_content_language("zh")


def test_english_list_and_details_show_english_names(english_content, qtbot, settings, built, tmp_path):
    from desktopapp.catalogue import Catalogue
    from desktopapp.gui.app import make_application
    from desktopapp.gui.mainwindow import MainWindow

    db = tmp_path / "catalogue.db"
    built.execute(f"VACUUM INTO '{db}'")
    make_application()
    from desktopapp import i18n

    i18n.set_content_language("en")  # make_application installs the tests' language (Chinese) again
    window = MainWindow(Catalogue(db), settings)
    qtbot.addWidget(window)
    window.show()
    section = window.current_section()
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=5000)
    names = [section.model.data(section.model.index(r, 0)) for r in range(section.model.rowCount())]
    assert "Chongqing Huahong Instrument Co., Ltd." in names and "Gestamp" in names
    assert not [n for n in names if any("\u4e00" <= ch <= "\u9fff" for ch in n)]
    hh = window.catalogue.conn.execute("SELECT id FROM entities WHERE key = '华虹仪表'").fetchone()[0]
    window.navigate_to(hh)
    qtbot.waitUntil(lambda: section.detail.entity_id() == hh, timeout=5000)
    text = section.detail.browser.toPlainText()
    assert text.splitlines()[1].startswith("Chongqing Huahong Instrument Co., Ltd.")
    assert "重庆华虹仪表有限公司 · English name: editors' translation" not in text  # the marker is translated …
    assert "重庆华虹仪表有限公司 · 英文为编者译名" in text  # … by the English .qm, not installed in this test
    assert "In production" in text
    assert "its smart-grid electricity metering base was the park's first project in production" in text
    assert "其智能电网电能计量产业基地项目" not in text
    assert "inferred to sit in the manufacturing segment of the sensors and instruments chain" in text  # notes
    assert "推断处于传感器及仪器仪表链" not in text and "推算投产约为2022年10月" not in text


def test_english_names_are_searchable_by_word_prefix(built, tmp_path):
    from desktopapp.catalogue import Catalogue, Filters

    db = tmp_path / "catalogue.db"
    built.execute(f"VACUUM INTO '{db}'")
    cat = Catalogue(db)
    try:
        def keys(text, kind="enterprise"):
            return [cat.row(i)["key"] for i in cat.ids(Filters(kind=kind, text=text))]

        assert keys("Gestamp") == ["海斯坦普"]
        assert keys("gestamp") == keys("GESTAMP") == ["海斯坦普"]
        assert "华虹仪表" in keys("huahong instr")  # every term a word's start
        assert "华虹仪表" not in keys("strument")  # not the middle of a word
        assert keys("Xiyong Bonded", "facility") == ["西永综保区"]
        assert keys("seres motor")[0] == "赛力斯电机"
        assert "西永综保区" in keys("bonded zone", "facility")
    finally:
        cat.close()


def test_every_worded_fact_value_has_english(built):
    """A fact value with Chinese in it reads in English on English sheets and in the English detail pane:
    the editors' [value] entry, or a number phrase, date or period put wholly into English. A new worded
    value without an entry fails here (add it to [value] in english.toml)."""
    loc = english.Localiser(built)
    rows = built.execute("SELECT n.key, f.field, f.value, f.unit FROM facts f "
                         "JOIN entities n ON n.id = f.entity_id ORDER BY f.id").fetchall()
    worded = [r for r in rows if english.has_cjk(r[2])]
    assert len(worded) > 300
    missing = sorted({(field, value) for _key, field, value, unit in worded
                      if loc.fact_value(value, unit) is None or english.has_cjk(loc.fact_value(value, unit))})
    assert not missing, (f"{len(missing)} fact values without English; add them to [value] in "
                         "resources/catalogue/english.toml:\n" + "\n".join(f"  {v!r}  ({f})" for f, v in missing))
    stale = [v for (v,) in built.execute("SELECT value FROM term_english WHERE field = 'value' "
                                         "AND value NOT IN (SELECT value FROM facts)")]
    assert not stale, f"[value] entries that no fact has (renamed or removed): {stale}"


def test_fact_english_prefers_the_editors_and_refuses_half_english():
    terms = {("value", "即将动工"): "Construction about to start"}
    assert english.fact_english("即将动工", None, terms) == "Construction about to start"
    assert english.fact_english("超5亿元", None, terms) == "over CNY 500 million"
    assert english.fact_english("152", "亿元", terms) == "CNY 15.2 billion"
    assert english.fact_english("2022年5月", None, terms) == "May 2022"
    assert english.fact_english("2026年9月前", None, terms) == "by September 2026"
    assert english.fact_english("一期建成投用", None, terms) is None  # not "phase 1建成投用"
    assert english.fact_english("5G", None, terms) == "5G"
    assert english.fact_english("5G", "台", terms) is None


def test_worded_values_are_english_on_english_and_bilingual_sheets(built):
    from desktopapp.catalogue.details import Citation, Fact
    from desktopapp.reports.language import Language
    from desktopapp.reports.sheets.common import fact_value

    class Cat:
        conn = built

    def fact(value, unit=None):
        return Fact("进度", value, None, unit, None, "2023-10", "actual", None,
                    [Citation(1, "a1", "t", "2023-10-01", "q", False)], 0, True)

    en, both, zh = Language(Cat(), "en"), Language(Cat(), "both"), Language(Cat(), "zh")
    assert fact_value(fact("即将动工"), en) == "Construction about to start"
    assert fact_value(fact("即将动工"), both) == "即将动工\nConstruction about to start"
    assert fact_value(fact("即将动工"), zh) == "即将动工"
    assert fact_value(fact("一期建成投用"), en) == "Phase 1 completed and in use"
    assert fact_value(fact("2022年5月"), en) == "May 2022"
    assert fact_value(fact("三大千亿级", "个"), en) == "Three clusters of CNY 100 billion or more"
    assert en.value("陈阳") == "Chen Yang" and both.value("陈阳") == "陈阳 Chen Yang"
    assert en.value("2026年9月前") == "by September 2026"


def test_english_detail_pane_shows_english_values_with_the_chinese_beneath(built):
    from desktopapp.catalogue.details import Citation, Fact
    from desktopapp.gui.detailhtml import _Builder, _facts_block

    b = _Builder(lambda s: s or "")
    loc = english.Localiser(built)
    b.value, b.term = loc.fact_value, loc.term
    cite = Citation(1, "a1", "t", "2023-10-01", "q", False)
    _facts_block(b, [Fact("进度", "即将动工", None, None, "一期", "2023-10", "actual", None, [cite], 0, True)], "项目")
    html = "".join(b.parts)
    assert "Construction about to start" in html and "即将动工" in html and "phase 1" in html
    assert html.index("Construction about to start") < html.index("即将动工")
    plain = _Builder(lambda s: s or "")  # Chinese pane: the value as stated, nothing else
    _facts_block(plain, [Fact("进度", "即将动工", None, None, None, "2023-10", "actual", None, [cite], 0, True)], "项目")
    assert "即将动工" in "".join(plain.parts) and "Construction" not in "".join(plain.parts)


NOTES = "SELECT note FROM links UNION SELECT note FROM facts UNION SELECT note FROM stages"


def test_every_note_has_english(built):
    """Every editors' note on a link, fact or stage has its English in [note] (keyed by the note as stored),
    and every entry is a note of the catalogue. The English keeps Chinese only where it quotes the note's
    own Chinese (a misprint, a line cut by the clipping), and an inference still says it is one."""
    notes = {r[0] for r in built.execute(NOTES) if r[0]}
    entries = dict(built.execute("SELECT value, english FROM term_english WHERE field = 'note'").fetchall())
    assert len(notes) > 150
    missing = sorted(notes - set(entries))
    assert not missing, (f"{len(missing)} notes without English; add them to [note] in "
                         "resources/catalogue/english.toml:\n" + "\n".join(f"  {n!r}" for n in missing))
    stale = sorted(set(entries) - notes)
    assert not stale, f"[note] entries that no note has (reworded or removed): {stale}"
    for chinese, text in entries.items():
        assert text and not [run for run in re.findall(r"[\u3400-\u9fff]+", text) if run not in chinese], text
        if re.search("推断|推算|判断", chinese):
            assert re.search(r"(?i)infer|worked out|judg", text), (chinese, text)


def test_note_english_reads_merged_notes_and_nothing_else():
    terms = {("note", "甲；乙"): "A; B", ("note", "丙"): "C", ("value", "丁"): "D"}
    assert english.note_english("丙", terms) == "C"
    assert english.note_english("丙；甲；乙", terms) == "C A; B"  # two notes merged on one link
    assert english.note_english("丙；戊", terms) is None  # half English is no English
    assert english.note_english("丁", terms) is None and english.note_english("丙", None) is None


def _huahong(built, tmp_path):
    from desktopapp.catalogue import Catalogue

    db = tmp_path / "catalogue.db"
    built.execute(f"VACUUM INTO '{db}'")
    cat = Catalogue(db)
    return cat, cat.conn.execute("SELECT id FROM entities WHERE key = '华虹仪表'").fetchone()[0]


def test_english_detail_pane_shows_english_notes_and_the_chinese_pane_keeps_them(built, tmp_path):
    from desktopapp.gui.detailhtml import render

    cat, hh = _huahong(built, tmp_path)
    try:
        details = cat.details(hh)
        chinese = render(details).html
        html = render(details, english=english.Localiser(cat.conn)).html
    finally:
        cat.close()
    link = "生产智能电网电能计量仪表，推断处于传感器及仪器仪表链的生产制造环节。"
    stage = "文章约为2023年10月，“10月”迎来投产一周年，推算投产约为2022年10月。"
    assert escape(link) in chinese and escape(stage) in chinese
    assert escape(link) not in html and escape(stage) not in html
    assert "Makes smart-grid electricity meters; inferred to sit in the manufacturing segment" in html  # merged
    assert '">: Makes smart-grid' in html and '">：生产智能电网' in chinese  # English punctuation before it
    assert "the chain-leader role and the &quot;manufacturing&quot; segment (smart meter production)" in html
    assert "production is worked out to have started in about October 2022" in html
    assert "&quot;Western (Chongqing) Science City Beibei Park poised to take off&quot; (about October 2023)" in html


def test_park_timeline_tips_give_notes_in_english(english_content, built, tmp_path):
    from desktopapp.reports.parktimeline import load_timeline

    cat, hh = _huahong(built, tmp_path)
    try:
        tracks, _ = load_timeline(cat)
    finally:
        cat.close()
    notes = [m.note for t in tracks if t.id == hh for m in t.milestones if m.note]
    assert notes and not [n for n in notes if english.has_cjk(n)], notes
    assert any("production is worked out to have started in about October 2022" in n for n in notes)
