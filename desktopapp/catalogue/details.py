"""One entity's full details, as the detail pane, `desktopapp show` and the fact sheets present them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

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


def _citations(cat: "Catalogue", ids) -> dict[int, Citation]:
    ids = sorted({i for i in ids if i is not None})
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = cat.conn.execute(
        f"SELECT c.id, c.source_id, s.title, s.date, c.quote, c.joined FROM citations c "
        f"JOIN sources s ON s.id = c.source_id WHERE c.id IN ({marks})", ids)
    return {r[0]: Citation(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows}


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


def chain_path(cat: "Catalogue", chain_id: int) -> list[str]:
    """Names from the system down to `chain_id`."""
    names = []
    seen = set()
    while chain_id and chain_id not in seen:
        seen.add(chain_id)
        row = cat.conn.execute("SELECT name, parent_id FROM entities WHERE id = ?", (chain_id,)).fetchone()
        if not row:
            break
        names.append(row[0])
        chain_id = row[1]
    return names[::-1]


def _descendants(cat: "Catalogue", chain_id: int) -> list[int]:
    out, todo = [], [chain_id]
    while todo:
        cid = todo.pop()
        out.append(cid)
        todo.extend(r[0] for r in cat.conn.execute(
            "SELECT id FROM entities WHERE parent_id = ? AND kind = 'chain'", (cid,)))
    return out


def load_details(cat: "Catalogue", entity_id: int, neighbour_counts: bool = False) -> Details | None:
    """Everything about one entity; `neighbour_counts`: also count the neighbours on its chains (a printed
    sheet says how many; in a register of a million entities counting takes about 0.1 s)."""
    conn = cat.conn
    row = conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    entity = dict(row)
    q = lambda sql: [dict(r) for r in conn.execute(sql, (entity_id,))]  # noqa: E731
    alias_rows = q("SELECT * FROM aliases WHERE entity_id = ? ORDER BY rowid")
    fact_rows = q("SELECT * FROM facts WHERE entity_id = ? ORDER BY id")
    stage_rows = q("SELECT * FROM stages WHERE entity_id = ? ORDER BY id")
    tag_rows = q("SELECT * FROM tags WHERE entity_id = ? ORDER BY rowid")
    mention_rows = q("SELECT * FROM mentions WHERE entity_id = ? ORDER BY citation_id")
    out_rows = q("SELECT l.*, e.name AS other_name, e.kind AS other_kind, l.dst_id AS other_id, 1 AS outgoing "
                 "FROM links l JOIN entities e ON e.id = l.dst_id WHERE l.src_id = ? ORDER BY l.id")
    in_rows = q("SELECT l.*, e.name AS other_name, e.kind AS other_kind, l.src_id AS other_id, 0 AS outgoing "
                "FROM links l JOIN entities e ON e.id = l.src_id WHERE l.dst_id = ? ORDER BY l.id")
    cites = _citations(cat, [r["citation_id"] for rows in (alias_rows, fact_rows, stage_rows, tag_rows,
                                                          mention_rows, out_rows, in_rows) for r in rows])
    links = []
    for r in out_rows + in_rows:
        cited = [cites[r["citation_id"]]] if r["citation_id"] in cites else []
        link = Link(r["relation"], bool(r["outgoing"]), r["other_id"], r["other_name"], r["other_kind"],
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
        members = _unique_members(conn.execute(
            f"SELECT e.id, e.name, e.kind, e.stage, l.role, l.basis, l.dst_id AS chain_id, "
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
                if r[0] not in seen and len(seen) < NEIGHBOUR_LIMIT:
                    seen[r[0]] = {"id": r[0], "name": r[1], "kind": r[2], "stage": r[3], "_key": r[4] or "",
                                  "chain_name": next((l.other_name for l in links if l.other_id == r[5]), "")}
            neighbours = sorted(seen.values(), key=lambda n: (n["_key"], n["id"]))
            for n in neighbours:
                n.pop("_key")
            if neighbour_counts:
                counts = {r[0]: r[1] for r in conn.execute(
                    f"SELECT kind, COUNT(*) FROM (SELECT DISTINCT e.id, e.kind {where} LIMIT {NEIGHBOUR_COUNT_CAP}) "
                    f"GROUP BY kind", [*chain_ids, entity_id])}
    source_ids = sorted({c.source_id for c in cites.values()})
    sources = cat.sources(source_ids)
    return Details(
        entity=entity,
        aliases=[Alias(r["alias"], r["note"], cites.get(r["citation_id"])) for r in alias_rows],
        facts=_merge([Fact(r["field"], r["value"], r["num"], r["unit"], r["period"], r["as_of"], r["basis"],
                           r["note"], [cites[r["citation_id"]]], r["conflict"], bool(r["current"]))
                      for r in fact_rows],
                     key=lambda f: (f.field, f.value, f.unit, f.period, f.basis, f.as_of)),
        stages=_merge([Stage(r["stage"], r["date"], bool(r["date_inferred"]), r["note"], [cites[r["citation_id"]]])
                       for r in stage_rows], key=lambda s: (s.stage, s.date)),
        tags=_merge([Tag(r["tag"], [cites[r["citation_id"]]]) for r in tag_rows], key=lambda t: t.tag),
        links=_merge(links, key=lambda l: (l.relation, l.outgoing, l.other_id)),
        mentions=[cites[r["citation_id"]] for r in mention_rows if r["citation_id"] in cites],
        children=children,
        members=members,
        neighbours=neighbours,
        neighbour_counts=counts,
        sources=sources,
    )
