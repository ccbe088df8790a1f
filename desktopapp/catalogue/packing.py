"""Precomputed arrays stored in the catalogue, so that large catalogues open and filter fast.

Table `packed` (kind, name, meta JSON, data BLOB) holds, per kind: the ids, each facet's code arrays,
each sortable column's order and the search text arrays. It is derived data: `pack()` rebuilds it (the
build, the synthetic generator and imports call it), and readers check it against the entities table and
recompute in memory when it is missing or stale, so correctness never depends on it.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np

from desktopapp.catalogue.facets import KIND_FACETS, FacetColumn, FacetIndex, compute

PACK_VERSION = 5  # 5: letter codes of the pinyin text; 4: ASCII aliases and keys as bytes, pinyin keys contained
# in another dropped; 3: pinyin as ASCII bytes; 2: multi-valued facet entries ordered by entity

# Sortable list columns: SQL expression of the entities table.
SORT_COLUMNS = {
    "name": "sort_key",
    "stage": "stage",
    "year": "year",
    "amount": "amount",
    "category": "category",
    "status": "status",
    "scope": "scope",
    "metric": "metric",
    "value": "num",
    "num": "num",
    "period": "period",
    "tier": "tier",
    "level": "level",
    "chains": "chains",
    "id": "id",
}
# Sort columns whose values are (almost) all different: a descending list is the ascending one turned round.
UNIQUE_SORT_COLUMNS = ("name", "id")


def _fingerprint(conn: sqlite3.Connection, kind: str) -> dict:
    n, top = conn.execute("SELECT COUNT(*), MAX(id) FROM entities WHERE kind = ?", (kind,)).fetchone()
    fv = conn.execute("SELECT COUNT(*) FROM facet_values").fetchone()[0]
    return {"version": PACK_VERSION, "count": n, "max_id": top, "facet_rows": fv}


def has_table(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'packed'").fetchone())


# Arrays larger than this are read in pieces of this size, so that no second copy of them is ever held.
READ_PIECE = 1 << 22


def _get(conn: sqlite3.Connection, kind: str, name: str) -> tuple[dict | None, list[np.ndarray] | None]:
    """(meta, arrays) of a packed entry. Large entries are read in pieces, each array into a buffer of its
    own: fetching the value whole would hold SQLite's copy and Python's at once, and an array that views a
    shared buffer keeps all of it alive."""
    row = conn.execute("SELECT meta, length(data), rowid FROM packed WHERE kind = ? AND name = ?",
                       (kind, name)).fetchone()
    if row is None:
        return None, None
    meta, size, rowid = json.loads(row[0]), row[1], row[2]
    if size <= READ_PIECE or not hasattr(conn, "blobopen"):
        data = conn.execute("SELECT data FROM packed WHERE rowid = ?", (rowid,)).fetchone()[0]
        out, offset = [], 0
        for dtype, length in meta["arrays"]:
            out.append(np.frombuffer(data, dtype=dtype, count=length, offset=offset))
            offset += np.dtype(dtype).itemsize * length
        return meta, out
    out = []
    with conn.blobopen("packed", "data", rowid, readonly=True) as blob:
        for dtype, length in meta["arrays"]:
            # An uninitialised array filled piece by piece with numpy copies: neither zero-filling a large
            # buffer nor copying into it holds the GIL for long (a query or the window may be waiting).
            array = np.empty(length, dtype=dtype)
            raw = array.view(np.uint8)
            for start in range(0, len(raw), READ_PIECE):
                piece = blob.read(min(READ_PIECE, len(raw) - start))
                raw[start:start + len(piece)] = np.frombuffer(piece, dtype=np.uint8)
            out.append(array)
    return meta, out


def _put(conn: sqlite3.Connection, kind: str, name: str, meta: dict, *arrays: np.ndarray) -> None:
    meta = dict(meta, arrays=[(a.dtype.str, int(a.size)) for a in arrays])
    data = b"".join(np.ascontiguousarray(a).tobytes() for a in arrays)
    conn.execute("INSERT OR REPLACE INTO packed (kind, name, meta, data) VALUES (?, ?, ?, ?)",
                 (kind, name, json.dumps(meta, ensure_ascii=False, sort_keys=True), data))


def is_current(conn: sqlite3.Connection, kind: str) -> bool:
    return current_kinds(conn).get(kind, False)


def current_kinds(conn: sqlite3.Connection) -> dict[str, bool]:
    """Whether the packed arrays of each kind are current: their fingerprints against the tables, counted
    once for all kinds (the facet rows alone are 14M in a register of a million enterprises)."""
    if not has_table(conn):
        return {kind: False for kind in KIND_FACETS}
    stored = {kind: json.loads(meta).get("fingerprint")
              for kind, meta in conn.execute("SELECT kind, meta FROM packed WHERE name = 'ids'")}
    counts = {kind: (n, top) for kind, n, top in conn.execute(
        "SELECT kind, COUNT(*), MAX(id) FROM entities GROUP BY kind")}
    facet_rows = conn.execute("SELECT COUNT(*) FROM facet_values").fetchone()[0]
    out = {}
    for kind in KIND_FACETS:
        n, top = counts.get(kind, (0, None))
        out[kind] = stored.get(kind) == {"version": PACK_VERSION, "count": n, "max_id": top,
                                         "facet_rows": facet_rows}
    return out


# ---------------------------------------------------------------------- facets

def load_facets(conn: sqlite3.Connection, kind: str, current: bool | None = None) -> FacetIndex:
    """The facet index of `kind`: from the packed arrays when current, else computed. Callers that already
    know whether the arrays are current (`is_current` counts the kind's rows) pass it as `current`."""
    if not (is_current(conn, kind) if current is None else current):
        return compute(conn, kind)
    meta, arrays = _get(conn, kind, "ids")
    ids = arrays[0]
    columns = {}
    for facet in KIND_FACETS.get(kind, ()):
        meta, arrays = _get(conn, kind, f"facet:{facet}")
        if meta is None:
            return compute(conn, kind)
        codes, pos = (arrays[0], None) if meta["dense"] else (arrays[0], arrays[1])
        columns[facet] = FacetColumn(meta["values"], meta["labels"], len(ids), codes, pos)
    return FacetIndex(kind, ids, columns)


# ---------------------------------------------------------------------- sort orders

def compute_order(conn: sqlite3.Connection, kind: str, ids: np.ndarray, column: str) -> np.ndarray:
    """Entity positions in ascending order of `column`, not-stated values last, ties by name (pinyin)."""
    expr = SORT_COLUMNS[column]
    rows = conn.execute(
        f"SELECT id FROM entities WHERE kind = ? ORDER BY ({expr} IS NULL), {expr}, sort_key, id", (kind,))
    ordered = np.fromiter((r[0] for r in rows), dtype=np.int64)
    return np.searchsorted(ids, ordered).astype(np.int32)


def value_runs(conn: sqlite3.Connection, kind: str, column: str) -> np.ndarray:
    """How many entities of `kind` share each stated value of `column`, in ascending order of the values:
    the runs of equal values along the ascending order."""
    expr = SORT_COLUMNS[column]
    rows = conn.execute(f"SELECT COUNT(*) FROM entities WHERE kind = ? AND {expr} IS NOT NULL "
                        f"GROUP BY {expr} ORDER BY {expr}", (kind,))
    return np.fromiter((r[0] for r in rows), dtype=np.int64)


def null_counts(conn: sqlite3.Connection, kind: str, column: str) -> int:
    expr = SORT_COLUMNS[column]
    return conn.execute(f"SELECT COUNT(*) FROM entities WHERE kind = ? AND {expr} IS NULL", (kind,)).fetchone()[0]


def load_order(conn: sqlite3.Connection, kind: str, ids: np.ndarray, column: str,
               current: bool | None = None) -> tuple[np.ndarray, int, np.ndarray | None]:
    """(order, number of not-stated values at its end, runs of equal values or None: see value_runs) for
    `column`. Without packed runs (older packs, or not computed) the caller asks value_runs if it needs them."""
    if is_current(conn, kind) if current is None else current:
        meta, arrays = _get(conn, kind, f"sort:{column}")
        if meta is not None:
            return arrays[0], meta["nulls"], arrays[1] if len(arrays) > 1 else None
    return compute_order(conn, kind, ids, column), null_counts(conn, kind, column), None


# ---------------------------------------------------------------------- search text

def load_text(conn: sqlite3.Connection, kind: str, field: str, current: bool | None = None):
    """(units, offsets) of a packed search-text field (or the two arrays of "letters"), or (None, None)."""
    if not (is_current(conn, kind) if current is None else current):
        return None, None
    meta, arrays = _get(conn, kind, f"text:{field}")
    if meta is None:
        return None, None
    units, offsets = arrays
    return units, offsets


# ---------------------------------------------------------------------- writing

def pack(conn: sqlite3.Connection, progress=None) -> None:
    """(Re)write the packed arrays of every kind. `conn` must be writable; the caller commits."""
    from desktopapp.catalogue.search import letter_codes, text_arrays

    conn.execute("CREATE TABLE IF NOT EXISTS packed (kind TEXT NOT NULL, name TEXT NOT NULL, meta TEXT NOT NULL, "
                 "data BLOB NOT NULL, PRIMARY KEY (kind, name))")
    conn.execute("DELETE FROM packed")
    for kind in KIND_FACETS:
        index = compute(conn, kind)
        for facet, column in index.columns.items():
            codes, pos = column.entries()
            meta = {"values": column.values, "labels": column.labels, "dense": pos is None}
            arrays = (codes,) if pos is None else (codes, pos)
            _put(conn, kind, f"facet:{facet}", meta, *arrays)
        for column in SORT_COLUMNS:
            order = compute_order(conn, kind, index.ids, column)
            runs = () if column in UNIQUE_SORT_COLUMNS else (value_runs(conn, kind, column),)
            _put(conn, kind, f"sort:{column}", {"nulls": null_counts(conn, kind, column)}, order, *runs)
        texts = text_arrays(conn, kind)
        for field, (units, offsets) in texts.items():
            _put(conn, kind, f"text:{field}", {}, units, offsets)
        _put(conn, kind, "text:letters", {}, *letter_codes(*texts["pinyin"]))
        _put(conn, kind, "ids", {"fingerprint": _fingerprint(conn, kind)}, index.ids)
        if progress:
            progress(kind)
