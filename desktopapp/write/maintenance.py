"""Writing to a catalogue safely: only ever a working copy in the user's data folder, backed up first, in one
transaction, with every derived structure brought up to date by `derive` inside that same transaction.

`Catalogue` stays read-only; this module opens its own read-write connection on the working copy only.
The bundled catalogue (and any catalogue the user opened from elsewhere) is never written: the first change
copies it into `userdirs.catalogues_dir()`, and the app then opens the copy. A catalogue's triggers never
run in our writes: a working copy is made without them (and any found later are dropped before writing).
A write interrupted by a crash leaves a hot journal; `recover()` rolls it back with one read-write open. A
full disk rolls the write back and says so (SQLite shrinks the file back to its size before the write).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from desktopapp.catalogue import paths, schema, userdirs
from desktopapp.catalogue.connection import open_again
from desktopapp.index import freshness
from desktopapp.write import derive
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


# A catalogue the user owns of at least this size is written in place: copying gigabytes for every import
# costs more than the import (its undo records, kept in the file, take the copy's place; `full_backup` is
# there when a copy is wanted). Smaller ones, and the bundled catalogue, get a working copy.
IN_PLACE_BYTES = 64 * 2**20


def writes_in_place(path: str | Path) -> bool:
    """True for a large catalogue the user can write, other than the bundled one: it is changed in place."""
    path = Path(path)
    try:
        if path.resolve() == paths.bundled_catalogue().resolve() or path.stat().st_size < IN_PLACE_BYTES:
            return False
    except OSError:
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def backs_up(path: str | Path) -> bool:
    """Whether a write to `path` takes a whole-file backup first (not for catalogues written in place)."""
    return not writes_in_place(path)


def is_working_copy(path: str | Path) -> bool:
    """True if `path` lies in the user's catalogues folder (the only place this program writes)."""
    try:
        Path(path).resolve().relative_to(userdirs.catalogues_dir().resolve())
    except ValueError:
        return False
    return Path(path).resolve() != paths.bundled_catalogue().resolve()


def _full_disk(exc: BaseException) -> bool:
    return (isinstance(exc, sqlite3.Error) and "full" in str(exc)) or (
        isinstance(exc, OSError) and exc.errno == errno.ENOSPC)


def _disk_full_error(path: Path) -> CatalogueError:
    return CatalogueError(translate(
        "Catalogue", "磁盘空间不足，无法写入 {path}。本次修改已全部撤销，目录保持修改前的样子。请清理磁盘空间后重试。"
    ).format(path=path))


def _copy_db(source: Path, target: Path, finish=None) -> None:
    """A consistent copy through SQLite's backup API (the source is read through a read-only connection);
    `finish(conn)` runs on the copy before it is moved into place. A full disk leaves nothing behind."""
    tmp = paths.temporary_beside(target, ".copy-")
    try:
        src = open_again(source)
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(dst)
            if finish is not None:
                finish(dst)
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        if _full_disk(exc):
            raise _disk_full_error(target) from exc
        raise
    finally:
        for leftover in (tmp, Path(str(tmp) + "-journal")):
            if leftover.exists():
                leftover.unlink()


def drop_triggers(conn: sqlite3.Connection) -> list[str]:
    """Drop every trigger (a catalogue has none of its own; one in a file is not ours to run). Returns
    their names. Inside the caller's transaction."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for name in names:
        conn.execute('DROP TRIGGER IF EXISTS "{}"'.format(name.replace('"', '""')))
    return names


def _untouched(path: Path) -> bool:
    """Whether no program wrote to `path` since its last stamp (its packed arrays are current)."""
    counter = freshness.change_counter(path)
    try:
        conn = open_again(path)
        try:
            return counter is not None and freshness.stamped_counter(conn) == str(counter)
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _make_working(source: Path):
    untouched = _untouched(source)

    def finish(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        drop_triggers(conn)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('working_copy_of', ?)",
                     (str(source.resolve()),))
        conn.execute("COMMIT")
        if untouched:
            derive.stamp(conn)  # the same data as the original, whose packed arrays were current
    return finish


def working_copy(path: str | Path) -> Path:
    """The writable catalogue for changes to `path`: `path` itself if it is a working copy; else the working
    copy made of `path` before (so that successive imports and images, from the app or the command line, add
    up in one copy); else a new copy. A catalogue the user made with `desktopapp new` is its own working copy."""
    from desktopapp.write.newcatalogue import is_own_file

    path = Path(path)
    if is_working_copy(path) or writes_in_place(path) or is_own_file(path):
        return path
    folder = userdirs.catalogues_dir()
    source = str(path.resolve())
    target = folder / f"{path.stem}-工作副本.db"
    if target.exists():
        if _copied_from(target) == source:
            return target
        target = folder / f"{path.stem}-工作副本-{_stamp()}.db"
    _copy_db(path, target, _make_working(path))
    return target


def existing_working_copy(path: str | Path) -> Path | None:
    """Where changes to `path` were written so far, without making a copy: `path` itself if it is a working
    copy or written in place, else the newest working copy made of it, else None."""
    path = Path(path)
    if is_working_copy(path) or writes_in_place(path):
        return path
    source = str(path.resolve())
    copies = sorted(userdirs.catalogues_dir().glob(f"{path.stem}-工作副本*.db"),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    return next((c for c in copies if _copied_from(c) == source), None)


def _copied_from(copy: Path) -> str | None:
    """The catalogue file a working copy was made of, as recorded in it (None if unknown or unreadable)."""
    try:
        conn = open_again(copy)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'working_copy_of'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def backup(path: str | Path, target: str | Path | None = None) -> Path:
    """A full, consistent copy of a catalogue (by default timestamped, in the backups folder); returns its
    path. Taken before each write to a working copy, and on request (`full_backup`) for any catalogue."""
    path = Path(path)
    target = Path(target) if target else userdirs.backups_dir() / f"{path.stem}-{_stamp()}.db"
    untouched = _untouched(path)
    _copy_db(path, target, derive.stamp if untouched else None)  # a copy has a change counter of its own
    return target


full_backup = backup


def hot_journal(path: str | Path) -> Path | None:
    """The rollback journal left beside `path` by a write that did not finish, if any."""
    journal = Path(str(path) + "-journal")
    try:
        return journal if journal.is_file() and journal.stat().st_size > 0 else None
    except OSError:
        return None


def recover(path: str | Path) -> bool:
    """Roll back the hot journal of an interrupted write on a working copy (one read-write open: SQLite
    restores the pages the write had changed). True if there was one. The journal of a write still under
    way in another program is not hot: SQLite leaves it, and so does this. Files that are not working copies are
    never written: their journal stays, and opening them read-only says what to do."""
    path = Path(path)
    if hot_journal(path) is None or not (is_working_copy(path) or writes_in_place(path)):
        return False
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.5)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the first read rolls the journal back
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return False  # a write under way in another program, not an interrupted one
        raise CatalogueError(translate("Catalogue", "{path} 上次的写入没有完成，恢复失败：{error}").format(
            path=path, error=exc)) from exc
    except sqlite3.Error as exc:
        raise CatalogueError(translate("Catalogue", "{path} 上次的写入没有完成，恢复失败：{error}").format(
            path=path, error=exc)) from exc
    finally:
        conn.close()
    return hot_journal(path) is None


def _open_for_writing(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: a write keeps its pages, readers are locked out briefly
    return conn


@contextmanager
def writing(path: str | Path, work=None):
    """A read-write connection on a working copy (or a large catalogue written in place), inside one
    transaction (committed on success, rolled back on any exception). Refuses anything else; drops any
    trigger of a working copy first, and refuses a catalogue written in place that has one. The writer
    calls `derive.derive` with what it changed; if it did not (nothing derived changed), the generation is
    still raised. After the commit the change counter is stamped (see derive). `work` (catalogue/work.py):
    a cancel interrupts the connection and rolls the write back."""
    from desktopapp.catalogue.work import NOTHING

    work = work or NOTHING
    path = Path(path)
    from desktopapp.write.newcatalogue import is_own_file

    own = is_working_copy(path)
    if not own and not writes_in_place(path) and not is_own_file(path):
        raise CatalogueError(translate("Catalogue", "只能修改工作副本，不能直接修改 {path}。").format(path=path))
    conn = _open_for_writing(path)
    try:
        with work.connection(conn):  # until the commit, a cancel interrupts and rolls back
            conn.execute("BEGIN IMMEDIATE")
            try:
                if own:
                    drop_triggers(conn)
                    schema.ensure_lookup_indexes(conn)
                elif conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger'").fetchone():
                    raise CatalogueError(translate(
                        "Catalogue", "{path} 含有触发器（会在写入时自动执行的指令），本程序不会在这样的文件里写入。"
                        "请先打开它的副本（较小的目录会自动使用工作副本）。").format(path=path))
                counter = freshness.change_counter(path)
                if counter is None or freshness.stamped_counter(conn) != str(counter):
                    # Written by another program since our last write (or not to be told): what our writes
                    # keep up to date row by row is made again whole (name keys), or checked whole (imports).
                    derive.forget_kept(conn)
                start = freshness.generation(conn)
                yield conn
                if freshness.generation(conn) == start:
                    derive.seal(conn)
                work.check()
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # a failed COMMIT may have rolled back already
                    conn.execute("ROLLBACK")
                raise
        derive.stamp(conn)
    except (sqlite3.Error, OSError) as exc:
        if _full_disk(exc):
            raise _disk_full_error(path) from exc
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise CatalogueError(translate("Catalogue", "{path} 正被其他程序锁定，暂时无法写入。请稍后重试。").format(
                path=path)) from exc
        raise
    finally:
        conn.close()


def next_id(conn: sqlite3.Connection, table: str) -> int:
    return (conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0] or 0) + 1


def insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Insert dict rows, keeping only the table's known columns."""
    columns = list(schema.TABLES[table])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.executemany(sql, [[row.get(c) for c in columns] for row in rows])
