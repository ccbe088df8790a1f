"""What the commands share: opening the catalogue named by --catalogue, search filters, error messages."""

from __future__ import annotations

import sys

from desktopapp.i18n import translate

OK, FAILED, USAGE = 0, 1, 2  # exit codes: success; not found or bad input; usage (argparse's own code)


def error(message: str) -> int:
    """Print an error for the user and return exit code 1."""
    print(translate("Cli", "错误：") + message, file=sys.stderr)
    return FAILED


def catalogue_path(args):
    """The catalogue named by --catalogue (before or after the command), or the bundled one."""
    from desktopapp.catalogue import paths

    return getattr(args, "catalogue", None) or paths.bundled_catalogue()


def open_catalogue(args):
    from desktopapp.catalogue import Catalogue
    from desktopapp.logs import log

    cat = Catalogue(catalogue_path(args))
    log.info("catalogue opened: %s", cat.path)
    return cat


def not_found(cat, name: str, kind: str | None) -> int:
    from desktopapp.labels import kind_label

    close = [cat.row(i)["name"] for i in cat.suggest(name, kind)]
    hint = translate("Cli", " 最接近的有：{names}").format(names="、".join(close)) if close else ""
    what = kind_label(kind) if kind else ""
    return error(translate("Cli", "找不到{kind}“{name}”。").format(kind=what, name=name) + hint)


def chain_values(cat, names: list[str]) -> list[str]:
    from desktopapp.catalogue import CatalogueError

    values = []
    for name in names:
        ids = cat.find(name, "chain") or cat.suggest(name, "chain", limit=1)
        if not ids:
            raise CatalogueError(translate("Cli", "找不到产业链：{name}").format(name=name))
        values.extend(cat.row(i)["key"] for i in ids)
    return values


def search_filters(cat, args, kind: str):
    from desktopapp.catalogue import Filters

    facets = {
        "chain": chain_values(cat, args.chain), "stage": args.stage, "tag": args.tag, "scope": args.scope,
        "category": args.category,
    }
    return Filters(kind=kind, text=args.text or "", facets=facets, year_min=args.year_min, year_max=args.year_max)
