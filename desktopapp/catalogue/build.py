"""Build `catalogue.db` from the source files, deterministically.

Entities with the same key in several facts files are merged (in source date order); values of the same
field that disagree across sources are kept side by side and marked as a conflict, the newest marked
current. The database is written to a temporary file and moved into place only when complete.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path

import sqlite_utils

from desktopapp.catalogue import packing, paths, schema, sourcefiles
from desktopapp.catalogue.textkeys import pinyin_keys, sort_key

_INVESTMENT_FIELDS = ("总投资", "投资额", "协议引资", "计划投资")
_OUTPUT_FIELDS = ("年销售规模", "产值", "预计产值")
_UNIT_ALIASES = {"万方": "万平方米", "平方米": "平方米", "㎡": "平方米"}
_YEAR = re.compile(r"(19|20)\d\d")


def build(sources_dir: Path, target: Path) -> dict:
    """Build the catalogue at `target` from `sources_dir`; return counts per table."""
    corpus = sourcefiles.read(Path(sources_dir))
    target = Path(target)
    tmp = paths.temporary_beside(target, ".catalogue-")
    try:
        db = sqlite_utils.Database(tmp)
        db.execute("PRAGMA journal_mode = DELETE")
        schema.create(db)
        with db.conn:
            counts = _Writer(db, corpus).write()
        schema.create_fts(db)
        with db.conn:
            packing.pack(db.conn)
        db.execute("PRAGMA user_version = %d" % schema.SCHEMA_VERSION)
        db.conn.execute("VACUUM")
        db.close()
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return counts


def _year_of(text: str | None) -> int | None:
    years = [int(m.group(0)) for m in _YEAR.finditer(text or "")]
    return max(years) if years else None


def _to_yi(num: float | None, unit: str | None) -> float | None:
    """An amount in 亿元, or None if the unit is not money."""
    if num is None or not unit:
        return None
    if unit.endswith("亿元"):
        return float(num) * (10000 if unit.startswith("万亿") else 1)
    if unit == "万元":
        return float(num) / 10000
    return None


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

    def write(self) -> dict:
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
        facts, stages, tags, aliases, links = [], [], [], [], []
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
                    "_source_date": self.corpus.articles[source].date,
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
        self._derive(facts, stages)
        for i, row in enumerate(facts, 1):
            row["id"] = i
            row.pop("_source_date")
        stages.sort(key=lambda s: (s["entity_id"], _stage_sort_key(s)))
        for i, row in enumerate(stages, 1):
            row["id"] = i
            row.pop("_source_date")
        for i, row in enumerate(links, 1):
            row["id"] = i
        _chain_names(self.rows, links)
        for row in self.rows.values():
            row["sort_key"] = sort_key(row["name"])
            row["pinyin"] = pinyin_keys(row["name"], *[a for a in (row.get("aliases") or "").split(" / ") if a])
        db["citations"].insert_all(self.citation_rows)
        db["entities"].insert_all(self.rows[i] for i in sorted(self.rows))
        db["aliases"].insert_all(aliases)
        db["mentions"].insert_all(_unique(mentions))
        db["facts"].insert_all(facts)
        db["stages"].insert_all(stages)
        db["tags"].insert_all(tags)
        db["links"].insert_all(links)
        facet_rows = _facet_values(self.rows, links, tags, self.citation_rows, mentions, facts, aliases,
                                   stages, scopes, corpus)
        db["facet_values"].insert_all(facet_rows)
        return {name: db[name].count for name in schema.TABLES}

    def _write_chains(self, mentions: list[dict]) -> None:
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

    def _merge(self) -> dict[str, dict]:
        merged: dict[str, dict] = {}
        for source, data in self.corpus.facts_files:
            for entity in data.get("entity", []):
                ent = merged.setdefault(entity["key"], {
                    "kind": entity["kind"], "fields": {}, "mentions": [], "aliases": [], "facts": [],
                    "stages": [], "tags": [], "links": [],
                })
                fields = ent["fields"]
                for name in ("name", "summary", "scope", "category", "metric"):
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

    def _derive(self, facts: list[dict], stages: list[dict]) -> None:
        by_entity_stages = defaultdict(list)
        for s in stages:
            by_entity_stages[s["entity_id"]].append(s)
        for eid, items in by_entity_stages.items():
            # The furthest stage any source reports (a later article that merely lists a project among those
            # "attracted" does not undo its construction); a side state (延期, 停滞, 终止) in the newest
            # source overrides it.
            latest_source = max(s["_source_date"] for s in items)
            side = [s for s in items if s["_source_date"] == latest_source and s["stage"] in schema.SIDE_STAGES]
            pipeline = [s for s in items if s["stage"] in schema.STAGES]
            current = side[-1] if side or not pipeline else max(
                pipeline, key=lambda s: (schema.STAGES.index(s["stage"]), s.get("date") or ""))
            row = self.rows[eid]
            row["stage"] = current["stage"]
            dated = [s for s in items if s.get("date")]
            row["stage_date"] = current.get("date")
            if dated:
                row["year"] = _year_of(max(s["date"] for s in dated))
        by_entity_facts = defaultdict(list)
        for f in facts:
            by_entity_facts[f["entity_id"]].append(f)
        for eid, items in by_entity_facts.items():
            row = self.rows[eid]
            current = [f for f in items if f["current"]]
            if row["kind"] == "figure":
                value = next((f for f in current if f["field"] == "value"), current[0] if current else None)
                if value:
                    row.update({"value": value["value"], "num": value["num"], "unit": value["unit"],
                                "period": value["period"], "basis": value["basis"]})
                    row["year"] = _year_of(value["period"]) or _year_of(value["as_of"])
                    row["amount"] = _to_yi(value["num"], value["unit"])
                continue
            wanted = _OUTPUT_FIELDS if row["kind"] == "enterprise" else _INVESTMENT_FIELDS
            for f in current:
                if f["field"] in wanted and _to_yi(f["num"], f["unit"]) is not None:
                    row["amount"] = _to_yi(f["num"], f["unit"])
                    break


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


def _normal_value(fact: dict) -> tuple:
    unit = _UNIT_ALIASES.get(fact.get("unit") or "", fact.get("unit") or "")
    if fact.get("num") is not None:
        return (float(fact["num"]), unit)
    return (str(fact["value"]).strip(), unit)


def _mark_conflicts(facts: list[dict]) -> None:
    """Same entity, field, period and basis, different values from different sources: a conflict."""
    groups = defaultdict(list)
    for f in facts:
        groups[(f["entity_id"], f["field"], f.get("period") or "", f["basis"])].append(f)
    conflict_id = 0
    for key in sorted(groups, key=lambda k: (k[0], k[1], k[2], k[3])):
        items = groups[key]
        if len({_normal_value(f) for f in items}) < 2 or len({f["_source_date"] for f in items}) < 2:
            continue
        conflict_id += 1
        newest = max(f["_source_date"] for f in items)
        for f in items:
            f["conflict"] = conflict_id
            f["current"] = int(f["_source_date"] == newest)


def _chain_names(rows: dict[int, dict], links: list[dict]) -> None:
    """Fill each entity's `chains` column: the chains/segments it is linked to, for list display."""
    names: dict[int, list[str]] = defaultdict(list)
    for link in links:
        dst = rows[link["dst_id"]]
        if link["relation"] == "chain" and dst["kind"] == "chain":
            label = dst["name"]
            if dst["level"] == "segment" and dst["parent_id"]:
                label = f"{rows[dst['parent_id']]['name']}·{dst['name']}"
            if label not in names[link["src_id"]]:
                names[link["src_id"]].append(label)
    for link in links:
        if link["relation"] == "project_of" and not names.get(link["src_id"]):
            names[link["src_id"]] = list(names.get(link["dst_id"], []))
    for eid, labels in names.items():
        rows[eid]["chains"] = "、".join(labels) or None
    # A chain node's own `chains` is its position: the names above it.
    for row in rows.values():
        if row["kind"] == "chain" and row["parent_id"]:
            path, pid = [], row["parent_id"]
            while pid in rows and pid != row["id"] and len(path) < len(rows):  # a loop of parents ends too
                path.append(rows[pid]["name"])
                pid = rows[pid]["parent_id"]
            row["chains"] = " → ".join(reversed(path))


def _facet_values(rows, links, tags, citation_rows, mentions, facts, aliases, stages, scopes, corpus):
    """One row per (entity, facet, value): what filtering and facet counts read."""
    out: set[tuple] = set()
    chain_rows = {i: r for i, r in rows.items() if r["kind"] == "chain"}

    def chain_label(cid: int) -> str:
        r = chain_rows[cid]
        if r["level"] == "segment" and r["parent_id"]:
            return f"{chain_rows[r['parent_id']]['name']} · {r['name']}"
        return r["name"]

    def ancestors(cid: int):
        seen = set()  # a loop of parents ends too
        while cid in chain_rows and cid not in seen:
            seen.add(cid)
            yield cid
            cid = chain_rows[cid]["parent_id"]

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
            for cid in ancestors(eid):
                add(eid, "chain", rows[cid]["key"], chain_label(cid))
    entity_chain = defaultdict(set)
    for link in links:
        src, dst = link["src_id"], link["dst_id"]
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
            for anc in ancestors(cid):
                add(eid, "chain", rows[anc]["key"], chain_label(anc))
    for t in tags:
        add(t["entity_id"], "tag", t["tag"])
    source_of = {c["id"]: c["source_id"] for c in citation_rows}
    titles = {a.id: f"{a.date} {a.title}" for a in corpus.articles.values()}
    for table in (mentions, facts, aliases, stages, tags, links):
        for row in table:
            eid = row.get("entity_id", row.get("src_id"))
            sid = source_of[row["citation_id"]]
            add(eid, "source", sid, titles[sid])
    return [dict(zip(("entity_id", "facet", "value", "label"), t)) for t in sorted(out)]
