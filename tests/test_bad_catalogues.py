"""Bad catalogue files: each is refused with a Chinese message saying what is wrong and what to do, the file's
bytes stay exactly as they were, and in the GUI the catalogue already open stays open."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import threading

import pytest
from conftest import alter

from desktopapp.catalogue import Catalogue, CatalogueError, connection, schema
from desktopapp.write import migrate
from desktopapp.catalogue.errors import OldCatalogueError


def sha(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture(autouse=True)
def user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("DESKTOPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESKTOPAPP_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setattr(connection, "LOCK_TIMEOUT", 0.2)


@pytest.fixture
def copy(tmp_path, bundled_db):
    target = tmp_path / "copy.db"
    shutil.copyfile(bundled_db, target)
    return target


def refused(path) -> str:
    """Open `path`, expect a refusal, check the bytes did not change; return the message."""
    before = sha(path) if os.path.isfile(path) else None
    with pytest.raises(CatalogueError) as info:
        Catalogue(path)
    if before is not None:
        assert sha(path) == before
    message = str(info.value)
    assert str(path) in message
    return message


def make_version_0(path) -> None:
    """The early format (see migrate.py): no pinyin or sort_key columns, full-text index without pinyin."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE entities_fts")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%sort_key%'"
                                ).fetchall():
        conn.execute(f'DROP INDEX "{name}"')
    conn.execute("ALTER TABLE entities DROP COLUMN pinyin")
    conn.execute("ALTER TABLE entities DROP COLUMN sort_key")
    conn.execute('CREATE VIRTUAL TABLE "entities_fts" USING FTS5 ("name", "aliases", "chains", "summary", '
                 "tokenize='trigram', content=\"entities\")")
    conn.execute("INSERT INTO entities_fts (entities_fts) VALUES ('rebuild')")
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


# ---------------------------------------------------------------------------------------------- not a catalogue


def test_missing_file(tmp_path):
    message = refused(tmp_path / "nowhere.db")
    assert "找不到目录文件" in message and "移动" in message


def test_a_folder(tmp_path):
    assert "是一个文件夹" in refused(tmp_path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    message = refused(path)
    assert "空文件" in message and "重新获取" in message


def test_not_a_sqlite_file(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库，只是一段文字。\n" * 50, encoding="utf-8")
    message = refused(path)
    assert "不是 SQLite 数据库" in message and "请选择由本程序生成的 .db 文件" in message


def test_a_png_renamed_to_db(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    assert "不是 SQLite 数据库" in refused(path)


@pytest.mark.parametrize("keep", [10, 100, 4096, "half"])
def test_truncated_file(copy, keep):
    size = copy.stat().st_size
    with open(copy, "r+b") as fh:
        fh.truncate(size // 2 if keep == "half" else keep)
    message = refused(copy)
    assert "不完整" in message and "中断" in message


def test_corrupted_in_the_middle(copy):
    # The start of the middle page (its header and cell pointers): bytes flipped at an arbitrary offset can
    # land in a page's free space, which no check can notice, and where that is moves with every build.
    size = copy.stat().st_size
    page_size = int.from_bytes(copy.read_bytes()[16:18], "big")
    at = size // 2 // page_size * page_size
    with open(copy, "r+b") as fh:
        fh.seek(at)
        data = fh.read(64)
        fh.seek(at)
        fh.write(bytes(b ^ 0xFF for b in data))
    message = refused(copy)
    assert "已损坏" in message and "完好的副本" in message


def test_corrupted_page_header(copy):
    page = 4096 * (copy.stat().st_size // 4096 // 3)
    with open(copy, "r+b") as fh:
        fh.seek(page)
        fh.write(b"\xff" * 16)
    assert "已损坏" in refused(copy)


def test_damaged_text_inside_a_record_still_shows(copy):
    """Bytes flipped inside a name (not the structure) pass the checks: the name shows a replacement
    character instead of failing every query that reads it."""
    data = copy.read_bytes()
    name = "华虹仪表".encode()
    at = data.index(name, len(data) // 4)
    with open(copy, "r+b") as fh:
        fh.seek(at + 1)
        fh.write(b"\xff")
    with Catalogue(copy) as cat:
        damaged = []
        for table in schema.TABLES:
            for row in cat.conn.execute(f"SELECT * FROM {table}"):
                damaged += [v for v in tuple(row) if isinstance(v, str) and "\ufffd" in v]
        assert damaged
        from desktopapp.catalogue.filters import Filters

        for kind in schema.KINDS:
            for eid in cat.ids(Filters(kind=kind, text="华虹")) + cat.ids(Filters(kind=kind)):
                cat.details(eid)


def test_another_programs_database(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('hello')")
    conn.commit()
    conn.close()
    message = refused(path)
    assert "缺少数据表 entities" in message and "其他程序的数据库" in message


@pytest.mark.parametrize("table", ["facet_values", "meta", "sources"])
def test_missing_table(copy, table):
    alter(copy, f"DROP TABLE {table}")
    assert f"缺少数据表 {table}" in refused(copy)


def test_missing_columns(copy):
    alter(copy, "DROP TABLE entities_fts", "ALTER TABLE entities DROP COLUMN summary",
          "ALTER TABLE entities DROP COLUMN chains")
    message = refused(copy)
    assert "数据表 entities 缺少列 chains、summary" in message


# ---------------------------------------------------------------------------------------------- versions


def test_newer_version_is_refused_and_says_which_version_is_needed(copy):
    alter(copy, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 3}")
    message = refused(copy)
    assert f"第 {schema.SCHEMA_VERSION + 3} 版" in message
    assert f"只支持到第 {schema.SCHEMA_VERSION} 版" in message and "请升级" in message


def test_older_version_offers_a_converted_copy_and_keeps_the_original(copy, tmp_path):
    make_version_0(copy)
    before = sha(copy)
    with pytest.raises(OldCatalogueError) as info:
        Catalogue(copy)
    assert info.value.version == 0
    assert "旧版目录格式（第 0 版）" in str(info.value) and "原文件保持不变" in str(info.value)
    converted = migrate.migrate_copy(copy)
    assert sha(copy) == before
    assert converted.parent == tmp_path / "data" / "catalogues"
    with Catalogue(converted) as cat:
        from desktopapp.catalogue.filters import Filters

        assert cat.meta["schema_version"] == str(schema.SCHEMA_VERSION)
        # What version 1 added works: pinyin, initials and the full-text index with pinyin.
        hhyb = cat.ids(Filters(kind="enterprise", text="hhyb"))
        assert "华虹仪表" in cat.row(hhyb[0])["name"]
        assert hhyb[0] in cat.ids(Filters(kind="enterprise", text="huahongyibiao"))
        assert cat.conn.execute("SELECT sort_key FROM entities WHERE id = ?", (hhyb[0],)).fetchone()[0]
    with Catalogue() as bundled, Catalogue(converted) as cat:
        assert bundled.kind_counts() == cat.kind_counts()


def test_migration_registry_covers_every_old_version():
    assert all(v in migrate.MIGRATIONS for v in range(0, schema.SCHEMA_VERSION))
    assert migrate.can_migrate(0) and not migrate.can_migrate(schema.SCHEMA_VERSION)
    # What the read face promises to old files (connection.py) is what migrate can do.
    assert all(migrate.can_migrate(v) for v in range(schema.OLDEST_CONVERTIBLE, schema.SCHEMA_VERSION))


def test_a_failed_migration_leaves_no_copy_and_the_original_unchanged(copy, tmp_path, monkeypatch):
    make_version_0(copy)
    before = sha(copy)

    def broken(conn):
        conn.execute("UPDATE entities SET name = 'x'")
        raise RuntimeError("step failed")

    monkeypatch.setitem(migrate.MIGRATIONS, 0, broken)
    target = tmp_path / "out" / "converted.db"
    with pytest.raises(RuntimeError):
        migrate.migrate_copy(copy, target)
    assert sha(copy) == before
    assert not target.exists() and list((tmp_path / "out").iterdir()) == []


def test_migration_never_overwrites_the_original(copy):
    make_version_0(copy)
    with pytest.raises(CatalogueError):
        migrate.migrate_copy(copy, copy)


# ---------------------------------------------------------------------------------------------- files in use


def test_locked_by_another_program(copy):
    other = sqlite3.connect(copy, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        message = refused(copy)
        assert "正被其他程序锁定" in message and "重试" in message
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Catalogue(copy) as cat:  # opens once the other program lets go
        assert cat.kind_counts()["enterprise"] > 0


def test_a_lock_held_in_another_thread_while_opening(copy):
    """The lock is taken and released by another thread while we wait: the open succeeds."""
    ready, release = threading.Event(), threading.Event()

    def hold():
        other = sqlite3.connect(copy, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        ready.set()
        release.wait(5)
        other.execute("ROLLBACK")
        other.close()

    t = threading.Thread(target=hold)
    t.start()
    ready.wait(5)
    threading.Timer(0.05, release.set).start()
    try:
        with Catalogue(copy) as cat:
            assert cat.kind_counts()["enterprise"] > 0
    finally:
        release.set()
        t.join()


def test_read_only_media(tmp_path, bundled_db):
    folder = tmp_path / "cdrom"
    folder.mkdir()
    path = folder / "catalogue.db"
    shutil.copyfile(bundled_db, path)
    before = sha(path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    try:
        with Catalogue(path) as cat:
            assert cat.kind_counts()["enterprise"] > 0
            # The connection itself refuses writes (mode=ro, query_only), whoever runs the program.
            with pytest.raises(sqlite3.DatabaseError):
                cat.conn.execute("CREATE TABLE x (a)")
            with pytest.raises(sqlite3.DatabaseError):
                cat.conn.execute("UPDATE entities SET name = 'x'")
        assert sha(path) == before
        assert sorted(p.name for p in folder.iterdir()) == ["catalogue.db"]  # no journal left behind
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="running as root: file permissions are not enforced, so an unreadable file reads fine")
def test_unreadable_file(copy):
    copy.chmod(0)
    try:
        message = refused(copy)
        assert "无法读取文件" in message and "权限" in message
    finally:
        copy.chmod(0o644)


@pytest.mark.parametrize("folder, name", [
    ("招商 目录", "园区 企业 目录.db"),
    ("with #hash and %20 and ?", "目录 #1 100%.db"),
])
def test_paths_with_chinese_characters_spaces_and_uri_characters(tmp_path, bundled_db, folder, name):
    path = tmp_path / folder / name
    path.parent.mkdir()
    shutil.copyfile(bundled_db, path)
    before = sha(path)
    with Catalogue(path) as cat:
        assert cat.kind_counts()["enterprise"] > 0
        assert cat.path == path
    assert sha(path) == before
    # A bad file at such a path is refused with the path spelled out.
    bad = path.with_name("坏 文件 #2.db")
    bad.write_bytes(b"hello")
    assert "不是 SQLite 数据库" in refused(bad)


# ---------------------------------------------------------------------------------------------- in the GUI


def _answer_message_boxes(monkeypatch, answer=None):
    """Record QMessageBox calls instead of showing modal boxes; return the record."""
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def fake(kind):
        def show(parent, title, text, *args, **kwargs):
            seen.append((kind, title, text))
            return answer if answer is not None else QMessageBox.Ok
        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return seen


@pytest.mark.parametrize("damage", ["empty", "truncated", "newer"])
def test_gui_keeps_the_current_catalogue_open(window, copy, monkeypatch, damage):
    seen = _answer_message_boxes(monkeypatch)
    if damage == "empty":
        copy.write_bytes(b"")
    elif damage == "truncated":
        with open(copy, "r+b") as fh:
            fh.truncate(5000)
    else:
        conn = sqlite3.connect(copy)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    before = sha(copy)
    old = window.catalogue
    rows = window.current_section().model.rowCount()
    assert window.open_catalogue(copy) is False
    assert sha(copy) == before
    assert window.catalogue is old and window.catalogue.kind_counts()["enterprise"] > 0
    assert window.current_section().model.rowCount() == rows
    assert len(seen) == 1 and seen[0][1] == "无法打开目录" and str(copy) in seen[0][2]


def test_gui_offers_to_convert_an_old_catalogue(window, copy, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    make_version_0(copy)
    before = sha(copy)
    seen = _answer_message_boxes(monkeypatch, answer=QMessageBox.No)
    old = window.catalogue
    assert window.open_catalogue(copy) is False
    assert window.catalogue is old and sha(copy) == before
    assert seen[0][0] == "question" and "第 0 版" in seen[0][2] and "原文件保持不变" in seen[0][2]
    seen = _answer_message_boxes(monkeypatch, answer=QMessageBox.Yes)
    assert window.open_catalogue(copy) is True
    assert sha(copy) == before
    assert window.catalogue.path.parent == tmp_path / "data" / "catalogues"
    assert window.catalogue.path != copy


def test_version_1_gets_the_images_table(copy):
    alter(copy, "DROP TABLE images", "PRAGMA user_version = 1")
    before = sha(copy)
    with pytest.raises(OldCatalogueError) as info:
        Catalogue(copy)
    assert info.value.version == 1 and "第 1 版" in str(info.value)
    converted = migrate.migrate_copy(copy)
    assert sha(copy) == before
    with Catalogue(converted) as cat:
        assert cat.conn.execute("SELECT COUNT(*) FROM images").fetchone()[0] == 0
        fresh = sqlite3.connect(":memory:")
        import sqlite_utils

        schema.create(sqlite_utils.Database(fresh))
        want = fresh.execute("SELECT sql FROM sqlite_master WHERE name = 'images'").fetchone()[0]
        got = cat.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'images'").fetchone()[0]
        assert got.replace("IF NOT EXISTS ", "") == want
