"""Translation hook shared by the GUI and the Qt-free layers.

User-facing strings outside Qt classes are written as `translate("Context", "中文")`, which `pyside6-lupdate`
extracts like `QCoreApplication.translate`. Until the GUI installs Qt's translator, the Chinese source text
is returned unchanged (the command line and tests use it that way).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_translator: Callable[[str, str], str] | None = None
_here = threading.local()  # a thread's own translator, over the shared one (see translating_here)


def install(translator: Callable[[str, str], str] | None) -> None:
    """Route `translate` through `translator` (e.g. QCoreApplication.translate); None restores identity."""
    global _translator
    _translator = translator


def current() -> Callable[[str, str], str] | None:
    """The translator `translate` uses in this thread."""
    return getattr(_here, "translator", None) or _translator


@contextmanager
def translating_here(translator: Callable[[str, str], str]) -> Iterator[None]:
    """Within the block, `translate` goes through `translator` in this thread only: a handout laid out in
    a task keeps its language to itself while the window's labels stay in the interface's."""
    before = getattr(_here, "translator", None)
    _here.translator = translator
    try:
        yield
    finally:
        _here.translator = before


def translate(context: str, text: str) -> str:
    translator = current()
    return translator(context, text) if translator else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for extraction into the translation files without translating it here."""
    return text


# The interface languages: Chinese is the source text (no translation file), English comes from
# resources/i18n/desktopapp_en.qm. Their names are shown in their own language, never translated.
LANGUAGES = {"zh": "中文", "en": "English"}
SOURCE_LANGUAGE = "zh"


def language_for_locale(name: str) -> str:
    """The interface language for a system locale name (`zh_CN`, `en_GB`, `de_DE`, `C`): Chinese for Chinese
    locales and for none (C/POSIX), English for every other language, since English is the one we have."""
    lang = (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    if lang in ("", "c", "posix", "zh"):
        return SOURCE_LANGUAGE
    return "en"


def normalise_language(code: object) -> str | None:
    """A stored or given language code, if it is one we have (`EN`, `en_US` → `en`); else None."""
    text = str(code or "").replace("-", "_").split("_")[0].lower()
    return text if text in LANGUAGES else None


# The language of catalogue content (English names and labels where the catalogue has them), set by the GUI
# with the interface language; Chinese until then, so the command line and the tests see the sources' text.
_content_language = SOURCE_LANGUAGE


def set_content_language(code: str) -> None:
    global _content_language
    _content_language = normalise_language(code) or SOURCE_LANGUAGE


def content_language() -> str:
    return _content_language


# Punctuation that differs between Chinese and English text shown to the user. Chinese text keeps its own
# marks byte for byte; English text (the English interface, English handouts) reads "A, B" and "A (B)".
def english_text(english: bool | None = None) -> bool:
    """`english`, or when None: whether catalogue content is shown in English."""
    return content_language() == "en" if english is None else bool(english)


def list_separator(english: bool | None = None) -> str:
    """Between the items of an enumeration: the enumeration comma "、" in Chinese, ", " in English."""
    return ", " if english_text(english) else "、"


def joined(items, english: bool | None = None) -> str:
    """`items` as one enumeration ("华虹、川仪" / "Huahong, Chuanyi")."""
    return list_separator(english).join(items)


def parenthesised(text: str, english: bool | None = None) -> str:
    """A note after a word: "（链主）" in Chinese, " (Chain leader)" in English."""
    return f" ({text})" if english_text(english) else f"（{text}）"


def colon(english: bool | None = None) -> str:
    """After a label: "：" in Chinese, ": " in English."""
    return ": " if english_text(english) else "："
