"""Writing to a catalogue safely: only ever a working copy in the user's data folder, backed up first, in one
transaction, with every derived structure (pinyin, sort keys, chain names, facet values, full-text index,
packed arrays) brought up to date inside that same transaction.

`Catalogue` stays read-only; this module opens its own read-write connection on the working copy only.
The bundled catalogue (and any catalogue the user opened from elsewhere) is never written: the first change
copies it into `userdirs.catalogues_dir()`, and the app then opens the copy.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from desktopapp.catalogue import paths, schema, userdirs
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def is_working_copy(path: str | Path) -> bool:
    """True if `path` lies in the user's catalogues folder (the only place this program writes)."""
    try:
        Path(path).resolve().relative_to(userdirs.catalogues_dir().resolve())
    except ValueError:
        return False
    return Path(path).resolve() != paths.bundled_catalogue().resolve()


def _copy_db(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (the source is read through a read-only connection)."""
    tmp = paths.temporary_beside(target, ".copy-")
    try:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def working_copy(path: str | Path) -> Path:
    """The writable catalogue for changes to `path`: `path` itself if it is a working copy; else the working
    copy made of `path` before (so that successive imports and images, from the app or the command line, add
    up in one copy); else a new copy."""
    path = Path(path)
    if is_working_copy(path):
        return path
    folder = userdirs.catalogues_dir()
    source = str(path.resolve())
    target = folder / f"{path.stem}-工作副本.db"
    if target.exists():
        if _copied_from(target) == source:
            return target
        target = folder / f"{path.stem}-工作副本-{_stamp()}.db"
    _copy_db(path, target)
    conn = sqlite3.connect(target)
    try:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('working_copy_of', ?)", (source,))
        conn.commit()
    finally:
        conn.close()
    return target


def _copied_from(copy: Path) -> str | None:
    """The catalogue file a working copy was made of, as recorded in it (None if unknown or unreadable)."""
    try:
        conn = sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'working_copy_of'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def backup(path: str | Path) -> Path:
    """A timestamped copy of a working catalogue in the backups folder; returns its path."""
    path = Path(path)
    target = userdirs.backups_dir() / f"{path.stem}-{_stamp()}.db"
    _copy_db(path, target)
    return target


@contextmanager
def writing(path: str | Path):
    """A read-write connection on a working copy, inside one transaction (committed on success, rolled back
    on any exception). Refuses anything that is not a working copy."""
    path = Path(path)
    if not is_working_copy(path):
        raise CatalogueError(translate("Catalogue", "只能修改工作副本，不能直接修改 {path}。").format(path=path))
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # a failed COMMIT may have rolled back already
                conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
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


def _dicts(conn: sqlite3.Connection, sql: str) -> list[dict]:
    cur = conn.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def derive(conn: sqlite3.Connection, new_ids: set[int] | None = None) -> None:
    """Bring the derived data up to date after entities or their facts/links changed, as the build makes it:
    pinyin and sort keys (for `new_ids`, or all), chain names, facet values, the full-text index and the
    packed arrays. Runs inside the caller's transaction."""
    from desktopapp.catalogue import build, migrate

    migrate.update_text_keys(conn, f"WHERE id IN ({','.join(str(int(i)) for i in new_ids)})" if new_ids else "")
    rows = {r["id"]: r for r in _dicts(conn, "SELECT * FROM entities")}
    links = _dicts(conn, "SELECT * FROM links")
    before = {i: r["chains"] for i, r in rows.items()}
    build._chain_names(rows, links)
    conn.executemany("UPDATE entities SET chains = ? WHERE id = ?",
                     [(r["chains"], i) for i, r in rows.items() if r["chains"] != before[i]])
    conn.execute("DELETE FROM facet_values")
    insert(conn, "facet_values", facet_rows(conn, rows, links))
    migrate.rebuild_fts(conn)
    from desktopapp.catalogue import packing

    packing.pack(conn)


def facet_rows(conn: sqlite3.Connection, rows: dict[int, dict], links: list[dict]) -> list[dict]:
    """The facet values of every entity (`rows` by id, with their `links`), derived from the catalogue's
    tags, citations, mentions, facts, aliases, stages and sources as a build derives them."""
    from desktopapp.catalogue import build

    tags = _dicts(conn, "SELECT * FROM tags")
    citations = _dicts(conn, "SELECT id, source_id FROM citations")
    mentions = _dicts(conn, "SELECT * FROM mentions")
    facts = _dicts(conn, "SELECT * FROM facts")
    aliases = _dicts(conn, "SELECT * FROM aliases")
    stages = _dicts(conn, "SELECT * FROM stages")
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    scopes = {k[6:]: v for k, v in meta.items() if k.startswith("scope.")}
    corpus = SimpleNamespace(articles={s["id"]: SimpleNamespace(**s) for s in _dicts(
        conn, "SELECT id, title, date FROM sources")})
    return build._facet_values(rows, links, tags, citations, mentions, facts, aliases, stages, scopes, corpus)
