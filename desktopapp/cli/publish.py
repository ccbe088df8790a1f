"""`publish -o DIR`: a Datasette kit of the catalogue (desktopapp/publish): a copy with views, metadata.yml."""

from __future__ import annotations

from pathlib import Path

from desktopapp.cli import options, output
from desktopapp.cli.common import catalogue_path
from desktopapp.i18n import translate


def add_parsers(sub) -> None:
    p = sub.add_parser("publish", help="write a read-only Datasette site of the catalogue into a folder",
                       description="Writes DIR/catalogue.db (a copy with views; the catalogue itself is not "
                                   "changed), DIR/metadata.yml and DIR/README.txt. Serve it with: "
                                   "datasette serve -i DIR/catalogue.db -m DIR/metadata.yml")
    options.add_output(p, "DIR", help="the folder to write (created if missing; its parent must exist)")
    options.add_catalogue(p)
    p.set_defaults(handler=cmd_publish)


def cmd_publish(args) -> int:
    from desktopapp.logs import log
    from desktopapp.publish import write_kit

    if output.to_stdout(args.output):
        raise output.OutputError(translate("Cli", "publish 写出一个文件夹，不能写到标准输出。"))
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise output.OutputError(translate("Cli", "无法写入 {path}：这不是文件夹。").format(path=folder))
    if not folder.exists():
        output.check_target(folder)  # its parent: exists, is a folder, can be written
    source = catalogue_path(args)
    try:
        files = write_kit(source, folder)
    except OSError as exc:
        raise output.OutputError(translate("Cli", "无法写入 {path}：{reason}").format(
            path=folder, reason=exc.strerror or exc)) from exc
    for path in files:
        output.check_written(path)
    log.info("published %s into %s", source, folder)
    print(translate("Cli", "已写入 {path}：{files}").format(path=folder, files="、".join(p.name for p in files)))
    print(translate("Cli", "在浏览器中查看：datasette serve -i {db} -m {meta}").format(db=files[0], meta=files[1]))
    return 0
