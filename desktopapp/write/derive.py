"""Every rule of derived data, in one place: what a catalogue's stated rows (entities, facts, stages, tags,
aliases, links, citations) imply for the derived columns of entities (stage, year, amount, chain names,
pinyin and sort keys), the `facet_values` rows, the full-text index and the packed arrays.

Every writer calls `derive()` inside its own transaction — the build on everything, an import on the rows it
added, an edit on the rows it changed (`Changes` keeps their old full-text values, which an external-content
FTS5 index needs to forget them), undo, images and migrations too — so derived data always equals what a
full rebuild makes (tests check this per write path). The synthetic generator writes its rows in bulk with
these rules (`year_of`, `to_yi`, …; a test compares them with a full derive) and ends in `seal()`. The work
is incremental: only the entities a write touched, the entities whose facets name them and, for a touched
chain node, everything under it are derived again; only their kinds' packed arrays are touched: patched
for the rows changed and extended with the rows added (`packing.patch`), packed again whole only when that
cannot be done.

The `name_keys` table holds every entity's names as an import matches them (name, key and aliases
normalised, kind field 'n'; current 统一社会信用代码, field 'c'), indexed, so that checking an import looks
up each row instead of reading every name (`name_keys_current` says when a reader may trust it; a file
without it, or written by another program since, is read the slow way, and its first write here makes it).

Every derive ends with `seal()`: the catalogue's generation (meta `generation`) goes up by one and the packed
arrays carry the generation they were made at; after the commit, `stamp()` records in meta `change_counter`
the value of SQLite's file change counter (`packing.current_kinds` compares them). A reader trusts packed
arrays only when both match, so a write by this program *or by any other* (which moves the change counter)
makes them stale at once.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable

from desktopapp.catalogue import schema
from desktopapp.index.freshness import change_counter, database_file, generation, stamped_counter

OUTPUT_FIELDS = ("年销售规模", "产值", "预计产值")
INVESTMENT_FIELDS = ("总投资", "投资额", "协议引资", "计划投资")
_YEAR = re.compile(r"(19|20)\d\d")
_TEMP = "temp.derive_ids"


# ---------------------------------------------------------------------------------------------- value rules

def year_of(text: str | None) -> int | None:
    """The latest four-digit year (19xx or 20xx) in a text, or None."""
    years = [int(m.group(0)) for m in _YEAR.finditer(text or "")]
    return max(years) if years else None


def to_yi(num: float | None, unit: str | None) -> float | None:
    """An amount in 亿元, or None if the unit is not money."""
    if num is None or not unit:
        return None
    if unit.endswith("亿元"):
        return float(num) * (10000 if unit.startswith("万亿") else 1)
    if unit == "万元":
        return float(num) / 10000
    return None


# Source ids of deliberate records of an entity's stage: officers' entries in the app, import files.


def entity_columns(row: dict, facts: list[dict], stages: list[dict]) -> dict:
    """The derived columns of one entity from its facts and stages (each with `source_date`, the date of the
    article it cites), in stored order. Columns with nothing to derive them from keep their stated value."""
    out = {}
    if stages:
        # The furthest stage any source reports (a later article that merely lists a project among those
        # "attracted" does not undo its construction); a side state (延期, 停滞, 终止) in the newest
        # source overrides it. A stage recorded on purpose (an officer's entry in the app, an import row)
        # states the current stage, even an earlier one (a correction): of those, the one with the latest
        # milestone date (the last entered among equals), weighed only against newer sources and against
        # milestones dated after it — so back-filling an old milestone (签约 2019) does not roll a project
        # back from 投产.
        considered = stages
        recorded = [s for s in stages if str(s.get("source_id") or "").startswith(schema.RECORDED_SOURCES)]
        if recorded:
            def when(s: dict) -> str:
                return s.get("date") or s["source_date"] or ""

            last = max(enumerate(recorded), key=lambda pair: (when(pair[1]), pair[0]))[1]
            considered = [last] + [
                s for s in stages if s is not last and (
                    (s.get("date") and s["date"] > when(last))
                    or ((s["source_date"] or "") > (last["source_date"] or "")
                        and not str(s.get("source_id") or "").startswith(schema.RECORDED_SOURCES)))]
        latest = max(s["source_date"] or "" for s in considered)
        side = [s for s in considered if (s["source_date"] or "") == latest and s["stage"] in schema.SIDE_STAGES]
        pipeline = [s for s in considered if s["stage"] in schema.STAGES]
        current = side[-1] if side or not pipeline else max(
            pipeline, key=lambda s: (schema.STAGES.index(s["stage"]), s.get("date") or ""))
        out["stage"], out["stage_date"] = current["stage"], current.get("date")
        dated = [s["date"] for s in stages if s.get("date")]
        if dated:
            out["year"] = year_of(max(dated))
    current_facts = [f for f in facts if f["current"]]
    if row["kind"] == "figure":
        value = next((f for f in current_facts if f["field"] == "value"), current_facts[0] if current_facts else None)
        if value:
            out.update({"value": value["value"], "num": value["num"], "unit": value["unit"],
                        "period": value["period"], "basis": value["basis"],
                        "year": year_of(value["period"]) or year_of(value["as_of"]),
                        "amount": to_yi(value["num"], value["unit"])})
        return out
    wanted = OUTPUT_FIELDS if row["kind"] == "enterprise" else INVESTMENT_FIELDS
    for f in current_facts:
        if f["field"] in wanted and to_yi(f["num"], f["unit"]) is not None:
            out["amount"] = to_yi(f["num"], f["unit"])
            break
    return out


def _walk_up(chain_rows: dict[int, dict], cid: int | None):
    """A chain node and its ancestors, stopping at a loop (a hostile file may have one)."""
    seen = set()
    while cid and cid in chain_rows and cid not in seen:
        seen.add(cid)
        yield cid
        cid = chain_rows[cid]["parent_id"]


def chain_names(rows: dict[int, dict], links: list[dict]) -> dict[int, str | None]:
    """Each entity's `chains` column (for the entities of `rows` that are not only there as neighbours, the
    caller picks): the chains/segments it is linked to, for list display; a project without chains of its
    own shows its enterprise's; a chain node shows the names above it."""
    chain_rows = {i: r for i, r in rows.items() if r["kind"] == "chain"}
    names: dict[int, list[str]] = defaultdict(list)
    for link in links:
        dst = chain_rows.get(link["dst_id"])
        if link["relation"] == "chain" and dst is not None:
            label = dst["name"]
            if dst["level"] == "segment" and dst["parent_id"] in chain_rows:
                label = f"{chain_rows[dst['parent_id']]['name']}·{dst['name']}"
            if label not in names[link["src_id"]]:
                names[link["src_id"]].append(label)
    for link in links:
        if link["relation"] == "project_of" and not names.get(link["src_id"]):
            names[link["src_id"]] = list(names.get(link["dst_id"], []))
    out = {eid: ("、".join(labels) or None) for eid, labels in names.items()}
    for eid, row in chain_rows.items():
        if row["parent_id"]:
            path = [chain_rows[c]["name"] for c in _walk_up(chain_rows, row["parent_id"])]
            out[eid] = " → ".join(reversed(path))
    return out


def facet_values(rows: dict[int, dict], links: list[dict], tags: list[dict], sources_of: dict[int, str],
                 mentions: list[dict], facts: list[dict], aliases: list[dict], stages: list[dict],
                 scopes: dict[str, str], titles: dict[str, str]) -> list[dict]:
    """One row per (entity, facet, value): what filtering and facet counts read. `rows` holds the entities
    (and every chain node and linked entity they need), `sources_of` the source id of each citation id,
    `titles` each source's "date title"."""
    out: set[tuple] = set()
    chain_rows = {i: r for i, r in rows.items() if r["kind"] == "chain"}

    def chain_label(cid: int) -> str:
        r = chain_rows[cid]
        if r["level"] == "segment" and r["parent_id"] in chain_rows:
            return f"{chain_rows[r['parent_id']]['name']} · {r['name']}"
        return r["name"]

    def add(eid, facet, value, label=None):
        if value is None or value == "":
            return
        out.add((eid, facet, str(value), label if label is not None else str(value)))

    for eid, r in rows.items():
        add(eid, "scope", r["scope"], scopes.get(r["scope"], r["scope"]))
        add(eid, "stage", r["stage"])
        add(eid, "category", r["category"])
        add(eid, "status", r["status"])
        add(eid, "year", r["year"])
        add(eid, "metric", r["metric"])
        if r["kind"] == "figure":
            add(eid, "basis", r["basis"])
        if r["kind"] == "chain":
            add(eid, "level", r["level"])
            add(eid, "tier", r["tier"])
            for cid in _walk_up(chain_rows, eid):
                add(eid, "chain", rows[cid]["key"], chain_label(cid))
    entity_chain = defaultdict(set)
    for link in links:
        src, dst = link["src_id"], link["dst_id"]
        if src not in rows or dst not in rows:
            continue
        if link["relation"] == "chain" and dst in chain_rows:
            entity_chain[src].add(dst)
            if chain_rows[dst]["level"] == "segment":
                add(src, "segment", rows[dst]["key"], chain_label(dst))
            add(src, "role", link["role"])
            add(src, "link_basis", link["basis"])
        elif link["relation"] == "located_in":
            add(src, "facility", rows[dst]["key"], rows[dst]["name"])
        elif link["relation"] == "project_of":
            add(src, "enterprise", rows[dst]["key"], rows[dst]["name"])
        for a, b in ((src, dst), (dst, src)):
            if rows[b]["kind"] == "organisation" and rows[a]["kind"] != "organisation":
                add(a, "organisation", rows[b]["key"], rows[b]["name"])
    # A project sits on the chains of the enterprise it belongs to.
    for link in links:
        if link["relation"] == "project_of":
            entity_chain[link["src_id"]] |= entity_chain.get(link["dst_id"], set())
    for eid, chain_ids in entity_chain.items():
        for cid in chain_ids:
            for anc in _walk_up(chain_rows, cid):
                add(eid, "chain", rows[anc]["key"], chain_label(anc))
    for t in tags:
        add(t["entity_id"], "tag", t["tag"])
    for table in (mentions, facts, aliases, stages, tags, links):
        for row in table:
            eid = row.get("entity_id", row.get("src_id"))
            sid = sources_of.get(row["citation_id"])
            if sid is not None:
                add(eid, "source", sid, titles.get(sid, sid))
    return [dict(zip(("entity_id", "facet", "value", "label"), t, strict=True)) for t in sorted(out)]


# ---------------------------------------------------------------------------------------------- what changed

class Changes:
    """The entities a write touched: rows it added, and rows it is about to change or delete (call
    `before_change` before changing them: their old full-text values are kept so the index can forget them)."""

    def __init__(self, added: Iterable[int] = ()):
        self.added: set[int] = set(int(i) for i in added)
        self.old_text: dict[int, tuple] = {}
        self.kinds: set[str] = set()
        self.neighbours: set[int] = set()  # rows whose own data did not change, but whose facets may

    def add(self, ids: Iterable[int]) -> None:
        self.added.update(int(i) for i in ids)

    def before_change(self, conn: sqlite3.Connection, ids: Iterable[int]) -> None:
        columns = ", ".join(f'"{c}"' for c in schema.FTS_COLUMNS)
        for eid in ids:
            eid = int(eid)
            if eid in self.old_text or eid in self.added:
                continue
            row = conn.execute(f"SELECT kind, {columns} FROM entities WHERE id = ?", (eid,)).fetchone()
            if row is not None:
                self.kinds.add(row[0])
                self.old_text[eid] = tuple(row[1:])

    def before_delete(self, conn: sqlite3.Connection, ids: Iterable[int]) -> None:
        """Rows about to be deleted, and (found while their links still exist) the entities whose facets
        name them."""
        ids = {int(i) for i in ids}
        if not ids:
            return
        self.neighbours |= _partners(conn, ids, both_ways=False) | _partners(conn, _organisations(conn, ids), True)
        self.added -= ids
        self.before_change(conn, ids)
        self.neighbours -= ids

    @property
    def ids(self) -> set[int]:
        return self.added | set(self.old_text)


# ---------------------------------------------------------------------------------------------- derive

def _dicts(conn: sqlite3.Connection, sql: str, args: tuple = ()) -> list[dict]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def _fill(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS derive_ids (id INTEGER PRIMARY KEY)")
    conn.execute(f"DELETE FROM {_TEMP}")
    conn.executemany(f"INSERT OR IGNORE INTO {_TEMP} (id) VALUES (?)", ((int(i),) for i in ids))


def _ids_where(conn: sqlite3.Connection, sql: str) -> set[int]:
    return {r[0] for r in conn.execute(sql) if r[0] is not None}


def _partners(conn: sqlite3.Connection, ids: set[int], both_ways: bool) -> set[int]:
    """Entities with a link to `ids` (their facets name them), and with `both_ways` those linked from them."""
    if not ids:
        return set()
    _fill(conn, ids)
    out = _ids_where(conn, f"SELECT src_id FROM links WHERE dst_id IN (SELECT id FROM {_TEMP})")
    if both_ways:
        out |= _ids_where(conn, f"SELECT dst_id FROM links WHERE src_id IN (SELECT id FROM {_TEMP})")
    return out


def _organisations(conn: sqlite3.Connection, ids: set[int]) -> set[int]:
    _fill(conn, ids)
    return _ids_where(conn, f"SELECT id FROM entities WHERE kind = 'organisation' AND id IN (SELECT id FROM {_TEMP})")


def _affected(conn: sqlite3.Connection, changes: Changes) -> set[int]:
    """The entities whose derived data may change with `changes`: the rows themselves; the entities linking to
    a changed row (their facility, enterprise and organisation facets carry its name); the link partners of an
    organisation (the organisation facet goes both ways); and for a chain node, the nodes under it and every
    entity (and its projects) linked to one of them. A plain addition touches no other row's derived data
    (a new enterprise does not change its chain's), so an import stays local."""
    touched = changes.ids
    out = set(touched) | changes.neighbours
    out |= _partners(conn, set(changes.old_text), both_ways=False)
    out |= _partners(conn, _organisations(conn, touched), both_ways=True)
    chains = {r[0]: {"parent_id": r[1]} for r in conn.execute(
        "SELECT id, parent_id FROM entities WHERE kind = 'chain'")}
    touched_chains = touched & set(chains)
    if touched_chains:
        under = {cid for cid in chains if any(c in touched_chains for c in _walk_up(chains, cid))}
        linked = _partners(conn, under, both_ways=False)
        _fill(conn, linked)
        projects = _ids_where(conn, f"SELECT src_id FROM links WHERE relation = 'project_of' "
                                    f"AND dst_id IN (SELECT id FROM {_TEMP})")
        out |= under | linked | projects
    return out


def derive(conn: sqlite3.Connection, changes: Changes | Iterable[int] | None = None, progress=None) -> set[str]:
    """Bring every derived structure up to date after a write, inside the caller's transaction. `changes`:
    what the write touched (an iterable: ids of rows it added); None derives everything, as a build does.
    Returns the kinds whose packed arrays were written again."""
    full = changes is None
    if changes is not None and not isinstance(changes, Changes):
        changes = Changes(changes)
    from desktopapp.index import packing

    current = {} if full else packing.current_kinds(conn)  # before this write: packs that may be extended
    if full:
        touched = _ids_where(conn, "SELECT id FROM entities")
        affected = touched
        _fill(conn, touched)
    else:
        touched = changes.ids
        affected = _affected(conn, changes) if touched or changes.neighbours else set()
    fts_old: dict[int, tuple] = {} if full else dict(changes.old_text)
    columns = ", ".join(f'"{c}"' for c in schema.FTS_COLUMNS)
    if affected:
        _fill(conn, affected)
        for eid, *values in conn.execute(f"SELECT id, {columns} FROM entities WHERE id IN (SELECT id FROM {_TEMP})"):
            if eid not in fts_old and (full or eid not in changes.added):
                fts_old[eid] = tuple(values)  # a neighbour: its text is as indexed until now
        _derive_rows(conn, touched, affected, full, None if full else changes.old_text)
    _fill(conn, affected)
    by_kind: dict[str, set[int]] = defaultdict(set)
    for eid, kind in conn.execute(f"SELECT id, kind FROM entities WHERE id IN (SELECT id FROM {_TEMP})"):
        by_kind[kind].add(eid)
    kinds = set(by_kind)
    patched = {}
    if not full:
        kinds |= changes.kinds  # a deleted row's kind too
        # A kind with packs current until now: its packs are patched for the rows this write changed, cut
        # for those it deleted and extended with those it added (packing.patch falls back to packing the
        # kind again when it cannot).
        _fill(conn, changes.old_text)
        gone = set(changes.old_text) - _ids_where(conn, f"SELECT id FROM entities WHERE id IN (SELECT id FROM {_TEMP})")
        patched = {kind: (by_kind.get(kind, set()) - changes.added, by_kind.get(kind, set()) & changes.added, gone)
                   for kind in set(by_kind) | changes.kinds if current.get(kind)}
    _update_fts(conn, full, affected, fts_old)
    # A full derive keeps the table it finds (a build makes none: the bundled catalogue is small, read whole;
    # its first write here makes it); a write keeps it row by row, or makes it whole when it was not kept
    # (a file without a change counter, which no reader trusts it in, is left without).
    has_keys = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'name_keys'").fetchone() is not None
    if full:
        if has_keys:
            update_name_keys(conn)
    elif _name_keys_kept(conn):
        update_name_keys(conn, affected | set(fts_old))
    elif change_counter(database_file(conn)) is not None:
        update_name_keys(conn)
    if progress:
        progress("derived")
    kinds = set(packing.KIND_FACETS) if full else kinds & set(packing.KIND_FACETS)
    seal(conn, kinds, progress, patched)
    conn.execute(f"DROP TABLE IF EXISTS {_TEMP}")
    return kinds


def _derive_rows(conn: sqlite3.Connection, touched: set[int], affected: set[int], full: bool,
                 old_text: dict[int, tuple] | None = None) -> None:
    """Text keys and entity columns of the touched rows; chain names and facet values of the affected ones
    (the temp table holds `affected`). A changed row whose name and aliases are as before (`old_text`, in
    the order of schema.FTS_COLUMNS) keeps its text keys: pypinyin is the slow part of a write."""
    from desktopapp.index.textkeys import pinyin_keys, sort_key

    _fill(conn, touched)
    where = f"WHERE id IN (SELECT id FROM {_TEMP})"
    same = {eid for eid, old in (old_text or {}).items() if old[0] is not None and old[2] is not None}
    conn.executemany("UPDATE entities SET pinyin = ?, sort_key = ? WHERE id = ?", [
        (pinyin_keys(name, *[a for a in (aliases or "").split(" / ") if a]), sort_key(name), eid)
        for eid, name, aliases in conn.execute(f"SELECT id, name, aliases FROM entities {where}").fetchall()
        if eid not in same or old_text[eid][:2] != (name, aliases)])
    rows = {r["id"]: r for r in _dicts(conn, f"SELECT * FROM entities {where}")}
    facts, stages = defaultdict(list), defaultdict(list)
    dated = ("SELECT t.*, s.date AS source_date, c.source_id AS source_id FROM {table} t LEFT JOIN citations c ON c.id = t.citation_id "
             "LEFT JOIN sources s ON s.id = c.source_id WHERE t.entity_id IN (SELECT id FROM " + _TEMP + ") "
             "ORDER BY t.id")
    for f in _dicts(conn, dated.format(table="facts")):
        facts[f["entity_id"]].append(f)
    for s in _dicts(conn, dated.format(table="stages")):
        stages[s["entity_id"]].append(s)
    names = ("stage", "stage_date", "year", "amount", "value", "num", "unit", "period", "basis")
    updates = []
    for eid, row in rows.items():
        new = entity_columns(row, facts.get(eid, []), stages.get(eid, []))
        if any(row[k] != v for k, v in new.items()):
            row.update(new)
            updates.append(tuple(row[k] for k in names) + (eid,))
    conn.executemany(f"UPDATE entities SET {', '.join(f'{k} = ?' for k in names)} WHERE id = ?", updates)

    # Chain names and facet values of the affected rows, from them, their links and their neighbours.
    _fill(conn, affected)
    inner = f"(SELECT id FROM {_TEMP})"
    if full:
        links = _dicts(conn, "SELECT * FROM links ORDER BY id")
    else:
        owners = _ids_where(conn, f"SELECT dst_id FROM links WHERE relation = 'project_of' AND src_id IN {inner}")
        link_ids = _ids_where(conn, f"SELECT id FROM links WHERE src_id IN {inner}")
        link_ids |= _ids_where(conn, f"SELECT id FROM links WHERE dst_id IN {inner}")
        if owners:
            link_ids |= _ids_where(conn, "SELECT id FROM links WHERE relation = 'chain' AND src_id IN "
                                         f"({','.join(str(i) for i in owners)})")
        _fill(conn, link_ids)
        links = _dicts(conn, f"SELECT * FROM links WHERE id IN {inner} ORDER BY id")
    needed = set(affected) | {link["src_id"] for link in links} | {link["dst_id"] for link in links}
    needed |= _ids_where(conn, "SELECT id FROM entities WHERE kind = 'chain'")
    _fill(conn, needed)
    everything = {r["id"]: r for r in _dicts(conn, f"SELECT * FROM entities WHERE id IN {inner}")}
    _fill(conn, affected)
    names_now = chain_names(everything, links)
    conn.executemany("UPDATE entities SET chains = ? WHERE id = ?", [
        (names_now.get(eid), eid) for eid in affected
        if eid in everything and everything[eid]["chains"] != names_now.get(eid)])
    tables = {}
    for table in ("tags", "mentions", "facts", "aliases", "stages"):
        tables[table] = _dicts(conn, f"SELECT entity_id, citation_id{', tag' if table == 'tags' else ''} "
                                     f"FROM {table} WHERE entity_id IN {inner}")
    cited = {r["citation_id"] for t in tables.values() for r in t} | {link["citation_id"] for link in links}
    sources_of = {}
    if cited:
        _fill(conn, cited)
        sources_of = dict(conn.execute(f"SELECT id, source_id FROM citations WHERE id IN {inner}").fetchall())
        _fill(conn, affected)
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    scopes = {k[6:]: v for k, v in meta.items() if k.startswith("scope.")}
    titles = {sid: f"{date} {title}" for sid, title, date in conn.execute("SELECT id, title, date FROM sources")}
    facet_rows = [r for r in facet_values(everything, links, tables["tags"], sources_of, tables["mentions"],
                                          tables["facts"], tables["aliases"], tables["stages"], scopes, titles)
                  if r["entity_id"] in affected]
    if full:
        conn.execute("DELETE FROM facet_values")
    else:
        conn.execute(f"DELETE FROM facet_values WHERE entity_id IN {inner}")
    conn.executemany("INSERT INTO facet_values (entity_id, facet, value, label) VALUES (?, ?, ?, ?)",
                     [(r["entity_id"], r["facet"], r["value"], r["label"]) for r in facet_rows])


def _update_fts(conn: sqlite3.Connection, full: bool, affected: set[int], old: dict[int, tuple]) -> None:
    """The trigram index follows the entities: rebuilt whole after a full derive, else the affected rows'
    old text removed (the index is external-content: it must be told the exact old values) and the new added."""
    from desktopapp.write import migrate

    has_fts = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'entities_fts'").fetchone()
    if full or not has_fts:
        migrate.rebuild_fts(conn)
        return
    columns = ", ".join(f'"{c}"' for c in schema.FTS_COLUMNS)
    marks = ", ".join("?" * len(schema.FTS_COLUMNS))
    conn.executemany(f"INSERT INTO entities_fts (entities_fts, rowid, {columns}) VALUES ('delete', ?, {marks})",
                     [(eid, *values) for eid, values in old.items()])
    _fill(conn, affected | set(old))
    conn.execute(f"INSERT INTO entities_fts (rowid, {columns}) SELECT id, {columns} FROM entities "
                 f"WHERE id IN (SELECT id FROM {_TEMP})")


# ---------------------------------------------------------------------------------------------- name keys

NAME_KEYS_VERSION = 1  # the rules of name_keys rows (raise it when they change: older tables are rebuilt)
CREDIT_FIELD = "统一社会信用代码"


def _name_keys_mark(conn: sqlite3.Connection) -> str:
    return f"{NAME_KEYS_VERSION}:{generation(conn)}"


def _name_keys_kept(conn: sqlite3.Connection) -> bool:
    """Whether the name_keys table was kept up to date by every write until this one (its mark is the
    catalogue's generation), so that a write may update only the rows it touched."""
    from desktopapp.catalogue.connection import _not_plain_tables

    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'name_keys'").fetchone():
            return False
        if _not_plain_tables(conn, ["name_keys"]):
            return False
        if not {"kind", "field", "key", "entity_id"} <= {r[1] for r in conn.execute("PRAGMA table_info(name_keys)")}:
            return False  # not the table derive makes: made again whole by the next write
        row = conn.execute("SELECT value FROM meta WHERE key = 'name_keys'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == _name_keys_mark(conn)


def name_keys_current(conn: sqlite3.Connection) -> bool:
    """Whether a reader may look names up in name_keys: kept by every write of this program and no
    program wrote to the file since the last one (its change counter is the one stamped)."""
    counter = change_counter(database_file(conn))
    return counter is not None and stamped_counter(conn) == str(counter) and _name_keys_kept(conn)


def _name_key_rows(conn: sqlite3.Connection, where: str):
    """(kind, field, key, entity_id) rows of the entities selected by `where` (on entities e), streamed (a
    full derive of a million entities holds none of them at once; the index sorts them)."""
    from desktopapp.index.textkeys import norm_name
    from desktopapp.catalogue.values import text as as_text

    for eid, kind, name, key in conn.execute(f"SELECT e.id, e.kind, e.name, e.key FROM entities e {where}"):
        kind, name, key = as_text(kind), as_text(name), as_text(key)
        normal = None if name is None else norm_name(name)
        if normal is not None:
            yield kind, "n", normal, eid
        if key is not None and (normal is None or norm_name(key) != normal):
            yield kind, "n", norm_name(key), eid
    for eid, kind, alias in conn.execute(
            f"SELECT e.id, e.kind, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id {where}"):
        if alias is not None:
            yield as_text(kind), "n", norm_name(as_text(alias)), eid
    for eid, kind, code in conn.execute(
            f"SELECT e.id, e.kind, f.value FROM facts f JOIN entities e ON e.id = f.entity_id {where} "
            f"{'AND' if where else 'WHERE'} f.field = '{CREDIT_FIELD}' AND f.current"):
        yield as_text(kind), "c", str(as_text(code) or "").strip().upper(), eid


def forget_kept(conn: sqlite3.Connection) -> None:
    """Inside a write to a file another program wrote to since our last write: the name keys are made
    again whole by its derive, and the next import checks the whole catalogue (see importer.catalogue_problems)."""
    conn.execute("DELETE FROM meta WHERE key IN ('name_keys', 'checked')")


def update_name_keys(conn: sqlite3.Connection, ids: set[int] | None = None) -> None:
    """Bring name_keys up to date inside the caller's transaction: whole (`ids` None), or for the entities
    `ids` (a write's touched rows; deleted ones lose theirs). Marks it kept at the current generation."""
    if ids is None:
        conn.execute("DROP TABLE IF EXISTS name_keys")
        conn.execute("CREATE TABLE name_keys (kind TEXT, field TEXT NOT NULL, key TEXT NOT NULL, "
                     "entity_id INTEGER NOT NULL)")
        conn.executemany("INSERT INTO name_keys (kind, field, key, entity_id) VALUES (?, ?, ?, ?)",
                         _name_key_rows(conn, ""))
        conn.execute("CREATE INDEX idx_name_keys_key ON name_keys (field, key, kind)")
        conn.execute("CREATE INDEX idx_name_keys_entity ON name_keys (entity_id)")
    elif ids:
        _fill(conn, ids)
        conn.execute(f"DELETE FROM name_keys WHERE entity_id IN (SELECT id FROM {_TEMP})")
        conn.executemany("INSERT INTO name_keys (kind, field, key, entity_id) VALUES (?, ?, ?, ?)",
                         _name_key_rows(conn, f"WHERE e.id IN (SELECT id FROM {_TEMP})"))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('name_keys', ?)", (_name_keys_mark(conn),))


# ---------------------------------------------------------------------------------------------- generation



def seal(conn: sqlite3.Connection, kinds: Iterable[str] = (), progress=None,
         patched: dict[str, tuple[set[int], set[int], set[int]]] | None = None) -> int:
    """End a write's derivation, inside its transaction: raise the generation, pack `kinds` again (those in
    `patched`, kind → (ids changed, ids added, ids deleted), by patching their packs, see `packing.patch`) and mark every
    packed kind with the new generation. Returns it. (After the commit, `stamp()`.)"""
    from desktopapp.index import packing

    import json

    kept = _name_keys_kept(conn)  # a write that derived nothing keeps the names as they were
    old = generation(conn)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'checked'").fetchone()
        checked = json.loads(row[0]) if row else None
    except (TypeError, ValueError):
        checked = None
    new = old + 1
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('generation', ?)", (str(new),))
    if kept:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('name_keys', ?)", (_name_keys_mark(conn),))
    if isinstance(checked, dict) and checked.get("generation") == old:
        # The rows an import checked stay checked through our writes (each keeps references whole; one that
        # deletes rows is caught by the counts, see importer.checked_since).
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('checked', ?)",
                     (json.dumps(dict(checked, generation=new), sort_keys=True),))
    packing.pack(conn, kinds=set(kinds), generation=new, progress=progress, patched=patched)
    return new


def stamp(conn: sqlite3.Connection) -> None:
    """Record the file's change counter, in a small transaction of its own right after a write committed
    (SQLite raises the counter by one per committed write transaction, so the value recorded is the one it
    will have after this one). Until a stamp matches, readers recompute instead of trusting packed arrays."""
    if conn.in_transaction:
        raise RuntimeError("stamp() needs the write committed first")
    conn.execute("BEGIN IMMEDIATE")
    try:
        counter = change_counter(database_file(conn))
        value = "" if counter is None else str((counter + 1) & 0xFFFFFFFF)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('change_counter', ?)", (value,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


