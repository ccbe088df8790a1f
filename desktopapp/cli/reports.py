"""`factsheet` and `brochure`: printable PDFs. The reports package and Qt are imported only when one runs."""

from __future__ import annotations

import sys

from desktopapp.cli import options, output
from desktopapp.cli.common import error, not_found, open_catalogue
from desktopapp.i18n import translate

SHEET_KINDS = ("enterprise", "chain", "facility", "park")
BROCHURE_KINDS = ("chain", "enterprise", "project", "facility", "organisation")
PAPERS = ("a4", "letter")
LANGS = ("zh", "en", "both")


def add_lang(p) -> None:
    p.add_argument("--lang", choices=LANGS, default=None,
                   help="language of the handout: zh (Chinese), en (English) or both (bilingual); "
                        "default: zh, or en with DESKTOPAPP_LANG=en")


def add_parsers(sub) -> None:
    p = sub.add_parser("factsheet", help="write a printable PDF fact sheet of one entity or the park")
    p.add_argument("kind", choices=SHEET_KINDS)
    p.add_argument("name", nargs="?", help="name, alias or key (not needed for park)")
    options.add_output(p, "FILE.pdf")
    p.add_argument("--paper", choices=PAPERS, default="a4")
    p.add_argument("--all-figures", action="store_true",
                   help="also the park's internal working figures (廉政, 党建, 督办 …); default: investor figures")
    add_lang(p)
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_factsheet)

    p = sub.add_parser("brochure", help="write a PDF brochure: cover, contents, park, chain, enterprise "
                                        "and facility sheets, with bookmarks",
                       description="Without --kind, --chain, --stage or --tag: the park's own brochure (its chains, "
                                   "enterprises, projects and facilities).")
    options.add_output(p, "FILE.pdf")
    p.add_argument("--kind", action="append", choices=BROCHURE_KINDS, default=[],
                   help="kinds of sheets (repeatable; default: the park's chains, enterprises, projects and "
                        "facilities; with a filter: chain, enterprise, facility)")
    p.add_argument("--chain", action="append", default=[], help="only this chain or segment (repeatable)")
    p.add_argument("--stage", action="append", default=[], help="only this stage, e.g. 投产 (repeatable)")
    p.add_argument("--tag", action="append", default=[], help="only this tag (repeatable)")
    p.add_argument("--no-park", action="store_true", help="leave out the park sheet")
    p.add_argument("--every-sheet", action="store_true",
                   help="a sheet for every entity (default: entities without figures share list pages)")
    p.add_argument("--all-figures", action="store_true",
                   help="also the park's internal working figures (廉政, 党建, 督办 …); default: investor figures")
    p.add_argument("--paper", choices=PAPERS, default="a4")
    add_lang(p)
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_brochure)


def cmd_factsheet(args) -> int:
    if not output.to_stdout(args.output):
        output.check_target(args.output)  # before the work: a wrong folder is said at once
    with open_catalogue(args) as cat:
        entity_id = None
        if args.kind != "park":
            if not args.name:
                return error(translate("Cli", "请给出名称，例如：factsheet enterprise 华虹仪表 -o sheet.pdf"))
            ids = cat.find(args.name, args.kind)
            if not ids:
                return not_found(cat, args.name, args.kind)
            if len(ids) > 1:
                names = "、".join(f"{cat.row(i)['name']}（{cat.row(i)['key']}）" for i in ids)
                return error(translate("Cli", "“{name}”不唯一：{names}。请用键名指定。").format(
                    name=args.name, names=names))
            entity_id = ids[0]
        from desktopapp.reports.qtapp import ensure_app

        ensure_app(headless=True)
        from desktopapp.reports.sheets import render_sheet

        with output.written(args.output) as tmp:
            pages = render_sheet(cat, tmp, entity_id, paper=args.paper, all_figures=args.all_figures, lang=args.lang)
    message = translate("Cli", "已写入 {path}（{pages} 页）").format(path=output.shown(args.output), pages=pages)
    output.status(message, args.output)
    return 0


def _filters(cat, args):
    """Filters per kind. A kind without one of the given facets is left out unless asked for by --kind.
    None (the park's own brochure, as build_brochure makes it) when no filter option is given."""
    if not (args.kind or args.chain or args.stage or args.tag):
        return None, None
    from desktopapp.index.facets import KIND_FACETS
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
    if not output.to_stdout(args.output):
        output.check_target(args.output)
    with open_catalogue(args) as cat:
        filters, missing = _filters(cat, args)
        if missing is not None:
            return not_found(cat, missing, "chain")
        from desktopapp.reports.qtapp import ensure_app

        ensure_app(headless=True)
        from desktopapp.reports.brochure import build_brochure

        with output.written(args.output) as tmp:
            result = build_brochure(cat, tmp, filters=filters, include_park=not args.no_park,
                                    paper=args.paper, progress=_Bar(), every_sheet=args.every_sheet,
                                    all_figures=args.all_figures, lang=args.lang)
    note = "" if result.bookmarks else translate("Cli", "；未安装 pypdf，无书签")
    message = translate("Cli", "已写入 {path}（{pages} 页，{sheets} 份资料，{secs:.1f} 秒{note}）").format(
        path=output.shown(args.output), pages=result.pages, sheets=result.sheets, secs=result.seconds, note=note)
    output.status(message, args.output)
    return 0
