"""Keeping a catalogue up to date: `import`, `template`, `export`, `attach-image`, `publisher`, `undo`,
`backup`, `migrate`."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from desktopapp.catalogue.kinds import IMAGE_KINDS, IMPORT_KINDS
from desktopapp.cli import options, output
from desktopapp.cli.common import catalogue_path, open_catalogue, search_filters
from desktopapp.i18n import translate


def add_parsers(sub) -> None:
    p = sub.add_parser("import", help="import rows from a CSV or XLSX file (checked first; all or nothing)")
    p.add_argument("file")
    p.add_argument("--kind", choices=IMPORT_KINDS, required=True)
    p.add_argument("--dry-run", action="store_true", help="check and report only; write nothing")
    p.add_argument("--source", metavar="名称", help="name of the source the rows come from (default: the file)")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("template", help="write an empty import spreadsheet with a data dictionary")
    p.add_argument("--kind", choices=IMPORT_KINDS, required=True)
    options.add_output(p, "FILE.xlsx")
    options.catalogue_unused(p)
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser(
        "export", help="export a list (search filters as in `search`) to CSV, XLSX, JSON or newline-delimited JSON",
        description="Without a format option the file's suffix decides: .csv for spreadsheets (UTF-8 with BOM, "
                    "a first line stating the filters), .xlsx. --csv, --json and --nl write the same columns as "
                    "plain data for scripts (no BOM, no first line).")
    p.add_argument("text", nargs="?", default="")
    options.add_filters(p, kind_help="entity kind (default: enterprise)")
    options.add_formats(p, "JSON: one array of objects", "newline-delimited JSON: one object per line",
                        "plain CSV (UTF-8, header line first)")
    options.add_output(p, "FILE", help="FILE.csv or FILE.xlsx, or any name with --csv/--json/--nl; "
                                       "- writes to standard output (CSV unless a format is given)")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_export, format=None)

    p = sub.add_parser("attach-image", help="attach a photo or logo to an enterprise, project or facility")
    p.add_argument("name")
    p.add_argument("file")
    p.add_argument("--role", choices=IMAGE_KINDS, default="photo")
    p.add_argument("--note", help="where the image comes from")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_attach_image)

    p = sub.add_parser("publisher", help="show or set who hands the brochures over (printed on the cover and "
                                         "in every footer)",
                       description="Without options: show the publisher block. With options: set those fields "
                                   "(an empty value removes one) in the working copy, keeping the others.")
    for name, what in (("office", "office name"), ("address", "postal address"), ("phone", "phone number"),
                       ("email", "e-mail address"), ("web", "web address (printed with its QR code)")):
        p.add_argument(f"--{name}", metavar="TEXT", help=what)
    logo = p.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="FILE", help="logo image (PNG, JPEG …)")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_publisher)

    p = sub.add_parser("undo", help="take back the last import or edit recorded in the catalogue's working copy")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_undo)

    p = sub.add_parser("backup", help="write a full, consistent copy of the catalogue (its working copy if "
                                      "there is one)")
    options.add_output(p, "FILE.db")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("migrate", help="convert an older catalogue to the current format, as a copy")
    p.add_argument("file")
    options.add_output(p, "FILE", required=False,
                       help="the converted copy (default: in the user data folder)")
    options.catalogue_unused(p)
    p.set_defaults(handler=cmd_migrate)


def cmd_import(args) -> int:
    from desktopapp.write import importer
    from desktopapp.logs import log

    file = output.check_input(args.file)
    source = catalogue_path(args)
    report = importer.run(source, file, args.kind, dry_run=args.dry_run, source=args.source)
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    if report.written:
        output.check_written(report.catalogue)
        log.info("import: %s (%s, %d rows) into %s, backup %s", file, args.kind, report.rows, report.catalogue,
                 report.backup)
        print(report.where_written())
    elif report.ok and args.dry_run:
        print(translate("Cli", "（试运行，未写入任何内容）"))
    else:
        log.info("import refused: %s (%s): %d problems", file, args.kind, len(report.problems))
    return 0 if report.ok else 1


def cmd_template(args) -> int:
    from desktopapp.write import importer

    with output.written(args.output) as tmp:
        importer.write_template(args.kind, tmp)
    output.status(f"wrote {output.shown(args.output)}", args.output)
    return 0


def _export_csv(cat, filters, folder: Path) -> tuple[Path, int]:
    from desktopapp.catalogue import exporting

    path = folder / "list.csv"
    n = exporting.export_list(cat, filters, path)
    return path, n


def _plain_records(path: Path):
    """The rows of an exported CSV as dicts: the first line (the filters) and the apostrophes that keep
    spreadsheets from running cells as formulas are taken off; empty cells are None."""
    from desktopapp.catalogue.csvcells import unprotect

    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)  # "# 招商图鉴导出 …"
        columns = next(reader, [])
        rows = [{c: (unprotect(v) if v != "" else None) for c, v in zip(columns, row, strict=False)} for row in reader]
    return columns, rows


def cmd_export(args) -> int:
    import tempfile

    from desktopapp.catalogue import exporting

    kind = args.kind or "enterprise"
    fmt = args.format or ("csv" if output.to_stdout(args.output) else None)
    if fmt is None and Path(args.output).suffix.lower() not in (".csv", ".xlsx"):
        raise output.OutputError(translate("Cli", "只能导出为 .csv 或 .xlsx 文件，或用 --csv、--json、--nl 指定格式："
                                                  "{path}").format(path=args.output))
    with open_catalogue(args) as cat:
        filters = search_filters(cat, args, kind)
        with output.written(args.output) as tmp:
            if fmt is None:  # for spreadsheets, as the window's 导出列表… writes it
                n = exporting.export_list(cat, filters, tmp)
            else:
                with tempfile.TemporaryDirectory(prefix="desktopapp-export-") as folder:
                    path, _ = _export_csv(cat, filters, Path(folder))
                    columns, rows = _plain_records(path)
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    n = output.write_records(fh, fmt, columns, rows)
    message = translate("Cli", "已导出 {n} 条到 {path}").format(n=n, path=output.shown(args.output))
    output.status(message, args.output)
    return 0


def cmd_attach_image(args) -> int:
    from desktopapp.write import images
    from desktopapp.logs import log

    file = output.check_input(args.file)
    result = images.attach_by_name(catalogue_path(args), args.name, file, role=args.role, note=args.note)
    output.check_written(result.catalogue)
    log.info("image attached to %s: %s into %s", result.entity_name, file, result.catalogue)
    print(translate("Cli", "已为“{name}”添加图片（{w}×{h}）。").format(name=result.entity_name, w=result.width,
                                                                  h=result.height))
    print(translate("Cli", "已写入工作副本：{path}").format(path=result.catalogue))
    return 0


def cmd_migrate(args) -> int:
    from desktopapp.write import migrate

    source = output.check_input(args.file)
    if args.output:
        if not output.to_stdout(args.output) and Path(args.output).absolute() == source.absolute():
            raise output.OutputError(translate("Cli", "转换后的副本不能覆盖原文件：{path}").format(path=source))
        with output.written(args.output) as tmp:
            migrate.migrate_copy(source, tmp)
        target = args.output
    else:
        target = output.check_written(migrate.migrate_copy(source, None))
    message = translate("Cli", "已转换为新格式的副本：{path}（原文件未改动）").format(path=output.shown(target))
    output.status(message, args.output)
    return 0



def cmd_publisher(args) -> int:
    from desktopapp.catalogue import Catalogue, publisher
    from desktopapp.write.publisher import store as store_publisher
    from desktopapp.write import maintenance
    from desktopapp.logs import log

    given = {f: getattr(args, f) for f in publisher.TEXT_FIELDS if getattr(args, f) is not None}
    source = catalogue_path(args)
    if not given and args.logo is None and not args.no_logo:  # show
        shown = maintenance.existing_working_copy(source) or source
        with Catalogue(shown) as cat:
            who = publisher.read(cat)
        if who.empty:
            print(translate("Cli", "这个目录还没有发布信息。用 --office、--address、--phone、--email、--web、"
                                   "--logo 设置。"))
            return 0
        labels = publisher_labels()
        for f in publisher.TEXT_FIELDS:
            print(f"{labels[f]}：{getattr(who, f) or '—'}")
        print(f"{labels['logo']}：" + (translate("Cli", "有") if who.logo else "—"))
        return 0
    logo = output.check_input(args.logo) if args.logo else None
    base = maintenance.existing_working_copy(source) or source
    with Catalogue(base) as cat:
        current = publisher.read(cat)
    target = store_publisher(source, publisher.with_fields(current, **given), logo_file=logo,
                             clear_logo=args.no_logo)
    output.check_written(target)
    log.info("publisher set in %s", target)
    print(translate("Cli", "已保存发布信息。"))
    print(translate("Cli", "已写入工作副本：{path}").format(path=target))
    return 0


def publisher_labels() -> dict[str, str]:
    return {"office": translate("Cli", "发布机构"), "address": translate("Cli", "地址"),
            "phone": translate("Cli", "电话"), "email": translate("Cli", "邮箱"), "web": translate("Cli", "网址"),
            "logo": translate("Cli", "标志")}


def cmd_undo(args) -> int:
    from desktopapp.catalogue import Catalogue, CatalogueError
    from desktopapp.write import maintenance, undo
    from desktopapp.logs import log

    source = catalogue_path(args)
    Catalogue(source).close()  # a file that is not a catalogue is said as such
    target = maintenance.existing_working_copy(source)
    if target is None:
        raise CatalogueError(translate("Cli", "{path} 还没有被修改过（没有工作副本），没有可以撤销的导入或修改。").format(
            path=source))
    label = undo.undo_last(target)
    log.info("undo: %s in %s", label, target)
    print(translate("Cli", "已撤销：{label}").format(label=label))
    print(translate("Cli", "已写入工作副本：{path}").format(path=target))
    return 0


def cmd_backup(args) -> int:
    from desktopapp.catalogue import Catalogue
    from desktopapp.write import maintenance

    source = Path(catalogue_path(args))
    source = maintenance.existing_working_copy(source) or source
    if not output.to_stdout(args.output) and Path(args.output).absolute() == source.absolute():
        raise output.OutputError(translate("Cli", "备份不能覆盖目录文件本身：{path}").format(path=source))
    Catalogue(source).close()  # a file that is not a catalogue is said before anything is written
    with output.written(args.output) as tmp:
        maintenance.full_backup(source, tmp)
    message = translate("Cli", "已备份 {source} 到 {path}").format(source=source, path=output.shown(args.output))
    output.status(message, args.output)
    return 0
