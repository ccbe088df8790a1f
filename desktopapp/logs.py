"""The program's log: a rotating file in the user's log folder, and native-crash (segfault) reports.

`start()` is called once at the start of the GUI and of every command: it adds a rotating handler for the
`desktopapp` logger (start, catalogue opened, imports, errors) to `desktopapp.log` in
`userdirs.log_dir()`. `enable_fault_file()` points `faulthandler` at a `fault-<time>-<pid>.log` file in
the same folder, so a native crash (which no Python handler sees) leaves its stack there; it is removed at a
normal exit. `native_crash_reports()` finds the files left by earlier runs, and `mark_reported()` renames
them so that the next start does not show them again. No Qt here: the command line uses it too.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

LOGGER = "desktopapp"
LOG_NAME = "desktopapp.log"
MAX_BYTES = 1_000_000  # per file; with BACKUPS kept, the log never takes more than a few MB
BACKUPS = 3
FAULT_PREFIX = "fault-"
NATIVE_PREFIX = "crash-native-"

log = logging.getLogger(LOGGER)
_fault_file = None  # the open faulthandler file of this process


def log_path() -> Path:
    """The current log file (its older parts sit beside it as .1, .2, …)."""
    from desktopapp.catalogue import userdirs

    return userdirs.log_dir() / LOG_NAME


def start(what: str) -> Path | None:
    """Log to the rotating file from now on and record the start; returns the file (None if the folder
    cannot be written: the program then runs without a log rather than not at all)."""
    from logging.handlers import RotatingFileHandler

    path = log_path()
    for h in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(h.baseFilename) != path.absolute():  # the log folder changed (tests): one file at a time
            log.removeHandler(h)
            h.close()
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                                          delay=True)
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False  # the terminal gets our own messages; the log gets the details
    from desktopapp import __version__

    log.info("start: %s (desktopapp %s, Python %s, %s)", what, __version__, sys.version.split()[0], sys.platform)
    return path


def enable_fault_file() -> Path | None:
    """Send faulthandler's report of a native crash to a file of this process in the log folder."""
    global _fault_file
    import atexit
    import faulthandler
    import time

    from desktopapp.catalogue import userdirs

    if _fault_file is not None:
        return Path(_fault_file.name)
    folder = userdirs.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{FAULT_PREFIX}{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
        _fault_file = open(path, "w", encoding="utf-8")  # noqa: SIM115 - open for the process's lifetime
    except OSError:
        return None
    faulthandler.enable(file=_fault_file, all_threads=True)
    atexit.register(_remove_fault_file)
    return path


def _remove_fault_file() -> None:
    """A normal exit: the fault file is empty and goes away."""
    global _fault_file
    import faulthandler

    if _fault_file is None:
        return
    faulthandler.disable()
    path = Path(_fault_file.name)
    _fault_file.close()
    _fault_file = None
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False  # Windows: a running process's file is open and cannot be renamed or removed anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def native_crash_reports() -> list[Path]:
    """Fault files that earlier runs left with a report in them (oldest first). Empty files of processes
    that ended without a crash (killed) are removed; those of running processes are left alone."""
    from desktopapp.catalogue import userdirs

    found = []
    try:
        files = sorted(userdirs.log_dir().glob(f"{FAULT_PREFIX}*.log"))
    except OSError:
        return []
    for path in files:
        try:
            pid = int(path.stem.rsplit("-", 1)[1])
        except (IndexError, ValueError):
            continue
        if _alive(pid):
            continue
        try:
            if path.stat().st_size == 0:
                path.unlink()
            else:
                found.append(path)
        except OSError:
            continue
    return found


def mark_reported(path: Path) -> Path:
    """Rename a fault file to crash-native-…, where it stays with the other crash reports; returns the name."""
    target = path.with_name(NATIVE_PREFIX + path.name[len(FAULT_PREFIX):])
    try:
        path.replace(target)
    except OSError:
        return path
    log.error("native crash of an earlier run, report: %s", target)
    return target
