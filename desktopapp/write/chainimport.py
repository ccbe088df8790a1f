"""Import the chain system (systems, chains, segments) from a CSV or XLSX file (called by importer.py).

A park that is not in the bundled sources needs its chain system before its enterprises can be linked to
it, and officers keep it in a spreadsheet. One row per node: 名称, 层级 (system/chain/segment or 产业体系/
产业链/环节), 上级 (by name, 上级·名称 or key; a node of the same sheet or of the catalogue, in any row
order: parents are resolved in a second pass), 顺序 (upstream → downstream), 定位 (core/key/emerging … or
the catalogue's tier words), 范围, 简介, 别名, 待补链 (是/否) and 补链出处 (the source or quote naming the
gap). Every row is checked (bad level or tier, unknown or ambiguous parent, a segment whose parent is not a
chain, a system with a parent, cycles, the same name twice under one parent) and reported with its row
and column, in the same report as the other imports. A row naming a chain the catalogue already has
under the same parent updates it (filled cells only), as does a row naming a system or chain whose name is
unique in the catalogue under another parent (it is moved); the rest are added. Writing is all or nothing,
cited like the other imports (the row's line is its quote: a 补链 row's line says so, which the chain map
reads as a gap a source names), with an undo record and the derived data of the touched nodes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from desktopapp.catalogue import schema
from desktopapp.catalogue.values import text as as_text
from desktopapp.i18n import translate

LEVELS = ("system", "chain", "segment")
LEVEL_WORDS = {"体系": "system", "产业体系": "system", "系统": "system", "链": "chain", "产业链": "chain",
               "产业": "chain", "环节": "segment", "链环节": "segment"}
# The tier words of the bundled catalogue (chains.toml) and the English ones a template may use.
TIER_WORDS = ("核心", "重点", "特色", "主导", "新动能", "特色优势", "未来", "高成长性细分", "未来重点发展", "产业基地", "新兴")
TIER_ENGLISH = {"core": "核心", "key": "重点", "distinctive": "特色", "leading": "主导", "emerging": "新兴",
                "future": "未来", "new growth drivers": "新动能"}
YES = ("是", "有", "yes", "y", "true", "1", "√", "✓")
NO = ("否", "无", "no", "n", "false", "0")

# (header, field, type, required, choices, help, example) — importer.COLUMNS["chain"] is built from these.
SPEC = [
    ("名称", "name", "text", True, (), "体系、产业链或环节的名称", "智能传感器"),
    ("层级", "level", "enum", True, LEVELS,
     "system 产业体系 / chain 产业链 / segment 环节（也可写中文）", "chain"),
    ("上级", "parent", "text", False, (),
     "上级的名称（本表中的或目录中已有的；重名时写 上级·名称）；产业链的上级为体系或产业链，环节的上级为产业链；体系不填",
     "“1+2”产业体系"),
    ("顺序", "order", "int", False, (), "在上级中的次序，环节按上游到下游编号 1、2、3…", "1"),
    ("定位", "tier", "enum", False, tuple(TIER_ENGLISH) + TIER_WORDS,
     "产业链在体系中的定位：core 核心 / key 重点 / emerging 新兴，或 特色、主导 等来源用语", "核心"),
    ("范围", "scope", "enum", False, schema.SCOPES,
     "park 园区 / district 区 / science_city 科学城 / city 市 / other 其他；也可写中文名称", "park"),
    ("简介", "summary", "text", False, (), "一两句话的说明", ""),
    ("别名", "aliases", "list", False, (), "其他叫法，多个用顿号分隔", "传感器产业链"),
    ("待补链", "gap", "text", False, (), "环节：来源是否把它列为补链招商方向（是/否）", "是"),
    ("补链出处", "gap_source", "text", False, (), "列为补链方向的来源或原文", "重点引进MEMS芯片企业，补齐上游短板"),
]


def columns() -> list:
    from desktopapp.write.importer import COLUMNS

    return COLUMNS["chain"]


@dataclass
class Node:
    """One row of the sheet: a chain node to add or update."""

    number: int
    values: dict
    line: str
    target: int | None = None  # the existing chain the row updates
    parent: tuple | None = None  # ("row", index) or ("id", chain id) once resolved
    changed: list[str] = field(default_factory=list)
    plan: dict = field(default_factory=dict)  # entity columns an update sets, aliases it adds


def _yes_no(text: str) -> bool | None:
    t = text.strip().casefold()
    return True if t in YES else False if t in NO else None


def check(conn, path: Path):
    """(report, nodes, lookup) for a chain sheet, as importer.check returns for the other kinds."""
    from desktopapp.catalogue import chaintree
    from desktopapp.write.importer import (
        Problem,
        catalogue_scope_labels,
        Report,
        _blank,
        _Lookup,
        _norm_name,
        _parse,
        read_rows,
    )

    path = Path(path)
    report = Report(file=path, kind="chain")
    cols = columns()
    checked = read_rows(conn, path, report, "chain", cols)
    if checked is None:
        return report, [], None
    header_row, headers, position, data = checked
    lookup = _Lookup(conn)
    scope_labels = catalogue_scope_labels(conn)
    existing_tiers = {as_text(r[0]) for r in conn.execute(
        "SELECT DISTINCT tier FROM entities WHERE kind = 'chain' AND tier IS NOT NULL")}

    def problem(number: int, header: str, message: str) -> None:
        report.problems.append(Problem(number, header, message))

    # Pass 1: every cell of every row.
    nodes: list[Node] = []
    for number, cells in data:
        values, shown = {}, []
        for column in cols:
            i = position.get(column.field)
            raw = cells[i] if i is not None and i < len(cells) else None
            if _blank(raw):
                if column.required:
                    problem(number, column.header, translate("Import", "必填，不能为空"))
                continue
            if column.field == "level":
                word = str(raw).strip()
                value = word.casefold() if word.casefold() in LEVELS else LEVEL_WORDS.get(word)
                if value is None:
                    problem(number, column.header, translate("ChainImport", "“{value}”不是层级；可选：system 产业体系、chain 产业链、segment 环节").format(
                        value=word[:40]))
                    continue
            elif column.field == "tier":
                word = str(raw).strip()
                value = TIER_ENGLISH.get(word.casefold()) or (word if word in TIER_WORDS or word in existing_tiers else None)
                if value is None:
                    problem(number, column.header, translate("ChainImport", "“{value}”不是定位；可选：core 核心、key 重点、emerging 新兴，或 {words}").format(
                        value=word[:40], words="、".join(w for w in TIER_WORDS if w not in ("核心", "重点", "新兴"))))
                    continue
            elif column.field == "gap":
                value = _yes_no(str(raw))
                if value is None:
                    problem(number, column.header, translate("ChainImport", "应填 是 或 否，而不是“{value}”").format(
                        value=str(raw).strip()[:40]))
                    continue
            else:
                value, message = _parse(column, raw, scope_labels)
                if message:
                    problem(number, column.header, message)
                    continue
            values[column.field] = value
            if column.field == "gap":
                if value:  # the line says 补链 only when the row does (the chain map reads the quote)
                    shown.append(f"{column.header}：是")
            else:
                shown.append(f"{column.header}：{'、'.join(value) if isinstance(value, list) else value}")
        extra = [c for i, c in enumerate(cells) if i >= len(headers) and not _blank(c)]
        if extra:
            problem(number, "", translate("Import", "这一行比表头多出 {n} 个单元格").format(n=len(extra)))
        line = translate("Import", "第 {row} 行：").format(row=number) + "；".join(shown)
        nodes.append(Node(number, values, line))

    # Pass 2: parents (rows of the sheet first, in any order, then the catalogue), targets, structure.
    tree = chaintree.parents(conn)
    info = {r[0]: (as_text(r[1]) or "", as_text(r[2])) for r in conn.execute(
        "SELECT id, name, level FROM entities WHERE kind = 'chain'")}
    names_of: dict[int, set[str]] = {}
    for cid in info:
        names_of[cid] = {_norm_name(info[cid][0])}
    for eid, alias in conn.execute("SELECT a.entity_id, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id "
                                   "WHERE e.kind = 'chain'"):
        if eid in names_of and alias is not None:
            names_of[eid].add(_norm_name(as_text(alias)))
    chains_named: dict[str, set[int]] = {}  # normalised name or alias → chain ids (one lookup per row)
    for cid, ns in names_of.items():
        for name_ in ns:
            chains_named.setdefault(name_, set()).add(cid)
    by_name: dict[str, list[int]] = {}
    for i, n in enumerate(nodes):
        if n.values.get("name"):
            by_name.setdefault(_norm_name(n.values["name"]), []).append(i)

    def sheet_parent(text: str) -> list[int]:
        parts = _split_path(text)
        found = by_name.get(_norm_name(parts[-1]), [])
        if len(parts) > 1:  # 上级·名称: the row whose own parent is named so
            found = [i for i in found if nodes[i].values.get("parent")
                     and _norm_name(_split_path(nodes[i].values["parent"])[-1]) == _norm_name(parts[-2])]
        return found

    parent_header = "上级"
    for i, n in enumerate(nodes):
        text = n.values.get("parent")
        if not text:
            continue
        in_sheet = [j for j in sheet_parent(text) if j != i]
        if len(in_sheet) > 1:
            problem(n.number, parent_header, translate("ChainImport", "本表中有 {n} 行名为“{name}”，请写成 上级·名称").format(
                n=len(in_sheet), name=text))
        elif in_sheet:
            n.parent = ("row", in_sheet[0])
        else:
            found = lookup.chain(text)
            if not found:
                problem(n.number, parent_header, translate("ChainImport", "本表和目录中都没有上级“{name}”").format(name=text))
            elif len(found) > 1:
                problem(n.number, parent_header, translate("Import", "“{name}”不唯一，请写成 上级·名称：{choices}").format(
                    name=text, choices="、".join("·".join(lookup.chain_paths[c]) for c in sorted(found))))
            else:
                n.parent = ("id", min(found))

    # Targets: the existing chain of that name under that parent (no parent: the one chain of that name).
    for n in nodes:
        name = n.values.get("name")
        if not name or (n.values.get("parent") and n.parent is None):
            continue
        same = set(chains_named.get(_norm_name(name), ()))
        if n.parent is None:
            if len(same) > 1:
                roots = {c for c in same if tree.get(c) is None}
                if len(roots) == 1:
                    n.target = min(roots)
                else:
                    problem(n.number, "名称", translate("ChainImport", "目录中有 {n} 个名为“{name}”的节点，请填写上级以区分").format(
                        n=len(same), name=name))
            elif same:
                n.target = min(same)
        elif n.parent[0] == "id":
            under = {c for c in same if tree.get(c) == n.parent[1]}
            n.target = min(under) if under else None
        if n.target is None and n.parent is not None and n.values.get("level") in ("system", "chain"):
            # A system or chain of a unique name is moved, not doubled (segment names repeat across chains).
            others = {c for c in same if info[c][1] in ("system", "chain")}
            n.target = min(others) if len(others) == 1 else None
    # A parent row that updates an existing chain: its children of the catalogue are found under it too.
    for n in nodes:
        if n.target is None and n.parent and n.parent[0] == "row" and nodes[n.parent[1]].target is not None:
            pid = nodes[n.parent[1]].target
            under = {c for c in chains_named.get(_norm_name(n.values.get("name", "")), ()) if tree.get(c) == pid}
            n.target = min(under) if under else None

    def level_of(ref) -> str | None:
        if ref is None:
            return None
        if ref[0] == "row":
            other = nodes[ref[1]]
            return other.values.get("level") or (info[other.target][1] if other.target else None)
        return info[ref[1]][1]

    def name_of(ref) -> str:
        return nodes[ref[1]].values.get("name", "") if ref[0] == "row" else info[ref[1]][0]

    # Duplicates: the same name twice under one parent, or two rows naming one existing chain.
    seen: dict[tuple, int] = {}
    for n in nodes:
        if not n.values.get("name"):
            continue
        parent = n.parent
        if parent and parent[0] == "row" and nodes[parent[1]].target is not None:
            parent = ("id", nodes[parent[1]].target)
        key = ("id", n.target) if n.target is not None else (parent, _norm_name(n.values["name"]))
        if key in seen:
            problem(n.number, "名称", translate("ChainImport", "与第 {row} 行重复：同一上级下已有“{name}”").format(
                row=seen[key], name=n.values["name"]))
        else:
            seen[key] = n.number

    # Levels: a system has no parent; a chain's parent is a system or a chain; a segment's is a chain.
    for n in nodes:
        level = n.values.get("level")
        if not level:
            continue
        parent_level = level_of(n.parent)
        if level == "system" and n.parent:
            problem(n.number, parent_header, translate("ChainImport", "产业体系不能有上级"))
        elif level == "chain" and n.parent and parent_level == "segment":
            problem(n.number, parent_header, translate("ChainImport", "上级“{name}”是环节；产业链的上级应为产业体系或产业链").format(
                name=name_of(n.parent)))
        elif level == "segment" and n.parent and parent_level != "chain":
            problem(n.number, parent_header, translate("ChainImport", "环节的上级应为产业链，“{name}”不是产业链").format(
                name=name_of(n.parent)))
        elif level == "segment" and not n.parent and n.target is None:
            problem(n.number, parent_header, translate("ChainImport", "环节必须填写所属的产业链"))
        if n.values.get("tier") and level != "chain":
            problem(n.number, "定位", translate("ChainImport", "只有产业链有定位"))
        if (n.values.get("gap") or n.values.get("gap_source")) and level != "segment":
            problem(n.number, "待补链", translate("ChainImport", "只有环节能列为待补链"))
        if n.values.get("gap_source") and not n.values.get("gap"):
            problem(n.number, "补链出处", translate("ChainImport", "填写了补链出处，“待补链”应为 是"))

    # Cycles, over the catalogue's tree with this sheet's parents put in (rows as negative ids).
    def ident(i: int) -> int:
        return nodes[i].target if nodes[i].target is not None else -(i + 1)

    graph = dict(tree)
    for i, n in enumerate(nodes):
        if n.parent is not None:
            graph[ident(i)] = ident(n.parent[1]) if n.parent[0] == "row" else n.parent[1]
        elif n.target is None:
            graph[ident(i)] = None
    label = {ident(i): n.values.get("name", "") for i, n in enumerate(nodes)}
    reported: set[int] = set()
    for i, n in enumerate(nodes):
        if n.parent is None:
            continue
        start, walk, node = ident(i), [], ident(i)
        while node is not None and node not in walk:
            walk.append(node)
            node = graph.get(node)
        if node == start and not (set(walk) & reported):
            reported |= set(walk)
            names = [label.get(x) or info.get(x, ("",))[0] for x in walk] + [label.get(start) or info[start][0]]
            problem(n.number, parent_header, translate("ChainImport", "上级关系形成循环：{path}").format(path=" → ".join(names)))

    report.problems.sort(key=lambda p: (p.row, [c.header for c in cols].index(p.column) if p.column in
                                        [c.header for c in cols] else len(cols)))
    if not report.problems:
        _compare(conn, nodes, lookup)
        report.new_names = [n.values["name"] for n in nodes if n.target is None]
        report.added_rows = [(n.number, n.values["name"]) for n in nodes if n.target is None]
        report.updated = [(n.number, n.values["name"], n.changed) for n in nodes if n.target is not None and n.changed]
        report.unchanged = [(n.number, n.values["name"]) for n in nodes if n.target is not None and not n.changed]
    return report, nodes, lookup


def _split_path(text: str) -> list[str]:
    import re

    return [p.strip() for p in re.split(r"\s*[·・>＞→]\s*", text) if p.strip()] or [text]


def _compare(conn, nodes: list[Node], lookup) -> None:
    """The plan and changed headers of every row that names an existing chain (filled cells that differ)."""
    from desktopapp.write.importer import _norm_name

    headers = {c.field: c.header for c in columns()}
    for n in nodes:
        if n.target is None:
            continue
        row = conn.execute("SELECT name, level, tier, ordinal, scope, summary, parent_id FROM entities WHERE id = ?",
                           (n.target,)).fetchone()
        old = dict(zip(("name", "level", "tier", "order", "scope", "summary", "parent"), row, strict=True))
        plan: dict = {"columns": {}, "aliases": []}
        for f, column in (("level", "level"), ("order", "ordinal"), ("tier", "tier"), ("scope", "scope"),
                          ("summary", "summary")):
            if f in n.values and n.values[f] != old[f]:
                plan["columns"][column] = n.values[f]
                n.changed.append(headers[f])
        if n.parent is not None and n.parent[0] == "id" and n.parent[1] != old["parent"]:
            plan["columns"]["parent_id"] = n.parent[1]
            n.changed.append(headers["parent"])
        elif n.parent is not None and n.parent[0] == "row":
            other = nodes[n.parent[1]]
            if other.target is None or other.target != old["parent"]:
                plan["parent_row"] = n.parent[1]
                n.changed.append(headers["parent"])
        known = {_norm_name(as_text(a) or "") for (a,) in conn.execute(
            "SELECT name FROM entities WHERE id = ? UNION SELECT alias FROM aliases WHERE entity_id = ?", (n.target, n.target))}
        new = [a for a in n.values.get("aliases", []) if _norm_name(a) not in known]
        if new:
            plan["aliases"] = new
            n.changed.append(headers["aliases"])
        if n.values.get("gap"):  # the row's cited line names the gap: a new mention says so, unless one does
            said = [as_text(q) or "" for (q,) in conn.execute(
                "SELECT c.quote FROM mentions m JOIN citations c ON c.id = m.citation_id WHERE m.entity_id = ?",
                (n.target,))]
            wanted = [f"{headers['gap']}：是"] + ([f"{headers['gap_source']}：{n.values['gap_source']}"]
                                                 if n.values.get("gap_source") else [])
            if not any(all(w in q for w in wanted) for q in said):
                n.changed.append(headers["gap"])
        n.plan = plan


def write(conn, file: Path, nodes: list[Node], source: str | None, today: str, progress=None) -> str:
    """Write every node of a checked sheet in the caller's transaction; returns the import's source id."""
    from desktopapp.write import derive, maintenance, undo

    updates = [n for n in nodes if n.target is not None and n.changed]
    new = [n for n in nodes if n.target is None]
    digest = hashlib.sha256(Path(file).read_bytes()).hexdigest()[:10]
    source_id, k = f"{schema.IMPORT_PREFIX}{today}-{digest}", 2
    while conn.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone():
        source_id, k = f"{schema.IMPORT_PREFIX}{today}-{digest}-{k}", k + 1
    text = "\n".join(n.line for n in sorted(new + updates, key=lambda n: n.number)) + "\n"
    maintenance.insert(conn, "sources", [{
        "id": source_id, "title": source or translate("Import", "导入：{file}").format(file=file.name), "date": today,
        "date_note": translate("Import", "导入日期；数据来自文件 {file}").format(file=file.name), "scope": "other",
        "file": file.name, "text": text}])
    cid = first_cid = maintenance.next_id(conn, "citations")
    eid = first_eid = maintenance.next_id(conn, "entities")
    ids = {}  # node index → entity id
    for i, n in enumerate(nodes):
        if n.target is None:
            ids[i] = eid
            eid += 1
        else:
            ids[i] = n.target
    keys = {as_text(r[0]) for r in conn.execute("SELECT key FROM entities")}
    citations, entities, aliases, mentions, undo_entities = [], [], [], [], []
    changes = derive.Changes()
    changes.before_change(conn, [n.target for n in updates])

    def parent_id(n: Node) -> int | None:
        if n.parent is None:
            return None
        return ids[n.parent[1]] if n.parent[0] == "row" else n.parent[1]

    for i, n in enumerate(nodes):
        if n.target is not None and not n.changed:
            continue
        v = n.values
        citations.append({"id": cid, "source_id": source_id, "quote": n.line, "joined": 0, "as_of": today,
                          "note": translate("Import", "{file} 第 {row} 行").format(file=file.name, row=n.number)})
        mentions.append({"entity_id": ids[i], "citation_id": cid})
        if n.target is None:
            base = v["name"] if v["level"] != "segment" or n.parent is None else \
                f"{(nodes[n.parent[1]].values['name'] if n.parent[0] == 'row' else _name(conn, n.parent[1]))}/{v['name']}"
            key, k = "chain:" + base, 2
            while key in keys:
                key, k = f"chain:{base}-{k}", k + 1
            keys.add(key)
            names = [a for a in dict.fromkeys(v.get("aliases", [])) if a != v["name"]]
            row = {c: None for c in schema.TABLES["entities"]}
            row.update({"id": ids[i], "key": key, "kind": "chain", "name": v["name"], "summary": v.get("summary"),
                        "scope": v.get("scope"), "level": v["level"], "tier": v.get("tier"),
                        "parent_id": parent_id(n), "ordinal": v.get("order"), "aliases": " / ".join(names) or None,
                        "synthetic": 0})
            entities.append(row)
            aliases += [{"entity_id": ids[i], "alias": a, "note": translate("Import", "别名"), "citation_id": cid}
                        for a in names]
        else:
            columns_ = dict(n.plan["columns"])
            if "parent_row" in n.plan:
                columns_["parent_id"] = ids[n.plan["parent_row"]]
            if n.plan["aliases"]:
                present = [a for a in (_one(conn, "SELECT aliases FROM entities WHERE id = ?", n.target) or "").split(" / ") if a]
                columns_["aliases"] = " / ".join(dict.fromkeys(present + n.plan["aliases"]))
                aliases += [{"entity_id": n.target, "alias": a, "note": translate("Import", "别名"), "citation_id": cid}
                            for a in n.plan["aliases"]]
            names = list(columns_) or ["aliases"]
            old = conn.execute(f"SELECT {', '.join(names)} FROM entities WHERE id = ?", (n.target,)).fetchone()
            undo_entities.append({"id": n.target, **dict(zip(names, old, strict=True))})
            if columns_:
                conn.execute(f"UPDATE entities SET {', '.join(f'{c} = ?' for c in columns_)} WHERE id = ?",
                             (*columns_.values(), n.target))
        cid += 1
    for table, items in (("citations", citations), ("entities", entities), ("aliases", aliases), ("mentions", mentions)):
        maintenance.insert(conn, table, items)
    added = [["sources", "id", source_id]]
    if citations:
        added.append(["citations", "id", first_cid, cid - 1])
        added += [[table, "citation_id", first_cid, cid - 1] for table in ("aliases", "mentions")]
    if entities:
        added.append(["entities", "id", first_eid, eid - 1])
    label = translate("Import", "导入 {file}（新增 {n} 条，更新 {u} 条）").format(file=file.name, n=len(entities), u=len(updates))
    undo.record(conn, "import", label, added=added, updated={"entities": undo_entities} if undo_entities else {})
    if progress:
        progress(translate("Import", "正在更新检索和筛选数据…"))
    changes.add(e["id"] for e in entities)
    derive.derive(conn, changes)
    return source_id


def _one(conn, sql: str, *args):
    row = conn.execute(sql, args).fetchone()
    return row[0] if row else None


def _name(conn, cid: int) -> str:
    return as_text(_one(conn, "SELECT name FROM entities WHERE id = ?", cid)) or ""
