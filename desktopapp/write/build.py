"""Build `catalogue.db` from the source files, deterministically.

Entities with the same key in several facts files are merged (in source date order); values of the same
field that disagree across sources are kept side by side and marked as a conflict, the newest marked
current. Everything derived from those rows (stages, years and amounts of entities, chain names, text keys,
facet values, the full-text index, packed arrays) is made by `derive`, as for every other write. The
database is written to a temporary file and moved into place only when complete.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import sqlite_utils

from desktopapp.catalogue import english, schema
from desktopapp.write import newfile, sourcefiles

_UNIT_ALIASES = {"万方": "万平方米", "平方米": "平方米", "㎡": "平方米"}


def build(sources_dir: Path, target: Path) -> dict:
    """Build the catalogue at `target` from `sources_dir`; return counts per table."""
    corpus = sourcefiles.read(Path(sources_dir))
    with newfile.new_catalogue(target, vacuum=True) as db:
        _Writer(db, corpus).write()
        # English names and labels (resources/catalogue/english.toml), editors' translations.
        english_count = english.write(db.conn, Path(sources_dir), {a.id: a.text for a in corpus.articles.values()})
    built = sqlite_utils.Database(target)
    counts = {name: built[name].count for name in schema.TABLES}
    built.close()
    counts["entity_english"] = english_count
    return counts


class _Writer:
    def __init__(self, db: sqlite_utils.Database, corpus: sourcefiles.Corpus):
        self.db = db
        self.corpus = corpus
        self.citations: dict[tuple[str, str], int] = {}
        self.citation_rows: list[dict] = []
        self.ids: dict[str, int] = {}
        self.chain_ids: dict[str, int] = {}
        self.rows: dict[int, dict] = {}

    # ------------------------------------------------------------------ helpers

    def cite(self, source: str, quote: str, note: str | None = None) -> int:
        key = (source, quote)
        if key not in self.citations:
            article = self.corpus.articles[source]
            cid = len(self.citation_rows) + 1
            self.citations[key] = cid
            self.citation_rows.append({
                "id": cid, "source_id": source, "quote": quote, "joined": int(bool(article.locate(quote))),
                "as_of": article.date, "note": note,
            })
        return self.citations[key]

    def target_id(self, target: str) -> int:
        return self.chain_ids[target[6:]] if target.startswith("chain:") else self.ids[target]

    # ------------------------------------------------------------------ write

    def write(self) -> None:
        corpus, db = self.corpus, self.db
        meta = dict(corpus.meta)
        scopes = meta.pop("scopes", {})
        meta_rows = [{"key": k, "value": str(v)} for k, v in sorted(meta.items())]
        meta_rows += [{"key": f"scope.{k}", "value": v} for k, v in sorted(scopes.items())]
        meta_rows.append({"key": "schema_version", "value": str(schema.SCHEMA_VERSION)})
        db["meta"].insert_all(meta_rows)
        db["sources"].insert_all(
            {"id": a.id, "title": a.title, "date": a.date, "date_note": a.date_note, "scope": a.scope,
             "file": a.file, "text": a.text}
            for a in sorted(corpus.articles.values(), key=lambda a: (a.date, a.id))
        )
        mentions: list[dict] = []
        self._write_chains(mentions)
        merged = self._merge()
        facts, stages, tags, aliases, links = [], [], [], list(self.chain_aliases), []
        for key, ent in merged.items():
            eid = self.ids[key]
            row = self.rows[eid]
            for source, quote in ent["mentions"]:
                mentions.append({"entity_id": eid, "citation_id": self.cite(source, quote)})
            for source, alias in ent["aliases"]:
                aliases.append({"entity_id": eid, "alias": alias["alias"], "note": alias.get("note"),
                                "citation_id": self.cite(source, alias["quote"])})
            for source, fact in ent["facts"]:
                facts.append({
                    "entity_id": eid, "field": fact["field"], "value": str(fact["value"]),
                    "num": fact.get("num"), "unit": fact.get("unit"), "period": fact.get("period"),
                    "as_of": fact.get("as_of") or self.corpus.articles[source].date,
                    "basis": fact.get("basis", "actual"), "note": fact.get("note"),
                    "citation_id": self.cite(source, fact["quote"]), "conflict": 0, "current": 1,
                    "_source_date": self.corpus.articles[source].date, "_conflict": fact.get("conflict"),
                })
            for source, stage in ent["stages"]:
                stages.append({
                    "entity_id": eid, "stage": stage["stage"], "date": stage.get("date"),
                    "date_inferred": int(bool(stage.get("date_inferred"))), "note": stage.get("note"),
                    "citation_id": self.cite(source, stage["quote"]),
                    "_source_date": self.corpus.articles[source].date,
                })
            seen_tags = set()
            for source, tag in ent["tags"]:
                if (tag["tag"], source) in seen_tags:
                    continue
                seen_tags.add((tag["tag"], source))
                tags.append({"entity_id": eid, "tag": tag["tag"], "citation_id": self.cite(source, tag["quote"])})
            for source, link in ent["links"]:
                links.append({
                    "src_id": eid, "dst_id": self.target_id(str(link["to"])), "relation": link["relation"],
                    "role": link.get("role"), "basis": link.get("basis", "stated"), "note": link.get("note"),
                    "citation_id": self.cite(source, link["quote"]),
                })
            row["aliases"] = " / ".join(dict.fromkeys(a["alias"] for _, a in ent["aliases"]))
        _mark_conflicts(facts)
        for i, row in enumerate(facts, 1):
            row["id"] = i
            row.pop("_source_date")
            row.pop("_conflict", None)
        stages.sort(key=lambda s: (s["entity_id"], _stage_sort_key(s)))
        for i, row in enumerate(stages, 1):
            row["id"] = i
            row.pop("_source_date")
        for i, row in enumerate(links, 1):
            row["id"] = i
        db["citations"].insert_all(self.citation_rows)
        db["entities"].insert_all(self.rows[i] for i in sorted(self.rows))
        db["aliases"].insert_all(aliases)
        db["mentions"].insert_all(_unique(mentions))
        db["facts"].insert_all(facts)
        db["stages"].insert_all(stages)
        db["tags"].insert_all(tags)
        db["links"].insert_all(links)

    def _write_chains(self, mentions: list[dict]) -> None:
        self.chain_aliases: list[dict] = []
        for node in self.corpus.chains:
            eid = len(self.rows) + 1
            self.chain_ids[node["key"]] = eid
            self.rows[eid] = _blank_row(eid, "chain:" + node["key"], "chain", node["name"])
            self.rows[eid].update({
                "scope": node.get("scope"), "level": node["level"], "tier": node.get("tier"),
                "parent_id": self.chain_ids.get(node.get("parent")), "ordinal": node.get("order"),
                "summary": node.get("summary") or node.get("note"),
            })
            mentions.append({"entity_id": eid, "citation_id": self.cite(node["source"], node["quote"])})
            # The other wordings of a chain (with or without its scope, 产业/集群/基地 …), each cited.
            for alias in node.get("alias", []):
                self.chain_aliases.append({
                    "entity_id": eid, "alias": alias["alias"], "note": alias.get("note"),
                    "citation_id": self.cite(alias.get("source", node["source"]), alias["quote"]),
                })
            self.rows[eid]["aliases"] = " / ".join(dict.fromkeys(a["alias"] for a in node.get("alias", []))) or None

    def _merge(self) -> dict[str, dict]:
        merged: dict[str, dict] = {}
        for source, data in self.corpus.facts_files:
            for entity in data.get("entity", []):
                ent = merged.setdefault(entity["key"], {
                    "kind": entity["kind"], "fields": {}, "mentions": [], "aliases": [], "facts": [],
                    "stages": [], "tags": [], "links": [],
                })
                fields = ent["fields"]
                for name in ("name", "summary", "scope", "category", "metric", "audience"):
                    if entity.get(name) and not fields.get(name):
                        fields[name] = entity[name]
                if entity.get("status"):
                    fields["status"] = entity["status"]  # the newest source says the current status
                name = entity.get("name")
                if name and name != fields.get("name"):
                    ent["aliases"].append((source, {
                        "alias": name, "quote": entity.get("quote") or name,
                        "note": "另一名称（名称不一致，按来源分别保留）",
                    }))
                if entity.get("quote"):
                    ent["mentions"].append((source, entity["quote"]))
                for part, bucket in (("alias", "aliases"), ("fact", "facts"), ("stage", "stages"),
                                     ("tag", "tags"), ("link", "links")):
                    ent[bucket].extend((source, item) for item in entity.get(part, []))
        kind_order = {k: i for i, k in enumerate(schema.KINDS)}
        next_id = len(self.rows) + 1
        for key in sorted(merged, key=lambda k: (kind_order[merged[k]["kind"]], k)):
            ent = merged[key]
            self.ids[key] = next_id
            row = _blank_row(next_id, key, ent["kind"], ent["fields"].get("name") or key)
            for name in ("summary", "scope", "category", "status", "metric"):
                row[name] = ent["fields"].get(name)
            if ent["kind"] == "figure":
                row["audience"] = ent["fields"].get("audience") or "investor"
            if ent["fields"].get("name") and ent["fields"]["name"] != key:
                ent["aliases"].insert(0, (None, {"alias": key, "quote": None, "note": "简称"}))
            self.rows[next_id] = row
            next_id += 1
        # The short name (the key) is an alias without its own quote: cite the first mention instead.
        for key, ent in merged.items():
            fixed = []
            for source, alias in ent["aliases"]:
                if source is None:
                    if not ent["mentions"]:
                        continue
                    source = ent["mentions"][0][0]
                    article = self.corpus.articles[source]
                    quote = next((q for s, q in ent["mentions"] if key in q), None)
                    if quote is None or article.locate(quote) is None:
                        continue
                    alias = {**alias, "quote": quote}
                    fixed.append((source, alias))
                else:
                    fixed.append((source, alias))
            ent["aliases"] = _unique_aliases(fixed)
        return merged

def _blank_row(eid: int, key: str, kind: str, name: str) -> dict:
    row = {column: None for column in schema.TABLES["entities"]}
    row.update({"id": eid, "key": key, "kind": kind, "name": name, "synthetic": 0})
    return row


def _stage_sort_key(stage: dict) -> tuple:
    order = schema.STAGES + schema.SIDE_STAGES
    return (stage.get("date") or "", order.index(stage["stage"]))


def _unique(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        key = tuple(sorted(row.items()))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _unique_aliases(aliases: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    seen, out = set(), []
    for source, alias in aliases:
        if (alias["alias"], source) not in seen:
            seen.add((alias["alias"], source))
            out.append((source, alias))
    return out


def _mark_conflict(items: list[dict], conflict_id: int) -> None:
    """The facts of one disagreement: one group number, the newest source's value current."""
    newest = max(f["_source_date"] for f in items)
    for f in items:
        f["conflict"] = conflict_id
        f["current"] = int(f["_source_date"] == newest)


def _normal_value(fact: dict) -> tuple:
    unit = _UNIT_ALIASES.get(fact.get("unit") or "", fact.get("unit") or "")
    if fact.get("num") is not None:
        return (float(fact["num"]), unit)
    return (str(fact["value"]).strip(), unit)


def _mark_conflicts(facts: list[dict]) -> None:
    """Same entity, field, period and basis, different values from different sources: a conflict.

    An editor marks the disagreements the rule cannot see (two passages of one article, a name spelt two
    ways, counts under different field names) with the same `conflict` label on the facts concerned."""
    groups = defaultdict(list)
    for f in facts:
        groups[(f["entity_id"], f["field"], f.get("period") or "", f["basis"])].append(f)
    conflict_id = 0
    for key in sorted(groups, key=lambda k: (k[0], k[1], k[2], k[3])):
        items = groups[key]
        if len({_normal_value(f) for f in items}) < 2 or len({f["_source_date"] for f in items}) < 2:
            continue
        conflict_id += 1
        _mark_conflict(items, conflict_id)
    labelled = defaultdict(list)
    for f in facts:
        if f.get("_conflict"):
            labelled[(f["entity_id"], str(f["_conflict"]))].append(f)
    for key in sorted(labelled):
        items = labelled[key]
        if len(items) < 2:
            continue
        conflict_id += 1
        _mark_conflict(items, conflict_id)
    # Groups taken over by a label leave gaps: number the groups 1, 2, 3 … again.
    renumber = {c: i for i, c in enumerate(sorted({f["conflict"] for f in facts if f["conflict"]}), 1)}
    for f in facts:
        if f["conflict"]:
            f["conflict"] = renumber[f["conflict"]]


