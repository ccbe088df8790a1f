"""The bundled catalogue reads as written for a reader and stays true as of its dates (checked on a fresh build).

Internal source ids and file names never reach a user-facing field; an alias shared by two entities of one
kind carries a note telling them apart; a summary older than the entity's current stage says as of when.
"""

import re
import sqlite3

import pytest

from desktopapp.catalogue import paths
from desktopapp.write import sourcefiles
from desktopapp.write.build import build

_INTERNAL_ID = re.compile(r"(?<![A-Za-z0-9])a[0-4](?![A-Za-z0-9])|\.(toml|txt|db)\b|chains\.toml|facts/")
# Field names of the source format and editors' working words, which mean nothing to a reader.
_WORKING_WORDS = re.compile(r"\b(period|num|unit|basis|partner|as_of|key)\b|键名|请主编|（图片说明）")
_AS_OF = re.compile(r"截至|约20\d\d年|20\d\d年\d{1,2}月|（20\d\d年")

# (table, id column, text columns) of every field the GUI, the fact sheets or the exports show.
USER_FIELDS = [
    ("entities", "key", ("name", "summary", "aliases", "chains", "value", "category", "metric", "period")),
    ("facts", "id", ("field", "value", "note", "period")),
    ("stages", "id", ("note",)),
    ("aliases", "alias", ("alias", "note")),
    ("tags", "tag", ("tag",)),
    ("links", "id", ("note", "role")),
    ("citations", "id", ("note",)),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    target = tmp_path_factory.mktemp("truth") / "catalogue.db"
    build(paths.sources_dir(), target)
    conn = sqlite3.connect(target)
    yield conn
    conn.close()


def _texts(db):
    for table, ident, columns in USER_FIELDS:
        for column in columns:
            for rid, text in db.execute(f"SELECT {ident}, {column} FROM {table} WHERE {column} IS NOT NULL"):
                yield f"{table}.{column}[{rid}]", str(text)


def test_no_internal_id_or_file_name_in_a_user_facing_field(db):
    bad = [(where, text) for where, text in _texts(db) if _INTERNAL_ID.search(text)]
    assert bad == []


def test_notes_and_summaries_are_written_for_a_reader(db):
    bad = []
    for where, text in _texts(db):
        if _WORKING_WORDS.search(text):
            bad.append((where, text))
        elif (".note" in where or ".summary" in where) and "…" in text:
            bad.append((where, text))  # a note cut mid-sentence, or an elided quote the reader cannot check
    assert bad == []


def test_an_alias_shared_by_two_entities_of_one_kind_has_a_note(db):
    rows = db.execute(
        "SELECT e.kind, a.alias, a.entity_id, a.note FROM aliases a JOIN entities e ON e.id = a.entity_id "
        "UNION ALL SELECT kind, name, id, NULL FROM entities").fetchall()
    named: dict[tuple[str, str], dict[int, set]] = {}
    for kind, alias, eid, note in rows:
        named.setdefault((kind, alias), {}).setdefault(eid, set()).add(note or "")
    bad = []
    for (kind, alias), owners in named.items():
        if len(owners) < 2:
            continue
        for eid, notes in owners.items():
            own_name = db.execute("SELECT name FROM entities WHERE id = ?", (eid,)).fetchone()[0] == alias
            if not own_name and not any(notes):
                bad.append((kind, alias, eid))
    assert bad == []


def test_no_duplicate_aliases(db):
    dupes = db.execute("SELECT entity_id, alias, COUNT(*) FROM aliases GROUP BY entity_id, alias "
                       "HAVING COUNT(*) > 1").fetchall()
    assert dupes == []
    own_name = db.execute("SELECT e.key, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id "
                          "WHERE a.alias = e.name").fetchall()
    assert own_name == []


def test_a_summary_older_than_the_current_stage_says_as_of_when(db):
    corpus = sourcefiles.read(paths.sources_dir())
    dates = {a.id: a.date for a in corpus.articles.values()}
    summary_from: dict[str, tuple[str, str]] = {}
    stage_sources: dict[tuple[str, str], list[str]] = {}
    for source, data in corpus.facts_files:  # in source date order: the first summary wins
        for entity in data.get("entity", []):
            if entity.get("summary"):
                summary_from.setdefault(entity["key"], (dates[source], entity["summary"]))
            for stage in entity.get("stage", []):
                stage_sources.setdefault((entity["key"], stage["stage"]), []).append(dates[source])
    bad = []
    for key, stage in db.execute("SELECT key, stage FROM entities WHERE stage IS NOT NULL"):
        if key not in summary_from:
            continue
        summary_date, summary = summary_from[key]
        stage_date = min(stage_sources.get((key, stage), [summary_date]))
        if stage_date > summary_date and not _AS_OF.search(summary):
            bad.append((key, stage, summary))
    assert bad == []


def test_every_figure_has_an_audience_and_internal_work_is_marked(db):
    from desktopapp.catalogue import schema

    audiences = dict(db.execute("SELECT kind, GROUP_CONCAT(DISTINCT COALESCE(audience, '-')) FROM entities "
                                "GROUP BY kind"))
    assert set(audiences.pop("figure").split(",")) == set(schema.FIGURE_AUDIENCES)
    assert set(audiences.values()) == {"-"}, "audience is a property of figures only"
    internal = {name for (name,) in db.execute("SELECT name FROM entities WHERE audience = 'internal'")}
    for word in ("廉政", "党建", "督办", "历史遗留问题"):
        assert any(word in name for name in internal), word
    investor = {name for (name,) in db.execute("SELECT name FROM entities WHERE audience = 'investor'")}
    assert not any(w in name for name in investor for w in ("廉政", "党建", "督办", "历史遗留"))


def test_an_audience_outside_the_vocabulary_fails_the_build(tmp_path):
    import shutil

    from desktopapp.catalogue.errors import SourceError

    src = tmp_path / "sources"
    shutil.copytree(paths.sources_dir(), src)
    facts = src / "facts" / "a2.toml"
    facts.write_text(facts.read_text(encoding="utf-8").replace('audience = "internal"', 'audience = "public"', 1),
                     encoding="utf-8")
    with pytest.raises(SourceError, match="audience"):
        build(src, tmp_path / "x.db")


def test_a_catalogue_without_audiences_converts_with_its_figures_for_investors(tmp_path, bundled_db):
    import shutil

    from desktopapp.write import migrate

    old = tmp_path / "old.db"
    shutil.copy(bundled_db, old)
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE entities DROP COLUMN audience")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    new = migrate.migrate_copy(old, tmp_path / "new.db")
    conn = sqlite3.connect(new)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert dict(conn.execute("SELECT kind = 'figure', GROUP_CONCAT(DISTINCT COALESCE(audience, '-')) "
                                 "FROM entities GROUP BY kind = 'figure'")) == {0: "-", 1: "investor"}
    finally:
        conn.close()


def test_an_enterprise_stage_shows_its_projects_progress(db):
    from desktopapp.catalogue import schema

    order = {s: i for i, s in enumerate(schema.STAGES)}
    rows = db.execute(
        "SELECT e.key, e.stage, p.key, p.stage FROM links l JOIN entities p ON p.id = l.src_id "
        "JOIN entities e ON e.id = l.dst_id WHERE l.relation = 'project_of' AND p.stage IS NOT NULL").fetchall()
    assert rows
    behind = [r for r in rows if r[3] in order and order.get(r[1], -1) < order[r[3]]]
    assert behind == []


def test_disagreements_within_one_article_and_damaged_text_are_kept_and_marked(db):
    def facts(entity_key, field):
        return db.execute("SELECT f.value, f.conflict, f.current FROM facts f JOIN entities e ON e.id = f.entity_id "
                          "WHERE e.key = ? AND f.field = ? ORDER BY f.id", (entity_key, field)).fetchall()

    spellings = facts("斯太宝", "名称写法")
    assert {v for v, _, _ in spellings} >= {"斯太宝", "重庆斯大宝科技有限公司"}
    assert len({c for _, c, _ in spellings}) == 1 and spellings[0][1]
    counts = facts("成渝双城经济圈重点项目清单", "科学城项目数")  # two passages of one article
    assert len(counts) == 2 and counts[0][1] == counts[1][1] != 0 and all(cur for _, _, cur in counts)
    parts = db.execute("SELECT f.field, f.conflict FROM facts f JOIN entities e ON e.id = f.entity_id "
                       "WHERE e.key = '环缙云山EOD项目' AND f.field IN ('子项目数', '规划板块')").fetchall()
    assert len(parts) == 2 and parts[0][1] == parts[1][1] != 0
    damaged = db.execute("SELECT COUNT(*) FROM facts WHERE field = '原文残缺' AND note LIKE '%剪报%'").fetchone()[0]
    assert damaged >= 4


def test_every_wording_of_a_chain_finds_one_chain_of_the_right_scope(db):
    def chains(words):
        return {(key, scope) for key, scope in db.execute(
            "SELECT DISTINCT e.key, e.scope FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.kind = 'chain' AND a.alias = ? UNION SELECT key, scope FROM entities "
            "WHERE kind = 'chain' AND name = ?", (words, words))}

    assert chains("智能传感器") == {("chain:传感器及仪器仪表", "park")}
    assert chains("全区传感器特色产业") == {("chain:北碚/传感器", "district")}
    assert chains("软件产业") == {("chain:3238/软件和信息服务", "science_city")}
    assert chains("世界级智能网联新能源汽车产业集群") == {("chain:重庆/智能网联新能源汽车", "city")}
    assert {scope for _, scope in chains("传感器产业")} == {"park", "district"}  # told apart by notes


def test_policy_documents_are_a_category_of_their_own_without_pipeline_stages(db):
    docs = db.execute("SELECT name, stage FROM entities WHERE category = '政策文件'").fetchall()
    names = [n for n, _ in docs]
    assert any("行动计划" in n for n in names) and any("规划" in n for n in names) and any("方案" in n for n in names)
    assert [n for n, stage in docs if stage] == []
    planned = db.execute("SELECT name FROM entities WHERE kind = 'project' AND COALESCE(category, '') != '政策文件' "
                         "AND (name LIKE '《%》' OR name LIKE '%行动计划%' OR name LIKE '%实施方案%')").fetchall()
    assert planned == []
