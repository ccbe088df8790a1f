"""Free-text search, exact on any SQLite version and fast at a million entities.

What a term matches (every term of the query must match; scores add up, higher first):
- the name (exact 100, prefix 80, anywhere 60), aliases and other spellings (exact 70, anywhere 50), the
  pinyin of names and aliases, full or initials (whole 45, prefix 40, anywhere 30) — any substring, from
  one character, case-insensitive;
- the names of the chains and segments the entity is on (20);
- from three characters, the profile text (10), through the trigram full-text index — in kinds of up to
  PROFILE_SEARCH_LIMIT entities (a park's catalogue; in a register of a million enterprises a frequent
  trigram would make every keystroke scan the whole index, so there search covers the fields above).

Names, aliases and pinyin are searched in memory: per kind, one array of UTF-16 code units per field
(entities separated by 0), scanned with numpy. FTS5's trigram index cannot serve terms under three
characters (and `LIKE` against it is unreliable across SQLite versions), which is why short terms never
touch it. Any input is safe: it is cleaned, and the FTS query is a bound, quoted phrase.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from typing import Callable

import numpy as np

from desktopapp.catalogue.facets import FacetIndex
from desktopapp.catalogue.textkeys import terms

ALIAS_SEP = "\x01"
CHUNK = 1 << 22
# Profiles are searched (from three characters) in kinds of up to this many entities; in larger registers
# a frequent trigram would make every keystroke scan the whole full-text index.
PROFILE_SEARCH_LIMIT = 50_000
FIELDS = ("name", "alias", "pinyin")


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


def text_arrays(conn: sqlite3.Connection, kind: str, ids: np.ndarray) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The searchable text of every entity of `kind` (in id order), per field."""
    names, aliases, pinyins = [], [], []
    for name, key, alias_text, pinyin in conn.execute(
            "SELECT name, key, aliases, pinyin FROM entities WHERE kind = ? ORDER BY id", (kind,)):
        name = (name or "").lower()
        names.append(name)
        parts = [a.lower() for a in (alias_text or "").split(" / ") if a]
        if key and not key.startswith("chain:") and key.lower() != name and key.lower() not in parts:
            parts.append(key.lower())
        aliases.append(ALIAS_SEP.join(parts))
        pinyins.append((pinyin or "").lower())
    return {"name": _encode(names), "alias": _encode(aliases), "pinyin": _encode(pinyins, ascii_only=True)}


class _Field:
    """One field's code units and entity starts, with substring search."""

    def __init__(self, units: np.ndarray, offsets: np.ndarray, seps: tuple[int, ...]):
        self.units = units
        self.offsets = offsets
        self.seps = np.asarray(seps, dtype=units.dtype)

    def find(self, term_units: np.ndarray):
        """(entity positions, at a word start?, whole word?) of every occurrence of the term."""
        a = self.units
        k = len(term_units)
        if k == 0 or len(a) < k:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty.astype(bool), empty.astype(bool)
        # Candidates for the first unit, scanned in chunks so memory stays flat on large catalogues.
        first, end = term_units[0], len(a) - k + 1
        cand = np.concatenate([np.flatnonzero(a[i:min(i + CHUNK, end)] == first) + i
                               for i in range(0, end, CHUNK)]) if end > CHUNK else np.flatnonzero(a[:end] == first)
        for j in range(1, k):
            if not len(cand):
                break
            cand = cand[a[cand + j] == term_units[j]]
        starts = np.isin(a[cand - 1], self.seps)
        ends = np.isin(a[cand + k], self.seps) if len(cand) else np.zeros(0, dtype=bool)
        entity = np.searchsorted(self.offsets, cand, side="right") - 1
        return entity, starts, starts & ends


class KindText:
    """The in-memory search text of one kind."""

    def __init__(self, arrays: dict[str, tuple[np.ndarray, np.ndarray]], n: int):
        self.n = n
        self.name = _Field(*arrays["name"], seps=(0,))
        self.alias = _Field(*arrays["alias"], seps=(0, ord(ALIAS_SEP)))
        self.pinyin = _Field(*arrays["pinyin"], seps=(0, ord(" ")))

    def term_scores(self, term: str) -> np.ndarray:
        wide = np.frombuffer(term.encode("utf-16-le"), dtype=np.uint16)
        scores = np.zeros(self.n, dtype=np.int32)
        fields = [(self.alias, wide, (50, 50, 70)), (self.name, wide, (60, 80, 100))]
        if term.isascii():  # pinyin is ASCII: only ASCII terms can match it
            fields.insert(0, (self.pinyin, np.frombuffer(term.encode("ascii"), dtype=np.uint8), (30, 40, 45)))
        for field, units, (anywhere, prefix, whole) in fields:
            entity, starts, wholes = field.find(units)
            if not len(entity):
                continue
            for mask, value in ((slice(None), anywhere), (starts, prefix), (wholes, whole)):
                hit = entity[mask]
                scores[hit] = np.maximum(scores[hit], value)
        return scores


class TextSearch:
    """Scores per entity position of a kind for a query; results of recent queries are kept."""

    def __init__(self, conn: sqlite3.Connection, facet_index: Callable[[str], FacetIndex]):
        self.conn = conn
        self.facet_index = facet_index
        self.has_fts = bool(conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'entities_fts'").fetchone())
        self._texts: dict[str, KindText] = {}
        self._cache: OrderedDict[tuple[str, str], np.ndarray | None] = OrderedDict()
        self._lock = threading.Lock()

    def kind_text(self, kind: str) -> KindText:
        with self._lock:
            if kind not in self._texts:
                from desktopapp.catalogue import packing

                index = self.facet_index(kind)
                arrays = {f: packing.load_text(self.conn, kind, f) for f in FIELDS}
                if any(units is None for units, _ in arrays.values()):
                    arrays = text_arrays(self.conn, kind, index.ids)
                self._texts[kind] = KindText(arrays, index.n)
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
        with self._lock:
            self._cache[key] = total
            while len(self._cache) > 8:
                self._cache.popitem(last=False)
        return total

    def _term(self, term: str, kind: str) -> np.ndarray:
        index = self.facet_index(kind)
        scores = self.kind_text(kind).term_scores(term)
        chain = index.columns.get("chain")
        if chain is not None:
            hits = [v for v, label in zip(chain.values, chain.labels) if term in label.lower()]
            if hits:
                on_chain = chain.mask(hits, index.n)
                scores[on_chain] = np.maximum(scores[on_chain], 20)
        if len(term) >= 3 and self.has_fts and index.n <= PROFILE_SEARCH_LIMIT:
            try:
                rows = self.conn.execute("SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?",
                                         ("summary : " + fts_phrase(term),))
                in_profile = index.mask_of_ids(np.fromiter((r[0] for r in rows), dtype=np.int64))
                scores[in_profile] = np.maximum(scores[in_profile], 10)
            except sqlite3.OperationalError:
                pass  # an FTS index this program cannot query: names, aliases and pinyin still match
        return scores

    def scores(self, text: str, kind: str | None = None) -> dict[int, float]:
        """Matching entity ids with their scores (all kinds when `kind` is None)."""
        from desktopapp.catalogue.facets import KIND_FACETS

        out: dict[int, float] = {}
        for k in ([kind] if kind else list(KIND_FACETS)):
            array = self.score_array(text, k)
            if array is None:
                continue
            hit = np.flatnonzero(array)
            ids = self.facet_index(k).ids[hit]
            out.update(zip(ids.tolist(), array[hit].astype(float).tolist()))
        return out
