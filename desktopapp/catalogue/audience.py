"""Who a figure is for: investors, or the park's internal work (廉政, 党建, 督办, 历史遗留问题 …).

Handouts and the dashboard's headline cards show investor figures unless the user asks for all. A catalogue
records the audience in `entities.audience` ('investor' or 'internal'); an older or imported catalogue
without the column, or a figure with no value in it, is classified by its metric: internal when it names
internal work (INTERNAL_WORDS), else investor. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

INVESTOR, INTERNAL = "investor", "internal"
# Metrics that describe the administration's own work, not the park an investor would come to.
INTERNAL_WORDS = ("廉政", "党建", "督办", "历史遗留问题", "工作任务", "任务清单", "外出招商")


def classify(audience: str | None, metric: str | None = None, name: str | None = None) -> str:
    """INVESTOR or INTERNAL: the recorded audience when there is one, else by the metric's words."""
    recorded = (audience or "").strip().lower()
    if recorded in (INVESTOR, INTERNAL):
        return recorded
    text = f"{metric or ''} {name or ''}"
    return INTERNAL if any(word in text for word in INTERNAL_WORDS) else INVESTOR


def is_investor(row: Mapping) -> bool:
    """For a row dict (with 'metric' and 'name', and 'audience' when the catalogue has it)."""
    return classify(row.get("audience"), row.get("metric"), row.get("name")) == INVESTOR


def _has_column(conn) -> bool:
    return any(r[1] == "audience" for r in conn.execute("PRAGMA table_info(entities)"))


def audiences(cat, ids: Iterable[int]) -> dict[int, str]:
    """The audience of each id of `cat` (a Catalogue)."""
    ids = list(ids)
    column = "audience" if _has_column(cat.conn) else "NULL"
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in cat.conn.execute(f"SELECT id, {column}, metric, name FROM entities WHERE id IN ({marks})", chunk):
            out[r[0]] = classify(r[1], r[2], r[3])
    return out


def for_audience(cat, ids: Iterable[int], include_internal: bool = False) -> list[int]:
    """`ids` in their order, without internal figures unless `include_internal` (the dashboard's headline
    cards, the park sheet and the brochure call this)."""
    ids = list(ids)
    if include_internal:
        return ids
    who = audiences(cat, ids)
    return [i for i in ids if who.get(i, INVESTOR) == INVESTOR]
