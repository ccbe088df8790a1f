"""The write side: every writer derives through `derive` and leaves derived data equal to a full rebuild;
packed arrays go stale with any write (ours or another program's) and forged ones are never trusted; a
catalogue's triggers never run in our writes; interrupted and full-disk writes are recovered, not hidden;
imports and edits are undone from records kept in the file."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from conftest import alter, altered_copy, assert_derived_as_rebuilt
from test_maintenance import GOOD, HEAD, write_csv

from desktopapp.catalogue import Catalogue, CatalogueError, Filters
from desktopapp.index import packing
from desktopapp.write import derive, edits, images, importer, maintenance, migrate, undo


def names(cat, text, kind="enterprise"):
    return {cat.row(i)["name"] for i in cat.ids(Filters(kind=kind, text=text))}


def packed_blobs(path, kind):
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, data FROM packed WHERE kind = ?", (kind,)).fetchall())
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------- per write path

def test_the_build_derives_as_a_rebuild(bundled_db):
    assert_derived_as_rebuilt(bundled_db)


def test_an_import_derives_only_what_it_touched_as_a_rebuild(tmp_path, source, monkeypatch):
    extended = []
    patch = packing.patch

    def imported(catalogue, rows, kind):
        with monkeypatch.context() as spy:  # the packs are extended, sort orders merged, nothing recomputed
            spy.setattr(packing, "patch", lambda *a: extended.append(a[1]) or patch(*a))
            spy.setattr(packing, "all_orders", lambda *a: pytest.fail("sort orders recomputed, not merged"))
            spy.setattr(packing, "compute", lambda *a: pytest.fail("facet columns recomputed, not extended"))
            report = importer.run(catalogue, write_csv(tmp_path / f"{kind}.csv", rows), kind)
        assert report.written, report.text()
        return report

    chains_before = packed_blobs(source, "chain")
    report = imported(source, [HEAD, *GOOD], "enterprise")
    assert extended == ["enterprise"]
    assert_derived_as_rebuilt(report.catalogue)
    assert packed_blobs(report.catalogue, "chain") == chains_before  # kinds it did not touch are not repacked
    projects = [["名称", "所属企业", "阶段", "产业链", "总投资（亿元）"],
                ["测试传感二期", "测试传感", "在建", "传感器及仪器仪表", "2"]]
    again = imported(report.catalogue, projects, "project")
    assert extended == ["enterprise", "project"]
    assert_derived_as_rebuilt(again.catalogue)


def test_an_import_updating_entities_patches_their_packs_as_a_rebuild(tmp_path, source, monkeypatch):
    """Rows updating existing entities (a new alias, tag, chain, stage and figure) beside a new one: the
    kind's packs are patched in place (facet entries, texts and sort positions of the updated entities
    replaced), nothing is recomputed, and everything equals a full rebuild; search finds the new alias."""
    patched = []
    patch = packing.patch
    rows = [["名称", "别名", "产业链", "标签", "阶段", "阶段日期", "产值（亿元）"],
            ["华虹仪表", "华虹补丁测试", "传感器及仪器仪表", "补丁测试标签", "达产", "2026-10", "7.25"],
            ["重庆补丁测试新增有限公司", "", "", "", "签约", "2026-09", "1.5"]]
    with monkeypatch.context() as spy:
        spy.setattr(packing, "patch", lambda *a: patched.append((a[1], len(a[2]), len(a[3]))) or patch(*a))
        spy.setattr(packing, "all_orders", lambda *a: pytest.fail("sort orders recomputed, not merged"))
        spy.setattr(packing, "compute", lambda *a: pytest.fail("facet columns recomputed, not patched"))
        report = importer.run(source, write_csv(tmp_path / "u.csv", rows), "enterprise")
    assert report.written and len(report.updated) == 1 and len(report.new_names) == 1, report.text()
    assert ("enterprise", 1, 1) in patched
    assert_derived_as_rebuilt(report.catalogue)
    with Catalogue(report.catalogue) as cat:
        assert all(packing.current_kinds(cat.conn).values())
        assert names(cat, "补丁测试") == {cat.row(cat.find("华虹仪表")[0])["name"], "重庆补丁测试新增有限公司"}
        assert list(cat.ids(Filters(kind="enterprise", facets={"tag": ["补丁测试标签"]}))) == cat.find("华虹仪表")


def test_many_updates_land_in_their_runs_of_the_patched_orders_as_a_rebuild(tmp_path, source, monkeypatch):
    """Updates moving entities into existing runs of equal values (stage, year, amount, scope), out
    of them, into new values and to not-stated ones, with new rows beside: each order is merged (ties by
    name inside a run) and equals a full rebuild."""
    with Catalogue(source) as cat:
        rows = [cat.row(i) for i in cat.ids(Filters(kind="enterprise"))][:12]
    stages = ["投产", "签约", "达产", "在建"]
    sheet = [["名称", "阶段", "阶段日期", "产值（亿元）", "范围"]]
    for n, row in enumerate(rows):
        sheet.append([row["name"], stages[n % 4], f"2026-0{1 + n % 9}", ["5", "3.5", "0.75", "12"][n % 4],
                      ["", "park", "district"][n % 3]])
    sheet += [[f"重庆排序补丁测试{n}有限公司", stages[n % 4], "2026-02", "", ""] for n in range(3)]
    with monkeypatch.context() as spy:
        spy.setattr(packing, "all_orders", lambda *a: pytest.fail("sort orders recomputed, not merged"))
        report = importer.run(source, write_csv(tmp_path / "many.csv", sheet), "enterprise")
    assert report.written and len(report.updated) >= 10 and len(report.new_names) == 3, report.text()
    assert_derived_as_rebuilt(report.catalogue)
    with Catalogue(report.catalogue) as cat:  # and on the patched packs: edits to a new category, then none
        eid = cat.find(rows[0]["name"])[0]
    copy = edits.update_entity(report.catalogue, eid, category="排序补丁类别", name="重庆排序补丁改名有限公司")
    assert_derived_as_rebuilt(copy)
    assert_derived_as_rebuilt(edits.update_entity(copy, eid, category=None, scope=None))


def test_undoing_an_import_cuts_its_rows_out_of_the_patched_packs_as_a_rebuild(tmp_path, source, monkeypatch):
    """Undo deletes the rows an import added and restores those it updated: the packs are patched (the
    deleted entities' entries taken out, later positions moved down), not packed again."""
    rows = [["名称", "阶段", "阶段日期", "产值（亿元）"], ["华虹仪表", "达产", "2026-10", "9.5"],
            *[[f"重庆撤销补丁测试{n}有限公司", "签约", f"2026-0{1 + n}", str(n + 1)] for n in range(4)]]
    report = importer.run(source, write_csv(tmp_path / "u.csv", rows), "enterprise")
    assert report.written, report.text()
    # An entity packed before the deleted ones' positions are cut out: an edit after the import moves it.
    with Catalogue(report.catalogue) as cat:
        last = cat.find("重庆撤销补丁测试3有限公司")[0]
    edits.update_entity(report.catalogue, last, summary="撤销前的修改")
    undo.undo_last(report.catalogue)  # the edit
    patched = []
    patch = packing.patch
    with monkeypatch.context() as spy:
        spy.setattr(packing, "patch", lambda *a: patched.append((a[1], len(a[5]))) or patch(*a))
        spy.setattr(packing, "all_orders", lambda *a: pytest.fail("sort orders recomputed, not merged"))
        spy.setattr(packing, "compute", lambda *a: pytest.fail("facet columns recomputed, not patched"))
        undo.undo_last(report.catalogue)  # the import
    assert [k for k, gone in patched if k == "enterprise" and gone >= 4] == ["enterprise"], patched
    assert_derived_as_rebuilt(report.catalogue)
    with Catalogue(report.catalogue) as cat:
        assert not names(cat, "撤销补丁测试") and cat.row(cat.find("华虹仪表")[0])["stage"] != "达产"


def test_entities_deleted_amid_others_are_cut_out_of_the_packs_as_a_rebuild(tmp_path, source, monkeypatch):
    """A write deleting entities packed before others (no writer of the app does yet; undo deletes the
    newest): the entities after them move down in every facet, text and order."""
    report = importer.run(source, write_csv(tmp_path / "e.csv", [HEAD, *GOOD]), "enterprise")
    with Catalogue(report.catalogue) as cat:
        doomed = [cat.find("华虹仪表")[0], cat.ids(Filters(kind="enterprise"))[3]]
    with monkeypatch.context() as spy, maintenance.writing(report.catalogue) as conn:
        spy.setattr(packing, "all_orders", lambda *a: pytest.fail("sort orders recomputed, not merged"))
        spy.setattr(packing, "compute", lambda *a: pytest.fail("facet columns recomputed, not patched"))
        changes = derive.Changes()
        changes.before_delete(conn, doomed)
        marks = ",".join(str(i) for i in doomed)
        for table in ("aliases", "mentions", "facts", "stages", "tags", "facet_values", "images"):
            conn.execute(f"DELETE FROM {table} WHERE entity_id IN ({marks})")
        conn.execute(f"DELETE FROM links WHERE src_id IN ({marks}) OR dst_id IN ({marks})")
        conn.execute(f"DELETE FROM entities WHERE id IN ({marks})")
        derive.derive(conn, changes)
    assert_derived_as_rebuilt(report.catalogue)


def test_an_image_keeps_derived_data_current(tmp_path, source):
    from PIL import Image

    picture = tmp_path / "p.png"
    Image.new("RGB", (40, 30), "red").save(picture)
    with Catalogue(source) as cat:
        eid = cat.find("华虹仪表")[0]
    result = images.attach(source, eid, picture)
    assert_derived_as_rebuilt(result.catalogue)


def test_a_migrated_copy_derives_as_a_rebuild(tmp_path, source):
    alter(source, "DROP TABLE images", "PRAGMA user_version = 1")
    converted = migrate.migrate_copy(source, tmp_path / "converted.db")
    assert_derived_as_rebuilt(converted)


def test_a_renamed_entity_is_found_by_its_new_name_at_once(source):
    with Catalogue(source) as cat:
        eid = cat.find("华虹仪表")[0]
        old = cat.row(eid)["name"]
        assert old in names(cat, "华虹仪表")
    copy = edits.update_entity(source, eid, name="重庆改名测试精密有限公司")
    with Catalogue(copy) as cat:
        assert all(packing.current_kinds(cat.conn).values())  # found through the packed arrays, not around them
        assert names(cat, "改名测试") == {"重庆改名测试精密有限公司"}
        assert old not in names(cat, old[:4])
        assert eid in cat.ids(Filters(kind="enterprise", text="gaimingceshi"))
    assert_derived_as_rebuilt(copy)


def test_a_rename_by_another_program_makes_packed_arrays_stale(tmp_path, bundled_db):
    copy = altered_copy(bundled_db, tmp_path / "c.db",
                        "UPDATE entities SET name = '重庆外部改名有限公司' WHERE name LIKE '%华虹仪表%'")
    with Catalogue(copy) as cat:
        assert not any(packing.current_kinds(cat.conn).values())
        assert names(cat, "外部改名") == {"重庆外部改名有限公司"}


# ---------------------------------------------------------------------------------------------- undo

def test_the_last_import_and_edit_are_undone_from_records_in_the_file(tmp_path, source):
    report = importer.run(source, write_csv(tmp_path / "e.csv", [HEAD, *GOOD]), "enterprise")
    copy = report.catalogue
    with Catalogue(copy) as cat:
        eid = cat.find("华虹仪表")[0]
        old_name = cat.row(eid)["name"]
    edits.update_entity(copy, eid, name="重庆撤销测试有限公司", summary="改过")
    assert undo.last(copy)["action"] == "edit"
    undo.undo_last(copy)
    with Catalogue(copy) as cat:
        assert cat.row(eid)["name"] == old_name and cat.find(GOOD[0][0])
    assert_derived_as_rebuilt(copy)
    assert undo.last(copy)["action"] == "import"
    undo.undo_last(copy)
    with Catalogue(copy) as cat, Catalogue(source) as original:
        assert not cat.find(GOOD[0][0]) and not names(cat, "测试传感")
        assert cat.kind_counts() == original.kind_counts()
        for table in ("citations", "facts", "links", "aliases", "tags", "facet_values", "sources"):
            count = f"SELECT COUNT(*) FROM {table}"
            assert cat.conn.execute(count).fetchone() == original.conn.execute(count).fetchone(), table
    assert_derived_as_rebuilt(copy)
    with pytest.raises(CatalogueError, match="没有可以撤销"):
        undo.undo_last(copy)


# ---------------------------------------------------------------------------------------------- hostile packs

@pytest.mark.parametrize("forgery", [
    ("ids", lambda meta: dict(meta, arrays=[["<i8", 2_000_000_000]])),        # a forged length: 14.9 GiB
    ("ids", lambda meta: dict(meta, arrays=[["O", meta["arrays"][0][1]]])),  # an object dtype
    ("facet:stage", lambda meta: dict(meta, values=meta["values"][:1], labels=meta["labels"][:1])),
    ("text:name", lambda meta: dict(meta, arrays=[["<u2", 1], ["<i8", 1]])),
    ("sort:name", None),                                                     # meta that is not JSON
])
def test_forged_packed_arrays_are_discarded_and_recomputed(tmp_path, bundled_db, catalogue, forgery):
    name, forge = forgery
    copy = tmp_path / "c.db"
    shutil.copyfile(bundled_db, copy)
    conn = sqlite3.connect(copy)
    meta = json.loads(conn.execute("SELECT meta FROM packed WHERE kind = 'enterprise' AND name = ?",
                                   (name,)).fetchone()[0])
    text = "{not json" if forge is None else json.dumps(forge(meta))
    conn.execute("UPDATE packed SET meta = ? WHERE kind = 'enterprise' AND name = ?", (text, name))
    conn.commit()
    conn.close()
    # Re-stamped, as if the file had been forged and then stamped to look current.
    conn = sqlite3.connect(copy, isolation_level=None)
    derive.stamp(conn)
    conn.close()
    with Catalogue(copy) as cat:
        assert packing.current_kinds(cat.conn)["enterprise"]
        for filters in (Filters(kind="enterprise"), Filters(kind="enterprise", text="华虹"),
                        Filters(kind="enterprise", facets={"stage": {"投产"}})):
            assert cat.ids(filters) == catalogue.ids(filters)
        assert cat.facet_counts(Filters(kind="enterprise")) == catalogue.facet_counts(Filters(kind="enterprise"))
        assert cat.ids(Filters(kind="enterprise"), sort="name") == catalogue.ids(Filters(kind="enterprise"), sort="name")


# ---------------------------------------------------------------------------------------------- triggers

def test_a_catalogues_triggers_never_run_in_our_writes(tmp_path, source, user_dirs):
    alter(source, "CREATE TABLE spy (n INTEGER)",
          "CREATE TRIGGER wipe AFTER INSERT ON entities BEGIN DELETE FROM facts; INSERT INTO spy VALUES (1); END",
          "CREATE TRIGGER wipe2 AFTER INSERT ON facts BEGIN DELETE FROM facts; END")
    with Catalogue(source) as cat:
        facts = cat.conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    report = importer.run(source, write_csv(tmp_path / "e.csv", [HEAD, *GOOD]), "enterprise")
    assert report.written, report.text()
    with Catalogue(report.catalogue) as cat:
        assert cat.conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > facts
        assert cat.conn.execute("SELECT COUNT(*) FROM spy").fetchone()[0] == 0
        assert not cat.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    # A trigger added to the working copy later is dropped before the next write.
    alter(report.catalogue, "CREATE TRIGGER wipe AFTER INSERT ON entities BEGIN DELETE FROM facts; END")
    again = importer.run(report.catalogue, write_csv(tmp_path / "f.csv", [HEAD[:1], ["重庆触发器测试公司"]]),
                         "enterprise")
    with Catalogue(again.catalogue) as cat:
        assert cat.conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > facts


# ---------------------------------------------------------------------------------------------- interrupted writes

def interrupt_a_write(copy, tmp_path):
    """Leave `copy` as a write killed before its commit leaves it: changed pages and the journal holding the
    pages as they were. Returns the saved journal and half-written file."""
    saved, half = tmp_path / "journal", tmp_path / "half.db"
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE entities SET name = name || '（半途）'")
    conn.execute("DELETE FROM facts")
    shutil.copyfile(str(copy) + "-journal", saved)
    shutil.copyfile(copy, half)
    conn.execute("ROLLBACK")
    conn.close()
    shutil.copyfile(half, copy)
    shutil.copyfile(saved, str(copy) + "-journal")
    return saved, half


def test_a_hot_journal_is_rolled_back_and_said(tmp_path, source):
    first = importer.run(source, write_csv(tmp_path / "e.csv", [HEAD, *GOOD]), "enterprise")
    copy = first.catalogue
    saved, half = interrupt_a_write(copy, tmp_path)
    with pytest.raises(CatalogueError):
        Catalogue(copy)  # read-only: SQLite cannot roll back, the file is refused
    assert maintenance.hot_journal(copy)
    assert maintenance.recover(copy) is True
    assert maintenance.hot_journal(copy) is None
    with Catalogue(copy) as cat:
        assert cat.find(GOOD[0][0]) and "半途" not in cat.row(cat.find(GOOD[0][0])[0])["name"]
        assert cat.conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > 0
    assert maintenance.recover(copy) is False
    # Not a working copy: never written, its journal stays.
    outside = tmp_path / "outside.db"
    shutil.copyfile(half, outside)
    shutil.copyfile(saved, str(outside) + "-journal")
    assert maintenance.recover(outside) is False and maintenance.hot_journal(outside)


def test_the_app_reopens_an_interrupted_working_copy_and_says_so(qtbot, tmp_path, source, bundled_db, monkeypatch):
    from PySide6.QtCore import QSettings

    from desktopapp.gui import app as app_module

    app_module.make_application()
    settings_file = tmp_path / "s.ini"
    monkeypatch.setattr("PySide6.QtCore.QSettings", lambda *a: QSettings(str(settings_file), QSettings.IniFormat))
    first = importer.run(source, write_csv(tmp_path / "e.csv", [HEAD, *GOOD]), "enterprise")
    interrupt_a_write(first.catalogue, tmp_path)
    QSettings(str(settings_file), QSettings.IniFormat).setValue("catalogue/last", str(first.catalogue))
    notes = []
    with app_module._startup_catalogue(None, notes) as cat:
        assert cat.path == first.catalogue and cat.find(GOOD[0][0])  # the imported rows are there
    assert len(notes) == 1 and "意外中断" in notes[0]
    # A last catalogue that no longer opens: the bundled one, and a note saying so.
    first.catalogue.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    notes.clear()
    with app_module._startup_catalogue(None, notes) as cat:
        assert cat.path == app_module.paths.bundled_catalogue()
    assert len(notes) == 1 and "无法打开" in notes[0]


def test_a_full_disk_gives_a_message_and_leaves_no_grown_file(tmp_path, source, monkeypatch):
    first = importer.run(source, write_csv(tmp_path / "e.csv", [HEAD[:1], ["重庆第一家公司"]]), "enterprise")
    copy = first.catalogue
    size, before = copy.stat().st_size, copy.read_bytes()
    opened = maintenance._open_for_writing

    def tiny_disk(path):
        conn = opened(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn

    monkeypatch.setattr(maintenance, "_open_for_writing", tiny_disk)
    rows = [HEAD] + [[f"重庆满盘测试{i}有限公司", f"满盘{i}", "", "简介" * 200] + [""] * 9 for i in range(200)]
    with pytest.raises(CatalogueError, match="磁盘空间不足") as info:
        importer.run(copy, write_csv(tmp_path / "big.csv", rows), "enterprise")
    assert "Traceback" not in str(info.value)
    assert copy.stat().st_size == size and copy.read_bytes() == before
    assert maintenance.hot_journal(copy) is None
    with Catalogue(copy) as cat:
        assert cat.find("重庆第一家公司") and not cat.find("重庆满盘测试1有限公司")


# ---------------------------------------------------------------------------------------------- in place

def test_a_large_catalogue_the_user_owns_is_written_in_place_and_undone(tmp_path, source, user_dirs, monkeypatch):
    monkeypatch.setattr(maintenance, "IN_PLACE_BYTES", 1)  # as if the copy were gigabytes
    report = importer.run(source, write_csv(tmp_path / "e.csv", [HEAD, *GOOD]), "enterprise")
    assert report.written and report.catalogue == source and report.backup is None
    assert "可撤销" in report.where_written()
    assert not (user_dirs / "catalogues").exists() and not (user_dirs / "backups").exists()  # no copy at all
    assert_derived_as_rebuilt(source)
    undo.undo_last(source)
    with Catalogue(source) as cat:
        assert not cat.find(GOOD[0][0])
    saved = maintenance.full_backup(source)  # on request
    assert saved.parent == user_dirs / "backups"
    with Catalogue(saved) as cat:
        assert all(packing.current_kinds(cat.conn).values())  # the copy's packed arrays are trusted
    # The bundled catalogue is never written in place, whatever its size.
    with monkeypatch.context() as patched:
        patched.setattr(maintenance.paths, "bundled_catalogue", lambda: source)
        assert not maintenance.writes_in_place(source)
    alter(source, "CREATE TRIGGER t AFTER INSERT ON entities BEGIN DELETE FROM facts; END")
    with pytest.raises(CatalogueError, match="触发器"):
        importer.run(source, write_csv(tmp_path / "f.csv", [HEAD[:1], ["重庆触发器测试公司"]]), "enterprise")


# ---------------------------------------------------------------------------------------------- export

def _row_from_details(cat, kind, eid):
    """What an export row says about an entity, read from its details (the way export used to be read)."""
    from desktopapp.write.importer import COLUMNS

    d = cat.details(eid)
    e = d.entity
    facts = {f.field: f for f in d.facts if f.current}
    chain_links = [link for link in d.links if link.relation == "chain" and link.outgoing]

    def linked(relation, other):
        return next((x.other_name for x in d.links if x.relation == relation and x.outgoing and x.other_kind == other),
                    None)

    short = e["key"] if e["key"] != e["name"] and not e["key"].startswith("chain:") else None
    value = {
        "name": e["name"], "short": short, "summary": e["summary"],
        "scope": cat.scope_label(e["scope"]) if e["scope"] else e["scope"],  # labels, as the importer reads them
        "aliases": "、".join(a for a in dict.fromkeys(a.alias for a in d.aliases) if a not in (short, e["name"])),
        "chains": "、".join("·".join(x.path) if x.path else x.other_name for x in chain_links),
        "role": next((x.role for x in chain_links if x.role), None), "tags": "、".join(t.tag for t in d.tags),
        "facility": linked("located_in", "facility"), "enterprise": linked("project_of", "enterprise"),
        "operator": linked("operated_by", "organisation"), "stage": e["stage"], "stage_date": e["stage_date"],
        "category": e["category"], "status": e["status"], "year": e["year"], "metric": e["metric"], "num": e["num"],
        "unit": e["unit"], "period": e["period"], "basis": e["basis"],
        "credit_code": facts["统一社会信用代码"].value if "统一社会信用代码" in facts else None,
        "founded": int(facts["成立时间"].num) if "成立时间" in facts and facts["成立时间"].num else None,
        "output": e["amount"] if kind == "enterprise" else None,
        "investment": e["amount"] if kind == "project" else None,
        "area": facts["面积"].num if "面积" in facts else None,
    }
    return [value.get(c.field) for c in COLUMNS[kind]]


@pytest.mark.parametrize("kind", ["enterprise", "project", "facility", "organisation", "figure"])
def test_export_reads_in_bulk_what_details_say(catalogue, kind, monkeypatch):
    from desktopapp.catalogue import exporting

    monkeypatch.setattr(exporting, "CHUNK", 7)  # several chunks
    ids = [int(i) for i in catalogue.ids(Filters(kind=kind), "name")]
    _, rows = exporting._records(catalogue, kind, ids)
    assert rows == [_row_from_details(catalogue, kind, i) for i in ids]


def test_a_write_under_way_in_another_program_is_not_taken_for_an_interrupted_one(tmp_path, source):
    copy = importer.run(source, write_csv(tmp_path / "e.csv", [HEAD[:1], ["重庆第一家公司"]]), "enterprise").catalogue
    writer = sqlite3.connect(copy, isolation_level=None)
    writer.execute("PRAGMA cache_size = 1")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE entities SET summary = '写入中'")  # spilled: a journal is there, and live
    try:
        assert maintenance.hot_journal(copy)
        assert maintenance.recover(copy) is False and maintenance.hot_journal(copy)  # left to its writer
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with Catalogue(copy) as cat:
        assert cat.find("重庆第一家公司")


@pytest.mark.parametrize("kind, where", [
    ("chain", "level = 'segment' AND id IN (SELECT dst_id FROM links WHERE relation = 'chain')"),
    ("chain", "level = 'chain' AND parent_id IS NOT NULL"),
    ("facility", "id IN (SELECT dst_id FROM links WHERE relation = 'located_in')"),
    ("organisation", "id IN (SELECT src_id FROM links UNION SELECT dst_id FROM links)"),
    ("enterprise", "id IN (SELECT dst_id FROM links WHERE relation = 'project_of')"),
])
def test_renaming_what_others_name_derives_them_again_as_a_rebuild(source, kind, where):
    conn = sqlite3.connect(source)
    eid = conn.execute(f"SELECT id FROM entities WHERE kind = ? AND {where} ORDER BY id LIMIT 1", (kind,)).fetchone()[0]
    conn.close()
    copy = edits.update_entity(source, eid, name="改名后的名称")
    assert_derived_as_rebuilt(copy)
    with Catalogue(copy) as cat:
        assert cat.row(eid)["name"] == "改名后的名称"
