"""Facets: which ones each kind has, and a columnar in-memory index to filter and count them fast.

Per kind, entities are numbered by position (their ids in ascending order). Per facet, each value gets an
integer code (see `FacetColumn` for how entities' codes are held). Filtering ORs the selected values of a
facet into a boolean mask and ANDs the facets; counting is a `bincount` under the mask of every *other*
facet's selection (see `filters.py` for the semantics).

The arrays are precomputed by `packing.py` and stored in the catalogue; a catalogue without them (or with
stale ones) gets them computed from `facet_values` on first use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

import numpy as np

from desktopapp.catalogue.kinds import KIND_FACETS, FacetValue  # noqa: F401 (re-exported)
from desktopapp.catalogue.values import SHORT_TEXT, capped, text


# A facet selection of at most this many values is matched by comparisons, more by a lookup table.
COMPARE_VALUES = 8
# Above this share of entities selected, a facet is counted over the entities left out (and subtracted
# from its totals).
COMPLEMENT_FROM = 0.7


class FacetColumn:
    """One facet of one kind: value strings and labels by code, and which entities have which codes.

    Stored as dense arrays over entity positions of codes + 1 (0: none): the first holds each entity's first
    value; facets with several values per entity (chains, tags, sources) get a further dense array for the
    second values, third values … while at least half of the entities have one, and keep the rest as a
    sparse tail of (entity position, code) pairs. Dense arrays are gathered and counted with no
    per-entity bookkeeping."""

    def __init__(self, values: list[str], labels: list[str], n: int, codes: np.ndarray,
                 pos: np.ndarray | None = None):
        """`codes` is dense (one per entity position, `n` of them) when `pos` is None, else the code of each
        entry at entity position `pos` (several entries per entity allowed)."""
        self.values = values
        self.labels = labels
        self.code_of = {v: i for i, v in enumerate(self.values)}
        self.several = pos is not None
        if pos is None:
            self.dense = [self._shifted(codes)]
            self.tail_pos = self.tail_codes = np.zeros(0, dtype=np.int32)
        else:
            if len(pos) > 1 and not bool(np.all(pos[1:] >= pos[:-1])):
                order = np.argsort(pos, kind="stable")
                pos, codes = pos[order], codes[order]
            same = np.zeros(len(pos), dtype=bool)  # an entry of the same entity as the one before
            same[1:] = pos[1:] == pos[:-1]
            here = ~same  # each entity's first entry, then its second …
            rest = np.ones(len(pos), dtype=bool)
            self.dense = []
            while here.any() and (not self.dense or np.count_nonzero(here) * 2 >= n):
                array = np.full(n, -1, dtype=codes.dtype)
                array[pos[here]] = codes[here]
                self.dense.append(self._shifted(array))
                rest &= ~here
                here[1:] = here[:-1] & same[1:]
                here[0] = False
            self.tail_pos, self.tail_codes = pos[rest], codes[rest]
            if not self.dense:
                self.dense = [np.zeros(n, dtype=np.uint16)]
        self._totals: list[np.ndarray | None] = [None] * len(self.dense)

    def _shifted(self, codes: np.ndarray) -> np.ndarray:
        """Codes + 1 (0: none), as 16-bit integers when the values allow: half the memory to read."""
        dtype = np.uint16 if len(self.values) < (1 << 16) - 1 else np.int64
        return (codes + 1).astype(dtype)

    def entries(self) -> tuple[np.ndarray, np.ndarray | None]:
        """(codes, entity positions) of every entry in entity order, or (dense codes, None) for a facet with
        one value per entity: the stored form (see packing.py)."""
        if not self.several:
            return self.dense[0].astype(np.int32) - 1, None
        has = [np.flatnonzero(array) for array in self.dense]
        pos = np.concatenate([*has, self.tail_pos]).astype(np.int32)
        codes = np.concatenate([*(array[h].astype(np.int32) - 1 for array, h in zip(self.dense, has)),
                                self.tail_codes.astype(np.int32)])
        order = np.argsort(pos, kind="stable")
        return codes[order], pos[order]

    def _hits(self, codes: np.ndarray, wanted: list[int]) -> np.ndarray:
        """Where `codes` is one of `wanted` (codes as stored: shifted by one in the dense arrays)."""
        if len(wanted) <= COMPARE_VALUES:
            hit = codes == wanted[0]
            for code in wanted[1:]:
                hit |= codes == code
            return hit
        lookup = np.zeros(len(self.values) + 1, dtype=bool)
        lookup[wanted] = True
        return lookup[codes]

    def mask(self, values: Iterable[str], n: int) -> np.ndarray:
        """Entity positions having any of `values`."""
        wanted = [self.code_of[v] for v in values if v in self.code_of]
        if not wanted:
            return np.zeros(n, dtype=bool)
        shifted = [code + 1 for code in wanted]
        out = self._hits(self.dense[0], shifted)
        for array in self.dense[1:]:
            out |= self._hits(array, shifted)
        if len(self.tail_codes):
            out[self.tail_pos[self._hits(self.tail_codes, wanted)]] = True
        return out

    def count(self, selected: Selection) -> np.ndarray:
        """Matching entities per code among the `selected` entity positions."""
        size = len(self.values)
        counts = np.zeros(size, dtype=np.int64)
        # Counting the complement pays once it is much smaller than the selection (listing it costs a pass).
        direct = selected.density <= (0.5 if selected.has_complement else COMPLEMENT_FROM)
        for slot, array in enumerate(self.dense):
            if direct:
                counts += np.bincount(array[selected.idx], minlength=size + 1)[1:]
            else:  # most entities selected: count the few left out and subtract from the totals
                if self._totals[slot] is None:
                    self._totals[slot] = np.bincount(array, minlength=size + 1)[1:]
                counts += self._totals[slot] - np.bincount(array[selected.complement], minlength=size + 1)[1:]
        if len(self.tail_codes):
            counts += np.bincount(self.tail_codes[selected.mask[self.tail_pos]], minlength=size)
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
    def has_complement(self) -> bool:
        return self._complement is not None

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

    def counts(self, facet: str, mask: np.ndarray | Selection, keep: Iterable[str] = (),
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
            # The `limit` first in the list's order (count, then label): all above the cut-off count, and
            # those at it by label.
            cut = np.partition(counts[nonzero], len(nonzero) - limit)[len(nonzero) - limit]
            above, at = nonzero[counts[nonzero] > cut], nonzero[counts[nonzero] == cut]
            at = sorted(at.tolist(), key=lambda c: column.labels[c])[: limit - len(above)]
            nonzero = np.concatenate([above, np.asarray(at, dtype=above.dtype)])
        codes = set(nonzero.tolist()) | {column.code_of[v] for v in keep if v in column.code_of}
        out = [FacetValue(column.values[c], capped(str(column.labels[c]), SHORT_TEXT), int(counts[c])) for c in codes]
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
            if value is None:  # a damaged row: nothing to filter by
                continue
            if type(value) is not str:
                value = text(value)
            code = code_of.get(value)
            if code is None:
                code = code_of[value] = len(values)
                values.append(value)
                labels.append(text(label, SHORT_TEXT) or value)
            code_list.append(code)
            pos_list.append(eid)
        pos = np.searchsorted(ids, np.asarray(pos_list, dtype=np.int64)).astype(np.int32)
        codes = np.asarray(code_list, dtype=np.int32)
        by_entity = np.argsort(pos, kind="stable")
        pos, codes = pos[by_entity], codes[by_entity]
        if len(np.unique(pos)) == len(pos):  # one value per entity: store densely
            dense = np.full(len(ids), -1, dtype=np.int32)
            dense[pos] = codes
            columns[facet] = FacetColumn(values, labels, len(ids), dense)
        else:
            columns[facet] = FacetColumn(values, labels, len(ids), codes, pos)
    return FacetIndex(kind, ids, columns)
