"""Text normalisation for search: cleaning user input and pinyin keys for names."""

from __future__ import annotations

import re
import unicodedata

MAX_QUERY_CHARS = 200

_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def norm_name(text: str) -> str:
    """A name as imports match it: without white space, case-folded (name_keys rows hold it)."""
    return _SPACES.sub("", str(text)).casefold()


# Characters of raw text kept before normalising: NFKC can take time quadratic in the length of a run of
# combining marks (128k marks: 21 s), so it never sees more than a few times what a query keeps.
RAW_QUERY_CHARS = 4 * MAX_QUERY_CHARS


def _tidy(text: str) -> str:
    text = _UNSAFE.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def clean_query(text: str | None) -> str:
    """Make any user text a safe search string: no control or direction marks, NFKC, trimmed, bounded.
    The text is cut before it is normalised (linear passes only on the whole of it)."""
    if not text:
        return ""
    text = _tidy(_SURROGATES.sub("", str(text)))[:RAW_QUERY_CHARS]
    text = _tidy(unicodedata.normalize("NFKC", text))
    return text[:MAX_QUERY_CHARS].strip()


def terms(text: str) -> list[str]:
    """The search terms of a cleaned query: whitespace-separated, lower-cased, duplicates dropped."""
    seen: list[str] = []
    for term in clean_query(text).lower().split(" "):
        if term and term not in seen:
            seen.append(term)
    return seen


def pinyin_keys(*names: str) -> str:
    """Full pinyin and initials of each name, space-separated (e.g. "huahongyibiao hhyb")."""
    from pypinyin import lazy_pinyin

    keys: list[str] = []
    for name in names:
        if not name or not re.search(r"[\u4e00-\u9fff]", name):
            continue
        syllables = [s for s in lazy_pinyin(name, errors="ignore") if s.isascii() and s.isalnum()]
        # The first letters of the same syllables (what Style.FIRST_LETTER gives, without a second pass of
        # pypinyin's phrase matching: a write derives the keys of every row it adds).
        initials = [s[0] for s in syllables]
        for key in ("".join(syllables).lower(), "".join(initials).lower()):
            if key and key not in keys:
                keys.append(key)
    return " ".join(keys)


def sort_key(name: str) -> str:
    """A key that sorts Chinese names in pinyin order (Latin letters and digits as they are, punctuation such
    as “” or () ignored), one space-separated token per character."""
    from pypinyin import lazy_pinyin

    tokens = lazy_pinyin(name or "", errors=lambda chars: [c.lower() for c in chars if c.isalnum()])
    return " ".join(t for t in tokens if t.strip())
