"""Figures found by their value: "600万台" finds 华虹仪表's 年产能 (突破600万台). The name search (search.py)
does not read fact values — at a million entities that would scan every fact on every keystroke — so this is
a separate, small path over the facts table, for the offers shown when a search finds nothing in a list, and
only in catalogues of a park's size. No Qt."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktopapp.catalogue.values import text as clean_text

UP_TO = 50_000  # entities per kind; a larger register is not searched by fact value
MAX_NEEDLE = 60


@dataclass(frozen=True)
class FactHit:
    entity_id: int
    kind: str
    name: str
    field: str
    value: str


def _like(needle: str) -> str:
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def fact_hits(cat, text: str, limit: int = 6) -> list[FactHit]:
    """Current facts whose value contains `text` (spaces ignored), newest entities first, at most `limit`;
    nothing for a large register or a needle of one character (every figure has digits)."""
    needle = "".join(str(text or "").split())[:MAX_NEEDLE]
    if len(needle) < 2 or any(cat.exceeds(kind, UP_TO) for kind in ("enterprise", "project", "figure")):
        return []
    try:
        rows = cat.conn.execute(
            "SELECT f.entity_id, e.kind, e.name, f.field, f.value FROM facts f JOIN entities e ON e.id = f.entity_id "
            "WHERE f.current AND REPLACE(f.value, ' ', '') LIKE ? ESCAPE '\\' ORDER BY f.entity_id, f.id LIMIT ?",
            (_like(needle), int(limit) * 4)).fetchall()
    except sqlite3.DatabaseError:  # an older or damaged catalogue: the name search still answers
        return []
    out: list[FactHit] = []
    seen: set[tuple[int, str]] = set()
    for eid, kind, name, field, value in rows:
        key = (eid, clean_text(field) or "")
        if key in seen:
            continue
        seen.add(key)
        out.append(FactHit(int(eid), clean_text(kind) or "", clean_text(name, 200) or "", key[1][:200],
                           (clean_text(value, 200) or "")[:200]))
        if len(out) >= limit:
            break
    return out
