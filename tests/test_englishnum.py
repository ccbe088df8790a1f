"""English figures and dates on handouts: numbers read as an English reader writes them."""

import pytest

from desktopapp.catalogue.englishnum import english_date, english_value


@pytest.mark.parametrize("chinese, english", [
    ("超5亿元", "over CNY 500 million"),
    ("152亿元", "CNY 15.2 billion"),
    ("约172亿元", "about CNY 17.2 billion"),
    ("9100万元", "CNY 91 million"),
    ("2亿元人民币", "CNY 200 million"),
    ("1000亿元", "CNY 100 billion"),
    ("20万平方米", "200,000 m²"),
    ("约2.5万平方米", "about 25,000 m²"),
    ("突破600万台", "over 6 million units"),
    ("近300家", "nearly 300 companies"),
    ("1000余家", "over 1,000 companies"),
    ("30%以上", "over 30%"),
    ("150亩", "150 mu"),
    ("共0.8平方公里", "0.8 km²"),
    ("8个百分点", "8 percentage points"),
    ("2019年", "2019"),
    ("3年", "3 years"),
])
def test_number_phrases_read_naturally(chinese, english):
    assert english_value(chinese) == english


@pytest.mark.parametrize("text", ["智能电表", "吸引就业人口突破5万人", "一期 8万平方米", "", None, "12"])
def test_other_text_is_left_as_the_source_has_it(text):
    assert english_value(text) == text


@pytest.mark.parametrize("chinese, english", [
    ("2025-05", "May 2025"), ("2022-10-01", "1 October 2022"), ("2024", "2024"), ("2023年9月", "September 2023"),
    ("日期未披露", "日期未披露"),
])
def test_dates(chinese, english):
    assert english_date(chinese) == english


@pytest.mark.parametrize("chinese, english", [
    ("未来3年 (from 2025)", "next 3 years (from 2025)"), ("一期", "phase 1"), ("首期", "phase 1"),
    ("2023年1—6月", "January–June 2023"), ("2026年9月前", "by September 2026"), ("2023—2027", "2023–2027"),
    ("2024", "2024"),
])
def test_periods(chinese, english):
    from desktopapp.catalogue.englishnum import english_period

    assert english_period(chinese) == english
