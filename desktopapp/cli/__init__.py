"""The command line: `desktopapp [--catalogue PATH] [COMMAND] …`. Without a command, the window opens.

One parser for every command, with options defined once (`options.py`) and one way of ending: exit code 0
on success, 1 when something named is not found or the input is bad (a file that is not a catalogue, a
row that does not check, a file that could not be written), 2 for a usage error (argparse's own code).
`--catalogue` is read before or after the command alike. The modules of each command import only what
parsing needs; the catalogue layer, Qt and the reports are imported when a command runs.
"""

from __future__ import annotations

import argparse
import sys

from desktopapp import __version__
from desktopapp.cli import browse, build, maintenance, options, publish, reports
from desktopapp.cli.common import FAILED, OK, USAGE, error

__all__ = ["FAILED", "OK", "USAGE", "main", "parser"]


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="desktopapp",
        description="招商图鉴 — a park's investment-promotion catalogue: enterprises, projects, industrial chains, "
                    "facilities",
        epilog="exit codes: 0 success; 1 not found or bad input (including a file that could not be written); "
               "2 usage error")
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    ap.add_argument("--catalogue", metavar="PATH", default=None,
                    help="catalogue file for the window or any command (default: the bundled catalogue.db)")
    ap.set_defaults(handler=None, reads_catalogue=True)
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app (the default)")
    options.add_catalogue(p)
    browse.add_parsers(sub)
    build.add_parsers(sub)
    reports.add_parsers(sub)
    maintenance.add_parsers(sub)
    publish.add_parsers(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    ap = parser()
    try:
        args = ap.parse_args(argv)
        if not args.reads_catalogue and args.catalogue is not None:
            ap.error(f"{args.command} reads no catalogue: --catalogue does not apply to it")
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else USAGE
    if args.handler is None:  # no command, or `gui`: the window sets up the allocator after its first paint
        from desktopapp.gui.app import run

        return run(args.catalogue)
    return run_command(args)


def run_command(args) -> int:
    import faulthandler

    from desktopapp.allocator import return_freed_memory
    from desktopapp.catalogue import CatalogueError
    from desktopapp.cli.output import InputError, OutputError
    from desktopapp.logs import log, start

    if not faulthandler.is_enabled():
        try:
            faulthandler.enable()  # a native crash in a report command prints where it happened
        except (OSError, ValueError, AttributeError):
            pass  # stderr is not a file (a caller redirected it)
    start(f"command {args.command}")
    return_freed_memory()
    try:
        return args.handler(args)
    except (CatalogueError, InputError, OutputError) as exc:
        log.warning("%s failed: %s", args.command, exc)
        return error(str(exc))
    except KeyboardInterrupt:
        from desktopapp.i18n import translate

        print("\n" + translate("Cli", "已取消。"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `desktopapp search … | head`: the reader left; say nothing more
        import os

        try:  # and nothing at exit either, when Python flushes stdout into the closed pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return OK
    except Exception:
        log.exception("%s failed", args.command)
        raise
