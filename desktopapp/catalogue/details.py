"""One entity's full details, as the detail pane, `desktopapp show` and the fact sheets present them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from desktopapp.catalogue import chaintree
from desktopapp.catalogue.history import entity_history
from desktopapp.catalogue.values import clean, integer, text
from desktopapp.i18n import translate

if TYPE_CHECKING:
    from desktopapp.catalogue.query import Catalogue


# Neighbours on the same chains loaded with an entity's details (a register can have tens of thousands).
NEIGHBOUR_LIMIT = 60
NEIGHBOUR_COUNT_CAP = 1_000  # neighbours are counted up to this many ("1000 余家" beyond)


@dataclass
class Citation:
    id: int
    source_id: str
    source_title: str
    source_date: str
    quote: str
    joined: bool  # the quote spans a line break of the clipping, joined


@dataclass
class Fact:
    field: str
    value: str
    num: float | None
    unit: str | None
    period: str | None
    as_of: str | None
    basis: str
    note: str | None
    citations: list[Citation]
    conflict: int  # 0, or a group number shared by values that disagree
    current: bool

    @property
    def citation(self) -> Citation:
        return self.citations[0]


@dataclass
class Stage:
    stage: str
    date: str | None
    date_inferred: bool
    note: str | None
    citations: list[Citation]

    @property
    def citation(self) -> Citation:
        return self.citations[0]


@dataclass
class Tag:
    tag: str
    citations: list[Citation]

    @property
    def citation(self) -> Citation:
        return self.citations[0]


@dataclass
class Alias:
    alias: str
    note: str | None
    citation: Citation | None


@dataclass
class Link:
    """A relation to another entity, seen from this entity (`outgoing` False: the other entity links here)."""

    relation: str
    outgoing: bool
    other_id: int
    other_name: str
    other_kind: str
    role: str | None
    basis: str
    note: str | None
    citations: list[Citation]
    path: list[str] = field(default_factory=list)  # chain position: system → chain → segment names

    @property
    def citation(self) -> Citation | None:
        return self.citations[0] if self.citations else None


@dataclass
class Details:
    entity: dict
    aliases: list[Alias]
    facts: list[Fact]
    stages: list[Stage]
    tags: list[Tag]
    links: list[Link]
    mentions: list[Citation]
    children: list[dict]  # sub-chains and segments (chains only)
    members: list[dict]  # entities on this chain or its segments (chains only)
    neighbours: list[dict]  # other enterprises and projects on the same chains, the first NEIGHBOUR_LIMIT
    neighbour_counts: dict[str, int]  # how many there are in all, per kind
    sources: list[dict]  # the articles cited, in date order
    history: list = field(default_factory=list)  # history.Change rows of edits made in the app, newest first

    @property
    def kind(self) -> str:
        return self.entity["kind"]

    @property
    def name(self) -> str:
        return self.entity["name"]

    def chain_links(self) -> list[Link]:
        return [l for l in self.links if l.relation == "chain" and l.outgoing]

    def conflicts(self) -> list[Fact]:
        return [f for f in self.facts if f.conflict]

    def as_dict(self) -> dict:
        return asdict(self)


# A fact whose citation is missing from the file (a damaged or hand-edited catalogue) cites this instead, so
# that every fact keeps a citation and says its source is missing.
MISSING_CITATION_ID = -1


def missing_citation() -> Citation:
    return Citation(MISSING_CITATION_ID, "", translate("Details", "来源缺失"), "", "", False)


def _citations(cat: Catalogue, ids) -> dict[int, Citation]:
    ids = sorted({i for i in (integer(i) for i in ids) if i is not None})
    out: dict[int, Citation] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rows = cat.conn.execute(
            f"SELECT c.id, c.source_id, s.title, s.date, c.quote, c.joined FROM citations c "
            f"LEFT JOIN sources s ON s.id = c.source_id WHERE c.id IN ({marks})", chunk)
        for r in rows:
            c = clean("citations", {"id": r[0], "source_id": r[1], "quote": r[4], "joined": r[5]})
            source = clean("sources", {"title": r[2], "date": r[3]})
            title = source["title"] if r[2] is not None or r[3] is not None else translate("Details", "来源缺失")
            out[c["id"]] = Citation(c["id"], c["source_id"], title or "", source["date"] or "", c["quote"],
                                    bool(c["joined"]))
    return out


def _cited(cites: dict[int, Citation], citation_id) -> list[Citation]:
    """The citation of a row, or the missing-source placeholder."""
    found = cites.get(integer(citation_id))
    return [found if found is not None else missing_citation()]


def _merge(items: list, key) -> list:
    """Items equal under `key` become one, keeping every citation (the same fact from several articles).

    Links to the same entity merge too: a stated link outweighs an inferred one, a role is kept."""
    merged: dict = {}
    for item in items:
        k = key(item)
        if k not in merged:
            merged[k] = item
            continue
        kept = merged[k]
        for c in item.citations:
            if c not in kept.citations:
                kept.citations.append(c)
        if isinstance(kept, Link):
            kept.role = kept.role or item.role
            if item.basis == "stated" and kept.basis != "stated":
                kept.basis, kept.note = "stated", item.note
            elif kept.basis == "inferred" and item.note and item.note != kept.note:
                kept.note = f"{kept.note}；{item.note}" if kept.note else item.note
    return list(merged.values())


def _unique_members(rows) -> list[dict]:
    """One row per (entity, chain node): a stated link outweighs an inferred one, a role is kept."""
    out: dict[tuple, dict] = {}
    for r in rows:
        r = dict(r)
        key = (r["id"], r["chain_id"])
        if key not in out:
            out[key] = r
            continue
        kept = out[key]
        kept["role"] = kept["role"] or r["role"]
        if r["basis"] == "stated":
            kept["basis"] = "stated"
    return list(out.values())


def chain_path(cat: Catalogue, chain_id: int) -> list[str]:
    """Names from the system down to `chain_id` (loops in the file cut: see chaintree.py)."""
    ids = chaintree.path(cat.chain_tree(), chain_id)
    if not ids:
        row = cat.conn.execute("SELECT name FROM entities WHERE id = ?", (chain_id,)).fetchone()
        return [clean("entities", {"name": row[0]})["name"]] if row else []
    marks = ",".join("?" * len(ids))
    names = {r[0]: r[1] for r in cat.conn.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", ids)}
    return [clean("entities", {"name": names.get(i)})["name"] for i in ids]


def _descendants(cat: Catalogue, chain_id: int) -> list[int]:
    return chaintree.descendants(cat.chain_tree(), chain_id)


def load_details(cat: Catalogue, entity_id: int, neighbour_counts: bool = False) -> Details | None:
    """Everything about one entity; `neighbour_counts`: also count the neighbours on its chains (a printed
    sheet says how many; in a register of a million entities counting takes about 0.1 s)."""
    conn = cat.conn
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    entity = clean("entities", dict(row))
    entity_id = entity["id"]
    other = {"other_name": str, "other_kind": str, "other_id": int, "outgoing": int}
    q = lambda table, sql: [clean(table, dict(r), other) for r in conn.execute(sql, (entity_id,))]  # noqa: E731
    alias_rows = q("aliases", "SELECT * FROM aliases WHERE entity_id = ? ORDER BY rowid")
    fact_rows = q("facts", "SELECT * FROM facts WHERE entity_id = ? ORDER BY id")
    stage_rows = q("stages", "SELECT * FROM stages WHERE entity_id = ? ORDER BY id")
    tag_rows = q("tags", "SELECT * FROM tags WHERE entity_id = ? ORDER BY rowid")
    mention_rows = q("mentions", "SELECT * FROM mentions WHERE entity_id = ? ORDER BY citation_id")
    out_rows = q("links", "SELECT l.*, e.name AS other_name, e.kind AS other_kind, e.id AS other_id, 1 AS outgoing "
                 "FROM links l JOIN entities e ON e.id = l.dst_id WHERE l.src_id = ? ORDER BY l.id")
    in_rows = q("links", "SELECT l.*, e.name AS other_name, e.kind AS other_kind, e.id AS other_id, 0 AS outgoing "
                "FROM links l JOIN entities e ON e.id = l.src_id WHERE l.dst_id = ? ORDER BY l.id")
    cites = _citations(cat, [r["citation_id"] for rows in (alias_rows, fact_rows, stage_rows, tag_rows,
                                                          mention_rows, out_rows, in_rows) for r in rows])
    links = []
    for r in out_rows + in_rows:
        cited = [cites[r["citation_id"]]] if r["citation_id"] in cites else []
        link = Link(r["relation"] or "", bool(r["outgoing"]), r["other_id"], r["other_name"], r["other_kind"],
                    r["role"], r["basis"], r["note"], cited)
        if r["relation"] == "chain" and r["outgoing"]:
            link.path = chain_path(cat, r["other_id"])
        links.append(link)
    children: list[dict] = []
    members: list[dict] = []
    neighbours: list[dict] = []
    counts: dict[str, int] = {}
    if entity["kind"] == "chain":
        children = cat.chain_children(entity_id)
        family = _descendants(cat, entity_id)
        marks = ",".join("?" * len(family))
        members = _unique_members(clean("entities", dict(r), {"role": str, "basis": str, "chain_id": int,
                                                             "chain_name": str}) for r in conn.execute(
            f"SELECT e.id, e.name, e.kind, e.stage, l.role, l.basis, c.id AS chain_id, "
            f"c.name AS chain_name FROM links l JOIN entities e ON e.id = l.src_id "
            f"JOIN entities c ON c.id = l.dst_id "
            f"WHERE l.relation = 'chain' AND l.dst_id IN ({marks}) ORDER BY e.kind, e.sort_key, l.id", family))
    else:
        chain_ids = [l.other_id for l in links if l.relation == "chain" and l.outgoing]
        if chain_ids:
            marks = ",".join("?" * len(chain_ids))
            where = (f"FROM links l JOIN entities e ON e.id = l.src_id WHERE l.relation = 'chain' "
                     f"AND l.dst_id IN ({marks}) AND e.id != ? AND e.kind IN ('enterprise', 'project')")
            # The first NEIGHBOUR_LIMIT found (then sorted by name); counted up to NEIGHBOUR_COUNT_CAP.
            rows = conn.execute(f"SELECT DISTINCT e.id, e.name, e.kind, e.stage, e.sort_key, l.dst_id {where} "
                                f"LIMIT {NEIGHBOUR_LIMIT * 4}", [*chain_ids, entity_id]).fetchall()
            seen: dict[int, dict] = {}
            for r in rows:
                r = clean("entities", dict(zip(("id", "name", "kind", "stage", "sort_key", "chain_id"), r)),
                          {"chain_id": int})
                if r["id"] not in seen and len(seen) < NEIGHBOUR_LIMIT:
                    seen[r["id"]] = {"id": r["id"], "name": r["name"], "kind": r["kind"], "stage": r["stage"],
                                     "_key": r["sort_key"] or "",
                                     "chain_name": next((l.other_name for l in links if l.other_id == r["chain_id"]), "")}
            neighbours = sorted(seen.values(), key=lambda n: (n["_key"], n["id"]))
            for n in neighbours:
                n.pop("_key")
            if neighbour_counts:
                counts = {text(r[0]) or "": r[1] for r in conn.execute(
                    f"SELECT kind, COUNT(*) FROM (SELECT DISTINCT e.id, e.kind {where} LIMIT {NEIGHBOUR_COUNT_CAP}) "
                    f"GROUP BY kind", [*chain_ids, entity_id])}
    source_ids = sorted({c.source_id for c in cites.values()})
    sources = cat.sources(source_ids)
    return Details(
        entity=entity,
        aliases=[Alias(r["alias"] or "", r["note"], cites.get(r["citation_id"])) for r in alias_rows if r["alias"]],
        facts=_merge([Fact(r["field"] or "", r["value"] or "", r["num"], r["unit"], r["period"], r["as_of"],
                           r["basis"] or "actual", r["note"], _cited(cites, r["citation_id"]), r["conflict"] or 0,
                           bool(r["current"]))
                      for r in fact_rows],
                     key=lambda f: (f.field, f.value, f.unit, f.period, f.basis, f.as_of)),
        stages=_merge([Stage(r["stage"] or "", r["date"], bool(r["date_inferred"]), r["note"],
                             _cited(cites, r["citation_id"])) for r in stage_rows if r["stage"]],
                      key=lambda s: (s.stage, s.date)),
        tags=_merge([Tag(r["tag"], _cited(cites, r["citation_id"])) for r in tag_rows if r["tag"]], key=lambda t: t.tag),
        links=_merge(links, key=lambda l: (l.relation, l.outgoing, l.other_id)),
        mentions=[cites[r["citation_id"]] for r in mention_rows if r["citation_id"] in cites],
        children=children,
        members=members,
        neighbours=neighbours,
        neighbour_counts=counts,
        sources=sources,
        history=entity_history(conn, entity_id),
    )
