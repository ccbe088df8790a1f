"""Options shared by the commands, defined once: --catalogue, the search filters, -o."""

from __future__ import annotations

import argparse

from desktopapp.catalogue.kinds import KIND_FACETS

KINDS = tuple(KIND_FACETS)  # enterprise, project, chain, facility, organisation, figure

__all__ = ["KINDS", "add_catalogue", "add_filters", "add_output", "catalogue_unused"]


def add_catalogue(p: argparse.ArgumentParser) -> None:
    """`--catalogue PATH` after the command. SUPPRESS: when it is not given here, the value given before the
    command (on the main parser, default None) stays."""
    p.add_argument("--catalogue", metavar="PATH", default=argparse.SUPPRESS,
                   help="catalogue file (default: the bundled catalogue.db); also accepted before the command")


def catalogue_unused(p: argparse.ArgumentParser) -> None:
    """Commands that read no catalogue accept the option only to refuse it with a clear usage message
    (main() checks), instead of silently ignoring it."""
    p.add_argument("--catalogue", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.set_defaults(reads_catalogue=False)


def add_filters(p: argparse.ArgumentParser, kind_help: str = "entity kind (default: all kinds)") -> None:
    p.add_argument("--kind", choices=KINDS, default=None, help=kind_help)
    p.add_argument("--chain", action="append", default=[], help="chain or segment key or name (repeatable)")
    p.add_argument("--stage", action="append", default=[], help="stage, e.g. 投产 (repeatable)")
    p.add_argument("--tag", action="append", default=[], help="tag (repeatable)")
    p.add_argument("--scope", action="append", default=[], help="park, district, science_city, city")
    p.add_argument("--category", action="append", default=[], help="category (repeatable)")
    p.add_argument("--year-min", type=int)
    p.add_argument("--year-max", type=int)


def add_output(p: argparse.ArgumentParser, metavar: str, required: bool = True, help: str | None = None) -> None:
    p.add_argument("-o", "--output", required=required, metavar=metavar,
                   help=help or "the file to write; - writes to standard output")


def positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def add_formats(p, json_help: str, nl_help: str, csv_help: str) -> None:
    """--json, --nl and --csv for scripts (one of them), into args.format (None: the command's own output)."""
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", dest="format", action="store_const", const="json", help=json_help)
    group.add_argument("--nl", dest="format", action="store_const", const="nl", help=nl_help)
    group.add_argument("--csv", dest="format", action="store_const", const="csv", help=csv_help)
    p.set_defaults(format=None)
