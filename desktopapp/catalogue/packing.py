"""Precomputed arrays stored in the catalogue, so that large catalogues open and filter fast.

Table `packed` (kind, name, meta JSON, data BLOB) holds, per kind: the ids, each facet's code arrays,
each sortable column's order and the search text arrays. It is derived data: `pack()` rebuilds it (through
`derive`, which every writer calls), marked with the catalogue's generation. Readers trust it only when that
generation is the catalogue's and no program wrote to the file since (`derive.unchanged_since_stamped`), and
only when every entry's meta, dtypes and lengths agree with its data (a forged entry is discarded, never
used to size an allocation); otherwise they recompute in memory, so correctness never depends on it.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np

from desktopapp.catalogue.facets import KIND_FACETS, FacetColumn, FacetIndex, compute

PACK_VERSION = 6  # 6: freshness by generation and change counter instead of row counts; 5: 5: letter codes of the pinyin text; 4: ASCII aliases and keys as bytes, pinyin keys contained
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


def has_table(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'packed'").fetchone())


# Arrays larger than this are read in pieces of this size, so that no second copy of them is ever held.
READ_PIECE = 1 << 22


# The dtypes packed arrays are written with; an entry claiming any other is forged or damaged.
DTYPES = {"<i2", "<i4", "<i8", "<u1", "<u2", "<u4", "<u8", "|u1", "|i1"}


class PackedError(ValueError):
    """A packed entry whose meta does not agree with its data: it is ignored and the arrays recomputed."""


def _checked_meta(text, size) -> dict:
    """The meta of an entry, checked against the size of its data before anything is allocated from it."""
    try:
        meta = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise PackedError("meta is not JSON") from exc
    arrays = meta.get("arrays") if isinstance(meta, dict) else None
    if not isinstance(arrays, list) or not isinstance(size, int):
        raise PackedError("no array list")
    total = 0
    for item in arrays:
        if not (isinstance(item, list) and len(item) == 2 and item[0] in DTYPES and type(item[1]) is int
                and item[1] >= 0):
            raise PackedError(f"bad array entry {item!r:.80}")
        total += np.dtype(item[0]).itemsize * item[1]
    if total != size:
        raise PackedError(f"arrays of {total} bytes in {size} bytes of data")
    return meta


def _get(conn: sqlite3.Connection, kind: str, name: str) -> tuple[dict | None, list[np.ndarray] | None]:
    """(meta, arrays) of a packed entry, or PackedError when its meta does not match its data. Large entries
    are read in pieces, each array into a buffer of its own: fetching the value whole would hold SQLite's
    copy and Python's at once, and an array that views a shared buffer keeps all of it alive."""
    row = conn.execute("SELECT meta, length(data), rowid FROM packed WHERE kind = ? AND name = ?",
                       (kind, name)).fetchone()
    if row is None:
        return None, None
    meta, size, rowid = _checked_meta(row[0], row[1]), row[1], row[2]
    if size <= READ_PIECE or not hasattr(conn, "blobopen"):
        data = conn.execute("SELECT data FROM packed WHERE rowid = ?", (rowid,)).fetchone()[0]
        if not isinstance(data, bytes) or len(data) != size:
            raise PackedError("data is not the BLOB measured")
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
                if not piece:
                    raise PackedError("data shorter than measured")
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
    """Whether the packed arrays of each kind are current: made by this pack version at the catalogue's
    generation, with no write by any program since (a few rows and the file's header: nothing is counted)."""
    from desktopapp.catalogue import derive

    if not has_table(conn):
        return {kind: False for kind in KIND_FACETS}
    # The file's change counter first, the catalogue's own records after: a write in between always leaves
    # them unequal (its stamp is the counter after it), so no read transaction is needed.
    counter = derive.change_counter(derive.database_file(conn))
    wanted = {"version": PACK_VERSION, "generation": derive.generation(conn)}
    stored = {}
    for kind, meta in conn.execute("SELECT kind, meta FROM packed WHERE name = 'ids'"):
        try:
            stored[kind] = json.loads(meta).get("fresh")
        except (TypeError, ValueError, AttributeError):
            pass
    untouched = counter is not None and derive.stamped_counter(conn) == str(counter)
    return {kind: untouched and stored.get(kind) == wanted for kind in KIND_FACETS}


# ---------------------------------------------------------------------- facets

def load_facets(conn: sqlite3.Connection, kind: str, current: bool | None = None) -> FacetIndex:
    """The facet index of `kind`: from the packed arrays when current, else computed. Callers that already
    know whether the arrays are current (`is_current` counts the kind's rows) pass it as `current`."""
    if not (is_current(conn, kind) if current is None else current):
        return compute(conn, kind)
    try:
        meta, arrays = _get(conn, kind, "ids")
        if meta is None or len(arrays) != 1:
            return compute(conn, kind)
        ids = arrays[0]
        columns = {}
        for facet in KIND_FACETS.get(kind, ()):
            meta, arrays = _get(conn, kind, f"facet:{facet}")
            if meta is None:
                return compute(conn, kind)
            columns[facet] = _facet_column(meta, arrays, len(ids))
    except PackedError:
        return compute(conn, kind)
    return FacetIndex(kind, ids, columns)


def _facet_column(meta: dict, arrays: list[np.ndarray], n: int) -> FacetColumn:
    """A facet column from its packed entry, once its codes and positions are known to index its values and
    the kind's entities (a forged code would otherwise index past them)."""
    values, labels, dense = meta.get("values"), meta.get("labels"), meta.get("dense")
    if not (isinstance(values, list) and isinstance(labels, list) and len(values) == len(labels)
            and all(isinstance(v, str) for v in values) and all(isinstance(v, str) for v in labels)):
        raise PackedError("facet values and labels")
    if len(arrays) != (1 if dense else 2):
        raise PackedError("facet arrays")
    codes = arrays[0]
    if codes.dtype.kind not in "iu" or (len(codes) and (codes.min() < -1 or codes.max() >= len(values))):
        raise PackedError("facet codes out of range")
    if dense:
        if len(codes) != n:
            raise PackedError("dense facet of another length")
        return FacetColumn(values, labels, n, codes, None)
    pos = arrays[1]
    if pos.dtype.kind not in "iu" or len(pos) != len(codes) or (len(pos) and (pos.min() < 0 or pos.max() >= n)):
        raise PackedError("facet positions out of range")
    return FacetColumn(values, labels, n, codes, pos)


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
        try:
            meta, arrays = _get(conn, kind, f"sort:{column}")
        except PackedError:
            meta = None
        if meta is not None:
            order, nulls = arrays[0], meta.get("nulls")
            runs = arrays[1] if len(arrays) > 1 else None
            if (len(arrays) <= 2 and order.dtype.kind in "iu" and len(order) == len(ids)
                    and type(nulls) is int and 0 <= nulls <= len(ids)
                    and (not len(order) or (order.min() >= 0 and order.max() < len(ids)))
                    and (runs is None or (runs.dtype.kind in "iu" and runs.sum() == len(ids) - nulls))):
                return order, nulls, runs
    return compute_order(conn, kind, ids, column), null_counts(conn, kind, column), None


# ---------------------------------------------------------------------- search text

def load_text(conn: sqlite3.Connection, kind: str, field: str, current: bool | None = None, n: int | None = None):
    """(units, offsets) of a packed search-text field (or the two arrays of "letters"), or (None, None) when
    missing, stale or not matching (`n`: the kind's number of entities, when known)."""
    if not (is_current(conn, kind) if current is None else current):
        return None, None
    try:
        meta, arrays = _get(conn, kind, f"text:{field}")
    except PackedError:
        return None, None
    if meta is None or len(arrays) != 2:
        return None, None
    units, offsets = arrays
    if field == "letters":
        ok = units.dtype == np.uint64 and offsets.dtype == np.uint32 and len(units) == len(offsets)
        return (units, offsets) if ok and (n is None or len(units) == n) else (None, None)
    # Each text starts after a 0 and ends before one: offsets[i] - 1 is a 0, and so is the last unit.
    ok = (units.dtype in (np.uint8, np.uint16) and offsets.dtype == np.int64 and len(units) and units[-1] == 0
          and (n is None or len(offsets) == n))
    if ok and len(offsets):
        ok = (offsets[0] == 1 and offsets[-1] < len(units) and not (np.diff(offsets) <= 0).any()
              and not units[offsets - 1].any())
    return (units, offsets) if ok else (None, None)


# ---------------------------------------------------------------------- writing

def pack(conn: sqlite3.Connection, kinds: set[str] | None = None, generation: int | None = None,
         progress=None) -> None:
    """(Re)write the packed arrays of `kinds` (default: every kind) and mark every packed kind as made at
    `generation` (default: the catalogue's). `conn` must be writable; the caller commits. Called by
    `derive.seal`, which raises the generation first."""
    from desktopapp.catalogue import derive
    from desktopapp.catalogue.search import letter_codes, text_arrays

    conn.execute("CREATE TABLE IF NOT EXISTS packed (kind TEXT NOT NULL, name TEXT NOT NULL, meta TEXT NOT NULL, "
                 "data BLOB NOT NULL, PRIMARY KEY (kind, name))")
    generation = derive.generation(conn) if generation is None else generation
    fresh = {"version": PACK_VERSION, "generation": generation}
    kinds = set(KIND_FACETS) if kinds is None else set(kinds)
    for kind in KIND_FACETS:
        if kind not in kinds:
            row = conn.execute("SELECT meta FROM packed WHERE kind = ? AND name = 'ids'", (kind,)).fetchone()
            try:
                meta = json.loads(row[0]) if row else None
            except (TypeError, ValueError):
                meta = None
            if isinstance(meta, dict) and meta.get("fresh", {}).get("version") == PACK_VERSION:
                conn.execute("UPDATE packed SET meta = ? WHERE kind = ? AND name = 'ids'",
                             (json.dumps(dict(meta, fresh=fresh), ensure_ascii=False, sort_keys=True), kind))
                continue
        conn.execute("DELETE FROM packed WHERE kind = ?", (kind,))
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
        _put(conn, kind, "ids", {"fresh": fresh}, index.ids)
        if progress:
            progress(kind)
