"""English for the catalogue's content: entity names and the labels of its vocabularies.

The translations live in `resources/catalogue/english.toml`, apart from the facts files (the sources stay
Chinese), and the build copies them into two tables:

- `entity_english` (entity_id, name, basis, quote, summary): `basis` is "editors" for an editors'
  translation, or "stated" when an article gives the name in English (then `quote` holds the article's
  words, checked against the article like every quote); `summary` is the editors' translation of the
  entity's summary (the [summary] table, keyed by entity key).
- `term_english` (field, value, english): stage, category, status, tier, role, scope, tag, unit, metric and
  field labels, keyed by the Chinese value as it appears in the catalogue; and `source`, the editors'
  translation of an article's title, keyed by the source id (handouts in English cite it); and `note`,
  the English of the editors' notes on links, facts and stages, keyed by the note as stored.

A missing translation is not a build error (new entities arrive from the facts files first); the tests list
the bundled entities without one. Catalogues built before these tables, synthetic ones and imported
entities simply have no English: `english_name` falls back to the Chinese name, never to an empty label.
"""

from __future__ import annotations

import re
import sqlite3
import tomllib
from pathlib import Path

from desktopapp.catalogue.englishnum import english_date, english_period, english_value
from desktopapp.catalogue.errors import SourceError
from desktopapp.catalogue.kinds import KINDS

FILE = "english.toml"
TERM_FIELDS = ("stage", "category", "status", "tier", "role", "scope", "tag", "unit", "metric", "field",
               "source", "value", "note")  # source: an article's title in English, keyed by source id; value:
# a fact's wording that is not a number phrase ("智能电表"), keyed by the Chinese value; note: an editors' note
# on a link, fact or stage, keyed by the note as the catalogue stores it (editors' translations)

TABLES_SQL = """
CREATE TABLE entity_english (
    entity_id INTEGER PRIMARY KEY REFERENCES entities(id),
    name TEXT NOT NULL,
    basis TEXT NOT NULL,
    quote TEXT,
    summary TEXT
);
CREATE TABLE term_english (
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    english TEXT NOT NULL,
    PRIMARY KEY (field, value)
);
"""


def read(sources_dir: Path) -> dict:
    path = Path(sources_dir) / FILE
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"{FILE}: {exc}") from exc


def _entity_key(kind: str, key: str) -> str:
    return key if kind != "chain" or key.startswith("chain:") else f"chain:{key}"


def entries(data: dict):
    """(kind, entity key, English name, quote or None) for every entity entry of english.toml."""
    for kind in KINDS:
        for key, value in (data.get(kind) or {}).items():
            if isinstance(value, str):
                yield kind, _entity_key(kind, key), value, None
            elif isinstance(value, dict) and isinstance(value.get("name"), str):
                yield kind, _entity_key(kind, key), value["name"], value.get("quote")
            else:
                raise SourceError(f"{FILE}: [{kind}] {key}: give a name, or {{ name = …, quote = … }}")


def write(conn: sqlite3.Connection, sources_dir: Path, articles: dict[str, str]) -> int:
    """Create and fill the English tables from english.toml; return the number of entity names written.
    `articles` maps source ids to article texts, for checking names stated in English."""
    data = read(sources_dir)
    conn.executescript(TABLES_SQL)
    ids = {(kind, key): eid for eid, kind, key in conn.execute("SELECT id, kind, key FROM entities")}
    summaries = {key: str(text).strip() for key, text in (data.get("summary") or {}).items()}
    rows = []
    for kind, key, name, quote in entries(data):
        eid = ids.get((kind, key))
        if eid is None:
            continue  # an entity not (or no longer) in the facts: listed by unknown_keys, for the editors
        name = name.strip()
        if not name:
            raise SourceError(f"{FILE}: [{kind}] {key}: empty English name")
        if quote is not None and not any(quote in text for text in articles.values()):
            raise SourceError(f"{FILE}: [{kind}] {key}: the quote {quote!r} is in no article")
        rows.append((eid, name, "stated" if quote else "editors", quote, summaries.get(key) or None))
    conn.executemany("INSERT INTO entity_english VALUES (?, ?, ?, ?, ?)", sorted(rows))
    terms = sorted((field, str(value), str(english).strip())
                   for field in TERM_FIELDS for value, english in (data.get(field) or {}).items())
    conn.executemany("INSERT INTO term_english VALUES (?, ?, ?)", terms)
    return len(rows)


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def has_cjk(text: str | None) -> bool:
    return bool(text) and _CJK.search(text) is not None


def fact_english(value: str | None, unit: str | None = None, terms: dict | None = None) -> str | None:
    """A fact's value in English, or None when it has none and stays Chinese. The editors' [value] entry
    (`terms`: (field, value) → English, as Localiser.terms) comes first; then a number phrase with its unit
    ("超5亿元" → "over CNY 500 million"), a date ("2022年5月" → "May 2022") or a period ("2026年9月前" → "by
    September 2026"), each only when it comes out wholly English ("一期建成投用" is not "phase 1建成投用")."""
    if not value:
        return value
    editors = (terms or {}).get(("value", value))
    if editors:
        return editors
    joined = value + (unit if unit and unit not in value else "")
    for english in (english_value(joined), english_date(value), english_period(value)):
        if english not in (joined, value) and not has_cjk(english):
            return english
    return None if has_cjk(joined) else value  # "5G" stays; "5G" with an untranslated unit is Chinese


def note_english(note: str | None, terms: dict | None = None) -> str | None:
    """An editors' note (on a link, fact or stage) in English from the [note] table (`terms` as
    Localiser.terms), or None when it has none and stays Chinese. Two inferred links merged into one
    (details._merge joins their notes with "；") read as their notes' English, one after the other."""
    if not note or not terms:
        return None
    english = terms.get(("note", note))
    if english:
        return english
    parts = note.split("；")
    # ends[i]: the English of parts[:i] as whole notes, if they can be read so (a note may hold "；" itself)
    ends: list[list[str] | None] = [[]] + [None] * len(parts)
    for i in range(len(parts)):
        if ends[i] is None:
            continue
        for j in range(i + 1, len(parts) + 1):
            found = terms.get(("note", "；".join(parts[i:j])))
            if found and ends[j] is None:
                ends[j] = ends[i] + [found]
    return " ".join(ends[-1]) if len(parts) > 1 and ends[-1] else None


def has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name IN ('entity_english', 'term_english')").fetchone()[0] == 2


def missing(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(kind, key, name) of every entity without an English name."""
    if not has_tables(conn):
        return [tuple(r) for r in conn.execute("SELECT kind, key, name FROM entities ORDER BY kind, id")]
    return [tuple(r) for r in conn.execute(
        "SELECT kind, key, name FROM entities WHERE id NOT IN (SELECT entity_id FROM entity_english) "
        "ORDER BY kind, id")]


def unknown_keys(conn: sqlite3.Connection, sources_dir: Path) -> list[tuple[str, str]]:
    """(kind, key) of english.toml entries that name no entity of the catalogue (renamed or removed)."""
    known = set(conn.execute("SELECT kind, key FROM entities").fetchall())
    data = read(sources_dir)
    named = {key for _kind, key, _name, _quote in entries(data)}
    return ([(kind, key) for kind, key, _name, _quote in entries(data) if (kind, key) not in known]
            + [("summary", key) for key in (data.get("summary") or {}) if key not in named])


def english_name(conn: sqlite3.Connection, entity_id: int, chinese: str | None = None) -> str:
    """The entity's English name, else its Chinese name."""
    if has_tables(conn):
        row = conn.execute("SELECT name FROM entity_english WHERE entity_id = ?", (entity_id,)).fetchone()
        if row and row[0]:
            return row[0]
    if chinese is None:
        row = conn.execute("SELECT name FROM entities WHERE id = ?", (entity_id,)).fetchone()
        chinese = row[0] if row else ""
    return chinese


def term(conn: sqlite3.Connection, field: str, value: str | None) -> str | None:
    """The English label of a vocabulary value (stage, tag, unit …), else the value itself."""
    if not value or not has_tables(conn):
        return value
    row = conn.execute("SELECT english FROM term_english WHERE field = ? AND value = ?", (field, value)).fetchone()
    return row[0] if row else value


class Localiser:
    """English names and labels of one catalogue, read once (a few hundred rows; none in catalogues built
    without English), for showing content in English. Anything without English keeps its Chinese text."""

    def __init__(self, conn: sqlite3.Connection):
        self.names: dict[int, str] = {}
        self.summaries: dict[int, str] = {}
        self.by_key: dict[str, str] = {}
        self.chain_names: dict[str, str] = {}  # a chain's or segment's Chinese name → its English name
        self.terms: dict[tuple[str, str], str] = {}
        if has_tables(conn):
            for eid, key, kind, chinese, name, summary in conn.execute(
                    "SELECT e.entity_id, n.key, n.kind, n.name, e.name, e.summary FROM entity_english e "
                    "JOIN entities n ON n.id = e.entity_id"):
                self.names[eid] = self.by_key[key] = name
                if summary:
                    self.summaries[eid] = summary
                if kind == "chain":
                    self.chain_names.setdefault(chinese, name)
            self.terms = {(f, v): e for f, v, e in conn.execute("SELECT field, value, english FROM term_english")}

    def name(self, entity_id: int | None, chinese: str) -> str:
        return self.names.get(entity_id, chinese) if entity_id is not None else chinese

    def term(self, field: str, value: str | None) -> str | None:
        if not value:
            return value
        english = self.terms.get((field, value))
        return english if english is not None else value

    def fact_value(self, value: str | None, unit: str | None = None) -> str | None:
        """The fact's value in English (see fact_english), or None when it stays Chinese."""
        return fact_english(value, unit, self.terms)

    def note(self, text: str | None) -> str | None:
        """An editors' note in English (see note_english); the note itself when it has none."""
        return note_english(text, self.terms) or text

    def chains(self, text: str | None) -> str | None:
        """The list's chains text ("传感器及仪器仪表、传感器及仪器仪表·封装测试") with each name in English."""
        if not text:
            return text
        return ", ".join(" · ".join(self.chain_names.get(part, part) for part in item.split("·"))
                         for item in text.split("、"))

    def facet_label(self, facet: str, value: str, label: str) -> str:
        """A filter value's label in English where the catalogue has it (chains and segments with their
        parent, entities by key, vocabulary values); `label` otherwise."""
        if facet in ("chain", "segment"):
            key = value[6:] if value.startswith("chain:") else value
            name = self.by_key.get(f"chain:{key}")
            if name is None:
                return label
            parent = self.by_key.get(f"chain:{key.rsplit('/', 1)[0]}") if "/" in key and " · " in label else None
            return f"{parent} · {name}" if parent else name
        if facet in ("enterprise", "facility", "organisation"):
            return self.by_key.get(value, label)
        if facet in TERM_FIELDS:
            return self.terms.get((facet, value), label)
        return label


def localiser(catalogue) -> Localiser:
    """The Localiser of a Catalogue, made on first use and kept with it."""
    found = getattr(catalogue, "_english_localiser", None)
    if found is None:
        found = Localiser(catalogue.conn)
        try:
            catalogue._english_localiser = found
        except AttributeError:  # a catalogue object without a __dict__: read again next time
            pass
    return found


def showing_english() -> bool:
    from desktopapp import i18n

    return i18n.content_language() == "en"


_WORD = re.compile(r"[0-9a-z]+")
# Search scores of an English name match (search.py's scale: Chinese name exact 100, prefix 80, anywhere 60).
ENGLISH_EXACT, ENGLISH_PREFIX, ENGLISH_WORD = 90, 75, 55


class EnglishSearch:
    """English names searchable: a term (lower-cased, as search.terms gives it) matches a name of which a
    word starts with it ("instr" finds "Chongqing Huahong Instrument Co., Ltd."), case-insensitive."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._kinds: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}

    def _names(self, kind: str) -> list[tuple[int, str, tuple[str, ...]]]:
        names = self._kinds.get(kind)
        if names is None:
            names = []
            if has_tables(self.conn):
                for eid, name in self.conn.execute(
                        "SELECT e.entity_id, e.name FROM entity_english e JOIN entities n ON n.id = e.entity_id "
                        "WHERE n.kind = ? ORDER BY e.entity_id", (kind,)):
                    lowered = name.lower()
                    names.append((eid, lowered, tuple(_WORD.findall(lowered))))
            self._kinds[kind] = names
        return names

    def matches(self, kind: str, term: str) -> dict[int, int]:
        """Score per entity id whose English name matches `term`."""
        if not term.isascii() or not _WORD.search(term):
            return {}
        words = _WORD.findall(term)
        out: dict[int, int] = {}
        for eid, name, name_words in self._names(kind):
            if name == term:
                out[eid] = ENGLISH_EXACT
            elif name.startswith(term):
                out[eid] = ENGLISH_PREFIX
            elif len(words) == 1 and any(w.startswith(words[0]) for w in name_words):
                out[eid] = ENGLISH_WORD
            elif len(words) > 1 and f" {' '.join(words)}" in f" {' '.join(name_words)}":
                out[eid] = ENGLISH_WORD  # "r&d" or "e-commerce": its words in a row
        return out
