"""Import rows that name an entity already in the catalogue update it (called by importer.py).

`compare` decides, per row, what would change — only cells that are filled and differ from what the
catalogue holds (a figure is compared with the value its list shows, so an exported list imported back
unchanged changes nothing) — and records it in the row's plan and `changed` headers. `apply` writes one
row's plan, citing the row's import line: entity fields are set (their old values go into the undo
record), a new figure value becomes current while the earlier current values of that field stay as
history (current = 0, still shown with their as-of dates), a new or re-dated stage adds a stage-log entry,
new aliases, tags and links are added. Nothing is deleted."""

from __future__ import annotations

from collections import defaultdict

from desktopapp.write.derive import INVESTMENT_FIELDS, OUTPUT_FIELDS, to_yi
from desktopapp.catalogue.numtext import number_text

TEXT_COLUMNS = ("summary", "scope", "category", "status", "metric")
_LINKS = (("facility", "located_in", "facility"), ("enterprise", "project_of", "enterprise"),
          ("operator", "operated_by", "organisation"))


def _norm(text) -> str:
    from desktopapp.write.importer import _norm_name

    return _norm_name(text or "")


def _same_number(a, b) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9 * max(1.0, abs(float(a)))


def compare(conn, kind: str, rows: list, lookup) -> None:
    """Fill `row.plan` and `row.changed` (column headers) of every row that names an existing entity."""
    from desktopapp.write.importer import COLUMNS

    if not rows:
        return
    headers = {c.field: c.header for c in COLUMNS[kind]}
    ids = sorted({r.target for r in rows})
    marks = ",".join(str(int(i)) for i in ids)
    cur = conn.execute(f"SELECT * FROM entities WHERE id IN ({marks})")
    names = [d[0] for d in cur.description]
    entities = {r[0]: dict(zip(names, r, strict=True)) for r in cur}
    aliases, tags, links = defaultdict(set), defaultdict(set), defaultdict(set)
    facts = defaultdict(list)
    for eid, alias in conn.execute(f"SELECT entity_id, alias FROM aliases WHERE entity_id IN ({marks})"):
        aliases[eid].add(_norm(alias))
    from desktopapp.write.importer import LIST_SPLIT

    for eid, tag in conn.execute(f"SELECT entity_id, tag FROM tags WHERE entity_id IN ({marks})"):
        tags[eid].add(tag)
        tags[eid].update(LIST_SPLIT.split(tag))  # a tag with a 、 in it comes back from a list as its parts
    for src, relation, dst in conn.execute(f"SELECT src_id, relation, dst_id FROM links WHERE src_id IN ({marks})"):
        links[src].add((relation, dst))
    for fid, eid, field_name, value, num, unit in conn.execute(
            f"SELECT id, entity_id, field, value, num, unit FROM facts WHERE entity_id IN ({marks}) AND current "
            "ORDER BY id"):
        facts[eid].append({"id": fid, "field": field_name, "value": value, "num": num, "unit": unit})
    for r in rows:
        v, e, eid = r.values, entities[r.target], r.target
        plan = {"columns": {}, "aliases": [], "tags": [], "links": [], "stage": None, "facts": [], "retire": []}
        changed: list[str] = []
        known = {_norm(e["name"]), _norm(e["key"])} | aliases[eid]
        if _norm(v["name"]) not in known:  # found by its credit code under another name: renamed
            plan["columns"]["name"] = v["name"]
            plan["aliases"].append((e["name"], "曾用名"))
            changed.append(headers["name"])
        for field_name in TEXT_COLUMNS:
            if field_name in v and field_name in headers and v[field_name] != e[field_name]:
                plan["columns"][field_name] = v[field_name]
                changed.append(headers[field_name])
        for header_field, items in (("short", [v.get("short")]), ("aliases", v.get("aliases", []))):
            new = [a for a in items if a and _norm(a) not in known]
            if new:
                plan["aliases"] += [(a, "简称" if header_field == "short" else "别名") for a in new]
                known |= {_norm(a) for a in new}
                changed.append(headers[header_field])
        new_tags = [t for t in v.get("tags", []) if t not in tags[eid]]
        if new_tags:
            plan["tags"] = new_tags
            changed.append(headers["tags"])
        new_chains = [c for c in dict.fromkeys(min(lookup.chain(n)) for n in v.get("chains", []))
                      if ("chain", c) not in links[eid]]
        if new_chains:
            plan["links"] += [("chain", c, v.get("role")) for c in new_chains]
            changed.append(headers["chains"])
        for field_name, relation, other in _LINKS:
            if v.get(field_name):
                dst = min(lookup.entity(other, v[field_name]))
                if (relation, dst) not in links[eid]:
                    plan["links"].append((relation, dst, None))
                    changed.append(headers[field_name])
        stage, date = v.get("stage"), v.get("stage_date")
        if stage and (stage != e["stage"] or (date and date != e["stage_date"])):
            plan["stage"] = (stage, date)
        elif not stage and date and e["stage"] and date != e["stage_date"]:
            plan["stage"] = (e["stage"], date)
        if plan["stage"]:
            changed += [headers[f] for f in ("stage", "stage_date") if f in v]
        current = facts[eid]

        def replace(field_name, header_field, value, num=None, unit=None, period=None, basis="actual",
                    retire_fields=None):
            plan["facts"].append((field_name, value, num, unit, period, basis))
            plan["retire"] += [f["id"] for f in current if f["field"] in (retire_fields or (field_name,))]
            changed.append(headers[header_field])

        code = v.get("credit_code")
        if code and not any(f["field"] == "统一社会信用代码" and str(f["value"]).upper() == code for f in current):
            replace("统一社会信用代码", "credit_code", code)
        if v.get("founded") and not any(f["field"] == "成立时间" and _same_number(f["num"], v["founded"]) for f in current):
            replace("成立时间", "founded", f"{v['founded']}年", v["founded"], "年")
        if v.get("area") is not None and not any(f["field"] == "面积" and _same_number(f["num"], v["area"]) for f in current):
            replace("面积", "area", f"{number_text(v['area'])}平方米", v["area"], "平方米")
        for field_name, header_field, fields in (("产值", "output", OUTPUT_FIELDS), ("总投资", "investment", INVESTMENT_FIELDS)):
            num = v.get(header_field)
            if num is not None and not _same_number(e["amount"], num):
                money = tuple(f["field"] for f in current if f["field"] in fields and to_yi(f["num"], f["unit"]) is not None)
                replace(field_name, header_field, f"{number_text(num)}亿元", num, "亿元",
                        retire_fields=money + (field_name,))
        if kind == "figure" and v.get("num") is not None:
            unit, period, basis = v.get("unit", e["unit"]), v.get("period", e["period"]), v.get("basis", e["basis"] or "actual")
            if not _same_number(v["num"], e["num"]) or unit != e["unit"] or period != e["period"] or basis != (e["basis"] or "actual"):
                replace("value", "num", f"{number_text(v['num'])}{unit or ''}", v["num"], unit, period, basis)
                changed += [headers[f] for f in ("unit", "period", "basis") if f in v and v[f] != e[f]]
        r.plan, r.changed = plan, list(dict.fromkeys(changed))


def apply(conn, r, cid: int, as_of: str, ids: dict, out: dict, undo_entities: list, undo_facts: list) -> None:
    """Write one updating row's plan, citing `cid`. `ids` holds the next fact, stage and link ids (advanced
    here); rows to insert are appended to `out` (per table); old values to `undo_entities`/`undo_facts`."""
    plan, eid = r.plan, r.target
    columns = dict(plan["columns"])
    if plan["aliases"]:
        old = conn.execute("SELECT aliases FROM entities WHERE id = ?", (eid,)).fetchone()[0]
        present = [a for a in (old or "").split(" / ") if a]
        columns["aliases"] = " / ".join(dict.fromkeys(present + [a for a, _ in plan["aliases"]]))
    # Always in the undo record, so that taking the import back derives this entity again.
    names = list(columns) or ["aliases"]
    row = conn.execute(f"SELECT {', '.join(names)} FROM entities WHERE id = ?", (eid,)).fetchone()
    undo_entities.append({"id": eid, **dict(zip(names, row, strict=True))})
    if columns:
        conn.execute(f"UPDATE entities SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                     (*columns.values(), eid))
    for fid in dict.fromkeys(plan["retire"]):
        undo_facts.append({"id": fid, "current": 1})
        conn.execute("UPDATE facts SET current = 0 WHERE id = ?", (fid,))
    out["mentions"].append({"entity_id": eid, "citation_id": cid})
    for alias, note in plan["aliases"]:
        out["aliases"].append({"entity_id": eid, "alias": alias, "note": note, "citation_id": cid})
    for tag in plan["tags"]:
        out["tags"].append({"entity_id": eid, "tag": tag, "citation_id": cid})
    for relation, dst, role in plan["links"]:
        out["links"].append({"id": ids["links"], "src_id": eid, "dst_id": dst, "relation": relation, "role": role,
                             "basis": "stated", "note": None, "citation_id": cid})
        ids["links"] += 1
    if plan["stage"]:
        stage, date = plan["stage"]
        out["stages"].append({"id": ids["stages"], "entity_id": eid, "stage": stage, "date": date,
                              "date_inferred": 0, "note": None, "citation_id": cid})
        ids["stages"] += 1
    for field_name, value, num, unit, period, basis in plan["facts"]:
        out["facts"].append({"id": ids["facts"], "entity_id": eid, "field": field_name, "value": value, "num": num,
                             "unit": unit, "period": period, "as_of": as_of, "basis": basis, "note": None,
                             "citation_id": cid, "conflict": 0, "current": 1})
        ids["facts"] += 1
