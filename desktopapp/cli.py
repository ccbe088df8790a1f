"""The command line: `desktopapp [COMMAND] …`. Without a command, the GUI opens."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktopapp.catalogue import Catalogue, CatalogueError, Filters, paths
from desktopapp.catalogue.errors import SourceError
from desktopapp.labels import facet_label, kind_label, relation_label

KINDS = ("enterprise", "project", "chain", "facility", "organisation", "figure")


def _add_catalogue(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: a --catalogue given before the command (see parser) is not overwritten by this default.
    p.add_argument("--catalogue", metavar="PATH", default=argparse.SUPPRESS,
                   help="catalogue file (default: the bundled catalogue.db)")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", choices=KINDS, default=None, help="entity kind (default: all kinds)")
    p.add_argument("--chain", action="append", default=[], help="chain or segment key or name (repeatable)")
    p.add_argument("--stage", action="append", default=[], help="stage, e.g. 投产 (repeatable)")
    p.add_argument("--tag", action="append", default=[], help="tag (repeatable)")
    p.add_argument("--scope", action="append", default=[], help="park, district, science_city, city")
    p.add_argument("--category", action="append", default=[], help="category (repeatable)")
    p.add_argument("--year-min", type=int)
    p.add_argument("--year-max", type=int)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="desktopapp", description="招商图鉴：园区招商目录（企业、项目、产业链、配套设施）")
    ap.add_argument("--catalogue", metavar="PATH", help="open the app on this catalogue file")
    sub = ap.add_subparsers(dest="command")

    p = sub.add_parser("gui", help="open the desktop app (the default)")
    _add_catalogue(p)

    p = sub.add_parser("build", help="rebuild catalogue.db from resources/catalogue")
    p.add_argument("--sources", metavar="DIR", help="source folder (default: the bundled resources/catalogue)")
    p.add_argument("-o", "--output", metavar="FILE", help="output file (default: the bundled catalogue.db)")

    p = sub.add_parser("search", help="search the catalogue, with facet counts")
    p.add_argument("text", nargs="?", default="")
    _add_filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    _add_catalogue(p)

    p = sub.add_parser("show", help="one entity with every fact and its citation")
    p.add_argument("name")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--json", action="store_true")
    _add_catalogue(p)

    p = sub.add_parser("synth", help="write a synthetic catalogue (for scale tests and benchmarks)")
    p.add_argument("--enterprises", type=int, required=True)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--seed", type=int, default=1)

    from desktopapp.reports.commands import add_parsers as add_report_parsers

    add_report_parsers(sub)
    from desktopapp import maintenance_cli  # import, template, export, attach-image, migrate

    maintenance_cli.add_parsers(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser().parse_args(argv)
    if args.command in (None, "gui"):  # the window sets up the allocator after its first paint
        from desktopapp.gui.app import run

        return run(getattr(args, "catalogue", None))
    from desktopapp.allocator import return_freed_memory

    return_freed_memory()
    try:
        return COMMANDS[args.command](args)
    except (CatalogueError, SourceError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _open(args) -> Catalogue:
    return Catalogue(args.catalogue) if args.catalogue else Catalogue()


def cmd_build(args) -> int:
    from desktopapp.catalogue.build import build

    sources = Path(args.sources) if args.sources else paths.sources_dir()
    target = Path(args.output) if args.output else paths.bundled_catalogue()
    counts = build(sources, target)
    print(f"built {target}")
    for table, n in counts.items():
        print(f"  {table:14} {n}")
    return 0


def _chain_values(cat: Catalogue, names: list[str]) -> list[str]:
    values = []
    for name in names:
        ids = cat.find(name, "chain") or cat.suggest(name, "chain", limit=1)
        if not ids:
            raise CatalogueError(f"找不到产业链：{name}")
        values.extend(cat.row(i)["key"] for i in ids)
    return values


def _filters(cat: Catalogue, args, kind: str) -> Filters:
    facets = {
        "chain": _chain_values(cat, args.chain), "stage": args.stage, "tag": args.tag, "scope": args.scope,
        "category": args.category,
    }
    return Filters(kind=kind, text=args.text or "", facets=facets, year_min=args.year_min,
                   year_max=args.year_max)


def cmd_search(args) -> int:
    with _open(args) as cat:
        kinds = [args.kind] if args.kind else list(KINDS)
        result_json = {}
        for kind in kinds:
            result = cat.query(_filters(cat, args, kind))
            if not len(result.ids) and not args.kind:
                continue
            shown = result.ids[: args.limit].tolist()
            rows = cat.rows(shown)
            items = [rows[i] for i in shown]
            if args.json:
                result_json[kind] = {
                    "count": len(result.ids), "total": result.total,
                    "items": [{k: r[k] for k in ("id", "key", "name", "aliases", "stage", "category", "scope",
                                                 "year", "value", "unit", "period")} for r in items],
                    "facets": {f: [{"value": v.value, "label": v.label, "count": v.count} for v in vals]
                               for f, vals in result.facets.items()},
                }
                continue
            print(f"== {kind_label(kind)}：{len(result.ids)} / {result.total}")
            for r in items:
                extra = " · ".join(str(x) for x in (r["stage"], r["category"], r["value"] and f"{r['value']}",
                                                    r["period"]) if x)
                aliases = f"（{r['aliases']}）" if r["aliases"] else ""
                print(f"  {r['name']}{aliases}" + (f"  [{extra}]" if extra else ""))
            if len(result.ids) > args.limit:
                print(f"  … 另有 {len(result.ids) - args.limit} 条")
            for facet, values in result.facets.items():
                if values:
                    shown = "，".join(f"{v.label} {v.count}" for v in values[:12])
                    more = f" …（共 {len(values)} 项）" if len(values) > 12 else ""
                    print(f"  {facet_label(facet)}：{shown}{more}")
            print()
        if args.json:
            print(json.dumps(result_json, ensure_ascii=False, indent=2))
        elif not any(len(cat.query(_filters(cat, args, k)).ids) for k in kinds):
            print("没有找到匹配的条目。")
    return 0


def _fmt_cite(c) -> str:
    if c is None:
        return ""
    if isinstance(c, list):
        return "\n".join(_fmt_cite(x) for x in c)
    joined = "（原文此处跨行，已连接）" if c.joined else ""
    return f"    ↳ {c.source_date}《{c.source_title}》：“{c.quote}”{joined}"


def cmd_show(args) -> int:
    with _open(args) as cat:
        ids = cat.find(args.name, args.kind)
        if not ids:
            close = cat.suggest(args.name, args.kind)
            names = "、".join(cat.row(i)["name"] for i in close)
            hint = f" 最接近的有：{names}" if names else ""
            print(f"错误：找不到“{args.name}”。{hint}", file=sys.stderr)
            return 1
        for eid in ids:
            d = cat.details(eid)
            if args.json:
                print(json.dumps(d.as_dict(), ensure_ascii=False, indent=2, default=str))
                continue
            _print_details(cat, d)
    return 0


def _print_details(cat: Catalogue, d) -> None:
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
        for l in d.links:
            where = " → ".join(l.path) if l.path else l.other_name
            role = f"（{l.role}）" if l.role else ""
            basis = "（推断）" if l.basis == "inferred" else ""
            print(f"  {relation_label(l.relation, l.outgoing)}：{where}{role}{basis}")
            if l.citations:
                print(_fmt_cite(l.citations))
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


def cmd_synth(args) -> int:
    from desktopapp.catalogue.synth import synthesize

    synthesize(Path(args.output), enterprises=args.enterprises, seed=args.seed, progress=sys.stderr)
    print(f"wrote {args.output}")
    return 0


COMMANDS = {"build": cmd_build, "search": cmd_search, "show": cmd_show, "synth": cmd_synth}


def _report_commands():
    from desktopapp.reports.commands import REPORT_COMMANDS

    return REPORT_COMMANDS


COMMANDS.update(_report_commands())


def _maintenance_commands() -> dict:
    from desktopapp.maintenance_cli import COMMANDS as MAINTENANCE_COMMANDS

    return MAINTENANCE_COMMANDS


COMMANDS.update(_maintenance_commands())
