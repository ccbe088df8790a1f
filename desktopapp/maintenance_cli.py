"""Command-line maintenance: import, template, export, attach-image, migrate (wired into cli.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from desktopapp.catalogue import paths
from desktopapp.catalogue.kinds import IMAGE_KINDS, IMPORT_KINDS


def add_parsers(sub) -> None:
    from desktopapp import cli

    p = sub.add_parser("import", help="import rows from a CSV or XLSX file (checked first; all or nothing)")
    p.add_argument("file")
    p.add_argument("--kind", choices=IMPORT_KINDS, required=True)
    p.add_argument("--dry-run", action="store_true", help="check and report only; write nothing")
    p.add_argument("--source", metavar="名称", help="name of the source the rows come from (default: the file)")
    cli._add_catalogue(p)

    p = sub.add_parser("template", help="write an empty import spreadsheet with a data dictionary")
    p.add_argument("--kind", choices=IMPORT_KINDS, required=True)
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    p = sub.add_parser("export", help="export a list (search filters as in `search`) to CSV or XLSX")
    p.add_argument("text", nargs="?", default="")
    cli._add_filters(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.{csv,xlsx}")
    cli._add_catalogue(p)

    p = sub.add_parser("attach-image", help="attach a photo or logo to an enterprise, project or facility")
    p.add_argument("name")
    p.add_argument("file")
    p.add_argument("--role", choices=IMAGE_KINDS, default="photo")
    p.add_argument("--note", help="where the image comes from")
    cli._add_catalogue(p)

    p = sub.add_parser("migrate", help="convert an older catalogue to the current format, as a copy")
    p.add_argument("file")
    p.add_argument("-o", "--output", metavar="FILE", help="the converted copy (default: in the user data folder)")


def _catalogue_path(args) -> Path:
    return Path(args.catalogue) if getattr(args, "catalogue", None) else paths.bundled_catalogue()


def cmd_import(args) -> int:
    from desktopapp.catalogue import importer

    report = importer.run(_catalogue_path(args), Path(args.file), args.kind, dry_run=args.dry_run,
                          source=args.source)
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    if report.written:
        print(report.where_written())
    elif report.ok and args.dry_run:
        print("（试运行，未写入任何内容）")
    return 0 if report.ok else 1


def cmd_template(args) -> int:
    from desktopapp.catalogue import importer

    path = importer.write_template(args.kind, Path(args.output))
    print(f"wrote {path}")
    return 0


def cmd_export(args) -> int:
    from desktopapp import cli
    from desktopapp.catalogue import exporting

    kind = args.kind or "enterprise"
    with cli._open(args) as cat:
        n = exporting.export_list(cat, cli._filters(cat, args, kind), Path(args.output))
    print(f"已导出 {n} 条到 {args.output}")
    return 0


def cmd_attach_image(args) -> int:
    from desktopapp.catalogue import images

    result = images.attach_by_name(_catalogue_path(args), args.name, Path(args.file), role=args.role,
                                   note=args.note)
    print(f"已为“{result.entity_name}”添加图片（{result.width}×{result.height}）。")
    print(f"已写入工作副本：{result.catalogue}")
    return 0


def cmd_migrate(args) -> int:
    from desktopapp.catalogue import migrate

    target = migrate.migrate_copy(Path(args.file), Path(args.output) if args.output else None)
    print(f"已转换为新格式的副本：{target}（原文件未改动）")
    return 0


COMMANDS = {"import": cmd_import, "template": cmd_template, "export": cmd_export,
            "attach-image": cmd_attach_image, "migrate": cmd_migrate}


