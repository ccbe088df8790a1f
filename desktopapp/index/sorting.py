"""List orders of one open catalogue: by a column (ascending, descending with ties in name order, values
missing last) or by relevance to a search, and a list's first rows without sorting the rest.

Orders are positions into a kind's facet index (see facets.py), read from the packed arrays when they are
current (packing.load_order) and kept for the life of the open catalogue.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from desktopapp.index import packing

if TYPE_CHECKING:
    from desktopapp.index.facets import FacetIndex
    from desktopapp.index.search import TextSearch


class SortOrders:
    """Cached orders per (kind, column), over the catalogue's connection."""

    def __init__(self, conn: sqlite3.Connection, facet_index: Callable[[str], FacetIndex],
                 packed_current: Callable[[str], bool], search: Callable[[], TextSearch]):
        self._conn, self._facet_index, self._packed_current, self._search = conn, facet_index, packed_current, search
        self._orders: dict[tuple, tuple[np.ndarray, int]] = {}
        self._runs: dict[tuple[str, str], np.ndarray | None] = {}
        self._lengths: dict[str, np.ndarray] = {}

    def order(self, kind: str, column: str) -> tuple[np.ndarray, int]:
        """Positions of `kind` in ascending `column` order, and how many at the end have no value."""
        key = (kind, column)
        if key not in self._orders:
            index = self._facet_index(kind)
            order, nulls, runs = packing.load_order(self._conn, kind, index.ids, column, self._packed_current(kind))
            self._orders[key] = (order, nulls)
            self._runs[key] = runs
        return self._orders[key]

    def sorted(self, kind: str, mask: np.ndarray, sort: str, descending: bool,
               scores: np.ndarray | None) -> np.ndarray:
        """Positions of `mask`'s entities in list order (`scores`: search scores when sorted by relevance)."""
        count = int(np.count_nonzero(mask))
        if not count:
            return np.zeros(0, dtype=np.int64)
        if scores is not None:
            # Walk the entities in name order and sort the hits stably by the relevance key.
            order, _ = self.order(kind, "name")
            hits = order if count == len(mask) else order[mask[order]]
            ranked = hits[np.argsort(self._relevance_key(kind, scores, hits), kind="stable")]
            return ranked[::-1] if descending else ranked
        order = self._walk(kind, sort, descending)
        return order if count == len(mask) else order[mask[order]]

    def first(self, kind: str, mask: np.ndarray, sort: str, descending: bool, scores: np.ndarray | None,
              limit: int) -> np.ndarray:
        """The first `limit` positions of `sorted(...)`, found without sorting the rest: a list can show its
        first page before the whole result is in order."""
        if scores is None:
            return self._first_in_order(kind, mask, sort, descending, limit)
        hits = np.flatnonzero(mask)
        if len(hits) <= limit:
            return self.sorted(kind, mask, sort, descending, scores)
        # One 64-bit value per hit, (key, place in name order), whose `limit` smallest are the page.
        key = self._relevance_key(kind, scores, hits).astype(np.uint64)
        rank = np.take(self._name_ranks(kind), hits).astype(np.uint64)
        last = np.uint64(len(mask) - 1)
        if descending:
            key, rank = key.max() - key, last - rank
        best = np.sort(np.partition((key << np.uint64(32)) | rank, limit - 1)[:limit]) & np.uint64(0xFFFFFFFF)
        order, _ = self.order(kind, "name")
        return order[(last - best if descending else best).astype(np.intp)]

    def _relevance_key(self, kind: str, scores: np.ndarray, hits: np.ndarray) -> np.ndarray:
        """Per hit, a small sort key: best score first, then shorter names (ties go by name order). 16 bits
        when the scores span less than 256 (numpy sorts those by radix), else the scores' rank."""
        hit_scores = scores[hits]
        lengths = self._name_lengths(kind)[hits]
        top, low = int(hit_scores.max()), int(hit_scores.min())
        if top - low < 256:
            return ((np.uint16(top) - hit_scores.astype(np.uint16)) << np.uint16(8)) | lengths
        levels = np.flatnonzero(np.bincount(hit_scores))[::-1]  # the distinct scores, best first
        rank = np.zeros(top + 1, dtype=np.int64)
        rank[levels] = np.arange(len(levels))
        return (rank[hit_scores] << 8) | lengths

    def _walk(self, kind: str, sort: str, descending: bool) -> np.ndarray:
        """Positions of the kind in list order for a sort that is not by relevance (values missing last)."""
        if sort == "relevance":
            sort = "id" if kind == "chain" else "name"  # chains in their stated order
        if sort not in packing.SORT_COLUMNS:
            sort = "name"
        if descending:
            return self._descending(kind, sort)
        return self.order(kind, sort)[0]

    def _descending(self, kind: str, column: str) -> np.ndarray:
        """Positions of `kind` by `column` from the highest value down, entities with equal values still in
        name order and those without a value last (computed once per column)."""
        key = (kind, column, "descending")
        if key not in self._orders:
            order, nulls = self.order(kind, column)
            stated = order[: len(order) - nulls]
            runs = None
            if column not in packing.UNIQUE_SORT_COLUMNS:  # keep the name order within each value's run
                runs = self._runs.get((kind, column))
                if runs is None:  # not packed: ask the catalogue (a pass over the kind's rows)
                    runs = packing.value_runs(self._conn, kind, column)
            if runs is None or runs.sum() != len(stated):
                reversed_ = stated[::-1]
            else:  # the runs in reverse order, each run as it is
                starts = np.cumsum(runs) - runs
                run = np.repeat(np.arange(len(runs)), runs)
                target = len(stated) - starts[run] - runs[run] + (np.arange(len(stated)) - starts[run])
                reversed_ = np.empty_like(stated)
                reversed_[target] = stated
            self._orders[key] = (np.concatenate([reversed_, order[len(order) - nulls:]]), nulls)
        return self._orders[key][0]

    def _first_in_order(self, kind: str, mask: np.ndarray, sort: str, descending: bool, limit: int) -> np.ndarray:
        """The first `limit` positions of `mask` along the list order, walked in steps until found."""
        order = self._walk(kind, sort, descending)
        found, count, step = [], 0, 1 << 14
        for start in range(0, len(order), step):
            piece = order[start:start + step]
            piece = piece[mask[piece]]
            found.append(piece)
            count += len(piece)
            if count >= limit:
                break
            step *= 2
        return np.concatenate(found)[:limit] if found else np.zeros(0, dtype=np.int64)

    def _name_ranks(self, kind: str) -> np.ndarray:
        """Each position's place in name order (computed once per kind)."""
        key = (kind, "name-rank")
        if key not in self._orders:
            order, _ = self.order(kind, "name")
            ranks = np.empty(len(order), dtype=np.int32)
            ranks[order] = np.arange(len(order), dtype=np.int32)
            self._orders[key] = (ranks, 0)
        return self._orders[key][0]

    def _name_lengths(self, kind: str) -> np.ndarray:
        """Length of each entity's name (code units, 255 at most), by position; computed once per kind."""
        cached = self._lengths.get(kind)
        if cached is None:
            text = self._search().kind_text(kind)
            offsets = text.name.offsets
            ends = np.append(offsets[1:] - 1, len(text.name.units) - 1)
            cached = self._lengths[kind] = np.minimum(ends - offsets, 255).astype(np.uint16)
        return cached
