"""The language of a handout: `zh` (the sources' Chinese), `en` (English) or `both` (bilingual).

A sheet's own labels come from the Qt translation (resources/i18n/desktopapp_en.qm), installed for the "Reports"
and "Labels" contexts only while the sheet is laid out, whatever the interface language is; catalogue content
(names, vocabulary, summaries, source titles) comes from the catalogue's English tables, figures and dates from
`englishnum`. A bilingual sheet gives a short label as "产值 Output" and a value as its Chinese with the English
after it; a longer formatted sentence stays Chinese there (the English beside it would double the sheet).
Chinese quotes and names stay Chinese in every language: they are the sources; the English is the editors'.
"""

from __future__ import annotations

from contextlib import contextmanager

from desktopapp import i18n
from desktopapp.catalogue.english import fact_english
from desktopapp.catalogue.englishnum import english_date, english_period

LANGS = ("zh", "en", "both")
CONTEXTS = ("Reports", "Labels")  # the sheets' own text; every other context keeps the interface's language
_SHORT = 16  # a label up to this many characters is given in both languages on a bilingual sheet


def normalise(lang: str | None) -> str:
    """`lang`, checked; None: the interface's language (English sheets from an English window, or with
    DESKTOPAPP_LANG=en on the command line)."""
    if lang is None:
        return "en" if i18n.content_language() == "en" else "zh"
    lang = lang.lower()
    if lang not in LANGS:
        raise ValueError(f"unknown handout language {lang!r}: one of {', '.join(LANGS)}")
    return lang


_qm = None


def _english_translator():
    """The app's English translation, loaded once (None when the .qm file is missing)."""
    global _qm
    if _qm is None:
        from PySide6.QtCore import QTranslator

        from desktopapp.translators import translations_dir

        tr = QTranslator()
        _qm = tr if tr.load("desktopapp_en", str(translations_dir())) else False
    return _qm or None


def english_label(context: str, text: str) -> str:
    tr = _english_translator()
    return (tr.translate(context, text) or text) if tr is not None else text


def bilingual(chinese: str, english: str) -> str:
    """A short label in both languages: "产值 Output", "又称 Also known as:", "（推算 estimated）"."""
    if chinese.startswith("（") and chinese.endswith("）") and english.startswith("(") and english.endswith(")"):
        return f"（{chinese[1:-1]} {english[1:-1]}）"
    if chinese.endswith("：") and english.endswith(":"):
        return f"{chinese[:-1]} {english}"
    return f"{chinese} {english}"


@contextmanager
def labels_in(lang: str):
    """Within the block, the sheets' labels (`translate("Reports", …)`) are in `lang` (in this thread only:
    a brochure made in a task leaves the window's labels alone)."""
    lang = normalise(lang)
    before = i18n.current()

    def translate(context: str, text: str) -> str:
        if context not in CONTEXTS:
            return before(context, text) if before else text
        if lang == "zh":
            return text
        if before is not None and i18n.content_language() == "en":
            english = before(context, text)  # the interface is English already: its translator
        else:
            english = english_label(context, text)
        if lang == "en" or english == text:
            return english
        if "{" in text or "%" in text or len(text) > _SHORT or "\n" in text:
            return text  # a sentence or a format: Chinese on a bilingual sheet (its values are Chinese)
        return bilingual(text, english)

    with i18n.translating_here(translate):
        yield


class Language:
    """Content of one catalogue in a handout's language."""

    def __init__(self, cat, lang: str | None = "zh"):
        self.lang = normalise(lang)
        self.english = None
        if self.lang != "zh":
            from desktopapp.catalogue.english import localiser

            self.english = localiser(cat)

    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    @property
    def separator(self) -> str:
        """Between the items of a list: "、" on a Chinese sheet, ", " where English is shown (en, both)."""
        return i18n.list_separator(not self.zh)

    def join(self, items) -> str:
        return self.separator.join(items)

    @property
    def translated(self) -> bool:
        """English shown from the catalogue's English tables (a sheet says once that it is the editors')."""
        return not self.zh and bool(self.english and (self.english.names or self.english.terms))

    def pair(self, chinese: str | None, english: str | None, sep: str = " ") -> str | None:
        """`chinese` (zh), `english` (en) or both joined by `sep` (both; once when they are the same)."""
        if self.lang == "zh" or not chinese:
            return chinese
        english = english or chinese
        if self.lang == "en":
            return english
        return chinese if english == chinese else f"{chinese}{sep}{english}"

    def name(self, entity_id: int | None, chinese: str, sep: str = " ") -> str:
        return self.pair(chinese, self.english.name(entity_id, chinese) if self.english else None, sep)

    def english_name(self, entity_id: int | None, chinese: str) -> str:
        return self.english.name(entity_id, chinese) if self.english else chinese

    def term(self, field: str, value: str | None, sep: str = " ") -> str | None:
        return self.pair(value, self.english.term(field, value) if self.english else None, sep)

    def chains(self, text: str | None, sep: str = " ") -> str | None:
        """A chain path or list ("传感器及仪器仪表 → 生产制造") with each name in the sheet's language."""
        if not text or not self.english:
            return text
        parts = [p for p in text.split(" → ")]
        english = " → ".join(self.english.chain_names.get(p, p) for p in parts)
        return self.pair(text, english, sep)

    def value(self, text: str | None, sep: str = " ") -> str | None:
        """A fact's value (unit included) with its English: the editors' translation of a worded value, or a
        number phrase, date or period in English ("2026年9月前" → "by September 2026")."""
        if self.zh:
            return text
        english = fact_english(text, None, self.english.terms if self.english is not None else None)
        return self.pair(text, english, sep)

    def date(self, text: str | None) -> str | None:
        """A date: "May 2025" in English, the ISO form in Chinese; bilingual sheets use the English form
        (a reader of either language reads it)."""
        return text if self.lang == "zh" else english_date(text)

    def period(self, text: str | None) -> str | None:
        """A period ("未来3年", "一期") in English on an English sheet; as stated on the others."""
        return english_period(text) if self.lang == "en" else text

    def summary(self, entity_id: int, chinese: str | None) -> str | None:
        """The entity's summary: the editors' English (en; the Chinese when there is none), or both."""
        english = self.english.summaries.get(entity_id) if self.english else None
        if self.lang == "zh" or not chinese:
            return chinese
        if self.lang == "en":
            return english or chinese
        return f"{chinese}\n{english}" if english else chinese

    def source_title(self, source_id: str, chinese: str) -> str:
        english = self.english.term("source", source_id) if self.english else None
        return english if english and english != source_id else chinese
