"""The catalogue build: deterministic, every quote found, the committed catalogue.db up to date."""

import sqlite3
import tomllib

import pytest

from desktopapp.catalogue import paths, schema
from desktopapp.write.build import build
from desktopapp.catalogue.errors import SourceError


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        lines = [line for line in conn.iterdump()]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    return [f"user_version={version}", *lines]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    target = tmp_path_factory.mktemp("build") / "catalogue.db"
    build(paths.sources_dir(), target)
    return target


def test_committed_catalogue_equals_a_fresh_build(fresh, bundled_db):
    assert dump(fresh) == dump(bundled_db), "catalogue.db is stale: run `desktopapp build` and commit it"


def test_build_is_deterministic(fresh, tmp_path):
    again = tmp_path / "again.db"
    build(paths.sources_dir(), again)
    assert again.read_bytes() == fresh.read_bytes()


def test_schema_version_recorded(fresh):
    conn = sqlite3.connect(fresh)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_every_citation_quote_is_in_its_article(catalogue):
    rows = catalogue.conn.execute(
        "SELECT c.quote, c.joined, s.text FROM citations c JOIN sources s ON s.id = c.source_id").fetchall()
    assert len(rows) > 300
    for quote, joined, text in rows:
        if joined:
            import re

            assert quote not in text
            assert quote in re.sub(r"\s*\n\s*", "", text)
        else:
            assert quote in text, quote


def test_every_fact_stage_tag_link_is_cited(catalogue):
    for table in ("facts", "stages", "tags", "links", "mentions"):
        missing = catalogue.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE citation_id IS NULL").fetchone()[0]
        assert missing == 0, table


def test_articles_bundled_match_sources_toml(catalogue):
    declared = tomllib.loads((paths.sources_dir() / "sources.toml").read_text(encoding="utf-8"))["source"]
    for src in declared:
        text = (paths.sources_dir() / "articles" / src["file"]).read_text(encoding="utf-8")
        assert catalogue.source_text(src["id"]) == text


def test_every_entity_has_a_citation(catalogue):
    orphans = catalogue.conn.execute(
        "SELECT name FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions) "
        "AND id NOT IN (SELECT entity_id FROM facts) AND id NOT IN (SELECT src_id FROM links)").fetchall()
    assert orphans == []


def test_conflicting_values_are_kept_and_marked(catalogue):
    rows = catalogue.conn.execute(
        "SELECT f.value, f.current, c.source_id FROM facts f JOIN entities e ON e.id = f.entity_id "
        "JOIN citations c ON c.id = f.citation_id WHERE e.key = '园区产业楼宇' AND f.field = '建筑面积' "
        "ORDER BY c.source_id").fetchall()
    values = {(r[0], r[2]) for r in rows}
    assert ("20万方", "a0") in values and ("25万平方米", "a2") in values
    assert all(catalogue.conn.execute(
        "SELECT conflict FROM facts f JOIN entities e ON e.id = f.entity_id WHERE e.key = '园区产业楼宇' "
        "AND f.field = '建筑面积'").fetchall())
    current = [r for r in rows if r[1]]
    assert [r[2] for r in current] == ["a2"], "the newest source is the current value"


def _sources_copy(tmp_path):
    import shutil

    copy = tmp_path / "sources"
    shutil.copytree(paths.sources_dir(), copy)
    return copy


def test_a_quote_not_in_the_article_fails_the_build(tmp_path):
    src = _sources_copy(tmp_path)
    facts = src / "facts" / "a1.toml"
    facts.write_text(facts.read_text(encoding="utf-8") + '\n[[entity]]\nkey = "虚构企业"\nkind = "enterprise"\n'
                     'quote = "这句话不在原文中"\n', encoding="utf-8")
    with pytest.raises(SourceError, match="quote not found"):
        build(src, tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


def test_a_failed_build_leaves_the_previous_catalogue_intact(tmp_path, fresh):
    src = _sources_copy(tmp_path)
    target = tmp_path / "catalogue.db"
    target.write_bytes(fresh.read_bytes())
    (src / "chains.toml").write_text("[[chain]]\nkey = 1\n[[broken", encoding="utf-8")
    with pytest.raises(SourceError):
        build(src, target)
    assert target.read_bytes() == fresh.read_bytes()


def test_unknown_link_target_and_stage_are_reported(tmp_path):
    src = _sources_copy(tmp_path)
    facts = src / "facts" / "a1.toml"
    facts.write_text(facts.read_text(encoding="utf-8") + (
        '\n[[entity]]\nkey = "华虹仪表"\nkind = "enterprise"\n'
        '[[entity.stage]]\nstage = "腾飞"\nquote = "10月的北碚"\n'
        '[[entity.link]]\nto = "不存在的机构"\nrelation = "partner"\nquote = "10月的北碚"\n'), encoding="utf-8")
    with pytest.raises(SourceError) as info:
        build(src, tmp_path / "x.db")
    assert "腾飞" in str(info.value) and "不存在的机构" in str(info.value)


def test_fts_table_follows_sqlite_utils_conventions(catalogue):
    import sqlite_utils

    db = sqlite_utils.Database(catalogue.conn)
    assert db["entities"].detect_fts() == "entities_fts"
