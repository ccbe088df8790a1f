"""The `factsheet` and `brochure` commands. Qt is imported only when a command runs.

Wiring in desktopapp/cli.py: `add_parsers(sub)` in `parser()`, and `COMMANDS.update(REPORT_COMMANDS)`.
"""

from __future__ import annotations

import argparse
import sys

from desktopapp.i18n import translate

SHEET_KINDS = ("enterprise", "chain", "facility", "park")
BROCHURE_KINDS = ("chain", "enterprise", "project", "facility", "organisation")
PAPERS = ("a4", "letter")


def add_parsers(subparsers) -> None:
    """Register `factsheet` and `brochure` on the CLI's subparsers."""
    p = subparsers.add_parser("factsheet", help="write a printable PDF fact sheet of one entity or the park")
    p.add_argument("kind", choices=SHEET_KINDS)
    p.add_argument("name", nargs="?", help="name, alias or key (not needed for park)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--paper", choices=PAPERS, default="a4")
    p.add_argument("--catalogue", metavar="PATH", help="catalogue file (default: the bundled catalogue.db)")

    p = subparsers.add_parser("brochure", help="write a PDF brochure: cover, contents, park, chain, enterprise "
                                              "and facility sheets, with bookmarks")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--kind", action="append", choices=BROCHURE_KINDS, default=[],
                   help="kinds of sheets (repeatable; default: chain, enterprise, facility)")
    p.add_argument("--chain", action="append", default=[], help="only this chain or segment (repeatable)")
    p.add_argument("--stage", action="append", default=[], help="only this stage, e.g. 投产 (repeatable)")
    p.add_argument("--tag", action="append", default=[], help="only this tag (repeatable)")
    p.add_argument("--no-park", action="store_true", help="leave out the park sheet")
    p.add_argument("--paper", choices=PAPERS, default="a4")
    p.add_argument("--catalogue", metavar="PATH", help="catalogue file (default: the bundled catalogue.db)")


def _open(args):
    from desktopapp.catalogue import Catalogue

    return Catalogue(args.catalogue) if args.catalogue else Catalogue()


def _error(message: str) -> int:
    print(translate("Reports", "错误：") + message, file=sys.stderr)
    return 1


def _not_found(cat, name: str, kind: str | None) -> int:
    from desktopapp.labels import kind_label

    close = [cat.row(i)["name"] for i in cat.suggest(name, kind)]
    hint = translate("Reports", " 最接近的有：{names}").format(names="、".join(close)) if close else ""
    what = kind_label(kind) if kind else ""
    return _error(translate("Reports", "找不到{kind}“{name}”。").format(kind=what, name=name) + hint)


def cmd_factsheet(args) -> int:
    from desktopapp.reports.qtapp import ensure_app

    with _open(args) as cat:
        entity_id = None
        if args.kind != "park":
            if not args.name:
                return _error(translate("Reports", "请给出名称，例如：factsheet enterprise 华虹仪表 -o sheet.pdf"))
            ids = cat.find(args.name, args.kind)
            if not ids:
                return _not_found(cat, args.name, args.kind)
            if len(ids) > 1:
                names = "、".join(f"{cat.row(i)['name']}（{cat.row(i)['key']}）" for i in ids)
                return _error(translate("Reports", "“{name}”不唯一：{names}。请用键名指定。").format(
                    name=args.name, names=names))
            entity_id = ids[0]
        ensure_app(headless=True)
        from desktopapp.reports.sheets import render_sheet

        pages = render_sheet(cat, args.output, entity_id, paper=args.paper)
    print(translate("Reports", "已写入 {path}（{pages} 页）").format(path=args.output, pages=pages))
    return 0


def _filters(cat, args):
    """Filters per kind. A kind without one of the given facets is left out unless asked for by --kind."""
    from desktopapp.catalogue.facets import KIND_FACETS
    from desktopapp.catalogue.filters import Filters

    chains = []
    for name in args.chain:
        ids = cat.find(name, "chain") or cat.suggest(name, "chain", limit=1)
        if not ids:
            return None, name
        chains.extend(cat.row(i)["key"] for i in ids)
    given = {"chain": chains, "stage": args.stage, "tag": args.tag}
    given = {k: v for k, v in given.items() if v}
    out = []
    for kind in args.kind or ("chain", "enterprise", "facility"):
        facets = {k: v for k, v in given.items() if k in KIND_FACETS[kind]}
        if len(facets) < len(given) and kind not in args.kind:
            continue
        if kind == "chain" and "chain" not in facets:
            facets["scope"] = ["park"]
        out.append(Filters(kind=kind, facets=facets))
    return out, None


class _Bar:
    """A terminal progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self):
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> bool:
        if self.tty:
            filled = int(30 * done / max(total, 1))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        return True


def cmd_brochure(args) -> int:
    from desktopapp.reports.qtapp import ensure_app

    with _open(args) as cat:
        filters, missing = _filters(cat, args)
        if filters is None:
            return _not_found(cat, missing, "chain")
        ensure_app(headless=True)
        from desktopapp.reports.brochure import build_brochure

        try:
            result = build_brochure(cat, args.output, filters=filters, include_park=not args.no_park,
                                    paper=args.paper, progress=_Bar())
        except KeyboardInterrupt:
            print(translate("Reports", "\n已取消，未写入文件。"), file=sys.stderr)
            return 130
    note = "" if result.bookmarks else translate("Reports", "；未安装 pypdf，无书签")
    print(translate("Reports", "已写入 {path}（{pages} 页，{sheets} 份资料，{secs:.1f} 秒{note}）").format(
        path=args.output, pages=result.pages, sheets=result.sheets, secs=result.seconds, note=note))
    return 0


COMMANDS = {"factsheet": cmd_factsheet, "brochure": cmd_brochure}
REPORT_COMMANDS = COMMANDS


def main(argv: list[str] | None = None) -> int:
    """Run the report commands on their own (`python -m desktopapp.reports.commands …`)."""
    ap = argparse.ArgumentParser(prog="desktopapp")
    add_parsers(ap.add_subparsers(dest="command", required=True))
    args = ap.parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
