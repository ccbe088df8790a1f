"""Handouts in English and bilingual (--lang en|both): the English of an enterprise, chain, facility and park
sheet extracts exactly from the PDF, the Chinese stays beside it on a bilingual sheet, the CLI takes --lang."""

from __future__ import annotations

import subprocess
import sys

import pytest
from pypdf import PdfReader

from desktopapp.catalogue.query import Catalogue
from desktopapp.translators import translations_dir
from desktopapp.reports.sheets import render_sheet

QM = (translations_dir() / "desktopapp_en.qm").exists()

# (kind, name, English that must extract exactly, Chinese that a bilingual sheet keeps)
SHEETS = [
    ("enterprise", "华虹仪表", ["Chongqing Huahong Instrument Co., Ltd.", "over CNY 500 million", "May 2025",
                               "Smart electricity meters", "Uzbekistan, Vietnam",
                               "Annual sales", "Sensors and instruments → Manufacturing",
                               "speeds up building a \"six new\" leading park"], ["重庆华虹仪表有限公司", "超5亿元"]),
    ("chain", "传感器及仪器仪表", ["Sensors and instruments", "Sensor chip production", "Chuanyi Precision"],
     ["传感器及仪器仪表", "传感器芯片生产"]),
    ("facility", "北碚国家大学科技园", ["Beibei National University Science Park", "nearly 300 companies",
                                      "over 1,000 companies", "April 2020"], ["北碚国家大学科技园", "近300家"]),
    ("park", None, ["Science City Beibei Park", "CNY 15.2 billion", "\"1+3+X\" modern industrial system",
                    "next 3 years"], ["西部(重庆)科学城北碚园区", "152亿元"]),
]
LABELS = {"enterprise": "Key figures", "chain": "Members of the chain", "facility": "Scale and figures",
          "park": "Park at a glance"}


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def cat(bundled_db):
    c = Catalogue(bundled_db)
    yield c
    c.close()


def _entity(cat, kind, name):
    return cat.find(name, kind)[0] if name else None


@pytest.mark.parametrize("kind, name, english, chinese", SHEETS, ids=[s[0] for s in SHEETS])
def test_english_sheet(qapp, cat, tmp_path, kind, name, english, chinese):
    out = tmp_path / f"{kind}-en.pdf"
    render_sheet(cat, out, _entity(cat, kind, name), generated="2025-06-01", lang="en")
    text = flat(text_of(out))
    for words in english:
        assert flat(words) in text, words
    assert "editors' translation" in text or not QM
    if QM:
        assert LABELS[kind] in text
        assert "关键数据" not in text and "简介" not in text and "来源" not in text
    assert PdfReader(out).metadata.title.isascii() or kind == "park"


@pytest.mark.parametrize("kind, name, english, chinese", SHEETS, ids=[s[0] for s in SHEETS])
def test_bilingual_sheet(qapp, cat, tmp_path, kind, name, english, chinese):
    out = tmp_path / f"{kind}-both.pdf"
    render_sheet(cat, out, _entity(cat, kind, name), generated="2025-06-01", lang="both")
    text = flat(text_of(out))
    for words in english[:2] + chinese:
        assert flat(words) in text, words
    if QM:
        assert f"{ {'enterprise': '关键数据', 'chain': '链上主体', 'facility': '规模与数据', 'park': '园区速览'}[kind]} " \
               f"{LABELS[kind]}" in text


def test_chinese_sheet_is_unchanged_by_default(qapp, cat, tmp_path):
    out = tmp_path / "zh.pdf"
    render_sheet(cat, out, _entity(cat, "enterprise", "华虹仪表"), generated="2025-06-01")
    text = flat(text_of(out))
    assert "超5亿元" in text and "Chongqing Huahong" not in text and "CNY" not in text


def test_cli_lang(tmp_path):
    out = tmp_path / "sheet.pdf"
    subprocess.run([sys.executable, "-m", "desktopapp", "factsheet", "enterprise", "华虹仪表", "-o", str(out),
                    "--lang", "en"], check=True, capture_output=True, timeout=120)
    assert "over CNY 500 million" in flat(text_of(out))
    bad = subprocess.run([sys.executable, "-m", "desktopapp", "brochure", "-o", str(tmp_path / "b.pdf"),
                          "--lang", "fr"], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "--lang" in bad.stderr


def test_bilingual_brochure_contents_name_both(qapp, cat, tmp_path):
    from desktopapp.reports.brochure import build_brochure

    out = tmp_path / "b.pdf"
    ids = [_entity(cat, "enterprise", "华虹仪表"), _entity(cat, "facility", "北碚国家大学科技园")]
    build_brochure(cat, out, ids=ids, include_park=False, every_sheet=True, generated="2025-06-01", lang="both")
    text = flat(text_of(out))
    assert "重庆华虹仪表有限公司 Chongqing Huahong Instrument Co., Ltd." in text  # contents and running head
    assert "over CNY 500 million" in text and "超5亿元" in text


def test_window_exports_in_the_handout_language_a_dialog_sets(window, tmp_path):
    from desktopapp.gui import printing

    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    window.handout_language = "en"
    text = flat(text_of(printing.export_entity_pdf(window, str(tmp_path / "en.pdf"))))
    assert "Chongqing Huahong Instrument Co., Ltd." in text and "over CNY 500 million" in text
    sheet, _geo = printing.current_sheet(window)  # the print preview lays out the same sheet
    assert sheet.title == "Chongqing Huahong Instrument Co., Ltd."
    window.handout_language = None  # the interface's language: Chinese here
    text = flat(text_of(printing.export_entity_pdf(window, str(tmp_path / "zh.pdf"))))
    assert "突破600万台" in text and "CNY" not in text


def test_the_settings_menu_sets_the_handout_language_and_remembers_it(window, tmp_path):
    from desktopapp.gui import printing

    window.handout_language_actions["en"].trigger()  # 设置 → 资料语言 → 英文
    assert window.handout_language == "en" and window.settings.value("handouts/language") == "en"
    section = window.current_section()
    section.select_entity(section.catalogue.find("华虹仪表")[0])
    text = flat(text_of(printing.export_entity_pdf(window, str(tmp_path / "en.pdf"))))
    assert "Chongqing Huahong Instrument Co., Ltd." in text
    window.handout_language_actions[None].trigger()  # 与界面相同
    assert window.handout_language is None and not window.settings.value("handouts/language")
    text = flat(text_of(printing.export_entity_pdf(window, str(tmp_path / "zh.pdf"))))
    assert "突破600万台" in text and "CNY" not in text
