"""Facets: which ones each kind has, and a columnar in-memory index to filter and count them fast.

Per kind, entities are numbered by position (their ids in ascending order). Per facet, each value gets an
integer code; a facet with one value per entity is a dense code array (-1: not stated), a facet with
several values per entity (chains, tags, sources) is a pair of arrays (entity position, code). Filtering
ORs the selected values of a facet into a boolean mask and ANDs the facets; counting is one `bincount`
under the mask of every *other* facet's selection (see `filters.py` for the semantics).

The arrays are precomputed by `packing.py` and stored in the catalogue; a catalogue without them (or with
stale ones) gets them computed from `facet_values` on first use.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable, Mapping

import numpy as np

from desktopapp.catalogue.kinds import KIND_FACETS, FacetValue  # noqa: F401 (re-exported)


@dataclass
class FacetColumn:
    """One facet of one kind: value strings and labels by code, and the entity ↔ code arrays."""

    values: list[str]
    labels: list[str]
    codes: np.ndarray  # int32; dense (one per entity position) when `pos` is None
    pos: np.ndarray | None = None  # int32 entity positions (ascending), for several values per entity

    def __post_init__(self):
        self.code_of = {v: i for i, v in enumerate(self.values)}
        if self.pos is not None and len(self.pos) > 1 and not bool(np.all(self.pos[1:] >= self.pos[:-1])):
            order = np.argsort(self.pos, kind="stable")
            self.pos, self.codes = self.pos[order], self.codes[order]
        self._starts: np.ndarray | None = None
        self._totals: np.ndarray | None = None

    def starts(self, n: int) -> np.ndarray:
        """Where each entity's entries begin in `codes` (entries are ordered by entity), n + 1 values."""
        if self._starts is None:
            self._starts = np.searchsorted(self.pos, np.arange(n + 1)).astype(np.int64)
        return self._starts

    def mask(self, values: Iterable[str], n: int) -> np.ndarray:
        """Entity positions having any of `values`."""
        wanted = [self.code_of[v] for v in values if v in self.code_of]
        if not wanted:
            return np.zeros(n, dtype=bool)
        if len(wanted) == 1:
            hit = self.codes == wanted[0]
        else:
            lookup = np.zeros(len(self.values) + 1, dtype=bool)  # the extra last slot answers code -1
            lookup[wanted] = True
            hit = lookup[self.codes]
        if self.pos is None:
            return hit
        out = np.zeros(n, dtype=bool)
        out[self.pos[hit]] = True
        return out

    def count(self, selected: "Selection") -> np.ndarray:
        """Matching entities per code among the `selected` entity positions."""
        if self.pos is None:
            codes = self.codes[selected.idx]
            return np.bincount(codes[codes >= 0], minlength=len(self.values))
        if selected.density <= 0.5:
            return self._count_entries(selected.idx, selected.n)
        # Most entities selected: count the few left out and subtract from the totals.
        if self._totals is None:
            self._totals = np.bincount(self.codes, minlength=len(self.values))
        return self._totals - self._count_entries(selected.complement, selected.n)

    def _count_entries(self, idx: np.ndarray, n: int) -> np.ndarray:
        starts = self.starts(n)
        first, lengths = starts[idx], starts[idx + 1] - starts[idx]
        total = int(lengths.sum())
        if not total:
            return np.zeros(len(self.values), dtype=np.int64)
        shift = np.repeat(first - (np.cumsum(lengths) - lengths), lengths)
        return np.bincount(self.codes[shift + np.arange(total)], minlength=len(self.values))


class Selection:
    """A mask of entity positions with its positions listed (and those of its complement, on demand)."""

    def __init__(self, mask: np.ndarray):
        self.mask = mask
        self.n = len(mask)
        self.idx = np.flatnonzero(mask)
        self.density = len(self.idx) / self.n if self.n else 0.0
        self._complement: np.ndarray | None = None

    @property
    def complement(self) -> np.ndarray:
        if self._complement is None:
            self._complement = np.flatnonzero(~self.mask)
        return self._complement


class FacetIndex:
    """The facet columns of one kind."""

    def __init__(self, kind: str, ids: np.ndarray, columns: dict[str, FacetColumn]):
        self.kind = kind
        self.facets = KIND_FACETS.get(kind, ())
        self.ids = ids  # int64, ascending
        self.n = len(ids)
        self.columns = columns

    def full(self) -> np.ndarray:
        return np.ones(self.n, dtype=bool)

    def mask_of_ids(self, entity_ids) -> np.ndarray:
        """A mask of the given entity ids (ids not of this kind are ignored)."""
        mask = np.zeros(self.n, dtype=bool)
        entity_ids = np.asarray(list(entity_ids) if not isinstance(entity_ids, np.ndarray) else entity_ids,
                                dtype=np.int64)
        if entity_ids.size and self.n:
            at = np.searchsorted(self.ids, entity_ids)
            at = np.clip(at, 0, self.n - 1)
            mask[at[self.ids[at] == entity_ids]] = True
        return mask

    def selection_masks(self, selections: Mapping[str, Iterable[str]]) -> dict[str, np.ndarray]:
        return {facet: self.columns[facet].mask(values, self.n) if facet in self.columns
                else np.zeros(self.n, dtype=bool)
                for facet, values in selections.items() if values}

    def matching(self, selections: Mapping[str, Iterable[str]], exclude: str | None = None,
                 base: np.ndarray | None = None, masks: dict[str, np.ndarray] | None = None) -> np.ndarray:
        """Mask of entities matching every facet selection except `exclude`, within `base`."""
        masks = self.selection_masks(selections) if masks is None else masks
        out = self.full() if base is None else base.copy()
        for facet, mask in masks.items():
            if facet != exclude:
                out &= mask
        return out

    def counts(self, facet: str, mask: "np.ndarray | Selection", keep: Iterable[str] = (),
               limit: int = 200) -> list[FacetValue]:
        """Count per value of `facet` under `mask`, most frequent first, the `limit` most frequent at most;
        values with no match are left out unless listed in `keep` (the values the user selected)."""
        column = self.columns.get(facet)
        if column is None:
            return []
        counts = column.count(mask if isinstance(mask, Selection) else Selection(mask))
        keep = set(keep)
        nonzero = np.flatnonzero(counts)
        if len(nonzero) > limit and facet != "year":
            nonzero = nonzero[np.argpartition(-counts[nonzero], limit)[:limit]]
        codes = set(nonzero.tolist()) | {column.code_of[v] for v in keep if v in column.code_of}
        out = [FacetValue(column.values[c], column.labels[c], int(counts[c])) for c in codes]
        if facet == "year":
            out.sort(key=lambda v: v.value, reverse=True)
        else:
            out.sort(key=lambda v: (-v.count, v.label))
        return out


def compute(conn: sqlite3.Connection, kind: str) -> FacetIndex:
    """The facet index of `kind`, computed from `facet_values`."""
    ids = np.fromiter((r[0] for r in conn.execute("SELECT id FROM entities WHERE kind = ? ORDER BY id", (kind,))),
                      dtype=np.int64)
    columns: dict[str, FacetColumn] = {}
    for facet in KIND_FACETS.get(kind, ()):
        values: list[str] = []
        labels: list[str] = []
        code_of: dict[str, int] = {}
        pos_list: list[int] = []
        code_list: list[int] = []
        rows = conn.execute(
            "SELECT fv.value, fv.label, fv.entity_id FROM facet_values fv JOIN entities e ON e.id = fv.entity_id "
            "WHERE fv.facet = ? AND e.kind = ? ORDER BY fv.value, fv.entity_id", (facet, kind))
        for value, label, eid in rows:
            code = code_of.get(value)
            if code is None:
                code = code_of[value] = len(values)
                values.append(value)
                labels.append(label or value)
            code_list.append(code)
            pos_list.append(eid)
        pos = np.searchsorted(ids, np.asarray(pos_list, dtype=np.int64)).astype(np.int32)
        codes = np.asarray(code_list, dtype=np.int32)
        by_entity = np.argsort(pos, kind="stable")
        pos, codes = pos[by_entity], codes[by_entity]
        if len(np.unique(pos)) == len(pos):  # one value per entity: store densely
            dense = np.full(len(ids), -1, dtype=np.int32)
            dense[pos] = codes
            columns[facet] = FacetColumn(values, labels, dense)
        else:
            columns[facet] = FacetColumn(values, labels, codes, pos)
    return FacetIndex(kind, ids, columns)
