"""Precomputed arrays stored in the catalogue, so that large catalogues open and filter fast.

Table `packed` (kind, name, meta JSON, data BLOB) holds, per kind: the ids, each facet's code arrays,
each sortable column's order and the search text arrays. It is derived data: `pack()` rebuilds it (through
`derive`, which every writer calls), or `patch()` brings it up to date for the entities a write changed and
added (what a write of a few thousand rows into a million costs), marked with the catalogue's generation. Readers trust it only when that
generation is the catalogue's and no program wrote to the file since (`derive.unchanged_since_stamped`), and
only when every entry's meta, dtypes and lengths agree with its data (a forged entry is discarded, never
used to size an allocation); otherwise they recompute in memory, so correctness never depends on it.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np

from desktopapp.index import jsonpieces
from desktopapp.index.facets import KIND_FACETS, FacetColumn, FacetIndex, compute
from desktopapp.index.search import FIELDS
from desktopapp.catalogue.values import SHORT_TEXT, text

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
        meta = jsonpieces.loads(text)
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
    """Write a packed entry. A large one is written into a zero-filled BLOB in pieces, straight from the
    arrays: no joined copy, and none bound to the statement (at a million entities the texts are tens of MB)."""
    meta = dict(meta, arrays=[(a.dtype.str, int(a.size)) for a in arrays])
    text = json.dumps(meta, ensure_ascii=False, sort_keys=True)
    size = sum(int(a.nbytes) for a in arrays)
    if size > READ_PIECE and hasattr(conn, "blobopen"):
        conn.execute("INSERT OR REPLACE INTO packed (kind, name, meta, data) VALUES (?, ?, ?, zeroblob(?))",
                     (kind, name, text, size))
        rowid = conn.execute("SELECT rowid FROM packed WHERE kind = ? AND name = ?", (kind, name)).fetchone()
        try:
            with conn.blobopen("packed", "data", rowid[0]) as blob:
                for a in arrays:
                    raw = memoryview(np.ascontiguousarray(a)).cast("B")
                    for start in range(0, len(raw), READ_PIECE):
                        blob.write(raw[start:start + READ_PIECE])
            return
        except (sqlite3.Error, TypeError):  # a table without rowids (not ours): written whole below
            pass
    data = b"".join(memoryview(np.ascontiguousarray(a)).cast("B") for a in arrays)
    conn.execute("INSERT OR REPLACE INTO packed (kind, name, meta, data) VALUES (?, ?, ?, ?)",
                 (kind, name, text, data))


def is_current(conn: sqlite3.Connection, kind: str) -> bool:
    return current_kinds(conn).get(kind, False)


def current_kinds(conn: sqlite3.Connection) -> dict[str, bool]:
    """Whether the packed arrays of each kind are current: made by this pack version at the catalogue's
    generation, with no write by any program since (a few rows and the file's header: nothing is counted)."""
    from desktopapp.index import freshness

    if not has_table(conn):
        return {kind: False for kind in KIND_FACETS}
    # The file's change counter first, the catalogue's own records after: a write in between always leaves
    # them unequal (its stamp is the counter after it), so no read transaction is needed.
    counter = freshness.change_counter(freshness.database_file(conn))
    wanted = {"version": PACK_VERSION, "generation": freshness.generation(conn)}
    stored = {}
    for kind, meta in conn.execute("SELECT kind, meta FROM packed WHERE name = 'ids'"):
        try:
            stored[kind] = json.loads(meta).get("fresh")
        except (TypeError, ValueError, AttributeError):
            pass
    untouched = counter is not None and freshness.stamped_counter(conn) == str(counter)
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


def _facet_column(meta: dict, arrays: list[np.ndarray], n: int, check_only: bool = False) -> FacetColumn | None:
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
        return None if check_only else FacetColumn(values, labels, n, codes, None)
    pos = arrays[1]
    if pos.dtype.kind not in "iu" or len(pos) != len(codes) or (len(pos) and (pos.min() < 0 or pos.max() >= n)):
        raise PackedError("facet positions out of range")
    if check_only and len(pos) > 1 and bool((pos[1:] < pos[:-1]).any()):
        raise PackedError("facet entries not in entity order")
    return None if check_only else FacetColumn(values, labels, n, codes, pos)


# ---------------------------------------------------------------------- sort orders

def compute_order(conn: sqlite3.Connection, kind: str, ids: np.ndarray, column: str) -> np.ndarray:
    """Entity positions in ascending order of `column`, not-stated values last, ties by name (pinyin)."""
    expr = SORT_COLUMNS[column]
    rows = conn.execute(
        f"SELECT id FROM entities WHERE kind = ? ORDER BY ({expr} IS NULL), {expr}, sort_key, id", (kind,))
    ordered = np.fromiter((r[0] for r in rows), dtype=np.int64)
    return np.searchsorted(ids, ordered).astype(np.int32)


def _sql_rank(values: list) -> np.ndarray:
    """Each value's rank in SQLite's ascending order (NULL, then numbers, then text, then BLOBs; text by
    code point, which is UTF-8's byte order), equal values sharing a rank."""
    def key(v):
        if v is None:
            return (0, 0)
        if isinstance(v, (int, float)):
            return (1, v)
        return (2, v) if isinstance(v, str) else (3, bytes(v))

    stated = np.fromiter((v is not None for v in values), dtype=bool, count=len(values))
    present = [v for v in values if v is not None]
    fast = None
    if all(type(v) is str for v in present):  # text: code point order, as numpy compares str objects
        fast = np.array(present, dtype=object)
    elif all(type(v) is float or (type(v) is int and abs(v) < 2**53) for v in present):
        fast = np.array(present, dtype=np.float64)
    if fast is not None:
        out = np.zeros(len(values), dtype=np.int64)  # NULL first
        if len(present):
            out[stated] = np.unique(fast, return_inverse=True)[1].reshape(-1) + 1
        return out
    distinct = sorted(set(values), key=key)
    ranks, last, rank = {}, None, -1
    for v in distinct:
        k = key(v)
        if k != last:
            rank += 1
            last = k
        ranks[v] = rank
    return np.fromiter((ranks[v] for v in values), dtype=np.int64, count=len(values))


def all_orders(conn: sqlite3.Connection, kind: str, ids: np.ndarray) -> dict[str, tuple[np.ndarray, int, np.ndarray]]:
    """Every sort column's (order, nulls, runs) for `kind`, from one read of the columns and numpy sorts:
    the same orders as `compute_order` (ascending, not-stated last, ties by sort_key then id)."""
    columns = sorted(set(SORT_COLUMNS.values()) - {"id", "sort_key"})
    rows = conn.execute(f"SELECT id, sort_key, {', '.join(columns)} FROM entities WHERE kind = ? ORDER BY id",
                        (kind,)).fetchall()
    got = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    if not np.array_equal(got, ids):
        raise ValueError("entities changed while packing")
    by_name = _sql_rank([r[1] for r in rows])
    position = np.arange(len(rows))
    out = {}
    for column, expr in SORT_COLUMNS.items():
        if expr == "id":
            values = [r[0] for r in rows]
        elif expr == "sort_key":
            values = [r[1] for r in rows]
        else:
            i = 2 + columns.index(expr)
            values = [r[i] for r in rows]
        rank = _sql_rank(values)
        null = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
        order = np.lexsort((position, by_name, rank, null)).astype(np.int32)
        runs = np.unique(rank[~null], return_counts=True)[1].astype(np.int64)
        out[column] = (order, int(null.sum()), runs)
    return out


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

def _sql_key(v):
    """A Python key that sorts and compares values as SQLite does (NULL, numbers, text, BLOBs)."""
    if v is None:
        return (0, 0)
    if isinstance(v, (int, float)):
        return (1, v)
    return (2, v) if isinstance(v, str) else (3, bytes(v))


class _Keys:
    """The sort keys of entity positions along an order, computed only where a binary search looks."""

    def __init__(self, order, key):
        self.order, self.key = order, key

    def __len__(self):
        return len(self.order)

    def __getitem__(self, i):
        return self.key(int(self.order[i]))


class _Rows:
    """The sort columns of entity positions: the touched entities' read at once (`fresh`: position → row),
    the others' read (and kept) only where a binary search looks — a few thousand rows, whatever the size
    of the catalogue."""

    def __init__(self, conn, sql: str, ids: np.ndarray, fresh: dict[int, tuple]):
        self.conn, self.sql, self.ids, self.fresh = conn, sql, ids, fresh
        self.seen: dict[int, tuple] = {}

    def __getitem__(self, p: int) -> tuple:
        row = self.fresh.get(p)
        if row is not None:
            return row
        row = self.seen.get(p)
        if row is None:
            row = self.seen[p] = self.conn.execute(self.sql, (int(self.ids[p]),)).fetchone()
            if row is None:
                raise PackedError("a packed entity is gone")
        return row


def _without(order: np.ndarray, nulls: int, runs: np.ndarray | None, gone: np.ndarray):
    """A packed order (with its not-stated count and runs of equal values) without the positions `gone`:
    the runs they were in shrink by one each (and vanish when empty)."""
    if not len(gone):
        return order, nulls, runs
    keep = ~np.isin(order, gone)
    at = np.flatnonzero(~keep)
    stated = len(order) - nulls
    nulls -= int(np.count_nonzero(at >= stated))
    if runs is not None:
        runs = runs.astype(np.int64).copy()
        which = np.searchsorted(np.cumsum(runs), at[at < stated], side="right")
        np.subtract.at(runs, which, 1)
        runs = runs[runs > 0]
    return order[keep], nulls, runs


def _merged_orders(conn: sqlite3.Connection, kind: str, ids: np.ndarray, n_old: int,
                   changed: np.ndarray | None = None, stored: tuple | None = None):
    """Each sort column's (column, (order, nulls, runs)) with the touched entities — those after position
    `n_old` (added) and those at the positions `changed` (their values may have changed) — taken out of the
    packed orders and merged back in by binary search (the other entities' values have not changed), one
    column at a time (a million-entity order is held only while it is merged); or None when a packed order
    is missing or does not fit. Equal to `all_orders`, reading only the rows the searches look at.
    `stored`: (length, positions to take out, old position → new one or -1) when the packed orders are of
    another length than `n_old` (entities deleted), the positions `changed` being new ones then."""
    from bisect import bisect_left

    changed = np.zeros(0, dtype=np.int64) if changed is None else changed.astype(np.int64)
    if stored is None:
        stored = (n_old, changed, None)
    n_stored = stored[0]
    for column in SORT_COLUMNS:  # all there and fitting, before anything is merged
        row = conn.execute("SELECT meta, length(data) FROM packed WHERE kind = ? AND name = ?",
                           (kind, f"sort:{column}")).fetchone()
        if row is None:
            return None
        try:
            meta = _checked_meta(row[0], row[1])
        except PackedError:
            return None
        arrays = meta["arrays"]
        if not arrays or arrays[0][1] != n_stored or type(meta.get("nulls")) is not int:
            return None
        if column not in UNIQUE_SORT_COLUMNS and len(arrays) != 2:
            return None
    columns = sorted(set(SORT_COLUMNS.values()) - {"id", "sort_key"})
    select = f"SELECT id, sort_key, {', '.join(columns)} FROM entities"
    new_rows = conn.execute(f"{select} WHERE kind = ? AND id > ? ORDER BY id",
                            (kind, int(ids[n_old - 1]) if n_old else -(1 << 62))).fetchall()
    if n_old + len(new_rows) != len(ids) or [r[0] for r in new_rows] != ids[n_old:].tolist():
        return None
    fresh = {n_old + k: row for k, row in enumerate(new_rows)}
    if len(changed):
        wanted = ids[changed].tolist()
        got = {r[0]: r for r in conn.execute(
            f"{select} WHERE kind = ? AND id IN ({','.join(str(int(i)) for i in wanted)})", (kind,))}
        if len(got) != len(wanted):
            return None
        fresh.update((int(p), got[i]) for p, i in zip(changed.tolist(), wanted, strict=True))
    rows = _Rows(conn, f"{select} WHERE id = ?", ids, fresh)
    touched = sorted(fresh)
    return _merging(conn, kind, ids, stored, rows, touched, columns, bisect_left)


def _merging(conn, kind, ids, stored, rows, touched, columns, bisect_left):
    """The generator behind `_merged_orders`. The name order is merged by binary search over the rows; every
    other column's order is, within a run of equal values, the name order (ties go by sort_key, then id), so
    there a touched entity's place is found by its rank in the new name order, with no row read: rows are
    read only at the heads of runs, to find the run of its value."""
    tie_rank = None
    for column, expr in SORT_COLUMNS.items():
        if expr == "id":  # ids ascending: the order of positions itself
            yield column, (np.arange(len(ids), dtype=np.int32), 0, None)
            continue
        n_stored, taken_out, moved = stored
        meta, arrays = _get(conn, kind, f"sort:{column}")
        if meta is None or len(arrays[0]) != n_stored:
            raise PackedError("a sort order changed while merging")
        runs = arrays[1] if len(arrays) > 1 else None
        if runs is not None and int(runs.sum()) != n_stored - meta["nulls"]:
            raise PackedError("runs do not fit the order")
        order_old, nulls_old, runs_old = _without(arrays[0], meta["nulls"], runs, taken_out)
        if moved is not None:  # positions after deleted entities move down
            order_old = moved[order_old].astype(np.int32)
        del arrays
        i = 1 if expr == "sort_key" else 2 + columns.index(expr)

        def key(p, i=i):
            v = rows[p][i]
            return (v is None, _sql_key(v), _sql_key(rows[p][1]), rows[p][0])

        stated = len(order_old) - nulls_old
        starts = np.concatenate([[0], np.cumsum(runs_old)[:-1]]).astype(np.int64) if runs_old is not None else None
        if tie_rank is None or runs_old is None:
            new = sorted(touched, key=key)
            at = [bisect_left(_Keys(order_old, key), key(p)) for p in new]
        else:
            head_key = _Keys(order_old[starts] if len(runs_old) else np.zeros(0, dtype=np.int64),
                             lambda p, i=i: _sql_key(rows[p][i]))
            new = sorted(touched, key=lambda p, i=i: (rows[p][i] is None, _sql_key(rows[p][i]), int(tie_rank[p])))
            at = []
            ties: dict[int, np.ndarray] = {}  # run (-1: the not-stated values) → its entities' tie ranks
            for p in new:
                v = rows[p][i]
                if v is None:
                    if -1 not in ties:
                        ties[-1] = tie_rank[order_old[stated:]]
                    at.append(stated + int(np.searchsorted(ties[-1], tie_rank[p])))
                    continue
                k = _sql_key(v)
                r = bisect_left(head_key, k)
                if r < len(runs_old) and head_key[r] == k:
                    lo = int(starts[r])
                    if r not in ties:
                        ties[r] = tie_rank[order_old[lo:lo + int(runs_old[r])]]
                    at.append(lo + int(np.searchsorted(ties[r], tie_rank[p])))
                else:
                    at.append(int(starts[r]) if r < len(runs_old) else stated)
        order = np.insert(order_old, at, new).astype(np.int32)
        nulls = nulls_old + sum(rows[p][i] is None for p in new)
        if expr == "sort_key":
            # Ties in every other column: sort_key in SQLite's order (NULL first), then id — the name order
            # with its not-stated names moved to the front.
            tie_order = np.concatenate([order[len(order) - nulls:], order[:len(order) - nulls]])
            tie_rank = np.empty(len(order), dtype=np.int64)
            tie_rank[tie_order] = np.arange(len(order))
        runs = None
        if runs_old is not None:
            run_key = _Keys(order_old[starts] if len(runs_old) else np.zeros(0, dtype=np.int64),
                            lambda p, i=i: _sql_key(rows[p][i]))
            groups: dict = {}
            for p in new:
                if rows[p][i] is not None:
                    k = _sql_key(rows[p][i])
                    groups[k] = groups.get(k, 0) + 1
            runs = runs_old.astype(np.int64).copy()
            inserts = []
            for k in sorted(groups):
                r = bisect_left(run_key, k)
                if r < len(runs_old) and run_key[r] == k:
                    runs[r] += groups[k]
                else:
                    inserts.append((r, groups[k]))
            if inserts:
                runs = np.insert(runs, [r for r, _ in inserts], [c for _, c in inserts])
        yield column, (order, nulls, runs)


def _put_orders(conn: sqlite3.Connection, kind: str, ids: np.ndarray, n_old: int | None = None,
                changed: np.ndarray | None = None) -> None:
    try:
        orders = _merged_orders(conn, kind, ids, n_old, changed) if n_old is not None else None
    except PackedError:
        orders = None
    for column, (order, nulls, runs) in (orders or all_orders(conn, kind, ids).items()):
        extra = () if column in UNIQUE_SORT_COLUMNS else (runs,)
        _put(conn, kind, f"sort:{column}", {"nulls": nulls}, order, *extra)


# A kind is packed again whole, not patched, when a write touched more than this share of its entities.
PATCH_SHARE = 0.25


def append(conn: sqlite3.Connection, kind: str, new_ids: set[int], generation: int) -> bool:
    """`patch` for a write that only added entities of `kind`."""
    return patch(conn, kind, set(), new_ids, generation)


def patch(conn: sqlite3.Connection, kind: str, changed_ids: set[int], new_ids: set[int], generation: int,
          gone_ids: set[int] = frozenset()) -> bool:
    """Bring the kind's current packed arrays up to date after a write that changed the entities
    `changed_ids` (already packed), added `new_ids` (all newer than every packed one) and deleted those of
    `gone_ids` it had packed (others are ignored: the ids may be of any kind), nothing else of the kind
    changed, without recomputing the rest: the deleted entities' entries are taken out (later positions move
    down), the changed entities' facet entries, search texts and letter codes are replaced and the new ones' appended (facet values merged into the sorted value list, old codes
    remapped, values no entity has any more dropped); sort orders are merged (see `_merged_orders`). Entries
    are written one at a time (at a million entities the kind's arrays are ~300 MB: only one is held at
    once), those a write leaves as they were not at all. False when the packed arrays are not there to
    patch, an entity is gone or changed kind, or the write touched so much of the kind that packing it again
    is as quick: the caller then packs the kind whole (replacing any entry written here)."""
    from desktopapp.index.search import letter_codes, text_arrays

    try:
        meta, arrays = _get(conn, kind, "ids")
        if meta is None or meta.get("fresh", {}).get("version") != PACK_VERSION:
            return False
        old_ids = arrays[0]
        n_old = len(old_ids)
        if not n_old:  # an empty kind (a new catalogue): packed whole, its text arrays have no first text
            return False
        new = np.array(sorted(new_ids), dtype=np.int64)
        changed_list = np.array(sorted(changed_ids), dtype=np.int64)
        if len(new) and new[0] <= old_ids[-1]:
            return False
        if len(changed_list) + len(new) > max(1000, PATCH_SHARE * n_old):
            return False
        changed = np.searchsorted(old_ids, changed_list)
        if len(changed) and (changed[-1] >= n_old or not np.array_equal(old_ids[changed], changed_list)):
            return False  # not packed: not a change of this kind's packed entities
        gone_list = np.array(sorted(gone_ids), dtype=np.int64)
        at = np.searchsorted(old_ids, gone_list)
        inside = at < n_old
        gone = at[inside][old_ids[at[inside]] == gone_list[inside]]  # positions of the packed ones deleted
        if len(changed_list) + len(new) + len(gone) > max(1000, PATCH_SHARE * n_old):
            return False
        keep = moved = None
        changed_stored = changed
        if len(gone):
            keep = np.ones(n_old, dtype=bool)
            keep[gone] = False
            moved = np.cumsum(keep) - 1
            moved[gone] = -1
            changed = moved[changed]
            old_ids = old_ids[keep]
        n_stored, n_old = n_old, len(old_ids)
        ids = np.concatenate([old_ids, new])
        del old_ids, arrays
        # Nothing of the kind deleted or moved to another kind (the other entities are as packed).
        if conn.execute("SELECT COUNT(*) FROM entities WHERE kind = ?", (kind,)).fetchone()[0] != len(ids):
            return False
        for name in [f"facet:{f}" for f in KIND_FACETS.get(kind, ())] + [f"text:{f}" for f in FIELDS] + ["text:letters"]:
            if not conn.execute("SELECT 1 FROM packed WHERE kind = ? AND name = ?", (kind, name)).fetchone():
                return False
        touched = np.concatenate([changed_list, new])
        marks = ",".join(str(int(i)) for i in touched)
        rows = conn.execute(f"SELECT facet, value, label, entity_id FROM facet_values WHERE entity_id IN ({marks}) "
                            "ORDER BY facet, value, entity_id").fetchall() if len(touched) else []
        by_facet: dict[str, list] = {}
        for facet, value, label, eid in rows:
            if value is None:  # a damaged row: nothing to filter by (as `compute` reads it)
                continue
            by_facet.setdefault(facet, []).append((value, label, eid))
        for facet in KIND_FACETS.get(kind, ()):
            fmeta, farrays = _get(conn, kind, f"facet:{facet}")
            if fmeta is None:
                return False
            _facet_column(fmeta, farrays, n_stored, check_only=True)
            if keep is not None:  # the deleted entities' entries out, positions after them moved down
                if fmeta["dense"]:
                    farrays = [farrays[0][keep]]
                else:
                    kept = keep[farrays[1]]
                    farrays = [farrays[0][kept], moved[farrays[1][kept]].astype(np.int32)]
            values, labels, codes, pos = _patched(fmeta, farrays, changed, by_facet.get(facet, []), ids, n_old)
            same = keep is None and (values == fmeta["values"] and labels == fmeta["labels"] and (pos is None) == bool(fmeta["dense"])
                    and np.array_equal(codes, farrays[0])
                    and (pos is None or np.array_equal(pos, farrays[1])))
            if not same:
                meta = {"values": values, "labels": labels, "dense": pos is None}
                _put(conn, kind, f"facet:{facet}", meta, *((codes,) if pos is None else (codes, pos)))
            del farrays, codes, pos
        fresh = text_arrays(conn, kind, only=changed_list.tolist()) if len(changed) else None
        texts_new = text_arrays(conn, kind, since_id=int(ids[n_old - 1])) if len(new) else None
        for field in FIELDS:
            tmeta, tarrays = _get(conn, kind, f"text:{field}")
            if tmeta is None or len(tarrays) != 2 or len(tarrays[1]) != n_stored:
                return False
            units, offsets = tarrays
            del tarrays
            before = (units, offsets)
            if keep is not None:
                units, offsets = _dropped_texts(units, offsets, gone)
            if fresh is not None:
                if len(fresh[field][1]) != len(changed):
                    return False
                units, offsets = _replaced_texts(units, offsets, changed, *fresh[field])
            if texts_new is not None:
                new_units, new_offsets = texts_new[field]
                if len(new_offsets) != len(new):
                    return False
                units, offsets = (np.concatenate([units, new_units[1:]]),
                                  np.concatenate([offsets, new_offsets + (len(units) - 1)]))
            if units is not before[0] and not (np.array_equal(units, before[0]) and np.array_equal(offsets, before[1])):
                _put(conn, kind, f"text:{field}", {}, units, offsets)
            del units, offsets, before
        lmeta, larrays = _get(conn, kind, "text:letters")
        if lmeta is None or len(larrays) != 2 or len(larrays[0]) != n_stored:
            return False
        words, wholes = larrays
        del larrays
        if keep is not None:
            words, wholes = words[keep], wholes[keep]
        if fresh is not None:
            words, wholes = words.copy(), wholes.copy()
            words[changed], wholes[changed] = letter_codes(*fresh["pinyin"])
        if texts_new is not None:
            more = letter_codes(*texts_new["pinyin"])
            words, wholes = np.concatenate([words, more[0]]), np.concatenate([wholes, more[1]])
        if fresh is not None or texts_new is not None or keep is not None:
            _put(conn, kind, "text:letters", {}, words, wholes)
        del words, wholes, fresh, texts_new
        stored = None if keep is None else (n_stored, np.concatenate([changed_stored, gone]), moved)
        orders = _merged_orders(conn, kind, ids, n_old, changed, stored)
        if orders is None:
            return False
        for column, (order, nulls, runs) in orders:
            extra = () if column in UNIQUE_SORT_COLUMNS else (runs,)
            _put(conn, kind, f"sort:{column}", {"nulls": nulls}, order, *extra)
    except PackedError:
        return False
    _put(conn, kind, "ids", {"fresh": {"version": PACK_VERSION, "generation": generation}}, ids)
    return True


def _dropped_texts(units: np.ndarray, offsets: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A packed text field without the texts at positions `at` (each with the 0 after it)."""
    ends = np.append(offsets[1:] - 1, len(units) - 1)  # each text's closing 0
    keep_units = np.ones(len(units), dtype=bool)
    for p in at.tolist():
        keep_units[offsets[p]:ends[p] + 1] = False
    kept = np.ones(len(offsets), dtype=bool)
    kept[at] = False
    lengths = (ends - offsets)[kept]
    out_offsets = np.empty(len(lengths), dtype=np.int64)
    if len(lengths):
        out_offsets[0] = 1
        np.cumsum(lengths[:-1] + 1, out=out_offsets[1:])
        out_offsets[1:] += 1
    return units[keep_units], out_offsets


def _replaced_texts(units: np.ndarray, offsets: np.ndarray, at: np.ndarray, new_units: np.ndarray,
                    new_offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A packed text field (units with a 0 before and after every text, and where each text starts) with the
    texts at positions `at` (ascending) replaced by those encoded in (new_units, new_offsets), in that order."""
    n = len(offsets)
    ends = np.append(offsets[1:] - 1, len(units) - 1)  # each text's closing 0
    new_ends = np.append(new_offsets[1:] - 1, len(new_units) - 1)
    pieces, cursor = [], 0
    for k, p in enumerate(at.tolist()):
        pieces.append(units[cursor:offsets[p]])
        pieces.append(new_units[new_offsets[k]:new_ends[k]])
        cursor = int(ends[p])
    pieces.append(units[cursor:])
    lengths = ends - offsets
    lengths[at] = new_ends - new_offsets
    out_offsets = np.empty(n, dtype=np.int64)
    out_offsets[0] = 1
    np.cumsum(lengths[:-1] + 1, out=out_offsets[1:])
    out_offsets[1:] += 1
    return np.concatenate(pieces).astype(units.dtype, copy=False), out_offsets


def _patched(meta: dict, arrays: list[np.ndarray], changed: np.ndarray, rows: list, ids: np.ndarray, n_old: int):
    """(values, labels, codes, pos or None) of a packed facet entry (checked: `_facet_column`) whose entities
    at positions `changed` (and the new ones after `n_old`) now have the (value, label, id) `rows`, in the
    form `facets.compute` gives: values sorted and only those some entity has, entries ordered by entity
    then code, dense while no entity has two values. Linear in the kind's size (no sort of its entries)."""
    values, labels = list(meta["values"]), list(meta["labels"])
    n = len(ids)
    rows = [(v if type(v) is str else text(v), label, eid) for v, label, eid in rows]
    new_pos = np.searchsorted(ids, np.array([eid for _, _, eid in rows], dtype=np.int64)).astype(np.int64)
    dense = bool(meta["dense"]) and len(np.unique(new_pos)) == len(new_pos)
    gone = np.zeros(n_old, dtype=bool)
    gone[changed] = True
    if dense:
        codes = np.full(n, -1, dtype=np.int32)
        codes[:n_old] = arrays[0]
        codes[changed] = -1
        pos = None
        kept_codes = codes[codes >= 0]
    else:
        if meta["dense"]:
            old_codes = arrays[0]
            old_pos = np.flatnonzero(old_codes >= 0)
            old_codes = old_codes[old_pos]
        else:
            old_codes, old_pos = arrays
        keep = ~gone[old_pos]
        pos, codes = old_pos[keep].astype(np.int32), old_codes[keep].astype(np.int32)
        kept_codes = codes
    used = np.bincount(kept_codes, minlength=len(values)) > 0 if len(values) else np.zeros(0, dtype=bool)
    label_of = {v: labels[i] for i, v in enumerate(values) if used[i]}
    kept = len(label_of)
    for value, label, _ in rows:
        if value not in label_of:
            label_of[value] = text(label, SHORT_TEXT) or value
    merged = sorted(label_of) if len(label_of) != kept or kept != len(values) else values
    if merged is not values:
        where = {v: i for i, v in enumerate(merged)}
        remap = np.array([where.get(v, -1) for v in values] + [-1], dtype=np.int32)
        codes = remap[codes]  # -1 (none) maps to the appended -1
    else:
        where = {v: i for i, v in enumerate(values)}
    new_codes = np.array([where[v] for v, _, _ in rows], dtype=np.int32)
    labels = [label_of[v] for v in merged]
    if dense:
        codes[new_pos] = new_codes
        return merged, labels, codes, None
    order = np.lexsort((new_codes, new_pos))
    new_pos, new_codes = new_pos[order].astype(np.int32), new_codes[order]
    at = np.searchsorted(pos, new_pos, side="left")  # no kept entry is at a touched position
    pos, codes = np.insert(pos, at, new_pos), np.insert(codes, at, new_codes)
    if not (len(pos) > 1 and (pos[1:] == pos[:-1]).any()):  # one value per entity now: stored densely
        out = np.full(n, -1, dtype=np.int32)
        out[pos] = codes
        return merged, labels, out, None
    return merged, labels, codes.astype(np.int32), pos.astype(np.int32)


def pack(conn: sqlite3.Connection, kinds: set[str] | None = None, generation: int | None = None,
         progress=None, patched: dict[str, tuple[set[int], set[int], set[int]]] | None = None) -> None:
    """(Re)write the packed arrays of `kinds` (default: every kind) and mark every packed kind as made at
    `generation` (default: the catalogue's). `conn` must be writable; the caller commits. Called by
    `derive.seal`, which raises the generation first."""
    from desktopapp.index import freshness
    from desktopapp.index.search import letter_codes, text_arrays

    conn.execute("CREATE TABLE IF NOT EXISTS packed (kind TEXT NOT NULL, name TEXT NOT NULL, meta TEXT NOT NULL, "
                 "data BLOB NOT NULL, PRIMARY KEY (kind, name))")
    generation = freshness.generation(conn) if generation is None else generation
    fresh = {"version": PACK_VERSION, "generation": generation}
    kinds = set(KIND_FACETS) if kinds is None else set(kinds)
    for kind, (changed_ids, new_ids, gone_ids) in (patched or {}).items():
        if kind in kinds and patch(conn, kind, changed_ids, new_ids, generation, gone_ids):
            kinds.discard(kind)
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
        _put_orders(conn, kind, index.ids)
        texts = text_arrays(conn, kind)
        for field, (units, offsets) in texts.items():
            _put(conn, kind, f"text:{field}", {}, units, offsets)
        _put(conn, kind, "text:letters", {}, *letter_codes(*texts["pinyin"]))
        _put(conn, kind, "ids", {"fresh": fresh}, index.ids)
        if progress:
            progress(kind)
