"""English that reads right with any count, and English list punctuation.

The English interface said "10 park enterprises · 1 projects" and listed English names as "Huawei、State Grid".
Counts now read "Projects: 1" (or are worded so that 1 and many both read right), and English content is
enumerated with ", " and annotated with " (…)", while Chinese text keeps "、" and "（…）" byte for byte."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from desktopapp import i18n, translators
from desktopapp.translators import translations_dir

TS = translations_dir() / "desktopapp_en.ts"
QM = (translations_dir() / "desktopapp_en.qm").exists()

# A Chinese count: a placeholder before a measure word ("企业 %2 家", "{n} 条").
COUNTED = re.compile(r"(%[0-9]|\{[a-z_]+\})\s*(?:个|家|条|项|页|份|张|字|行)")
# A count of 1 followed by up to three words ("1 projects", "1 park enterprises").
ONE_AND_WORDS = re.compile(r"(?<![\w.,])1(?![\w.,])\)?((?:\s+[A-Za-z-]+){1,3})")
NOT_A_PLURAL = {"is", "has", "was", "does", "as", "us", "its", "this", "towards", "MB"}
# A word that ends the noun phrase after the number: a verb or preposition follows it.
PHRASE_END = {"in", "of", "to", "and", "or", "not", "are", "is", "has", "was", "the", "a", "from", "by",
              "at", "for", "with", "updated", "added", "unchanged"}


def plurals_after_one(text: str) -> list[str]:
    """The plural nouns that a count of 1 in `text` is read with ("1 park enterprises" → ["enterprises"])."""
    found = []
    for m in ONE_AND_WORDS.finditer(text):
        for word in m.group(1).split():
            if word in PHRASE_END:
                break
            if word.endswith("s") and word not in NOT_A_PLURAL:
                found.append(word)
                break
    return found
# Counts that are never 1 where they are shown: duplicates (2 or more), limits (big constants), truncation.
NEVER_ONE = {
    "本表中有 {n} 行名为“{name}”，请写成 上级·名称",  # only said of two rows or more
    "目录中有 {n} 个名为“{name}”的节点，请填写上级以区分",  # likewise
    "……（全文共 %1 字，此处只显示前 %2 字）",  # only a long text is cut
    "内容过长（{n} 个字符，最多 {max} 个）",  # over a limit of many characters
    "{path} 的表格超过 {max} 行（含空行），单次最多导入 {rows} 行数据。请删去多余的行或拆分文件。",  # limits
    "{path} 的表格范围有 {rows} 行 × {columns} 列，超过导入的上限（{max_rows} 行、{max_columns} 列）。请删除多余的行和列，"
    "或把数据复制到一个新的工作表后再导入。",
    "数据超过 {max} 行，单次最多导入 {max} 行。请拆分文件。",
    "%1面向园区规模的目录（至多 %2 家企业），当前目录的企业多于此数。\n请在“企业”“项目”等列表中用筛选和搜索查看。",
}


def english_messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        for m in context.iter("message"):
            tr = m.find("translation")
            texts = [tr.text or ""] + [f.text or "" for f in tr.findall("numerusform")]
            yield context.findtext("name"), m.findtext("source"), texts, m.get("numerus") == "yes"


def with_one(source: str, english: str) -> str:
    """`english` with 1 for every placeholder the Chinese counts."""
    for placeholder in {m.group(1) for m in COUNTED.finditer(source)}:
        english = english.replace(placeholder, "1")
    return english


def test_every_english_count_reads_right_with_one():
    checked, wrong = 0, []
    for context, source, texts, numerus in english_messages():
        if numerus:  # Qt picks the singular form for 1
            texts = texts[1:2]
        if not COUNTED.search(source) or source in NEVER_ONE:
            continue
        checked += 1
        for text in texts:
            shown = with_one(source, text)
            bad = plurals_after_one(shown)
            if bad:
                wrong.append(f"[{context}] {source} → {shown}")
    assert checked > 30, checked
    assert not wrong, "\n".join(wrong)


def test_the_old_wording_would_have_failed():
    """The check above catches what the English interface used to say."""
    shown = with_one("园区企业 %1 家 · 项目 %2 个", "%1 park enterprises · %2 projects")
    assert shown == "1 park enterprises · 1 projects"
    assert plurals_after_one(shown) == ["enterprises", "projects"]
    assert plurals_after_one("Park enterprises: 1 · Projects: 1 · and 1 more (1 in all)") == []


@pytest.fixture
def english(qapp):
    """The real English translation installed, as the English window has it; Chinese again afterwards."""
    if not QM:
        pytest.skip("desktopapp_en.qm is not compiled (tools/update_translations.sh)")
    assert translators.install_translators(qapp, "en")
    try:
        yield
    finally:
        translators.install_translators(qapp, "zh")
        i18n.install(None)


def test_chain_map_status_and_info_pane_say_one_project_right(window, qtbot, english):
    view = window.chain_map
    window.tabs.setCurrentWidget(view)
    view.ensure_loaded()
    view.set_catalogue(window.catalogue)
    cid = window.catalogue.find("传感器及仪器仪表", "chain")[0]
    view.show_chain(cid)
    qtbot.waitUntil(lambda: view.model is not None and view.chain_id == cid, timeout=3000)
    assert view.counts()["project"] == 1  # the bundled chain with exactly one park project
    status = view.status_text()
    assert "Projects: 1" in status and "1 projects" not in status, status
    info = view.info.toPlainText()
    assert "Projects: 1" in info and "1 projects" not in info, info
    # The partner organisations, English names, are listed the English way.
    assert "Huawei, State Grid" in info and "、" not in info.split("Service and partner organisations")[-1]


def test_english_detail_pane_lists_with_commas_and_chinese_keeps_its_marks(qapp, catalogue):
    from desktopapp.catalogue.english import localiser
    from desktopapp.gui import detailhtml

    details = catalogue.details(catalogue.find("传感器及仪器仪表", "chain")[0])
    chinese = detailhtml.render(details, catalogue.scope_label).html
    english = detailhtml.render(details, catalogue.scope_label, english=localiser(catalogue)).html
    assert "、" in chinese and "（链主）" in chinese
    names = [m for m in details.members if m.get("role")]
    assert names
    text = re.sub(r"<[^>]+>", "", english)
    assert "Chongqing Huahong Instrument Co., Ltd. (Chain leader)," in text, text
    assert "（Chain leader）" not in text and "Instrument Co., Ltd.（" not in text
    # Aliases stay the sources' Chinese, but the English text around them is punctuated in English.
    assert ": 传感器产业链[2], 传感器产业[3]" in text and "传感器产业链[2]、" not in text


def test_english_sheet_lists_and_chinese_sheet_keeps_the_enumeration_comma(catalogue):
    from desktopapp.reports.language import Language
    from desktopapp.reports.sheets.common import joined

    names = ["Huawei", "State Grid", "China Construction Bank"]
    assert joined(names, lang=Language(catalogue, "en")) == "Huawei, State Grid, China Construction Bank"
    assert joined(["华为", "国家电网"], lang=Language(catalogue, "zh")) == "华为、国家电网"
    assert joined(["华为", "国家电网"]) == "华为、国家电网"
    assert Language(catalogue, "zh").join(["甲", "乙"]) == "甲、乙"


def test_the_separator_follows_the_content_language():
    assert i18n.joined(["甲", "乙"]) == "甲、乙" and i18n.parenthesised("链主") == "（链主）"
    i18n.set_content_language("en")
    try:
        assert i18n.joined(["A", "B"]) == "A, B" and i18n.parenthesised("leader") == " (leader)"
        assert i18n.colon() == ": "
    finally:
        i18n.set_content_language("zh")
    assert i18n.joined(["A", "B"], english=True) == "A, B" and i18n.colon(False) == "："


def test_english_list_cell_names_chains_leaf_first_with_english_punctuation(catalogue):
    from desktopapp.catalogue.english import localiser
    from desktopapp.gui.listmodel import chains_text

    names = localiser(catalogue).chain_names
    value = "传感器及仪器仪表、传感器及仪器仪表·封装测试"
    assert chains_text(value) == "传感器及仪器仪表、封装测试（传感器及仪器仪表）"
    assert chains_text(value, names) == "Sensors and instruments, Packaging and testing (Sensors and instruments)"
    # A chain's own path was left Chinese in the English list ("“1+3+X”现代产业…").
    assert chains_text("“1+3+X”现代产业体系 → 传感器及仪器仪表", names) == \
        'Sensors and instruments ("1+3+X" modern industrial system)'


def test_english_figures_count_one_in_the_singular():
    from desktopapp.catalogue.englishnum import english_period, english_value

    assert english_value("1家") == "1 company" and english_value("2家") == "2 companies"
    assert english_value("1个月") == "1 month" and english_value("1人") == "1 person"
    assert english_value("超1万人") == "over 10,000 people"  # 10,000, not one
    assert english_period("近1年") == "past year" and english_period("未来3年") == "next 3 years"


def test_english_figure_detail_uses_english_colons(qapp, catalogue):
    from desktopapp.catalogue.english import localiser
    from desktopapp.gui import detailhtml

    fid = catalogue.conn.execute("SELECT id FROM entities WHERE kind = 'figure' LIMIT 1").fetchone()[0]
    details = catalogue.details(fid)
    english = re.sub(r"<[^>]+>", "", detailhtml.render(details, catalogue.scope_label, english=localiser(catalogue)).html)
    chinese = re.sub(r"<[^>]+>", "", detailhtml.render(details, catalogue.scope_label).html)
    assert "截至：" in chinese
    assert "截至: " in english and "截至：" not in english  # the label's own translation comes from the .qm


def test_english_timeline_names_stages_and_records_in_english(catalogue):
    from desktopapp.catalogue.english import localiser
    from desktopapp.reports.parktimeline import load_timeline, localise_timeline

    tracks, _ = load_timeline(catalogue)
    chinese = {t.id: (t.name, list(t.records)) for t in tracks}
    localise_timeline(tracks, localiser(catalogue))
    record = next(t for t in tracks if any("90" in r for r in t.records))
    assert record.records == ["Signing to production 90 days"], record.records
    assert chinese[record.id][1] == ["从签约到投产 90天"]
    staged = [m for t in tracks for m in t.milestones]
    assert staged and all(m.label and m.stage for m in staged)
    assert {m.label for m in staged} >= {"In production"} and "投产" in {m.stage for m in staged}  # colour key
    assert sum(t.name != chinese[t.id][0] for t in tracks) >= len(tracks) // 2


def test_english_chain_map_segment_notes_in_english(qapp, catalogue):
    from desktopapp.gui.chainmapview import ChainMapView

    segments = [r[0] for r in catalogue.conn.execute("SELECT id FROM entities WHERE kind = 'chain' AND level = 'segment'")]
    view = ChainMapView(catalogue)
    chinese = [n for s in segments for n in view._gap_notes(s)]
    i18n.set_content_language("en")
    try:
        english = [n for s in segments for n in view._gap_notes(s)]
    finally:
        i18n.set_content_language("zh")
    assert any("</a>（" in n for n in chinese) and not any("</a>（" in n for n in english)
    assert any(n.startswith("<a href='entity:") and "Public semiconductor testing" in n for n in english)
    assert any(n.startswith("The same article writes five stages") for n in english)  # the editors' summary


def test_english_dashboard_labels_values_and_tips(qapp, catalogue):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from desktopapp.catalogue.english import localiser
    from desktopapp.reports.dashboard import dashboard_height, load_dashboard, paint_dashboard

    def tips(data) -> str:
        image = QImage(1200, int(dashboard_height(data, 1200)) + 2, QImage.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        hits = []
        paint_dashboard(painter, QRectF(0, 0, 1200, dashboard_height(data, 1200)), data, 1.0, hits)
        painter.end()
        return "\n".join(h[3] for h in hits)

    chinese = load_dashboard(catalogue)
    english = load_dashboard(catalogue)
    english.english = localiser(catalogue)
    zh, en = tips(chinese), tips(english)
    assert "投产" in zh and "（" in zh
    assert "In production" in en and "Transport · Completed: " in en, en
    assert "Park: contracted investment, 2024</b><br>CNY 15.2 billion (2024 · " in en
    assert english.term("unit", "个") == "" and chinese.term("unit", "个") == "个"  # "Projects attracted", no "(个)"


def test_english_figure_list_values_and_periods(qapp, catalogue):
    from desktopapp.gui.listmodel import EntityListModel

    model = EntityListModel(catalogue, "figure")
    row = {"id": None, "value": "152亿元", "period": "未来3年"}
    i18n.set_content_language("en")
    try:
        assert model.display(row, "value") == "CNY 15.2 billion" and model.display(row, "period") == "next 3 years"
        assert model.display({"value": "8个"}, "value") == "8"
    finally:
        i18n.set_content_language("zh")
    assert model.display(row, "value") == "152亿元" and model.display(row, "period") == "未来3年"


@pytest.mark.skipif(not QM, reason="desktopapp_en.qm is not compiled (tools/update_translations.sh)")
def test_english_brochure_says_its_selection_in_english(qapp, catalogue):
    from desktopapp.catalogue import Filters
    from desktopapp.reports.brochure import describe_filters
    from desktopapp.reports.language import labels_in

    filters = [Filters(kind="enterprise", facets={"stage": {"投产", "在建"}})]
    chinese = describe_filters(catalogue, filters)
    with labels_in("en"):
        english = describe_filters(catalogue, filters)
    assert chinese == "类别：企业；阶段：在建、投产"
    assert english == "Kinds: Enterprises; Stage: In production, Under construction", english
