"""Figures and dates of the catalogue as an English reader writes them: "超5亿元" → "over CNY 500 million",
"152亿元" → "CNY 15.2 billion", "20万平方米" → "200,000 m²", "2025-05" → "May 2025".

Only a value that is wholly a number phrase (a qualifier, a number, 万/亿, a unit) is rewritten; any other
text is returned unchanged, since a phrase the editors have not translated stays the source's Chinese.
No Qt: the handouts, the command line and the tests use it alike.
"""

from __future__ import annotations

import re
from decimal import Decimal

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# Qualifiers before the number and after it (余/多 after the number, 以上 after the unit).
_BEFORE = {"冲刺": "aiming for", "超过": "over", "超": "over", "逾": "over", "突破": "over", "达": "", "共": "", "约": "about",
           "近": "nearly", "将近": "nearly", "不足": "under", "不到": "under", "仅": "only"}
_AFTER = {"余": "over", "多": "over", "以上": "over", "左右": "about"}

# Unit → (English, is money). The counted units of "家/个/所 …" read best with their English noun.
_UNITS = {
    "元": ("", True), "人民币": ("", True), "元人民币": ("", True),
    "平方米": ("m²", False), "方": ("m³", False), "平方公里": ("km²", False), "公里": ("km", False),
    "亩": ("mu", False), "米": ("m", False), "千瓦": ("kW", False), "吨": ("tonnes", False),
    "台": ("units", False), "套": ("sets", False), "辆": ("vehicles", False), "人": ("people", False),
    "家": ("companies", False), "户": ("businesses", False), "个": ("", False), "项": ("items", False),
    "所": ("", False), "座": ("", False), "条": ("", False), "次": ("times", False), "倍": ("times", False),
    "年": ("years", False), "个月": ("months", False), "天": ("days", False), "个工作日": ("working days", False),
    "%": ("%", False), "个百分点": ("percentage points", False),
}
# The singular of a counted unit, for a count of exactly one ("1 company", "1 year", not "1 companies").
_SINGULAR = {"tonnes": "tonne", "units": "unit", "sets": "set", "vehicles": "vehicle", "people": "person",
             "companies": "company", "businesses": "business", "items": "item", "years": "year",
             "months": "month", "days": "day", "working days": "working day", "percentage points": "percentage point"}
_UNIT_RE = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_BEFORE_RE = "|".join(sorted(_BEFORE, key=len, reverse=True))
_AFTER_RE = "|".join(sorted((k for k in _AFTER if k != "以上"), key=len, reverse=True))
_PHRASE = re.compile(rf"^\s*(?P<pre>{_BEFORE_RE})?\s*(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*"
                     rf"(?P<post>{_AFTER_RE})?\s*(?P<scale>万亿|万|亿|千)?\s*(?P<post2>{_AFTER_RE})?\s*"
                     rf"(?P<unit>{_UNIT_RE})?\s*(?P<over>以上|左右)?\s*$")
_SCALES = {None: 1, "千": 1_000, "万": 10_000, "亿": 100_000_000, "万亿": 10 ** 12}


def _plain(num: Decimal) -> str:
    """12 → "12", 15.20 → "15.2", 200000 → "200,000"."""
    text = format(num.normalize(), "f")
    whole, _, frac = text.partition(".")
    whole = f"{int(whole):,}"
    return f"{whole}.{frac}" if frac else whole


def amount(num: Decimal, money: bool = False) -> str:
    """A number at its English scale: money in million / billion / trillion (CNY 500 million, CNY 15.2
    billion); other quantities with thousands separators up to a million (200,000 m²), then in millions."""
    for size, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
                       (Decimal(10) ** 6, "million")):
        if num >= size:
            return f"{_plain(num / size)} {word}"
    return _plain(num)


def english_value(text: str | None) -> str | None:
    """The value in English when it is a number phrase ("超5亿元" → "over CNY 500 million"), else unchanged."""
    if not text:
        return text
    m = _PHRASE.match(text)
    if not m or not (m.group("scale") or m.group("unit") or m.group("pre") or m.group("post")
                     or m.group("post2") or m.group("over")):
        return text
    num = Decimal(m.group("num").replace(",", "")) * _SCALES[m.group("scale")]
    if m.group("unit") == "年" and not m.group("scale") and 1900 <= num <= 2100 and num == int(num):
        return f"{qualifier_of(m)} {int(num)}".strip()  # "2019年": a year, not a duration
    unit, money = _UNITS.get(m.group("unit") or "", ("", False))
    qualifier = qualifier_of(m)
    figure = amount(num, money)
    if money:
        out = f"CNY {figure}"
    elif unit == "%":
        out = f"{figure}%"
    else:
        out = f"{figure} {_SINGULAR.get(unit, unit) if num == 1 else unit}".strip()
    return f"{qualifier} {out}".strip()


def qualifier_of(m: re.Match) -> str:
    return (_BEFORE.get(m.group("pre") or "") or _AFTER.get(m.group("post") or m.group("post2") or "")
            or _AFTER.get(m.group("over") or "") or "")


_DATE = re.compile(r"^(\d{4})(?:[-./年](\d{1,2})(?:[-./月](\d{1,2})日?)?月?)?年?$")


def english_date(text: str | None) -> str | None:
    """"2025-05" → "May 2025", "2022-10-01" → "1 October 2022", "2024" → "2024"; other text unchanged."""
    if not text:
        return text
    m = _DATE.match(text.strip())
    if not m:
        return text
    year, month, day = m.groups()
    if not month or not 1 <= int(month) <= 12:
        return year
    if day:
        return f"{int(day)} {MONTHS[int(month) - 1]} {year}"
    return f"{MONTHS[int(month) - 1]} {year}"


_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
def _years(count: str) -> str:
    return "year" if int(count) == 1 else f"{count} years"


_PERIOD_RULES = (
    (re.compile(r"(未来|今后)\s*(\d+)\s*年"), lambda m: f"next {_years(m.group(2))}"),
    (re.compile(r"(近|过去)\s*(\d+)\s*年"), lambda m: f"past {_years(m.group(2))}"),
    (re.compile(r"首期"), lambda m: "phase 1"),
    (re.compile(r"([一二三四五六七八九十])期"), lambda m: f"phase {_CN_DIGITS[m.group(1)]}"),
    (re.compile(r"(\d{4})年(\d{1,2})\s*[—–-]\s*(\d{1,2})月"),
     lambda m: f"{MONTHS[int(m.group(2)) - 1]}–{MONTHS[int(m.group(3)) - 1]} {m.group(1)}"
     if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 12 else m.group(0)),
    (re.compile(r"(\d{4})年(\d{1,2})月前"),
     lambda m: f"by {MONTHS[int(m.group(2)) - 1]} {m.group(1)}" if 1 <= int(m.group(2)) <= 12 else m.group(0)),
    (re.compile(r"(\d{4})\s*[—–-]\s*(\d{4})"), lambda m: f"{m.group(1)}–{m.group(2)}"),
    (re.compile(r"(\d{4})年"), lambda m: m.group(1)),
)


def english_period(text: str | None) -> str | None:
    """A period or a dated phrase in English: "未来3年" → "next 3 years", "一期" → "phase 1",
    "2023年1—6月" → "January–June 2023", "2026年9月前" → "by September 2026"; other words unchanged."""
    if not text:
        return text
    for pattern, english in _PERIOD_RULES:
        text = pattern.sub(english, text)
    return text
