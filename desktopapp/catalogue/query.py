"""The one query API over a catalogue: filters → ids, facet counts, search, rows and details.

The GUI, the command line and the PDF reports read catalogues only through `Catalogue`.
A `Catalogue` may be used from one thread at a time; the GUI's worker thread opens its own.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from typing import TYPE_CHECKING

from desktopapp.catalogue import paths
from desktopapp.catalogue.connection import open_again, open_readonly
from desktopapp.catalogue.filters import Filters
from desktopapp.catalogue.kinds import KIND_FACETS
from desktopapp.index.textkeys import clean_query
from desktopapp.catalogue.values import ARTICLE_TEXT, LONG_TEXT, clean, integer, text
from desktopapp.index.freshness import PackedFreshness

if TYPE_CHECKING:  # numpy and the index modules load with the first query, after the window is painted
    import numpy as np

    from desktopapp.catalogue.details import Details
    from desktopapp.index.facets import FacetIndex, FacetValue
    from desktopapp.index.search import TextSearch
    from desktopapp.index.sorting import SortOrders

ROW_COLUMNS = (
    "id", "key", "kind", "name", "aliases", "summary", "scope", "category", "status", "stage", "stage_date",
    "year", "amount", "metric", "value", "num", "unit", "period", "basis", "level", "tier", "parent_id",
    "chains", "sort_key",
)


# suggest() looks at this many characters of a name at most.
SUGGEST_CHARS = 40


class SearchResult:
    """A list's ids (int64, in list order), its facet counts, how many entities the kind has in all, and
    whether `ids` is the whole list (False: only its first rows)."""

    __slots__ = ("ids", "facets", "total", "complete")

    def __init__(self, ids: np.ndarray, facets: dict[str, list[FacetValue]] | None = None, total: int = 0,
                 complete: bool = True):
        self.ids, self.facets, self.total, self.complete = ids, facets if facets is not None else {}, total, complete


class Catalogue:
    """A catalogue file opened read-only."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else paths.bundled_catalogue()
        self.conn = open_readonly(self.path)
        self.conn.row_factory = sqlite3.Row
        self._indexes: dict[str, FacetIndex] = {}
        self._lock = threading.Lock()
        self._search: TextSearch | None = None
        self._freshness = PackedFreshness(self.path, self.conn, open_again)
        self._sort_orders: SortOrders | None = None
        self._chain_tree: dict[int, int | None] | None = None
        self.meta = {}
        for r in self.conn.execute("SELECT key, value FROM meta"):
            key, value = text(r["key"]), text(r["value"], LONG_TEXT)
            if key is not None and value is not None:
                self.meta[key] = value

    @property
    def search(self) -> TextSearch:
        if self._search is None:
            from desktopapp.index.search import TextSearch

            self._search = TextSearch(self.conn, self.facet_index, self.packed_current)
        return self._search

    @property
    def _sort(self) -> SortOrders:
        if self._sort_orders is None:
            from desktopapp.index.sorting import SortOrders

            self._sort_orders = SortOrders(self.conn, self.facet_index, self.packed_current, lambda: self.search)
        return self._sort_orders

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

    def exceeds(self, kind: str, n: int) -> bool:
        """Whether the catalogue has more than `n` entities of `kind` (counting stops there: cheap on a
        register of a million)."""
        row = self.conn.execute("SELECT 1 FROM entities WHERE kind = ? LIMIT 1 OFFSET ?", (kind, n)).fetchone()
        return row is not None

    def kind_counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT kind, COUNT(*) AS n FROM entities GROUP BY kind")
        counts = {k: 0 for k in KIND_FACETS}
        counts.update({r["kind"]: r["n"] for r in rows if r["kind"] in counts})
        return counts

    def sources(self, ids: list[str] | None = None) -> list[dict]:
        """The source articles (those of `ids` only, when given), oldest first."""
        where, args = "", []
        if ids is not None:
            where, args = f"WHERE id IN ({','.join('?' * len(ids))})", list(ids)
        return [clean("sources", dict(r)) for r in self.conn.execute(
            f"SELECT id, title, date, date_note, scope, file FROM sources {where} ORDER BY date, id", args)]

    def source_text(self, source_id: str) -> str:
        """An article's text (cut at ARTICLE_TEXT characters for display)."""
        row = self.conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,)).fetchone()
        return (text(row["text"], ARTICLE_TEXT) or "") if row else ""

    # ------------------------------------------------------------------ filtering

    def packed_current(self, kind: str) -> bool:
        """Whether the catalogue's packed arrays of `kind` are current (checked once: index/freshness.py)."""
        return self._freshness.current(kind)

    def facet_index(self, kind: str) -> FacetIndex:
        with self._lock:
            if kind not in self._indexes:
                from desktopapp.index import packing

                index = None
                if packing.has_table(self.conn):
                    self._freshness.start()
                    try:  # read the packed arrays while their freshness is checked
                        index = packing.load_facets(self.conn, kind, True)
                    except (sqlite3.Error, KeyError, ValueError, TypeError):
                        index = None
                if index is None or not self.packed_current(kind):
                    index = packing.load_facets(self.conn, kind, self.packed_current(kind))
                self._indexes[kind] = index
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
        from desktopapp.index.facets import Selection

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
        return self._sort.order(kind, column)

    def first_ids(self, filters: Filters, sort: str = "relevance", descending: bool = False,
                  limit: int = 100) -> np.ndarray:
        """The first `limit` ids of `id_array(filters, sort, descending)`, found without sorting the rest: a
        list can show its first page before the whole result is in order."""
        index = self._check(filters)
        mask = index.matching(filters.facets, base=self._base_mask(filters, index))
        return index.ids[self._sort.first(filters.kind, mask, sort, descending, self._relevance(filters, sort),
                                          limit)]

    def _relevance(self, filters: Filters, sort: str) -> np.ndarray | None:
        """The search scores when the list is in order of relevance to a search, else None."""
        if sort != "relevance" or not filters.text.strip():
            return None
        return self.search.score_array(filters.text, filters.kind)

    def _sorted(self, filters: Filters, index: FacetIndex, mask: np.ndarray, sort: str,
                descending: bool) -> np.ndarray:
        return index.ids[self._sort.sorted(filters.kind, mask, sort, descending, self._relevance(filters, sort))]

    # ------------------------------------------------------------------ rows and details

    def rows(self, ids: list[int]) -> dict[int, dict]:
        """Row dicts (the list columns) for `ids`, keyed by id: values of their declared types, text cut for
        display (see values.py)."""
        out: dict[int, dict] = {}
        cols = ", ".join(ROW_COLUMNS)
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(f"SELECT {cols} FROM entities WHERE id IN ({marks})", chunk):
                out[r["id"]] = clean("entities", dict(r))
        return out

    def row(self, entity_id: int) -> dict | None:
        return self.rows([entity_id]).get(entity_id)

    def details(self, entity_id: int, neighbour_counts: bool = False) -> Details | None:
        """Everything about one entity: facts with citations, stages, tags, links, chain position (and with
        `neighbour_counts`, how many others share its chains, per kind)."""
        from desktopapp.catalogue.details import load_details

        return load_details(self, entity_id, neighbour_counts)

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
        found = {integer(r[0]) for r in exact} - {None}
        return sorted(found)

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

    def chain_tree(self) -> dict[int, int | None]:
        """Each chain's parent chain, loops and bad parents cut (see chaintree.py); read once."""
        if self._chain_tree is None:
            from desktopapp.catalogue import chaintree

            self._chain_tree = chaintree.parents(self.conn)
        return self._chain_tree

    def chain_parent_keys(self) -> dict[str, str]:
        """Chain key → parent chain key, for showing the chain facet as a tree."""
        tree = self.chain_tree()
        keys = {integer(r[0]): text(r[1]) for r in self.conn.execute("SELECT id, key FROM entities WHERE kind = 'chain'")}
        return {keys[c]: keys[p] for c, p in tree.items() if p is not None and keys.get(c) and keys.get(p)}

    def kind_of(self, entity_id: int) -> str | None:
        row = self.conn.execute("SELECT kind FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return text(row[0]) if row else None

    def chain_children(self, chain_id: int | None) -> list[dict]:
        """Chains/segments directly under `chain_id` (None: the systems), in their stated order (a chain whose
        parent is missing or in a loop counts as a system: see chaintree.py)."""
        ids = [c for c, p in self.chain_tree().items() if p == chain_id]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = [clean("entities", dict(r)) for r in self.conn.execute(
            f"SELECT * FROM entities WHERE kind = 'chain' AND id IN ({marks})", ids)]
        if chain_id is None:
            return sorted(rows, key=lambda r: r["id"])
        return sorted(rows, key=lambda r: (r["ordinal"] is not None, r["ordinal"] or 0, r["id"]))
