"""`build` (the bundled catalogue from its sources) and `synth` (a synthetic catalogue for scale tests)."""

from __future__ import annotations

import sys
from pathlib import Path

from desktopapp.cli import options, output
from desktopapp.i18n import translate


def add_parsers(sub) -> None:
    p = sub.add_parser("build", help="rebuild catalogue.db from resources/catalogue")
    p.add_argument("--sources", metavar="DIR", help="source folder (default: the bundled resources/catalogue)")
    options.add_output(p, "FILE", required=False, help="output file (default: the bundled catalogue.db)")
    options.catalogue_unused(p)
    p.set_defaults(handler=cmd_build)

    p = sub.add_parser("synth", help="write a synthetic catalogue (for scale tests and benchmarks)")
    p.add_argument("--enterprises", type=options.positive, required=True)
    options.add_output(p, "FILE")
    p.add_argument("--seed", type=int, default=1)
    options.catalogue_unused(p)
    p.set_defaults(handler=cmd_synth)


def cmd_build(args) -> int:
    from desktopapp.catalogue import paths
    from desktopapp.catalogue.build import build

    sources = Path(args.sources) if args.sources else paths.sources_dir()
    if not sources.is_dir():
        raise output.InputError(translate("Cli", "找不到来源文件夹：{path}").format(path=sources))
    target = args.output or paths.bundled_catalogue()
    with output.written(target) as tmp:
        counts = build(sources, tmp)
    output.status(f"built {output.shown(target)}", target)
    for table, n in counts.items():
        output.status(f"  {table:14} {n}", target)
    return 0


def cmd_synth(args) -> int:
    from desktopapp.catalogue.synth import synthesize

    with output.written(args.output) as tmp:
        synthesize(tmp, enterprises=args.enterprises, seed=args.seed, progress=sys.stderr)
    output.status(f"wrote {output.shown(args.output)}", args.output)
    return 0
