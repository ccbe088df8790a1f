"""`build` (the bundled catalogue from its sources), `new` (an empty catalogue for another park) and `synth`
(a synthetic catalogue for scale tests)."""

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

    p = sub.add_parser("new", help="create an empty catalogue for a park (then fill it with `import`)")
    options.add_output(p, "FILE")
    p.add_argument("--park", metavar="名称", required=True, help="the park's full name")
    p.add_argument("--short", metavar="简称", help="the park's short name (label of the scope park)")
    p.add_argument("--district", metavar="名称", help="label of the scope district (the park's district)")
    p.add_argument("--zone", metavar="名称", help="label of the scope science_city (a zone the park belongs to)")
    p.add_argument("--city", metavar="名称", help="label of the scope city")
    p.add_argument("--description", metavar="文字", help="one sentence describing the catalogue")
    options.catalogue_unused(p)
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("synth", help="write a synthetic catalogue (for scale tests and benchmarks)")
    p.add_argument("--enterprises", type=options.positive, required=True)
    options.add_output(p, "FILE")
    p.add_argument("--seed", type=int, default=1)
    options.catalogue_unused(p)
    p.set_defaults(handler=cmd_synth)


def cmd_build(args) -> int:
    from desktopapp.catalogue import paths
    from desktopapp.write.build import build

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


def cmd_new(args) -> int:
    from desktopapp.write.newcatalogue import create

    if output.to_stdout(args.output):
        raise output.InputError(translate("Cli", "新建目录需要一个文件名（-o 文件.db），不能写到标准输出。"))
    target = Path(args.output)
    if target.exists():
        raise output.InputError(translate("Cli", "{path} 已存在；新建目录不会覆盖已有文件。").format(path=target))
    output.check_target(target)
    create(target, args.park, short=args.short, district=args.district, zone=args.zone, city=args.city,
           description=args.description)
    output.check_written(target)
    output.status(translate("Cli", "已新建目录 {path}（{park}）。先用 import --kind chain 导入产业链体系，再导入企业、项目等。").format(
        path=target, park=args.park), target)
    return 0


def cmd_synth(args) -> int:
    from desktopapp.write.synth import synthesize

    with output.written(args.output) as tmp:
        synthesize(tmp, enterprises=args.enterprises, seed=args.seed, progress=sys.stderr)
    output.status(f"wrote {output.shown(args.output)}", args.output)
    return 0
