"""`search` and `show`: read the catalogue and print what it holds."""

from __future__ import annotations

import json
import sys

from desktopapp.cli import options, output
from desktopapp.cli.common import open_catalogue, search_filters
from desktopapp.i18n import translate
from desktopapp.labels import facet_label, kind_label, relation_label

ITEM_COLUMNS = ("id", "key", "name", "aliases", "stage", "category", "scope", "year", "value", "unit", "period")


def add_parsers(sub) -> None:
    p = sub.add_parser("search", help="search the catalogue, with facet counts",
                       description="Search every kind (or --kind) by text and filters. Output: text with facet "
                                   "counts, or --json / --nl / --csv for scripts.")
    p.add_argument("text", nargs="?", default="")
    options.add_filters(p)
    p.add_argument("--limit", type=int, default=50, help="items shown per kind (default 50; 0: all)")
    options.add_formats(p, "JSON: per kind, the count, the items and the facet counts",
                        "newline-delimited JSON: one item per line, with its kind",
                        "CSV (UTF-8, header line first): one item per line, with its kind")
    options.add_output(p, "FILE", required=False, help="write to this file instead of standard output")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_search, format=None)

    p = sub.add_parser("show", help="one entity with every fact and its citation")
    p.add_argument("name")
    p.add_argument("--kind", choices=options.KINDS)
    p.add_argument("--json", dest="format", action="store_const", const="json")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_show, format=None)


def _results(cat, args):
    """(kind, result, items) for each kind searched; kinds without a hit are left out unless asked for."""
    kinds = [args.kind] if args.kind else list(options.KINDS)
    out = []
    for kind in kinds:
        result = cat.query(search_filters(cat, args, kind))
        if not len(result.ids) and not args.kind:
            continue
        shown = result.ids.tolist() if args.limit <= 0 else result.ids[: args.limit].tolist()
        rows = cat.rows(shown)
        out.append((kind, result, [rows[i] for i in shown]))
    return out


def cmd_search(args) -> int:
    with open_catalogue(args) as cat:
        results = _results(cat, args)
        if args.output and not output.to_stdout(args.output):
            with output.written(args.output) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
                _print_search(fh, cat, args, results)
            n = sum(len(items) for _, _, items in results)
            output.status(translate("Cli", "已写入 {path}（{n} 条）").format(path=args.output, n=n))
        else:
            _print_search(sys.stdout, cat, args, results)
    return 0


def _print_search(out, cat, args, results) -> None:
    if args.format == "json":
        data = {
            kind: {
                "count": len(result.ids), "total": result.total,
                "items": [{k: r[k] for k in ITEM_COLUMNS} for r in items],
                "facets": {f: [{"value": v.value, "label": v.label, "count": v.count} for v in vals]
                           for f, vals in result.facets.items()},
            }
            for kind, result, items in results
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if args.format in ("nl", "csv"):
        records = ({"kind": kind, **{k: r[k] for k in ITEM_COLUMNS}} for kind, _, items in results for r in items)
        output.write_records(out, args.format, ["kind", *ITEM_COLUMNS], records)
        return
    for kind, result, items in results:
        print(f"== {kind_label(kind)}：{len(result.ids)} / {result.total}", file=out)
        for r in items:
            extra = " · ".join(str(x) for x in (r["stage"], r["category"], r["value"] and f"{r['value']}",
                                                r["period"]) if x)
            aliases = f"（{r['aliases']}）" if r["aliases"] else ""
            print(f"  {r['name']}{aliases}" + (f"  [{extra}]" if extra else ""), file=out)
        if len(result.ids) > len(items):
            print(f"  … 另有 {len(result.ids) - len(items)} 条", file=out)
        for facet, values in result.facets.items():
            if values:
                shown = "，".join(f"{v.label} {v.count}" for v in values[:12])
                more = f" …（共 {len(values)} 项）" if len(values) > 12 else ""
                print(f"  {facet_label(facet)}：{shown}{more}", file=out)
        print(file=out)
    if not any(len(result.ids) for _, result, _ in results):
        print(translate("Cli", "没有找到匹配的条目。"), file=out)


def _fmt_cite(c) -> str:
    if c is None:
        return ""
    if isinstance(c, list):
        return "\n".join(_fmt_cite(x) for x in c)
    joined = "（原文此处跨行，已连接）" if c.joined else ""
    return f"    ↳ {c.source_date}《{c.source_title}》：“{c.quote}”{joined}"


def cmd_show(args) -> int:
    from desktopapp.cli.common import not_found

    with open_catalogue(args) as cat:
        ids = cat.find(args.name, args.kind)
        if not ids:
            return not_found(cat, args.name, args.kind)
        for eid in ids:
            d = cat.details(eid)
            if args.format == "json":
                print(json.dumps(d.as_dict(), ensure_ascii=False, indent=2, default=str))
                continue
            _print_details(cat, d)
    return 0


def _print_details(cat, d) -> None:
    e = d.entity
    print(f"{e['name']}  [{kind_label(e['kind'])}]")
    if d.aliases:
        print("别名：" + "、".join(a.alias for a in d.aliases))
    for label, value in (("范围", cat.scope_label(e["scope"]) if e["scope"] else None), ("类别", e["category"]),
                         ("状态", e["status"]), ("阶段", e["stage"]), ("层级", e["tier"])):
        if value:
            print(f"{label}：{value}")
    if e["summary"]:
        print(f"简介：{e['summary']}")
    for c in d.mentions[:1]:
        print(_fmt_cite(c))
    if d.tags:
        print("\n标签与荣誉")
        for t in d.tags:
            print(f"  {t.tag}")
            print(_fmt_cite(t.citations))
    if d.facts:
        print("\n数据")
        for f in d.facts:
            period = f"（{f.period}）" if f.period else ""
            flag = ""
            if f.conflict:
                flag = "  ⚠ 各来源不一致" + ("，当前值" if f.current else "，较早的值")
            basis = {"target": "  [目标]", "expected": "  [预计]", "plan": "  [计划]"}.get(f.basis, "")
            print(f"  {f.field}：{f.value}{period}{basis}  截至 {f.as_of}{flag}")
            print(_fmt_cite(f.citations))
    if d.stages:
        print("\n进展")
        for s in d.stages:
            date = (s.date or "日期未披露") + ("（推算）" if s.date_inferred and s.date else "")
            print(f"  {date}  {s.stage}")
            print(_fmt_cite(s.citations))
    if d.links:
        print("\n关联")
        for link in d.links:
            where = " → ".join(link.path) if link.path else link.other_name
            role = f"（{link.role}）" if link.role else ""
            basis = "（推断）" if link.basis == "inferred" else ""
            print(f"  {relation_label(link.relation, link.outgoing)}：{where}{role}{basis}")
            if link.citations:
                print(_fmt_cite(link.citations))
    if d.children:
        print("\n下级：" + " → ".join(c["name"] for c in d.children))
    if d.members:
        print("\n链上主体")
        for m in d.members:
            print(f"  {m['chain_name']}：{m['name']}" + (f"（{m['role']}）" if m["role"] else ""))
    print("\n来源")
    for s in d.sources:
        print(f"  {s['date']}《{s['title']}》")
    print()
