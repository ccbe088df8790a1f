"""The one query API over a catalogue: filters → ids, facet counts, search, rows and details.

The GUI, the command line and the PDF reports read catalogues only through `Catalogue`.
A `Catalogue` may be used from one thread at a time; the GUI's worker thread opens its own.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from typing import TYPE_CHECKING

from desktopapp.catalogue import paths
from desktopapp.catalogue.connection import open_readonly
from desktopapp.catalogue.details import Details, load_details
from desktopapp.catalogue.filters import Filters
from desktopapp.catalogue.kinds import KIND_FACETS
from desktopapp.catalogue.textkeys import clean_query

if TYPE_CHECKING:  # numpy and the index modules load with the first query, after the window is painted
    import numpy as np

    from desktopapp.catalogue.facets import FacetIndex, FacetValue
    from desktopapp.catalogue.search import TextSearch

ROW_COLUMNS = (
    "id", "key", "kind", "name", "aliases", "summary", "scope", "category", "status", "stage", "stage_date",
    "year", "amount", "metric", "value", "num", "unit", "period", "basis", "level", "tier", "parent_id",
    "chains", "sort_key",
)


# suggest() looks at this many characters of a name at most.
SUGGEST_CHARS = 40


@dataclass
class SearchResult:
    ids: np.ndarray  # int64 entity ids, in list order
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    total: int = 0  # entities of this kind in the catalogue


class Catalogue:
    """A catalogue file opened read-only."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else paths.bundled_catalogue()
        self.conn = open_readonly(self.path)
        self.conn.row_factory = sqlite3.Row
        self._indexes: dict[str, FacetIndex] = {}
        self._lock = threading.Lock()
        self._search: TextSearch | None = None
        self._orders: dict[tuple[str, str], tuple[np.ndarray, int]] = {}
        self._lengths: dict[str, np.ndarray] = {}
        self._packed: dict[str, bool] = {}
        self.meta = {r["key"]: r["value"] for r in self.conn.execute("SELECT key, value FROM meta")}

    @property
    def search(self) -> "TextSearch":
        if self._search is None:
            from desktopapp.catalogue.search import TextSearch

            self._search = TextSearch(self.conn, self.facet_index, self.packed_current)
        return self._search

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ------------------------------------------------------------------ about

    @property
    def name(self) -> str:
        return self.meta.get("name") or self.path.stem

    @property
    def synthetic(self) -> bool:
        return self.meta.get("synthetic") == "1"

    def scope_label(self, scope: str | None) -> str:
        return self.meta.get(f"scope.{scope}", scope or "")

    def kind_counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT kind, COUNT(*) AS n FROM entities GROUP BY kind")
        counts = {k: 0 for k in KIND_FACETS}
        counts.update({r["kind"]: r["n"] for r in rows})
        return counts

    def sources(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT id, title, date, date_note, scope, file FROM sources ORDER BY date, id")]

    def source_text(self, source_id: str) -> str:
        row = self.conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        return row["text"] if row else ""

    # ------------------------------------------------------------------ filtering

    def packed_current(self, kind: str) -> bool:
        """Whether the catalogue's packed arrays of `kind` are current (checked once: it counts the rows)."""
        if kind not in self._packed:
            from desktopapp.catalogue import packing

            self._packed[kind] = packing.is_current(self.conn, kind)
        return self._packed[kind]

    def facet_index(self, kind: str) -> FacetIndex:
        with self._lock:
            if kind not in self._indexes:
                from desktopapp.catalogue import packing

                self._indexes[kind] = packing.load_facets(self.conn, kind, self.packed_current(kind))
            return self._indexes[kind]

    def _base_mask(self, filters: Filters, index: FacetIndex) -> np.ndarray:
        """Entities of the kind that pass the text search and the ranges (not the facets)."""
        import numpy as np

        mask = index.full()
        scores = self.search.score_array(filters.text, filters.kind) if filters.text.strip() else None
        if scores is not None:
            mask &= scores > 0
        ranges = []
        for column, low, high in (("year", filters.year_min, filters.year_max),
                                  ("amount", filters.amount_min, filters.amount_max)):
            if low is not None:
                ranges.append((f"{column} >= ?", low))
            if high is not None:
                ranges.append((f"{column} <= ?", high))
        if ranges:
            where = " AND ".join(c for c, _ in ranges)
            rows = self.conn.execute(f"SELECT id FROM entities WHERE kind = ? AND {where}",
                                     (filters.kind, *[v for _, v in ranges]))
            mask &= index.mask_of_ids(np.fromiter((r[0] for r in rows), dtype=np.int64))
        return mask

    def _check(self, filters: Filters) -> FacetIndex:
        if filters.kind not in KIND_FACETS:
            raise ValueError(f"filters.kind must be one of {', '.join(KIND_FACETS)}")
        return self.facet_index(filters.kind)

    def ids(self, filters: Filters, sort: str = "relevance", descending: bool = False) -> list[int]:
        """Ids of the entities matching `filters`, sorted."""
        return self.id_array(filters, sort, descending).tolist()

    def id_array(self, filters: Filters, sort: str = "relevance", descending: bool = False) -> np.ndarray:
        index = self._check(filters)
        mask = index.matching(filters.facets, base=self._base_mask(filters, index))
        return self._sorted(filters, index, mask, sort, descending)

    def facet_counts(self, filters: Filters) -> dict[str, list[FacetValue]]:
        """For each facet of the kind: values with counts under all the *other* active filters."""
        index = self._check(filters)
        return self._counts(filters, index, self._base_mask(filters, index))

    def _counts(self, filters, index, base) -> dict[str, list[FacetValue]]:
        from desktopapp.catalogue.facets import Selection

        masks = index.selection_masks(filters.facets)
        out = {}
        everything = None
        for facet in index.facets:
            if facet in masks:
                selected = Selection(index.matching(filters.facets, exclude=facet, base=base, masks=masks))
            else:
                if everything is None:
                    everything = Selection(index.matching(filters.facets, base=base, masks=masks))
                selected = everything
            out[facet] = index.counts(facet, selected, keep=filters.facets.get(facet, ()))
        return out

    def query(self, filters: Filters, sort: str = "relevance", descending: bool = False) -> SearchResult:
        """Ids and facet counts together (what a list view needs after every change)."""
        index = self._check(filters)
        base = self._base_mask(filters, index)
        mask = index.matching(filters.facets, base=base)
        return SearchResult(
            ids=self._sorted(filters, index, mask, sort, descending),
            facets=self._counts(filters, index, base),
            total=index.n,
        )

    def order(self, kind: str, column: str) -> tuple[np.ndarray, int]:
        """Positions of `kind` in ascending `column` order, and how many at the end have no value."""
        key = (kind, column)
        if key not in self._orders:
            index = self.facet_index(kind)
            from desktopapp.catalogue import packing

            self._orders[key] = packing.load_order(self.conn, kind, index.ids, column, self.packed_current(kind))
        return self._orders[key]

    def _sorted(self, filters: Filters, index: FacetIndex, mask: np.ndarray, sort: str,
                descending: bool) -> np.ndarray:
        import numpy as np

        if not mask.any():
            return np.zeros(0, dtype=np.int64)
        scores = self.search.score_array(filters.text, filters.kind) if filters.text.strip() else None
        if sort == "relevance" and scores is not None:
            # Best score first, then shorter names, then names in pinyin order: walk the entities in name
            # order and sort the hits stably by a small key (score, name length): 16 bits when the scores
            # span less than 256 (numpy sorts those by radix), else the scores' rank.
            order, _ = self.order(filters.kind, "name")
            hits = order[mask[order]]
            hit_scores = scores[hits]
            lengths = self._name_lengths(filters.kind)[hits]
            top, low = int(hit_scores.max()), int(hit_scores.min())
            if top - low < 256:
                key = ((np.uint16(top) - hit_scores.astype(np.uint16)) << np.uint16(8)) | lengths
            else:
                levels = np.flatnonzero(np.bincount(hit_scores))[::-1]  # the distinct scores, best first
                rank = np.zeros(top + 1, dtype=np.int64)
                rank[levels] = np.arange(len(levels))
                key = (rank[hit_scores] << 8) | lengths
            ranked = hits[np.argsort(key, kind="stable")]
            return index.ids[ranked[::-1] if descending else ranked]
        if sort == "relevance":
            sort = "id" if filters.kind == "chain" else "name"  # chains in their stated order
        from desktopapp.catalogue.packing import SORT_COLUMNS

        if sort not in SORT_COLUMNS:
            sort = "name"
        order, nulls = self.order(filters.kind, sort)
        if descending:
            stated = order[: len(order) - nulls]
            order = np.concatenate([stated[::-1], order[len(order) - nulls:]])
        return index.ids[order[mask[order]]]

    def _name_lengths(self, kind: str) -> np.ndarray:
        """Length of each entity's name (code units, 255 at most), by position; computed once per kind."""
        import numpy as np

        cached = self._lengths.get(kind)
        if cached is None:
            text = self.search.kind_text(kind)
            offsets = text.name.offsets
            ends = np.append(offsets[1:] - 1, len(text.name.units) - 1)
            cached = self._lengths[kind] = np.minimum(ends - offsets, 255).astype(np.uint16)
        return cached

    # ------------------------------------------------------------------ rows and details

    def rows(self, ids: list[int]) -> dict[int, dict]:
        """Row dicts (the list columns) for `ids`, keyed by id."""
        out: dict[int, dict] = {}
        cols = ", ".join(ROW_COLUMNS)
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(f"SELECT {cols} FROM entities WHERE id IN ({marks})", chunk):
                out[r["id"]] = dict(r)
        return out

    def row(self, entity_id: int) -> dict | None:
        return self.rows([entity_id]).get(entity_id)

    def details(self, entity_id: int) -> Details | None:
        """Everything about one entity: facts with citations, stages, tags, links, chain position."""
        return load_details(self, entity_id)

    def find(self, name: str, kind: str | None = None) -> list[int]:
        """Ids whose name, key or alias equals `name`; failing that, the best search matches."""
        # Lone surrogates cannot be bound as SQLite text: drop them (no name contains them).
        name = (name or "").encode("utf-8", "ignore").decode("utf-8").strip()
        kind_sql, args = ("AND kind = ?", [kind]) if kind else ("", [])
        exact = self.conn.execute(
            f"SELECT id FROM entities WHERE (name = ? OR key = ? OR key = ?) {kind_sql} "
            f"UNION SELECT entity_id FROM aliases WHERE alias = ? "
            f"AND entity_id IN (SELECT id FROM entities WHERE 1 {kind_sql})",
            [name, name, "chain:" + name, *args, name, *args],
        ).fetchall()
        if exact:
            return sorted({r[0] for r in exact})
        return []

    def suggest(self, name: str, kind: str | None = None, limit: int = 5) -> list[int]:
        """The closest matches for a name that was not found exactly."""
        name = clean_query(name)[:SUGGEST_CHARS]  # any text; pieces of a long one are not worth thousands of scans
        scores = self.search.scores(name, kind)
        if not scores and len(name) > 2:
            # Try progressively shorter pieces of the name.
            for size in (4, 3, 2):
                for start in range(0, max(len(name) - size + 1, 1)):
                    for eid, s in self.search.scores(name[start:start + size], kind).items():
                        scores[eid] = scores.get(eid, 0) + s
                if scores:
                    break
        return [eid for eid, _ in sorted(scores.items(), key=lambda kv: -kv[1])[:limit]]

    def chain_parent_keys(self) -> dict[str, str]:
        """Chain key → parent chain key, for showing the chain facet as a tree."""
        rows = self.conn.execute(
            "SELECT c.key, p.key FROM entities c JOIN entities p ON p.id = c.parent_id WHERE c.kind = 'chain'")
        return {r[0]: r[1] for r in rows}

    def kind_of(self, entity_id: int) -> str | None:
        row = self.conn.execute("SELECT kind FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return row[0] if row else None

    def chain_children(self, chain_id: int | None) -> list[dict]:
        """Chains/segments directly under `chain_id` (None: the systems), in their stated order."""
        if chain_id is None:
            rows = self.conn.execute(
                "SELECT * FROM entities WHERE kind = 'chain' AND parent_id IS NULL ORDER BY id")
        else:
            rows = self.conn.execute(
                "SELECT * FROM entities WHERE kind = 'chain' AND parent_id = ? ORDER BY ordinal, id", (chain_id,))
        return [dict(r) for r in rows]
