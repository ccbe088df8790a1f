"""Facets: which ones each kind has, and an in-memory index to filter and count them.

The index holds, per facet, the set of entity ids of every value. Filtering intersects unions of those sets
(OR within a facet, AND across facets); the counts of a facet are taken under every other facet's
selection, so several values of one facet can be chosen (see `filters.py`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable, Mapping

KIND_FACETS: dict[str, tuple[str, ...]] = {
    "enterprise": ("chain", "segment", "stage", "role", "tag", "facility", "organisation", "scope", "year",
                   "source"),
    "project": ("chain", "segment", "stage", "category", "enterprise", "organisation", "scope", "year",
                "source"),
    "chain": ("chain", "level", "tier", "scope", "source"),
    "facility": ("category", "status", "scope", "organisation", "year", "source"),
    "organisation": ("category", "scope", "source"),
    "figure": ("metric", "scope", "basis", "year", "source"),
}

# Facets whose values are shown as a tree (value → parent value).
TREE_FACETS = ("chain",)


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


class FacetIndex:
    """Value → ids for every facet of one kind, read once from `facet_values`."""

    def __init__(self, conn: sqlite3.Connection, kind: str):
        self.kind = kind
        self.facets = KIND_FACETS.get(kind, ())
        self.all_ids: frozenset[int] = frozenset(
            r[0] for r in conn.execute("SELECT id FROM entities WHERE kind = ?", (kind,))
        )
        self.sets: dict[str, dict[str, set[int]]] = {f: {} for f in self.facets}
        self.labels: dict[tuple[str, str], str] = {}
        rows = conn.execute(
            "SELECT fv.facet, fv.value, fv.label, fv.entity_id FROM facet_values fv "
            "JOIN entities e ON e.id = fv.entity_id WHERE e.kind = ?",
            (kind,),
        )
        for facet, value, label, eid in rows:
            if facet in self.sets:
                self.sets[facet].setdefault(value, set()).add(eid)
                self.labels[(facet, value)] = label or value

    def matching(self, selections: Mapping[str, Iterable[str]], exclude: str | None = None,
                 within: frozenset[int] | set[int] | None = None) -> set[int]:
        """Ids matching every facet selection except `exclude`, restricted to `within`."""
        ids = set(self.all_ids if within is None else within)
        for facet, values in selections.items():
            if facet == exclude or not values:
                continue
            by_value = self.sets.get(facet, {})
            union: set[int] = set()
            for value in values:
                union |= by_value.get(value, set())
            ids &= union
            if not ids:
                break
        return ids

    def counts(self, facet: str, ids: set[int], keep: Iterable[str] = ()) -> list[FacetValue]:
        """Count of `ids` per value of `facet`, most frequent first; values with no match are left out
        unless listed in `keep` (the values the user selected)."""
        out = []
        keep = set(keep)
        for value, members in self.sets.get(facet, {}).items():
            n = len(members & ids)
            if n or value in keep:
                out.append(FacetValue(value, self.labels[(facet, value)], n))
        if facet == "year":
            out.sort(key=lambda v: v.value, reverse=True)
        else:
            out.sort(key=lambda v: (-v.count, v.label))
        return out
