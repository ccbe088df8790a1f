"""Facets: which ones each kind has, and a columnar in-memory index to filter and count them fast.

Per kind, entities are numbered by position (their ids in ascending order). Per facet, each value gets an
integer code; each entity's first value is in a dense code array (-1: not stated), and a facet with
several values per entity (chains, tags, sources) keeps the others as (entity position, code) pairs.
Filtering ORs the selected values of a facet into a boolean mask and ANDs the facets; counting is a
`bincount` under the mask of every *other* facet's selection (see `filters.py` for the semantics).

The arrays are precomputed by `packing.py` and stored in the catalogue; a catalogue without them (or with
stale ones) gets them computed from `facet_values` on first use.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable, Mapping

import numpy as np

from desktopapp.catalogue.kinds import KIND_FACETS, FacetValue  # noqa: F401 (re-exported)


# A facet selection of at most this many values is matched by comparisons, more by a lookup table.
COMPARE_VALUES = 8


class FacetColumn:
    """One facet of one kind: value strings and labels by code, and which entities have which codes.

    Stored as a dense code array over entity positions holding each entity's first value (-1: none), plus,
    for facets with several values per entity (chains, tags, sources), the further values as a sparse
    tail of (entity position, code) pairs. Most entities have one or two values, so most of the work is
    on the dense array, which is gathered and counted with no per-entity bookkeeping."""

    def __init__(self, values: list[str], labels: list[str], codes: np.ndarray, pos: np.ndarray | None = None):
        """`codes` is dense (one per entity position) when `pos` is None, else the code of each entry at
        entity position `pos` (several entries per entity allowed)."""
        self.values = values
        self.labels = labels
        self.code_of = {v: i for i, v in enumerate(self.values)}
        self.several = pos is not None
        if pos is None:
            self.first = codes
            self.tail_pos = self.tail_codes = None
        else:
            n = int(pos.max()) + 1 if len(pos) else 0
            order = np.argsort(pos, kind="stable")
            pos, codes = pos[order], codes[order]
            is_first = np.ones(len(pos), dtype=bool)
            is_first[1:] = pos[1:] != pos[:-1]
            self.first = np.full(n, -1, dtype=codes.dtype)
            self.first[pos[is_first]] = codes[is_first]
            self.tail_pos, self.tail_codes = pos[~is_first], codes[~is_first]
        self._totals: np.ndarray | None = None

    def sized(self, n: int) -> "FacetColumn":
        """Make the dense array cover `n` entity positions (entities after the last entry have none)."""
        if len(self.first) < n:
            self.first = np.concatenate([self.first, np.full(n - len(self.first), -1, dtype=self.first.dtype)])
        return self

    def entries(self) -> tuple[np.ndarray, np.ndarray | None]:
        """(codes, entity positions) of every entry in entity order, or (dense codes, None) for a facet with
        one value per entity: the stored form (see packing.py)."""
        if not self.several:
            return self.first, None
        has = np.flatnonzero(self.first >= 0)
        pos = np.concatenate([has, self.tail_pos]).astype(np.int32)
        codes = np.concatenate([self.first[has], self.tail_codes])
        order = np.argsort(pos, kind="stable")
        return codes[order], pos[order]

    def _hits(self, codes: np.ndarray, wanted: list[int]) -> np.ndarray:
        if len(wanted) <= COMPARE_VALUES:
            hit = codes == wanted[0]
            for code in wanted[1:]:
                hit |= codes == code
            return hit
        lookup = np.zeros(len(self.values) + 1, dtype=bool)  # the extra last slot answers code -1
        lookup[wanted] = True
        return lookup[codes]

    def mask(self, values: Iterable[str], n: int) -> np.ndarray:
        """Entity positions having any of `values`."""
        wanted = [self.code_of[v] for v in values if v in self.code_of]
        if not wanted:
            return np.zeros(n, dtype=bool)
        out = self._hits(self.first, wanted)
        if self.several and len(self.tail_codes):
            out[self.tail_pos[self._hits(self.tail_codes, wanted)]] = True
        return out

    def count(self, selected: "Selection") -> np.ndarray:
        """Matching entities per code among the `selected` entity positions."""
        size = len(self.values)
        if selected.density <= 0.5:
            counts = np.bincount(self.first[selected.idx] + 1, minlength=size + 1)[1:]
        else:  # most entities selected: count the few left out and subtract from the totals
            if self._totals is None:
                self._totals = np.bincount(self.first + 1, minlength=size + 1)[1:]
            counts = self._totals - np.bincount(self.first[selected.complement] + 1, minlength=size + 1)[1:]
        if self.several and len(self.tail_codes):
            counts = counts + np.bincount(self.tail_codes[selected.mask[self.tail_pos]], minlength=size)
        return counts


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
        self.columns = {facet: column.sized(self.n) for facet, column in columns.items()}

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
