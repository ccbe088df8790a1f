"""The catalogue's tables, their columns and the schema version.

One table of entities holds every kind (enterprise, project, chain, facility, organisation, figure); what
is stated about them lives in facts, stages, tags, aliases and links, each row pointing to a citation
(an exact quote from a source article). `facet_values` is derived at build time: one row per
(entity, facet, value), the single structure that filtering and facet counting read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the tables are created through sqlite-utils; reading a catalogue does not import it
    import sqlite_utils

SCHEMA_VERSION = 3  # 2: the images table; 3: the figures' audience column (see migrate.py)
OLDEST_CONVERTIBLE = 0  # the oldest format write/migrate.py converts (it has a step from each format on)

from desktopapp.catalogue.kinds import KINDS  # noqa: F401  (schema.KINDS: the format names the kinds)

STAGES = ("线索", "在谈", "签约", "落地", "入驻", "孵化", "开工", "在建", "建成", "投产", "达产")
SIDE_STAGES = ("延期", "停滞", "终止")

FACILITY_STATUSES = ("规划", "在建", "建成")

SCOPES = ("park", "district", "science_city", "city", "other")

# Source ids of what was recorded rather than reported: an officer's entry made in the app (shown as an entry,
# never as a quote) and an imported spreadsheet. A recorded stage states the current stage (see derive).
ENTRY_PREFIX = "entry-"
IMPORT_PREFIX = "import-"
RECORDED_SOURCES = (ENTRY_PREFIX, IMPORT_PREFIX)

LINK_BASES = ("stated", "inferred")

FIGURE_BASES = ("actual", "target", "expected", "plan")

# Who a figure is for: investors (the default; brochures and fact sheets) or the park's own internal work
# (integrity, Party building, supervision lists, legacy problems), which handouts for investors leave out.
FIGURE_AUDIENCES = ("investor", "internal")

TABLES = {
    "meta": {"key": str, "value": str},
    "sources": {
        "id": str, "title": str, "date": str, "date_note": str, "scope": str, "file": str, "text": str,
    },
    "citations": {
        "id": int, "source_id": str, "quote": str, "joined": int, "as_of": str, "note": str,
    },
    "entities": {
        "id": int, "key": str, "kind": str, "name": str, "summary": str, "scope": str,
        "category": str, "status": str, "stage": str, "stage_date": str, "year": int, "amount": float,
        "metric": str, "value": str, "num": float, "unit": str, "period": str, "basis": str,
        "level": str, "tier": str, "parent_id": int, "ordinal": int,
        "aliases": str, "pinyin": str, "sort_key": str, "chains": str, "synthetic": int,
        "audience": str,  # figures only: one of FIGURE_AUDIENCES (schema version 3)
    },
    "aliases": {"entity_id": int, "alias": str, "note": str, "citation_id": int},
    "mentions": {"entity_id": int, "citation_id": int},
    "facts": {
        "id": int, "entity_id": int, "field": str, "value": str, "num": float, "unit": str,
        "period": str, "as_of": str, "basis": str, "note": str, "citation_id": int,
        "conflict": int, "current": int,
    },
    "stages": {
        "id": int, "entity_id": int, "stage": str, "date": str, "date_inferred": int, "note": str,
        "citation_id": int,
    },
    "tags": {"entity_id": int, "tag": str, "citation_id": int},
    "links": {
        "id": int, "src_id": int, "dst_id": int, "relation": str, "role": str, "basis": str,
        "note": str, "citation_id": int,
    },
    "facet_values": {"entity_id": int, "facet": str, "value": str, "label": str},
    # Photos and logos (kind: photo or logo), normalised by write/images.py; `data` capped at 1600 px,
    # `thumb` at 256 px. Added in schema version 2.
    "images": {
        "id": int, "entity_id": int, "kind": str, "mime": str, "width": int, "height": int, "data": bytes,
        "thumb": bytes, "note": str, "added": str,
    },
}

PRIMARY_KEYS = {
    "meta": "key", "sources": "id", "citations": "id", "entities": "id", "facts": "id",
    "stages": "id", "links": "id", "images": "id",
}

NOT_NULL = {
    "entities": {"key", "kind", "name"},
    "citations": {"source_id", "quote"},
    "facet_values": {"entity_id", "facet", "value"},
}

INDEXES = [
    ("entities", ["kind", "id"]),
    ("entities", ["kind", "sort_key"]),
    ("entities", ["key"], True),
    ("entities", ["parent_id"]),
    ("aliases", ["entity_id"]),
    ("mentions", ["entity_id"]),
    ("facts", ["entity_id"]),
    ("stages", ["entity_id"]),
    ("tags", ["entity_id"]),
    ("links", ["src_id"]),
    ("links", ["dst_id"]),
    # Covering indexes: filter by (facet, value) → ids, and count per value of a facet.
    ("facet_values", ["facet", "value", "entity_id"]),
    ("facet_values", ["entity_id", "facet", "value"]),
    ("images", ["entity_id"]),
    # Finding an entity by its name or alias (`Catalogue.find`: the command line's names, a brochure's filter
    # labels) without reading a million rows. Files made before these have them added by their next write.
    ("entities", ["name"]),
    ("aliases", ["alias"]),
]
LOOKUP_INDEXES = [("entities", ["name"]), ("aliases", ["alias"])]


def ensure_lookup_indexes(conn) -> None:
    """Add the lookup indexes a file made before them lacks (inside a write; a name taken by something
    else is left alone)."""
    import sqlite3

    for table, cols in LOOKUP_INDEXES:
        try:
            conn.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_{'_'.join(cols)} ON {table} ({', '.join(cols)})")
        except sqlite3.Error:
            pass

FOREIGN_KEYS = {
    "citations": [("source_id", "sources", "id")],
    "aliases": [("entity_id", "entities", "id"), ("citation_id", "citations", "id")],
    "mentions": [("entity_id", "entities", "id"), ("citation_id", "citations", "id")],
    "facts": [("entity_id", "entities", "id"), ("citation_id", "citations", "id")],
    "stages": [("entity_id", "entities", "id"), ("citation_id", "citations", "id")],
    "tags": [("entity_id", "entities", "id"), ("citation_id", "citations", "id")],
    "links": [
        ("src_id", "entities", "id"), ("dst_id", "entities", "id"), ("citation_id", "citations", "id"),
    ],
    "facet_values": [("entity_id", "entities", "id")],
    "images": [("entity_id", "entities", "id")],
}

# Columns of the full-text index (sqlite-utils conventions, so Datasette's search works too).
FTS_COLUMNS = ["name", "aliases", "pinyin", "chains", "summary"]


def create(db: sqlite_utils.Database) -> None:
    """Create every table and index in an empty database and record the schema version."""
    for name, columns in TABLES.items():
        db[name].create(
            columns,
            pk=PRIMARY_KEYS.get(name),
            not_null=NOT_NULL.get(name),
            foreign_keys=FOREIGN_KEYS.get(name),
        )
    for table, cols, *unique in INDEXES:
        db[table].create_index(cols, unique=bool(unique and unique[0]))
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def create_fts(db: sqlite_utils.Database) -> None:
    """Build the trigram full-text index over entities (needs 3+ characters; shorter queries scan)."""
    db["entities"].enable_fts(FTS_COLUMNS, tokenize="trigram", create_triggers=False)
