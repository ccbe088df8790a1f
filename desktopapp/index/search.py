"""Free-text search, exact on any SQLite version and fast at a million entities.

What a term matches (every term of the query must match; scores add up, higher first):
- the name (exact 100, prefix 80, anywhere 60), aliases and other spellings (exact 70, anywhere 50), the
  pinyin of names and aliases, full or initials (whole 45, prefix 40, anywhere 30) — any substring, from
  one character, case-insensitive;
- its English name, from its words' starts, case-insensitive (exact 90, prefix 75, a word's start 55);
- the names of the chains and segments the entity is on (20);
- from three characters, the profile text (10), through the trigram full-text index — in kinds of up to
  PROFILE_SEARCH_LIMIT entities (a park's catalogue; in a register of a million enterprises a frequent
  trigram would make every keystroke scan the whole index, so there search covers the fields above).

Names, aliases and pinyin are searched in memory: per kind, one array of code units per field (entities
separated by 0) — names and Chinese aliases in UTF-16, ASCII aliases and keys (codes) and the pinyin
keys as bytes — scanned with numpy (see `_Field`: occurrences are found by comparing several code units
at once, and mapped to entities through a table of the entity at every 2**k-th unit); a one-letter term
is answered for the pinyin from per-entity letter masks (`letter_codes`). FTS5's trigram index cannot serve terms under three
characters (and `LIKE` against it is unreliable across SQLite versions), which is why short terms never
touch it. Any input is safe: it is cleaned, and the FTS query is a bound, quoted phrase.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from desktopapp.index.facets import FacetIndex
from desktopapp.catalogue.kinds import KIND_FACETS
from desktopapp.index.textkeys import terms
from desktopapp.catalogue.values import SHORT_TEXT, text

ALIAS_SEP = "\x01"
# Profiles are searched (from three characters) in kinds of up to this many entities; in larger registers
# a frequent trigram would make every keystroke scan the whole full-text index.
PROFILE_SEARCH_LIMIT = 50_000
FIELDS = ("name", "alias", "ascii", "pinyin")


def fts_phrase(term: str) -> str:
    """A term as one FTS5 phrase: double quotes doubled, so operators and quotes are plain text."""
    return '"' + term.replace('"', '""') + '"'


def _encode(texts: list[str], ascii_only: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Code units of `texts` (UTF-16, or bytes for ASCII text such as pinyin), each followed by a 0, after a
    leading 0; and where each text starts."""
    codec, dtype = ("ascii", np.uint8) if ascii_only else ("utf-16-le", np.uint16)
    size = np.dtype(dtype).itemsize
    lengths = np.fromiter((len(t.encode(codec, "ignore")) // size for t in texts), dtype=np.int64,
                          count=len(texts))
    offsets = np.empty(len(texts), dtype=np.int64)
    if len(texts):
        offsets[0] = 1
        np.cumsum(lengths[:-1] + 1, out=offsets[1:])
        offsets[1:] += 1
    units = np.frombuffer(("\x00" + "\x00".join(texts) + "\x00").encode(codec, "ignore"), dtype=dtype)
    return units, offsets


def _contained(tokens: list[str]) -> list[str]:
    """`tokens` without those found inside another one (or repeating an earlier one): every substring of a
    dropped token is a substring of one kept, so matching finds the same entities."""
    return [t for i, t in enumerate(tokens)
            if not any(t in other and (t != other or j < i) for j, other in enumerate(tokens) if j != i)]


def text_arrays(conn: sqlite3.Connection, kind: str, since_id: int | None = None, only: list[int] | None = None
                ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The searchable text of every entity of `kind` (in id order), per field: the name; the aliases and
    key with Chinese in them (UTF-16); those in plain ASCII, such as codes (bytes); the pinyin keys (bytes),
    without those contained in another (an alias's pinyin is mostly part of the name's). `since_id`: only
    the entities after it (packed arrays extended by an import); `only`: only these entities (packed arrays
    patched)."""
    names, aliases, plain, pinyins = [], [], [], []
    where = "id > ?" if only is None else f"id IN ({','.join(str(int(i)) for i in only)})"
    args = (kind,) if only is not None else (kind, -(1 << 62) if since_id is None else since_id)
    for name, key, alias_text, pinyin in conn.execute(
            f"SELECT name, key, aliases, pinyin FROM entities WHERE kind = ? AND {where} ORDER BY id", args):
        if type(name) is not str or type(key) is not str or type(alias_text) is not str or type(pinyin) is not str:
            # NULLs, BLOBs or numbers in a damaged file: searched as text
            name, key, alias_text, pinyin = (text(v, SHORT_TEXT) for v in (name, key, alias_text, pinyin))
        name = (name or "").lower()
        names.append(name)
        parts = [a.lower() for a in (alias_text or "").split(" / ") if a]
        if key and not key.startswith("chain:") and key.lower() != name and key.lower() not in parts:
            parts.append(key.lower())
        aliases.append(ALIAS_SEP.join(p for p in parts if not p.isascii()))
        plain.append(ALIAS_SEP.join(p for p in parts if p.isascii()))
        pinyins.append(" ".join(_contained((pinyin or "").lower().split())))
    return {"name": _encode(names), "alias": _encode(aliases), "ascii": _encode(plain, ascii_only=True),
            "pinyin": _encode(pinyins, ascii_only=True)}


# Entities per step when the letter codes are computed (bounds the temporary arrays).
LETTER_STEP = 1 << 15


def letter_codes(units: np.ndarray, offsets: np.ndarray, seps: tuple[int, ...] = (0, ord(" "))):
    """Which letters a–z each entity's pinyin text has: (present | starting a word << 26) as 64-bit masks,
    and (a whole word) as 32-bit masks. A one-letter term is then scored by a bit test instead of a scan
    of the whole pinyin text, where it occurs millions of times."""
    n = len(offsets)
    words = np.zeros(n, dtype=np.uint64)
    whole = np.zeros(n, dtype=np.uint32)
    padded = np.append(units, np.zeros(1, dtype=units.dtype))  # so that every unit has one after it
    for first in range(0, n, LETTER_STEP):
        last = min(first + LETTER_STEP, n)
        lo = int(offsets[first])
        hi = int(offsets[last]) if last < n else len(units)  # each entity's text and the separator after it
        letter = units[lo:hi].astype(np.int64) - ord("a")
        bit = np.where((letter >= 0) & (letter < 26), np.left_shift(1, np.clip(letter, 0, 25)), 0).astype(np.uint64)
        start = np.isin(padded[lo - 1:hi - 1], seps)
        end = np.isin(padded[lo + 1:hi + 1], seps)
        local = (offsets[first:last] - lo).astype(np.int64)  # no segment is empty: each ends in a separator
        present = np.bitwise_or.reduceat(bit, local)
        starts = np.bitwise_or.reduceat(np.where(start, bit, np.uint64(0)), local)
        words[first:last] = present | (starts << np.uint64(26))
        whole[first:last] = np.bitwise_or.reduceat(np.where(start & end, bit, np.uint64(0)), local)
    return words, whole


# Fields of at least this many code units are scanned in parallel slices (numpy releases the GIL).
PARALLEL_UNITS = 1 << 21
_pool = None
_pool_lock = threading.Lock()
# The occurrences of this many recent terms are kept per field (search as you type extends a term).
RECENT_TERMS = 2
# The scores of this many recent queries are kept (the list, its facet counts and the first page share them).
KEPT_QUERIES = 4


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def _map(fn, items: list) -> list:
    """`fn` over `items`, on a small shared thread pool when there is more than one item and core."""
    global _pool
    if len(items) < 2 or _workers() < 2:
        return [fn(item) for item in items]
    with _pool_lock:  # the query worker and the GUI's catalogue may search at the same time
        if _pool is None:
            from concurrent.futures import ThreadPoolExecutor

            _pool = ThreadPoolExecutor(_workers(), thread_name_prefix="search")
    return list(_pool.map(fn, items))


class _Field:
    """One field's code units and entity starts, with substring search."""

    def __init__(self, units: np.ndarray, offsets: np.ndarray, seps: tuple[int, ...]):
        self.units = units
        # Positions fit 32 bits below 2**31 units: half the memory for offsets and kept occurrences.
        self.dtype = np.int32 if len(units) < (1 << 31) - 1 else np.int64
        n = len(offsets)
        # Where each entity starts, and past the end (so that entity i ends before bounds[i + 1]).
        self.bounds = np.empty(n + 1, dtype=self.dtype)
        self.bounds[:n] = offsets
        self.bounds[n] = len(units) + 1
        self.offsets = self.bounds[:n]
        # The entity holding a unit position is found from the entity at the start of its bucket of
        # 2**shift units (a bucket spans about one entity: a step or two instead of a binary search).
        average = len(units) / max(n, 1)
        self.shift = max(0, int(np.ceil(np.log2(max(average, 1)))))
        starts = np.arange(0, len(units), 1 << self.shift, dtype=np.int64)
        self.buckets = (np.searchsorted(self.offsets, starts, side="right") - 1).clip(0).astype(self.dtype)
        self.seps = tuple(seps)
        self._recent: OrderedDict[bytes, tuple[np.ndarray, np.ndarray]] = OrderedDict()

    def entities(self, positions: np.ndarray) -> np.ndarray:
        """The entity (position) whose text holds each unit position."""
        if not len(positions) or not len(self.offsets):
            return np.zeros(len(positions), dtype=self.dtype)
        # Gathers index with the platform's integer: numpy converts narrower indices slowly.
        positions = positions.astype(np.intp, copy=False)
        entity = np.take(self.buckets, positions >> self.shift).astype(np.intp)
        bounds = self.bounds
        behind = np.flatnonzero(np.take(bounds, entity + 1) <= positions)
        while len(behind):
            entity[behind] += 1
            behind = behind[np.take(bounds, entity[behind] + 1) <= positions[behind]]
        return entity.astype(self.dtype)

    def _is_sep(self, values: np.ndarray) -> np.ndarray:
        out = values == self.seps[0]
        for sep in self.seps[1:]:
            out |= values == sep
        return out

    def _occurrences(self, term_units: np.ndarray, lo: int, hi: int) -> np.ndarray:
        """Positions p in [lo, hi) where the term starts.

        The scan compares several code units at once: the field is viewed as wider integers (2 or 4 bytes)
        at each alignment, so that only places where the term's first units all match become candidates;
        the rest of the term is checked at the candidates."""
        a = self.units
        item, k = a.itemsize, len(term_units)
        head = term_units.tobytes()
        width = 8 if len(head) >= 8 else 4 if len(head) >= 4 else 2 if len(head) >= 2 else 1
        if width == item:
            return np.flatnonzero(a[lo:hi] == term_units[0]) + lo
        wide = {2: np.uint16, 4: np.uint32, 8: np.uint64}[width]
        target = wide(int.from_bytes(head[:width], "little"))
        raw = a.view(np.uint8)
        parts = []
        for shift in range(0, width, item):
            first = lo * item + shift  # byte where this alignment's first word starts
            # Words starting before unit `hi` (the callers leave room after it for the whole term).
            count = ((hi - 1) * item - first) // width + 1
            if count <= 0:
                continue
            view = np.frombuffer(raw.data, dtype=wide, count=count, offset=first)
            parts.append((np.flatnonzero(view == target) * width + first) // item)
        cand = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        for j in range(width // item, k):
            if not len(cand):
                break
            cand = cand[np.take(a, cand + j) == term_units[j]]
        return cand

    def _scan(self, term_units: np.ndarray, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """(positions, entity positions) of every occurrence of the term starting in [lo, hi)."""
        cand = self._occurrences(term_units, lo, hi).astype(self.dtype)
        return cand, self.entities(cand)

    def occurrences(self, term_units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions, entity positions) of every occurrence of the term.

        Search as you type extends a term one character at a time, so the occurrences of the last few terms
        are kept: a term that extends one of them only checks its extra units at the earlier occurrences."""
        a, k = self.units, len(term_units)
        key = term_units.tobytes()
        if key in self._recent:
            self._recent.move_to_end(key)
            return self._recent[key]
        for earlier in reversed(self._recent):
            if key.startswith(earlier):
                cand, entity = self._recent[earlier]
                keep = np.ones(len(cand), dtype=bool)
                last = len(a) - 1  # a separator: no term unit equals it
                at = cand.astype(np.intp)
                for j in range(len(earlier) // a.itemsize, k):
                    keep &= np.take(a, np.minimum(at + j, last)) == term_units[j]
                found = cand[keep], entity[keep]
                break
        else:
            lo, hi = 1, len(a) - k  # the field starts and ends with a separator
            slices = 2 if hi - lo >= PARALLEL_UNITS else 1
            step = -(-(hi - lo) // slices)
            parts = _map(lambda b: self._scan(term_units, b[0], b[1]),
                         [(start, min(start + step, hi)) for start in range(lo, hi, step)])
            found = (np.concatenate([c for c, _ in parts]), np.concatenate([e for _, e in parts]))
        self._recent[key] = found
        while len(self._recent) > RECENT_TERMS:
            self._recent.popitem(last=False)
        return found

    def _frequent(self, unit: int) -> bool:
        """Whether a one-unit term occurs so often (half as often again as there are entities, judged on a
        sample) that deciding each entity by a reduction is cheaper than mapping every occurrence."""
        sample = self.units[: 1 + len(self.units) // 16]
        return np.count_nonzero(sample == unit) * 16 * 2 > 3 * len(self.offsets)

    def _entity_slices(self) -> list[tuple[int, int]]:
        """Entity ranges [first, last) splitting the field in parallel slices."""
        n = len(self.offsets)
        slices = 2 if len(self.units) >= PARALLEL_UNITS and n > 1 else 1
        step = -(-n // slices)
        return [(start, min(start + step, n)) for start in range(0, n, step)]

    def _single_unit(self, term_units: np.ndarray, first: int, last: int, values: tuple[int, int, int]):
        """(entities, scores) for a one-unit term that occurs everywhere, in entities [first, last): whether
        each entity has it at all by a reduction over a mask (no positions: there would be millions), and
        where it starts a word from the rarer pairs (separator, unit)."""
        anywhere, prefix, whole = values
        a, unit = self.units, term_units[0]
        lo = int(self.offsets[first])
        hi = int(self.offsets[last]) if last < len(self.offsets) else len(a)
        present = np.maximum.reduceat((a[lo:hi] == unit).view(np.uint8), self.offsets[first:last] - lo)
        entity = [np.flatnonzero(present) + first]
        value = [np.full(len(entity[0]), anywhere, dtype=np.int32)]
        for sep in self.seps:
            pair = np.asarray([sep, unit], dtype=a.dtype)
            at = self._occurrences(pair, lo - 1, hi - 1) + 1  # where the unit starts a word
            entity.append(self.entities(at))
            value.append(np.where(self._is_sep(np.take(a, at + 1)), whole, prefix).astype(np.int32))
        return np.concatenate(entity), np.concatenate(value)

    def score_into(self, scores: np.ndarray, term_units: np.ndarray, values: tuple[int, int, int]) -> None:
        """Raise `scores` (per entity) to what each occurrence of the term is worth: anywhere, at the start of
        a word, or the whole word (`values`)."""
        a, k = self.units, len(term_units)
        if k == 0 or len(a) < k + 2:
            return
        if k == 1 and self._frequent(term_units[0]):
            for entity, value in _map(lambda b: self._single_unit(term_units, b[0], b[1], values),
                                      self._entity_slices()):
                np.maximum.at(scores, entity, value)
            return
        cand, entity = self.occurrences(term_units)
        if not len(cand):
            return
        at = cand.astype(np.intp)
        np.maximum.at(scores, entity, self._values(at, k, values))

    def _values(self, at: np.ndarray, k: int, values: tuple[int, int, int], split: bool = True) -> np.ndarray:
        """What each occurrence (at positions `at`) of a term of `k` units is worth (in two parallel halves
        when there are many)."""
        if split and len(at) >= (1 << 18):
            half = len(at) // 2
            return np.concatenate(_map(lambda part: self._values(part, k, values, False), [at[:half], at[half:]]))
        anywhere, prefix, whole = values
        a = self.units
        out = np.full(len(at), anywhere, dtype=np.int32)
        starts = np.flatnonzero(self._is_sep(np.take(a, at - 1)))  # usually few: the end is checked for those
        out[starts] = np.where(self._is_sep(np.take(a, at[starts] + k)), whole, prefix)
        return out


class KindText:
    """The in-memory search text of one kind."""

    def __init__(self, arrays: dict[str, tuple[np.ndarray, np.ndarray]], n: int,
                 letters: tuple[np.ndarray, np.ndarray] | None = None):
        self.n = n
        self.name = _Field(*arrays["name"], seps=(0,))
        self.alias = _Field(*arrays["alias"], seps=(0, ord(ALIAS_SEP)))
        self.ascii = _Field(*arrays["ascii"], seps=(0, ord(ALIAS_SEP)))
        self.pinyin = _Field(*arrays["pinyin"], seps=(0, ord(" ")))
        self.fields = (self.name, self.alias, self.ascii, self.pinyin)
        self.letters = letters if letters is not None else letter_codes(*arrays["pinyin"])

    def term_scores(self, term: str) -> np.ndarray:
        wide = np.frombuffer(term.encode("utf-16-le"), dtype=np.uint16)
        scores = np.zeros(self.n, dtype=np.int32)
        fields = [(self.alias, wide, (50, 50, 70)), (self.name, wide, (60, 80, 100))]
        if term.isascii():  # the byte fields hold ASCII only: only ASCII terms can match them
            narrow = np.frombuffer(term.encode("ascii"), dtype=np.uint8)
            fields.append((self.ascii, narrow, (50, 50, 70)))
            if len(term) == 1 and "a" <= term <= "z":
                self._letter_scores(scores, ord(term) - ord("a"), (30, 40, 45))
            else:
                fields.append((self.pinyin, narrow, (30, 40, 45)))
        for field, units, values in fields:
            field.score_into(scores, units, values)
        return scores

    def _letter_scores(self, scores: np.ndarray, letter: int, values: tuple[int, int, int]) -> None:
        """Raise `scores` for a one-letter term in the pinyin text, from the letter codes."""
        anywhere, prefix, whole = values
        words, wholes = self.letters
        present = (words >> np.uint64(letter)) & np.uint64(1)
        starts = (words >> np.uint64(26 + letter)) & np.uint64(1)
        value = np.where(((wholes >> np.uint32(letter)) & np.uint32(1)).astype(bool), whole,
                         np.where(starts.astype(bool), prefix, np.where(present.astype(bool), anywhere, 0)))
        np.maximum(scores, value.astype(np.int32), out=scores)


class TextSearch:
    """Scores per entity position of a kind for a query; results of recent queries are kept."""

    def __init__(self, conn: sqlite3.Connection, facet_index: Callable[[str], FacetIndex],
                 packed_current: Callable[[str], bool]):
        self.conn = conn
        self.facet_index = facet_index
        self.packed_current = packed_current
        self.has_fts = bool(conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'entities_fts'").fetchone())
        self._texts: dict[str, KindText] = {}
        self._cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._chain_masks: OrderedDict[tuple[str, tuple[str, ...]], np.ndarray] = OrderedDict()

    def forget(self) -> None:
        """Drop every kept result (to measure a search as if it were the first)."""
        with self._lock:
            self._cache.clear()
            self._chain_masks.clear()
            for text in self._texts.values():
                for field in text.fields:
                    field._recent.clear()

    def kind_text(self, kind: str) -> KindText:
        with self._lock:
            if kind not in self._texts:
                from desktopapp.index import packing

                index = self.facet_index(kind)
                current = self.packed_current(kind)
                arrays = {f: packing.load_text(self.conn, kind, f, current, index.n) for f in FIELDS}
                letters = packing.load_text(self.conn, kind, "letters", current, index.n)
                if any(units is None for units, _ in arrays.values()) or letters[0] is None:
                    arrays, letters = text_arrays(self.conn, kind), None
                self._texts[kind] = KindText(arrays, index.n, letters)
            return self._texts[kind]

    def score_array(self, text: str, kind: str) -> np.ndarray | None:
        """Score per entity position of `kind` (0: no match), or None when the query has no terms."""
        query_terms = terms(text)
        if not query_terms:
            return None
        key = (" ".join(query_terms), kind)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        total = None
        for term in query_terms:
            scores = self._term(term, kind)
            if total is None:
                total = scores
            else:
                total = np.where((total > 0) & (scores > 0), total + scores, 0)
            if not total.any():
                break
        if total is not None and total.max(initial=0) <= np.iinfo(np.uint16).max:
            total = total.astype(np.uint16)  # kept at half the size (4 scores of 2 MB at a million entities)
        with self._lock:
            self._cache[key] = total
            while len(self._cache) > KEPT_QUERIES:
                self._cache.popitem(last=False)
        return total

    def _english_search(self):
        found = getattr(self, "_english", None)
        if found is None:
            from desktopapp.catalogue.english import EnglishSearch

            found = self._english = EnglishSearch(self.conn)
        return found

    def _term(self, term: str, kind: str) -> np.ndarray:
        index = self.facet_index(kind)
        scores = self.kind_text(kind).term_scores(term)
        chain = index.columns.get("chain")
        if chain is not None:
            hits = [v for v, label in zip(chain.values, chain.labels) if term in label.lower()]
            if hits:
                on_chain = self._chain_mask(kind, chain, hits, index.n)
                scores[on_chain] = np.maximum(scores[on_chain], 20)
        english = self._english_search().matches(kind, term)  # English names: word prefixes (english.py)
        if english:
            for score in set(english.values()):
                hit = index.mask_of_ids([eid for eid, s in english.items() if s == score])
                scores[hit] = np.maximum(scores[hit], score)
        if len(term) >= 3 and self.has_fts and index.n <= PROFILE_SEARCH_LIMIT:
            try:
                rows = self.conn.execute("SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?",
                                         ("summary : " + fts_phrase(term),))
                in_profile = index.mask_of_ids(np.fromiter((r[0] for r in rows), dtype=np.int64))
                scores[in_profile] = np.maximum(scores[in_profile], 10)
            except sqlite3.DatabaseError:
                pass  # an FTS index this program cannot query or a damaged one: names, aliases and pinyin still match
        return scores

    def _chain_mask(self, kind: str, chain, values: list[str], n: int) -> np.ndarray:
        """Entities on any of the chains `values` (kept: consecutive keystrokes often name the same chains)."""
        key = (kind, tuple(values))
        with self._lock:
            if key not in self._chain_masks:
                self._chain_masks[key] = chain.mask(values, n)
                while len(self._chain_masks) > 2:
                    self._chain_masks.popitem(last=False)
            return self._chain_masks[key]

    def scores(self, text: str, kind: str | None = None) -> dict[int, float]:
        """Matching entity ids with their scores (all kinds when `kind` is None)."""
        out: dict[int, float] = {}
        for k in ([kind] if kind else list(KIND_FACETS)):
            array = self.score_array(text, k)
            if array is None:
                continue
            hit = np.flatnonzero(array)
            ids = self.facet_index(k).ids[hit]
            out.update(zip(ids.tolist(), array[hit].astype(float).tolist()))
        return out
