"""Free-text search: Chinese by any substring (1 character and up), pinyin, initials, aliases and chain
names; ranked.

Terms of three characters or more use the trigram full-text index. Shorter terms (common in Chinese:
"华虹", "光") cannot use it — trigram finds nothing under three characters, and LIKE against a trigram
table is unreliable across SQLite versions — so they scan the entity columns with instr(), which is
exact on every SQLite version. All terms must match (AND). Any input is safe: it is cleaned and passed as
a bound, quoted FTS phrase, never as syntax.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from desktopapp.catalogue.textkeys import terms

_SCAN_SQL = (
    "SELECT id FROM entities WHERE {kind} (instr(lower(name), :t) OR instr(lower(coalesce(aliases, '')), :t) "
    "OR instr(coalesce(pinyin, ''), :t) OR instr(lower(coalesce(summary, '')), :t) "
    "OR instr(lower(coalesce(chains, '')), :t) "
    "OR instr(lower(key), :t))"
)


def fts_phrase(term: str) -> str:
    """A term as one FTS5 phrase: double quotes doubled, so operators and quotes are plain text."""
    return '"' + term.replace('"', '""') + '"'


class TextSearch:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.has_fts = bool(conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'entities_fts'").fetchone())
        self.scores = lru_cache(maxsize=64)(self._scores)

    def _term_ids(self, term: str, kind: str | None) -> set[int]:
        kind_sql = "kind = :kind AND" if kind else ""
        if len(term) >= 3 and self.has_fts:
            sql = ("SELECT rowid FROM entities_fts WHERE entities_fts MATCH :q "
                   + ("AND rowid IN (SELECT id FROM entities WHERE kind = :kind)" if kind else ""))
            try:
                return {r[0] for r in self.conn.execute(sql, {"q": fts_phrase(term), "kind": kind})}
            except sqlite3.OperationalError:
                pass  # fall back to the scan below
        return {r[0] for r in self.conn.execute(_SCAN_SQL.format(kind=kind_sql), {"t": term, "kind": kind})}

    def _scores(self, text: str, kind: str | None) -> dict[int, float]:
        """Matching ids with a relevance score (higher first): name > alias > pinyin > profile."""
        query_terms = terms(text)
        if not query_terms:
            return {}
        ids: set[int] | None = None
        for term in query_terms:
            found = self._term_ids(term, kind)
            ids = found if ids is None else ids & found
            if not ids:
                return {}
        scores: dict[int, float] = {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, name, key, aliases, pinyin, chains FROM entities WHERE id IN ({marks})", list(ids))
        for r in rows:
            scores[r[0]] = sum(_score(term, *r[1:]) for term in query_terms)
        return scores


def _score(term: str, name: str, key: str, aliases: str | None, pinyin: str | None, chains: str | None) -> float:
    name_l = (name or "").lower()
    if term == name_l or term == (key or "").lower():
        return 100.0
    if name_l.startswith(term):
        return 80.0
    if term in name_l:
        return 60.0
    alias_list = [a.lower() for a in (aliases or "").split(" / ") if a]
    if term in alias_list:
        return 70.0
    if any(term in a for a in alias_list):
        return 50.0
    keys = (pinyin or "").split()
    if term in keys:
        return 45.0
    if any(k.startswith(term) for k in keys):
        return 40.0
    if any(term in k for k in keys):
        return 30.0
    if term in (chains or "").lower():
        return 20.0
    return 10.0  # found in the profile
