"""Text fit for a handout: editors' working notes taken out of descriptions before they are printed.

Catalogue descriptions are written by editors and sometimes keep their working notes: where a fact was
seen ("（图片说明）", "见于文末图片说明的…"), their reasoning ("归入…为编者归类（推断）", "文章约为2023年10月…
推算…"), internal article ids ("a0称…") or a note cut off with "…". An investor is handed none of that: an
inference keeps only the small marker （推算）, whose explanation lives in the app. No Qt here.
"""

from __future__ import annotations

import re

from desktopapp.i18n import QT_TRANSLATE_NOOP, translate

# The one marker for anything worked out rather than stated (dates, chain positions, descriptions).
INFERRED = QT_TRANSLATE_NOOP("Reports", "（推算）")


def inferred() -> str:
    """The marker, in the user's language."""
    return translate("Reports", INFERRED)

_PICTURE_REMARK = re.compile(r"（[^（）]*图片[^（）]*）|\([^()]*图片[^()]*\)")
_PICTURE_PHRASE = re.compile(r"见于[^，。；]*?图片(?:说明)?(?:的|中)?")
_INFERENCE_REMARK = re.compile(r"（[^（）]*(?:推断|推算|推测)[^（）]*）|\([^()]*(?:推断|推算|推测)[^()]*\)")
_EDITORIAL = re.compile(
    r"编者|归类|归档|推断|推算|推测|文中|文称|文章约|原文|图片说明|待核|待补充|TODO"
    r"|(?<![A-Za-z0-9])[a-z]\d{1,2}(?=称|中|文|：|:|报道|所述|的)")
_CLAUSE = re.compile(r"[^。；;！？!?]*[。；;！？!?]?")
_MARK = "\uE000"  # stands for INFERRED while clauses are judged


def for_print(text: str | None) -> str:
    """`text` without editors' working notes; "" when nothing printable is left."""
    if not text:
        return ""
    s = str(text).strip()
    s = _PICTURE_REMARK.sub("", s)
    s = _PICTURE_PHRASE.sub("", s)
    s = _INFERENCE_REMARK.sub(_MARK, s)
    cut = s.endswith(("…", "...", "……"))
    clauses = [c for c in _CLAUSE.findall(s) if c.strip()]
    if cut and clauses:
        clauses.pop()  # the sentence was cut mid-way: leave it out rather than print half of it
    kept = [c for c in clauses if not _EDITORIAL.search(c.replace(_MARK, ""))]
    mark = inferred()
    out = "".join(kept).strip().strip("；;，,、")
    out = re.sub(_MARK + "+", lambda _: mark, out)
    if out and out[-1] not in "。！？!?）)”」" and kept and kept[-1].rstrip()[-1:] in "；;":
        out += "。"
    return "" if not out.replace(mark, "").strip("。；，、 ") else out


def is_editorial(text: str | None) -> bool:
    """Whether `text` is an editor's note as a whole (nothing of it is printable)."""
    return bool(text) and not for_print(text)
