"""Hostile variants of the bundled catalogue, as an attacker would send them: chain cycles, views where
tables belong, dangling ids, NULLs, wrong types (BLOBs, text in number columns, integers beyond 64 bits'
reach in floats), unknown vocabularies and huge text. Each variant is a list of SQL statements for
conftest's `altered_copy`; `make(name, source, folder)` writes one.

Variants whose statements cannot run against NOT NULL constraints first drop those constraints by rewriting
the table's schema text (as a hand-edited or hostile file may have it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import altered_copy

# Entity and citation ids of the bundled catalogue the variants aim at (looked up by key at make time).
ENTERPRISE = "华虹仪表"
CHAIN = "chain:传感器及仪器仪表"
SEGMENT = "chain:传感器及仪器仪表/材料"
SYSTEM = "chain:1+3+X"

_E = f"(SELECT id FROM entities WHERE key = '{ENTERPRISE}')"
_C = f"(SELECT id FROM entities WHERE key = '{CHAIN}')"
_S = f"(SELECT id FROM entities WHERE key = '{SEGMENT}')"
_SYS = f"(SELECT id FROM entities WHERE key = '{SYSTEM}')"
BLOB = "X'FFFE00FF89504E47'"
BIG = str(2**63 - 1)
HUGE_TEXT = "(SELECT replace(hex(zeroblob(2500000)), '00', '园区'))"  # 10 MB of text

NO_PACK = "DROP TABLE IF EXISTS packed"


def _loose(table: str) -> list[str]:
    """Statements that drop the NOT NULL constraints of `table` (the file's schema text rewritten)."""
    return ["PRAGMA writable_schema = ON",
            f"UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = '{table}'",
            "PRAGMA writable_schema = OFF"]


def _recursive_view(name: str, columns: str) -> list[str]:
    return [f"DROP TABLE {name}",
            f"CREATE VIEW {name} AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
            f"SELECT {columns} FROM r"]


VARIANTS: dict[str, list] = {
    # ------------------------------------------------------------------ hierarchies (19.2)
    "chain-self-parent": [f"UPDATE entities SET parent_id = id WHERE id = {_C}"],
    "segment-self-parent": [f"UPDATE entities SET parent_id = id WHERE id = {_S}"],
    "chain-loop-of-two": [f"UPDATE entities SET parent_id = {_S} WHERE id = {_C}"],
    "system-under-its-segment": [f"UPDATE entities SET parent_id = {_S} WHERE id = {_SYS}"],
    "every-chain-its-own-parent": ["UPDATE entities SET parent_id = id WHERE kind = 'chain'"],
    "chain-parent-dangling": [f"UPDATE entities SET parent_id = 987654 WHERE id = {_C}"],
    "chain-parent-is-enterprise": [f"UPDATE entities SET parent_id = {_E} WHERE id = {_S}"],
    "chain-loop-no-pack": [f"UPDATE entities SET parent_id = {_S} WHERE id = {_C}", NO_PACK],
    # ------------------------------------------------------------------ views where tables belong (19.2)
    "meta-recursive-view": _recursive_view("meta", "'k' || n AS key, n AS value"),
    "sources-recursive-view": _recursive_view(
        "sources", "'s' || n AS id, 't' AS title, '2024' AS date, NULL AS date_note, 'park' AS scope, "
                   "NULL AS file, 'x' AS text"),
    "tags-recursive-view": _recursive_view("tags", "n AS entity_id, 'x' AS tag, n AS citation_id"),
    "entities-fts-as-view": ["DROP TABLE entities_fts",
                             "CREATE VIEW entities_fts AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
                             "SELECT n + 1 FROM r) SELECT n AS rowid, 'x' AS name FROM r"],
    "fts-index-garbage": ["UPDATE entities_fts_data SET block = X'0102030405060708' WHERE id > 10"],
    "fts-config-garbage": ["UPDATE entities_fts_config SET v = 'x'"],
    # ------------------------------------------------------------------ huge text (19.2)
    "huge-summary": [f"UPDATE entities SET summary = {HUGE_TEXT} WHERE id = {_E}"],
    "huge-name": [f"UPDATE entities SET name = name || {HUGE_TEXT} WHERE id = {_E}"],
    "huge-quote-and-article": [
        f"UPDATE citations SET quote = {HUGE_TEXT} WHERE id IN (SELECT citation_id FROM facts WHERE entity_id = {_E})",
        f"UPDATE sources SET text = text || {HUGE_TEXT}"],
    # ------------------------------------------------------------------ dangling ids (19.4)
    "link-to-nowhere": [f"UPDATE links SET dst_id = 987654 WHERE src_id = {_E}"],
    "link-from-nowhere": [f"UPDATE links SET src_id = 987655 WHERE dst_id = {_C}"],
    "fact-cites-nothing": [f"UPDATE facts SET citation_id = 987654 WHERE entity_id = {_E}"],
    "everything-cites-nothing": [f"UPDATE {t} SET citation_id = 987654" for t in
                                 ("facts", "stages", "tags", "aliases", "mentions", "links")],
    "citation-source-missing": ["UPDATE citations SET source_id = 'nowhere'"],
    "facet-of-nobody": ["INSERT INTO facet_values (entity_id, facet, value, label) "
                        "VALUES (987654, 'stage', '投产', '投产')", NO_PACK],
    "rows-of-nobody": [f"INSERT INTO {t} (entity_id, citation_id) VALUES (987654, 1)" for t in ("mentions",)]
                      + ["INSERT INTO tags (entity_id, tag, citation_id) VALUES (987654, 'x', 1)",
                         "INSERT INTO facts (entity_id, field, value, citation_id) VALUES (987654, 'x', 'y', 1)"],
    # ------------------------------------------------------------------ NULLs (19.4)
    "null-names": [*_loose("entities"), "UPDATE entities SET name = NULL, key = NULL WHERE kind IN ('enterprise', 'chain')"],
    "null-kind": [*_loose("entities"), f"UPDATE entities SET kind = NULL WHERE id = {_E}"],
    "null-everything-in-entities": [*_loose("entities"),
                                    "UPDATE entities SET summary = NULL, scope = NULL, category = NULL, status = NULL, "
                                    "stage = NULL, year = NULL, amount = NULL, metric = NULL, value = NULL, num = NULL, "
                                    "unit = NULL, period = NULL, basis = NULL, level = NULL, tier = NULL, aliases = NULL, "
                                    "pinyin = NULL, sort_key = NULL, chains = NULL, synthetic = NULL", NO_PACK],
    "null-facts": ["UPDATE facts SET field = NULL, value = NULL, num = NULL, unit = NULL, basis = NULL, "
                   "as_of = NULL, conflict = NULL, current = NULL"],
    "null-links": ["UPDATE links SET relation = NULL, basis = NULL, role = NULL"],
    "null-stages-tags-aliases": ["UPDATE stages SET stage = NULL, date = NULL, date_inferred = NULL",
                                 "UPDATE tags SET tag = NULL", "UPDATE aliases SET alias = NULL"],
    "null-citations": [*_loose("citations"), "UPDATE citations SET quote = NULL, source_id = NULL, joined = NULL"],
    "null-sources": ["UPDATE sources SET title = NULL, date = NULL, text = NULL, scope = NULL"],
    "null-meta": ["UPDATE meta SET value = NULL"],
    "null-facet-values": [*_loose("facet_values"), "UPDATE facet_values SET value = NULL, label = NULL", NO_PACK],
    # ------------------------------------------------------------------ wrong types (19.4)
    "blob-names": [f"UPDATE entities SET name = {BLOB} WHERE kind IN ('enterprise', 'chain', 'facility')"],
    "blob-names-no-pack": [f"UPDATE entities SET name = {BLOB}, aliases = {BLOB}, pinyin = {BLOB}, "
                           f"sort_key = {BLOB}, key = {BLOB} || id", NO_PACK],
    "blob-text-columns": [f"UPDATE entities SET summary = {BLOB}, scope = {BLOB}, category = {BLOB}, "
                          f"status = {BLOB}, stage = {BLOB}, stage_date = {BLOB}, metric = {BLOB}, value = {BLOB}, "
                          f"unit = {BLOB}, period = {BLOB}, basis = {BLOB}, level = {BLOB}, tier = {BLOB}, "
                          f"chains = {BLOB}"],
    "blob-kind": [f"UPDATE entities SET kind = {BLOB} WHERE id = {_E}"],
    "blob-numbers": [f"UPDATE entities SET year = {BLOB}, amount = {BLOB}, num = {BLOB}, parent_id = {BLOB}, "
                     f"ordinal = {BLOB}, synthetic = {BLOB}", NO_PACK],
    "text-numbers": ["UPDATE entities SET year = 'abc', amount = 'many', num = '十', parent_id = 'up', "
                     "ordinal = 'first'", NO_PACK],
    "huge-numbers": [f"UPDATE entities SET year = {BIG}, amount = 1e308, num = -1e308, ordinal = -{BIG}",
                     f"UPDATE facts SET num = 1e308, conflict = {BIG}"],
    "float-ids": [f"UPDATE links SET dst_id = dst_id + 0.5 WHERE src_id = {_E}",
                  f"UPDATE facts SET citation_id = citation_id + 0.5 WHERE entity_id = {_E}"],
    "text-ids": [f"UPDATE links SET dst_id = 'x' || dst_id WHERE src_id = {_E}",
                 f"UPDATE facts SET citation_id = 'c' WHERE entity_id = {_E}",
                 f"UPDATE stages SET citation_id = {BLOB} WHERE entity_id IN (SELECT id FROM entities WHERE kind = 'project')"],
    "blob-facts": [f"UPDATE facts SET field = {BLOB}, value = {BLOB}, num = {BLOB}, unit = {BLOB}, "
                   f"period = {BLOB}, as_of = {BLOB}, basis = {BLOB}, note = {BLOB}, conflict = {BLOB}, "
                   f"current = {BLOB}"],
    "blob-stages": [f"UPDATE stages SET stage = {BLOB}, date = {BLOB}, date_inferred = {BLOB}, note = {BLOB}"],
    "blob-links": [f"UPDATE links SET relation = {BLOB}, role = {BLOB}, basis = {BLOB}, note = {BLOB}"],
    "blob-tags-aliases": [f"UPDATE tags SET tag = {BLOB}", f"UPDATE aliases SET alias = {BLOB}, note = {BLOB}"],
    "blob-citations": [f"UPDATE citations SET quote = {BLOB}, joined = {BLOB}, as_of = {BLOB}"],
    "blob-sources": [f"UPDATE sources SET title = {BLOB}, date = {BLOB}, date_note = {BLOB}, scope = {BLOB}, "
                     f"text = {BLOB}"],
    "blob-meta": [f"UPDATE meta SET value = {BLOB}"],
    "blob-facet-values": [f"UPDATE facet_values SET value = {BLOB}, label = {BLOB}", NO_PACK],
    "number-facet-values": ["UPDATE facet_values SET value = 12, label = 3.5", NO_PACK],
    "garbage-images": [f"INSERT INTO images (entity_id, kind, mime, width, height, data, thumb, note, added) "
                       f"VALUES ({_E}, 'photo', 'image/png', 'wide', -5, 'not an image', {BLOB}, {BLOB}, 7), "
                       f"({_E}, 'logo', {BLOB}, {BIG}, {BIG}, {BLOB}, 'text', NULL, NULL), "
                       f"(987654, 'photo', 'image/svg+xml', 1, 1, X'3C73766720786D6C6E733D27687474703A2F2F7777772E77332E6F72672F323030302F737667272F3E', NULL, NULL, NULL)"],
    # ------------------------------------------------------------------ odd vocabulary (19.4)
    "unknown-vocabulary": ["UPDATE entities SET stage = '外星', scope = 'mars', basis = 'guess', level = 'galaxy', "
                           "status = '??'", "UPDATE links SET relation = 'haunts', basis = 'rumour'",
                           "UPDATE facts SET basis = 'guess'"],
    "unknown-kind": [f"UPDATE entities SET kind = 'alien' WHERE id = {_E}"],
    "odd-dates": ["UPDATE entities SET stage_date = '99999-99-99'", "UPDATE stages SET date = '2024-13-45'",
                  "UPDATE sources SET date = 'yesterday'", "UPDATE facts SET as_of = '0000'"],
    "control-characters": ["UPDATE entities SET name = name || char(0, 7, 27, 8238) || '<b>x</b>' "
                           "WHERE kind = 'enterprise'", NO_PACK],
    "no-rows-at-all": ["DELETE FROM links", "DELETE FROM facts", "DELETE FROM entities WHERE kind != 'figure'",
                       "DELETE FROM facet_values", NO_PACK],
}


def make(name: str, source: Path, folder: Path) -> Path:
    """The variant `name` of the catalogue `source`, written into `folder`."""
    target = Path(folder) / f"{name}.db"
    statements = VARIANTS[name]
    # Schema rewrites take effect on a new connection: run them apart from the rest.
    split = max((i + 1 for i, s in enumerate(statements) if s == "PRAGMA writable_schema = OFF"), default=0)
    altered_copy(source, target, *statements[:split])
    if split < len(statements):
        conn = sqlite3.connect(target)
        try:
            for statement in statements[split:]:
                conn.execute(statement)
            conn.commit()
        finally:
            conn.close()
    return target
