"""The synthetic catalogue generator (`desktopapp synth`): same schema and derivations as a build, every
quote found in its article, facet counts and search as a brute force computes them, deterministic."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

import pytest
from conftest import assert_derived_as_rebuilt

from desktopapp.catalogue import Catalogue, Filters, schema
from desktopapp.index import textkeys
from desktopapp.write import build
from desktopapp.write.synth import LAYOUT, synthesize

N = 300
SEED = 3


@pytest.fixture(scope="module")
def synth_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("synth") / "synth.db"
    counts = synthesize(path, enterprises=N, seed=SEED)
    assert counts["entities"] > N
    return path


@pytest.fixture(scope="module")
def cat(synth_db):
    with Catalogue(synth_db) as c:
        yield c


@pytest.fixture(scope="module")
def db(synth_db):
    conn = sqlite3.connect(synth_db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def _dicts(db, sql, *args):
    return [dict(r) for r in db.execute(sql, args)]


# ---------------------------------------------------------------------------------------------- shape

def test_opens_as_a_catalogue_marked_synthetic(cat, db):
    assert cat.synthetic
    assert cat.name == f"合成测试目录（{N} 家企业）"
    assert cat.meta["edition"] and cat.meta["schema_version"] == str(schema.SCHEMA_VERSION)
    for scope in schema.SCOPES:
        assert cat.meta[f"scope.{scope}"]
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert db.execute("SELECT COUNT(*) FROM entities WHERE synthetic IS NOT 1").fetchone()[0] == 0


def test_counts_per_kind(cat):
    assert cat.kind_counts() == {
        "enterprise": N,
        "project": round(N * 0.3),
        "chain": 8 + 8 * 6 + 8 * 6 * 5,
        "facility": 12 + N // 200,
        "organisation": 10 + N // 400,
        "figure": 24 + N // 1000,
    }


def test_schema_is_exactly_the_built_one(db, tmp_path):
    import sqlite_utils

    fresh = sqlite_utils.Database(tmp_path / "fresh.db")
    schema.create(fresh)
    schema.create_fts(fresh)

    def definitions(conn):
        return sorted((r[0], r[1], r[2]) for r in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND tbl_name NOT IN ('packed', 'name_keys')"))  # derived tables, made by derive

    assert definitions(db) == definitions(fresh.conn)
    for table, columns in schema.TABLES.items():
        # Every schema column is one synth fills (a new column must be added to the generator too);
        # meta is written apart, and images stay empty, as in a build.
        assert table in ("meta", "images") or set(columns) <= set(LAYOUT[table]), table
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_text_index_is_complete(db):
    db.execute("INSERT INTO entities_fts (entities_fts, rank) VALUES ('integrity-check', 1)")
    assert db.execute("SELECT COUNT(*) FROM entities_fts_docsize").fetchone()[0] == \
        db.execute("SELECT COUNT(*) FROM entities").fetchone()[0]
    assert db.execute("SELECT COUNT(*) FROM entities_fts_config WHERE k = 'hashsize'").fetchone()[0] == 0
    rows = _dicts(db, f"SELECT id, {', '.join(schema.FTS_COLUMNS)} FROM entities")
    term = rows[N // 2 + 300]["name"][2:5]  # three characters of an enterprise name
    found = {r[0] for r in db.execute("SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?",
                                      ('"' + term + '"',))}
    expected = {r["id"] for r in rows if any(term in (r[c] or "") for c in schema.FTS_COLUMNS)}
    assert found == expected and len(found) >= 1


def test_realistic_shapes(db):
    stages = Counter(r[0] for r in db.execute("SELECT stage FROM entities WHERE kind = 'enterprise'"))
    assert stages.most_common(1)[0][0] == "投产" and len(stages) >= 8
    roles = Counter(r[0] for r in db.execute("SELECT role FROM links WHERE relation = 'chain' AND role IS NOT NULL"))
    assert roles["配套"] > roles["核心"] > roles["链主"]
    tags = Counter(r[0] for r in db.execute("SELECT tag FROM tags")).most_common()
    assert tags[0][1] > 4 * tags[len(tags) // 2][1]  # skewed
    for name, aliases, summary in db.execute(
            "SELECT name, aliases, summary FROM entities WHERE kind = 'enterprise'"):
        assert name.endswith("有限公司") and aliases and aliases in summary
        assert 40 <= len(summary) <= 120
    names = [r[0] for r in db.execute("SELECT name FROM entities WHERE kind = 'enterprise'")]
    assert len(set(names)) == len(names)
    levels = Counter(r[0] for r in db.execute("SELECT level FROM entities WHERE kind = 'chain'"))
    assert levels == {"system": 8, "chain": 48, "segment": 240}
    assert db.execute("SELECT COUNT(*) FROM facts WHERE conflict > 0").fetchone()[0] >= 2


# ---------------------------------------------------------------------------------------------- citations

def test_every_quote_is_in_its_source_text(db):
    texts = {r["id"]: r["text"] for r in db.execute("SELECT id, text FROM sources")}
    citations = _dicts(db, "SELECT * FROM citations")
    assert citations
    for c in citations:
        assert c["quote"] and c["quote"] in texts[c["source_id"]], c
        assert c["joined"] == 0 and "\n" not in c["quote"]
    ids = {c["id"] for c in citations}
    for table in ("aliases", "mentions", "facts", "stages", "tags", "links"):
        cited = {r[0] for r in db.execute(f"SELECT citation_id FROM {table}")}
        assert cited and cited <= ids, table
    # Every entity is mentioned; an enterprise's sentence names it and its short name.
    assert db.execute("SELECT COUNT(*) FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"
                      ).fetchone()[0] == 0
    for name, alias, quote in db.execute(
            "SELECT e.name, a.alias, c.quote FROM entities e JOIN aliases a ON a.entity_id = e.id "
            "JOIN citations c ON c.id = a.citation_id WHERE e.kind = 'enterprise'"):
        assert name in quote and alias in quote


# ---------------------------------------------------------------------------------------------- derived data

def test_derived_data_is_what_derive_makes(synth_db):
    """Synth writes its derived columns and facet rows in bulk: they must be exactly derive's."""
    assert_derived_as_rebuilt(synth_db)


def test_conflicts_are_marked_as_build_marks_them(db):
    facts_of = defaultdict(list)
    for f in _dicts(db, "SELECT f.*, s.date AS source_date FROM facts f JOIN citations c ON c.id = f.citation_id "
                        "JOIN sources s ON s.id = c.source_id ORDER BY f.id"):
        facts_of[f["entity_id"]].append(f)
    # Conflicts: marked exactly as build marks them (same field, different values, different report dates).
    marked = [dict(f, _source_date=f["source_date"], conflict=0, current=1) for fs in facts_of.values() for f in fs]
    build._mark_conflicts(marked)
    assert [(f["conflict"], f["current"]) for f in marked] == \
        [(f["conflict"], f["current"]) for fs in facts_of.values() for f in fs]


def test_pinyin_and_sort_keys_are_the_real_ones(db):
    for name, aliases, pinyin, sort_key in db.execute("SELECT name, aliases, pinyin, sort_key FROM entities"):
        assert pinyin == textkeys.pinyin_keys(name, *[a for a in (aliases or "").split(" / ") if a]), name
        if hasattr(textkeys, "sort_key"):
            assert sort_key == textkeys.sort_key(name), name


# ---------------------------------------------------------------------------------------------- queries

def _sql_counts(db, sql, *args) -> dict[str, int]:
    return {value: n for value, n in db.execute(sql, args) if value is not None}


def _facet_counts(cat, filters) -> dict[str, dict[str, int]]:
    return {facet: {v.value: v.count for v in values if v.count}
            for facet, values in cat.facet_counts(filters).items()}


def test_facet_counts_equal_a_brute_force_count(cat, db):
    counts = _facet_counts(cat, Filters(kind="enterprise"))
    assert counts["segment"] == _sql_counts(
        db, "SELECT c.key, COUNT(DISTINCT l.src_id) FROM links l JOIN entities e ON e.id = l.src_id "
            "JOIN entities c ON c.id = l.dst_id WHERE l.relation = 'chain' AND e.kind = 'enterprise' "
            "AND c.level = 'segment' GROUP BY c.key")
    assert counts["role"] == _sql_counts(
        db, "SELECT l.role, COUNT(DISTINCT l.src_id) FROM links l JOIN entities e ON e.id = l.src_id "
            "WHERE l.relation = 'chain' AND e.kind = 'enterprise' GROUP BY l.role")
    assert counts["stage"] == _sql_counts(
        db, "SELECT stage, COUNT(*) FROM entities WHERE kind = 'enterprise' GROUP BY stage")
    assert counts["tag"] == _sql_counts(
        db, "SELECT t.tag, COUNT(DISTINCT t.entity_id) FROM tags t JOIN entities e ON e.id = t.entity_id "
            "WHERE e.kind = 'enterprise' GROUP BY t.tag")
    # A chain value counts the enterprises on it or on any chain or segment below it.
    assert counts["chain"] == _sql_counts(
        db, "WITH RECURSIVE up(src, node) AS ("
            "  SELECT l.src_id, l.dst_id FROM links l JOIN entities e ON e.id = l.src_id "
            "  WHERE l.relation = 'chain' AND e.kind = 'enterprise' "
            "  UNION SELECT up.src, c.parent_id FROM up JOIN entities c ON c.id = up.node "
            "  WHERE c.parent_id IS NOT NULL) "
            "SELECT c.key, COUNT(DISTINCT up.src) FROM up JOIN entities c ON c.id = up.node GROUP BY c.key")
    projects = _facet_counts(cat, Filters(kind="project"))
    assert projects["enterprise"] == _sql_counts(
        db, "SELECT e.key, COUNT(DISTINCT l.src_id) FROM links l JOIN entities e ON e.id = l.dst_id "
            "WHERE l.relation = 'project_of' GROUP BY e.key")
    # Under a selection in another facet: stages of the enterprises with the most common tag.
    tag = max(counts["tag"], key=lambda t: (counts["tag"][t], t))
    selected = _facet_counts(cat, Filters(kind="enterprise", facets={"tag": {tag}}))
    assert selected["stage"] == _sql_counts(
        db, "SELECT e.stage, COUNT(DISTINCT e.id) FROM entities e JOIN tags t ON t.entity_id = e.id "
            "WHERE e.kind = 'enterprise' AND t.tag = ? GROUP BY e.stage", tag)
    assert selected["tag"] == counts["tag"]  # a facet's own counts ignore its own selection


def test_short_search_equals_substring_match_over_names_and_aliases(cat, db):
    rows = _dicts(db, "SELECT id, name, aliases, summary, chains FROM entities WHERE kind = 'enterprise'")
    # Terms that occur in names and aliases only (not in profiles beyond the short name, nor in chain
    # names), so that every version of the search semantics must find exactly the name/alias matches.
    elsewhere = "".join(r["summary"].replace(r["aliases"], "") + (r["chains"] or "") for r in rows)
    elsewhere += "".join(r[0] for r in db.execute("SELECT name FROM entities WHERE kind = 'chain'"))
    grams = Counter(g for r in rows for size in (1, 2) for g in
                    {r["name"][i:i + size] for i in range(len(r["name"]) - size + 1)})
    for size in (1, 2):
        candidates = [g for g, _ in grams.most_common() if len(g) == size and g not in elsewhere]
        term = candidates[0]
        expected = {r["id"] for r in rows if term in r["name"] or term in (r["aliases"] or "")}
        assert len(expected) >= 2, term
        assert set(cat.ids(Filters(kind="enterprise", text=term))) == expected, term


def test_show_and_find(cat, db):
    name, short = db.execute("SELECT name, aliases FROM entities WHERE kind = 'enterprise' "
                             "AND id IN (SELECT entity_id FROM facts WHERE conflict > 0) LIMIT 1").fetchone()
    [eid] = cat.find(name)
    assert eid in cat.find(short)
    d = cat.details(eid)
    assert d.name == name and d.aliases[0].alias == short
    assert d.conflicts() and len(d.sources) == 2
    assert d.chain_links() and d.chain_links()[0].path[0].startswith("“")


# ---------------------------------------------------------------------------------------------- determinism, CLI

def _contents(path):
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        # Every table, the full-text index's and the packed arrays included (some have no rowid).
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM [{t}]"))) for t in tables}
    finally:
        conn.close()


def test_deterministic_for_a_seed(synth_db, tmp_path):
    again = tmp_path / "again.db"
    synthesize(again, enterprises=N, seed=SEED)
    assert _contents(again) == _contents(synth_db)
    other = tmp_path / "other.db"
    synthesize(other, enterprises=N, seed=SEED + 1)
    assert _contents(other)["entities"] != _contents(synth_db)["entities"]


def test_replaces_the_target_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out.db"
    target.write_bytes(b"old")
    synthesize(target, enterprises=5, seed=1)
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    assert [p.name for p in tmp_path.iterdir()] == ["out.db"]
    with Catalogue(target) as c:
        assert c.kind_counts()["enterprise"] == 5


def test_zero_enterprises(tmp_path):
    synthesize(tmp_path / "empty.db", enterprises=0, seed=1)
    with Catalogue(tmp_path / "empty.db") as c:
        assert c.kind_counts()["enterprise"] == 0 and c.kind_counts()["chain"] == 296


def test_cli_synth_search_show(tmp_path, capsys):
    from desktopapp.cli import main

    path = str(tmp_path / "cli.db")
    assert main(["synth", "--enterprises", "120", "-o", path, "--seed", "5"]) == 0
    err = capsys.readouterr().err
    assert "synth: enterprises 120/120" in err and "synth: done" in err
    assert main(["search", "科技", "--catalogue", path, "--kind", "enterprise"]) == 0
    out = capsys.readouterr().out
    assert "企业：" in out and "科技有限公司" in out
    conn = sqlite3.connect(path)
    name = conn.execute("SELECT name FROM entities WHERE kind = 'enterprise' ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    assert main(["show", name, "--catalogue", path]) == 0
    out = capsys.readouterr().out
    assert out.startswith(name) and "↳" in out


@pytest.mark.parametrize("term", ["科", "科技", "有限公司", "重庆", "司", "k", "g", "hh", "zhineng", "kejiyouxian", "syn-e", "e0"])
def test_scan_in_parallel_slices_equals_one_scan_and_brute_force(cat, db, monkeypatch, term):
    """Large fields are scanned in slices on several threads; the scores must not depend on it."""
    from desktopapp.index import search

    text = cat.search.kind_text("enterprise")

    def fresh_scores():
        for field in text.fields:
            field._recent.clear()
        return text.term_scores(term)

    monkeypatch.setattr(search, "PARALLEL_UNITS", 1 << 40)
    one = fresh_scores()
    monkeypatch.setattr(search, "PARALLEL_UNITS", 1)
    monkeypatch.setattr(search, "_workers", lambda: 2)
    sliced = fresh_scores()
    assert (one == sliced).all()
    ids = cat.facet_index("enterprise").ids
    expected = {r[0] for r in db.execute("SELECT id, name, aliases, key, pinyin FROM entities WHERE kind = 'enterprise'")
                if any(term in (f or "").lower() for f in r[1:])}
    assert set(ids[one > 0].tolist()) == expected
    assert expected or term == "syn-e"  # the terms are chosen to match something


def test_typing_a_term_one_character_at_a_time_scores_as_a_fresh_search(cat):
    """Occurrences of earlier terms are reused when the next keystroke extends them."""
    text = cat.search.kind_text("enterprise")
    fields = text.fields
    for word in ("重庆科技有限公司", "chongqingkeji", "kejiyouxiangongsi"):
        typed = [text.term_scores(word[:i]) for i in range(1, len(word) + 1)]
        assert any(f._recent for f in fields)
        for i, scores in enumerate(typed, start=1):
            for f in fields:
                f._recent.clear()
            assert (text.term_scores(word[:i]) == scores).all(), word[:i]
    assert typed[-1].any()


@pytest.mark.parametrize("term", ["司", "科", "重", "g", "k", "z", "a", "-"])
def test_frequent_single_characters_score_as_by_their_positions(cat, monkeypatch, term):
    """A one-character term found everywhere is scored per entity by a reduction; the scores must equal
    those computed from every occurrence's position."""
    from desktopapp.index import search

    text = cat.search.kind_text("enterprise")
    fields = text.fields
    results = []
    for frequent in (False, True):
        monkeypatch.setattr(search._Field, "_frequent", lambda self, unit: frequent)
        for parallel in (1 << 40, 1):
            monkeypatch.setattr(search, "PARALLEL_UNITS", parallel)
            monkeypatch.setattr(search, "_workers", lambda: 2)
            for f in fields:
                f._recent.clear()
            results.append(text.term_scores(term))
    assert results[0].any()
    for other in results[1:]:
        assert (other == results[0]).all()


@pytest.mark.parametrize("text", ["", "科", "科技有限", "有限公司", "hh", "重庆 科技", "zz-no-such"])
@pytest.mark.parametrize("sort", ["relevance", "name", "year", "amount", "stage"])
@pytest.mark.parametrize("descending", [False, True])
def test_first_page_equals_the_start_of_the_sorted_list(cat, text, sort, descending):
    """The first page is found without sorting every hit; it must be exactly the sorted list's start."""
    stage = cat.facet_counts(Filters(kind="enterprise"))["stage"][0].value
    for facets in ({}, {"stage": (stage,)}):
        filters = Filters(kind="enterprise", text=text, facets=facets)
        whole = cat.id_array(filters, sort, descending)
        for limit in (1, 7, 50, len(whole) + 5):
            assert cat.first_ids(filters, sort, descending, limit).tolist() == whole[:limit].tolist(), (facets, limit)


def test_entity_of_a_position_equals_a_binary_search(cat):
    """Each field finds the entity holding a unit position from its bucket table."""
    import numpy as np

    for field in cat.search.kind_text("enterprise").fields:
        positions = np.arange(1, len(field.units) - 1)
        positions = positions[field.units[positions] != 0]
        expected = np.searchsorted(field.offsets, positions, side="right") - 1
        assert (field.entities(positions) == expected).all()


def test_neighbours_are_counted_only_when_asked(cat, db):
    """The detail pane does not need the neighbour counts (on a large register counting takes time); a
    printed sheet asks for them and gets every other enterprise and project on the entity's chains."""
    eid = db.execute("SELECT src_id FROM links WHERE relation = 'chain' GROUP BY src_id "
                     "ORDER BY COUNT(*) DESC, src_id LIMIT 1").fetchone()[0]
    assert cat.details(eid).neighbour_counts == {}
    counted = cat.details(eid, neighbour_counts=True).neighbour_counts
    expected = Counter(r[1] for r in db.execute(
        "SELECT DISTINCT e.id, e.kind FROM links l JOIN entities e ON e.id = l.src_id WHERE l.relation = 'chain' "
        "AND l.dst_id IN (SELECT dst_id FROM links WHERE src_id = ? AND relation = 'chain') AND e.id != ? "
        "AND e.kind IN ('enterprise', 'project')", (eid, eid)))
    assert counted == dict(expected) and sum(expected.values()) > 0
