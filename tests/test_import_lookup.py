"""How an import finds what its rows name, and what it checks of the catalogue: in a catalogue this program
keeps, through the derived `name_keys` table (one indexed lookup per name; kept by derive, equal to a full
rebuild) and only over the rows added since the last import's check; in an older catalogue, or one another
program wrote to, by reading every name and checking every row, with the same results."""

from __future__ import annotations

import csv
import sqlite3

from conftest import alter, assert_derived_as_rebuilt

from desktopapp.catalogue import Catalogue
from desktopapp.write import derive, importer
from desktopapp.catalogue.connection import open_readonly

FIRST = [["名称", "简称", "别名", "统一社会信用代码", "阶段", "阶段日期"],
         ["重庆查找测试科技有限公司", "查找测试", "查找别名甲", "91500109MA5U0000AB", "签约", "2025-01"]]


def _csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _indexed(path) -> bool:
    conn = open_readonly(path)
    try:
        return importer._Lookup(conn).indexed
    finally:
        conn.close()


def _stage(path, name):
    with Catalogue(path) as cat:
        return cat.row(cat.find(name)[0])["stage"]


def _kept(tmp_path, source):
    """A working copy after one import: the catalogue as this program keeps it."""
    assert not _indexed(source)  # the bundled catalogue predates name_keys: read the slow way
    report = importer.run(source, _csv(tmp_path / "first.csv", FIRST), "enterprise")
    assert report.written, report.text()
    assert _indexed(report.catalogue)
    return report.catalogue


def test_rows_find_entities_by_name_alias_key_and_credit_code_through_name_keys(tmp_path, source):
    copy = _kept(tmp_path, source)
    rows = [["名称", "统一社会信用代码", "阶段", "阶段日期"],
            ["查找别名甲", "", "落地", "2025-03"],  # an alias
            ["华虹仪表", "", "达产", "2026-01"],  # the key of a bundled enterprise
            ["重庆查找测试改名有限公司", "91500109MA5U0000AB", "", ""]]  # its code, under a new name: renamed
    report = importer.run(copy, _csv(tmp_path / "u.csv", rows), "enterprise")
    assert report.written and not report.new_names and len(report.updated) == 3, report.text()
    assert _stage(copy, "重庆查找测试改名有限公司") == "落地"
    assert _stage(copy, "华虹仪表") == "达产"
    assert_derived_as_rebuilt(copy)  # name_keys too: the old name is an alias now, the new one a name
    again = importer.run(copy, _csv(tmp_path / "again.csv", [["名称"], ["重庆查找测试科技有限公司"]]), "enterprise")
    assert again.ok and not again.new_names and [n for _, n in again.unchanged] == ["重庆查找测试科技有限公司"]


def test_a_name_another_program_added_is_found_and_the_keys_made_again(tmp_path, source):
    copy = _kept(tmp_path, source)
    alter(copy, "INSERT INTO aliases (entity_id, alias, note, citation_id) SELECT id, '外部程序别名', '别名', "
                "(SELECT MIN(id) FROM citations) FROM entities WHERE key = '查找测试'")
    assert not _indexed(copy)  # written by another program: not trusted
    report = importer.run(copy, _csv(tmp_path / "u.csv", [["名称", "阶段"], ["外部程序别名", "投产"]]), "enterprise")
    assert report.written and len(report.updated) == 1 and not report.new_names, report.text()
    assert _stage(copy, "重庆查找测试科技有限公司") == "投产"
    assert _indexed(copy)
    assert_derived_as_rebuilt(copy)


def test_forged_name_keys_rows_name_no_entity_of_another_kind(tmp_path, source):
    copy = _kept(tmp_path, source)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:  # rows naming a chain node as an enterprise, written as if by this program (the stamp kept)
        conn.execute("BEGIN")
        conn.execute("INSERT INTO name_keys (kind, field, key, entity_id) SELECT 'enterprise', 'n', '伪造名称', id "
                     "FROM entities WHERE kind = 'chain' LIMIT 1")
        conn.execute("COMMIT")
        derive.stamp(conn)
    finally:
        conn.close()
    assert _indexed(copy)
    report = importer.run(copy, _csv(tmp_path / "f.csv", [["名称", "阶段"], ["伪造名称", "签约"]]), "enterprise")
    assert report.ok and report.new_names == ["伪造名称"], report.text()


def test_an_import_checks_only_the_rows_added_since_the_last_check(tmp_path, source, monkeypatch):
    copy = _kept(tmp_path, source)
    seen = []
    problems = importer.catalogue_problems
    monkeypatch.setattr(importer, "catalogue_problems", lambda conn, since=None: seen.append(since) or problems(conn, since))
    report = importer.run(copy, _csv(tmp_path / "n.csv", [["名称"], ["重庆增量检查测试有限公司"]]), "enterprise")
    assert report.written and seen[-1] is not None  # the rows up to the marks were checked before
    marks = seen[-1]["rowid"]
    # Another program adds a dangling link: the whole catalogue is checked again and the import refused.
    alter(copy, "INSERT INTO links (id, src_id, dst_id, relation, basis, citation_id) "
                "SELECT MAX(id) + 1, 999999999, 1, 'chain', 'stated', 1 FROM links")
    refused = importer.run(copy, _csv(tmp_path / "m.csv", [["名称"], ["重庆增量检查测试二有限公司"]]), "enterprise")
    assert seen[-1] is None and not refused.ok and "关联" in refused.text()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT MAX(rowid) FROM links").fetchone()[0] > marks["links"]


def test_marks_are_not_trusted_once_a_row_they_cover_is_gone(tmp_path, source):
    copy = _kept(tmp_path, source)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        assert importer.checked_since(conn) is not None
        conn.execute("BEGIN")  # a citation deleted, the stamp kept: its references may dangle now
        conn.execute("DELETE FROM citations WHERE id = (SELECT MIN(id) FROM citations)")
        conn.execute("COMMIT")
        derive.stamp(conn)
        assert importer.checked_since(conn) is None
    finally:
        conn.close()


def test_pinyin_initials_are_the_first_letters_pypinyin_gives():
    """pinyin_keys takes the initials from the full syllables (one pass of pypinyin per name): the same as
    pypinyin's FIRST_LETTER style, for heteronyms, ü, Latin letters, digits and brackets alike."""
    from pypinyin import Style, lazy_pinyin

    from desktopapp.index.textkeys import pinyin_keys

    for name in ("重庆华虹仪表有限公司", "长安汽车", "重庆银行", "绿色能源", "略阳", "女儿", "阿里巴巴", "嗯",
                 "ABC科技", "(重庆)吕氏", "〇号工厂", "0号", "行长", "还款银行", "单县", "朝阳"):
        full = "".join(s for s in lazy_pinyin(name, errors="ignore") if s.isascii() and s.isalnum()).lower()
        first = "".join(s for s in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="ignore")
                        if s.isascii() and s.isalnum()).lower()
        assert pinyin_keys(name) == " ".join(dict.fromkeys(k for k in (full, first) if k)), name


def test_a_catalogue_whose_name_keys_is_a_view_is_not_imported_into(tmp_path, source):
    """A view named like our derived table would run the file's own SQL on every lookup: refused, as views
    named like the full-text index or the packed arrays are."""
    copy = _kept(tmp_path, source)
    alter(copy, "DROP TABLE name_keys", "CREATE VIEW name_keys AS SELECT kind, 'n' AS field, name AS key, "
                "id AS entity_id FROM entities")
    assert not _indexed(copy)
    report = importer.run(copy, _csv(tmp_path / "v.csv", [["名称"], ["重庆视图测试有限公司"]]), "enterprise")
    assert not report.ok and "name_keys" in report.text()


def test_a_name_keys_table_of_another_shape_is_not_used_and_made_again(tmp_path, source):
    copy = _kept(tmp_path, source)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:  # another table under the name, the marks and stamp kept as if this program wrote it
        conn.execute("BEGIN")
        conn.execute("DROP TABLE name_keys")
        conn.execute("CREATE TABLE name_keys (x TEXT)")
        conn.execute("COMMIT")
        derive.stamp(conn)
    finally:
        conn.close()
    assert not _indexed(copy)
    report = importer.run(copy, _csv(tmp_path / "s.csv", [["名称", "阶段"], ["查找别名甲", "投产"]]), "enterprise")
    assert report.written and len(report.updated) == 1, report.text()
    assert _indexed(copy)
    assert_derived_as_rebuilt(copy)
