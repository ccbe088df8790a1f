"""Where commands write: files checked before and after writing, `-o -` for standard output, and the
plain formats (--json, --nl, --csv) of `search` and `export`.

A command never says "已写入" unless the file is there: `written()` checks the folder first (missing or
unwritable: a clear message, exit 1), lets the command write a temporary file beside the target, checks that
it exists and is not empty, and only then moves it into place (an old file of the same name is replaced
only by a complete new one). For `-o -` the file is written in a temporary folder and copied to stdout.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktopapp.i18n import translate

STDOUT = "-"


class OutputError(Exception):
    """A file could not be written (or was not): the command fails with this message, exit code 1."""


class InputError(Exception):
    """A named input file or folder does not exist or cannot be read: exit code 1."""


def to_stdout(target) -> bool:
    return str(target) == STDOUT


def check_target(target: str | Path) -> Path:
    """`target` as a Path if a file can be written there; else OutputError saying why."""
    path = Path(target)
    if path.is_dir():
        raise OutputError(translate("Cli", "无法写入 {path}：这是一个文件夹，请给出文件名。").format(path=path))
    folder = path.parent
    if not folder.exists():
        raise OutputError(translate("Cli", "无法写入 {path}：文件夹 {folder} 不存在，请先创建它。").format(
            path=path, folder=folder.absolute()))
    if not folder.is_dir():
        raise OutputError(translate("Cli", "无法写入 {path}：{folder} 不是文件夹。").format(path=path, folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(translate("Cli", "无法写入 {path}：没有写入权限。").format(path=path))
    return path


def check_input(path: str | Path, what: str | None = None) -> Path:
    """An input file that must exist and be a readable file."""
    p = Path(path)
    if not p.exists():
        raise InputError(translate("Cli", "找不到文件：{path}").format(path=p))
    if not p.is_file():
        raise InputError(translate("Cli", "不是文件：{path}").format(path=p))
    if not os.access(p, os.R_OK):
        raise InputError(translate("Cli", "无法读取文件：{path}").format(path=p))
    return p


def check_written(path: str | Path) -> Path:
    """OutputError unless `path` is a file with something in it."""
    p = Path(path)
    try:
        size = p.stat().st_size if p.is_file() else -1
    except OSError:
        size = -1
    if size <= 0:
        raise OutputError(translate("Cli", "没有写出文件：{path}").format(path=p) if size < 0 else
                          translate("Cli", "写出的文件是空的：{path}").format(path=p))
    return p


def _oserror(target, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    return OutputError(translate("Cli", "无法写入 {path}：{reason}").format(path=target, reason=reason))


@contextlib.contextmanager
def written(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path (same suffix) for the command to write; afterwards check it and move it to
    `target`, or copy it to standard output when `target` is "-". Raises OutputError on any failure."""
    stdout = to_stdout(target)
    suffix = "" if stdout else Path(target).suffix
    if stdout:
        folder = Path(tempfile.mkdtemp(prefix="desktopapp-out-"))
        tmp = folder / f"output{suffix}"
    else:
        path = check_target(target)
        folder = None
        try:
            fd, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=f".partial{suffix}", dir=path.parent)
        except OSError as exc:
            raise _oserror(target, exc) from exc
        os.close(fd)
        os.unlink(name)  # writers create the file themselves (some refuse an existing one)
        tmp = Path(name)
    try:
        try:
            yield tmp
        except OSError as exc:
            raise _oserror(target, exc) from exc
        check_written(tmp)
        try:
            if stdout:
                sys.stdout.flush()
                binary = getattr(sys.stdout, "buffer", None)
                if binary is None:  # a text-only stream (a caller's StringIO): the formats are UTF-8 text
                    sys.stdout.write(tmp.read_text(encoding="utf-8", errors="replace"))
                else:
                    with open(tmp, "rb") as fh:
                        shutil.copyfileobj(fh, binary)
                    binary.flush()
            else:
                os.replace(tmp, path)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _oserror(target, exc) from exc
        if not stdout:
            check_written(path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def shown(target) -> str:
    """`target` as named in a message."""
    return translate("Cli", "标准输出") if to_stdout(target) else str(target)


def status(text: str, target=None) -> None:
    """A message about what was done: on stdout, or on stderr when stdout carries the data (`-o -`)."""
    print(text, file=sys.stderr if target is not None and to_stdout(target) else sys.stdout)


# ------------------------------------------------------------------------------------------ plain formats

FORMATS = ("json", "nl", "csv")


def write_records(stream, fmt: str, columns: list[str], records: Iterable[dict]) -> int:
    """Write `records` (dicts with `columns`) to a text stream in `fmt`; returns how many."""
    n = 0
    if fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for r in records:
            writer.writerow(["" if r.get(c) is None else r.get(c) for c in columns])
            n += 1
    elif fmt == "nl":
        for r in records:
            stream.write(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False, default=str) + "\n")
            n += 1
    elif fmt == "json":
        stream.write("[")
        for r in records:
            stream.write(("," if n else "") + "\n  " + json.dumps({c: r.get(c) for c in columns},
                                                                  ensure_ascii=False, default=str))
            n += 1
        stream.write("\n]\n" if n else "]\n")
    else:
        raise ValueError(fmt)
    return n
