"""The query API: facet semantics, search (substring, 1–2 characters, pinyin, initials, aliases), hostile input."""

import re

import pytest
from conftest import altered_copy, examples
from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.catalogue import Filters


def names(cat, ids):
    rows = cat.rows(ids)
    return [rows[i]["name"] for i in ids]


def key_id(cat, key):
    return cat.conn.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()[0]


# ---------------------------------------------------------------- facets

def brute_force(cat, kind, selections):
    """Ids of `kind` whose facet_values satisfy OR-within / AND-across, computed naively."""
    ids = {r[0] for r in cat.conn.execute("SELECT id FROM entities WHERE kind = ?", (kind,))}
    for facet, values in selections.items():
        marks = ",".join("?" * len(values))
        ok = {r[0] for r in cat.conn.execute(
            f"SELECT entity_id FROM facet_values WHERE facet = ? AND value IN ({marks})", [facet, *values])}
        ids &= ok
    return ids


def test_values_within_a_facet_are_ored_and_facets_anded(catalogue):
    one = set(catalogue.ids(Filters(kind="enterprise", facets={"stage": {"投产"}})))
    two = set(catalogue.ids(Filters(kind="enterprise", facets={"stage": {"投产", "在谈"}})))
    talks = set(catalogue.ids(Filters(kind="enterprise", facets={"stage": {"在谈"}})))
    assert one and talks and two == one | talks
    both = set(catalogue.ids(Filters(kind="enterprise", facets={"stage": {"投产", "在谈"},
                                                                "scope": {"park"}})))
    assert both == two & set(catalogue.ids(Filters(kind="enterprise", facets={"scope": {"park"}})))
    assert both == brute_force(catalogue, "enterprise", {"stage": ["投产", "在谈"], "scope": ["park"]})


def test_facet_counts_are_taken_under_the_other_filters(catalogue):
    filters = Filters(kind="enterprise", facets={"stage": {"投产"}, "scope": {"park"}})
    counts = catalogue.facet_counts(filters)
    # The stage facet ignores its own selection: it counts every stage among park enterprises.
    stage = {v.value: v.count for v in counts["stage"]}
    for value, n in stage.items():
        assert n == len(brute_force(catalogue, "enterprise", {"stage": [value], "scope": ["park"]}))
    assert len(stage) > 1
    # Other facets count within the full selection.
    for v in counts["chain"]:
        assert v.count == len(brute_force(catalogue, "enterprise",
                                          {"stage": ["投产"], "scope": ["park"], "chain": [v.value]}))


def test_selected_value_with_no_matches_still_listed(catalogue):
    filters = Filters(kind="enterprise", facets={"stage": {"投产"}, "scope": {"district"}})
    counts = catalogue.facet_counts(filters)
    assert any(v.value == "district" for v in counts["scope"])


def test_a_chain_includes_its_sub_chains_and_segments(catalogue):
    on_chain = set(catalogue.ids(Filters(kind="enterprise", facets={"chain": {"chain:传感器及仪器仪表"}})))
    on_segment = set(catalogue.ids(Filters(kind="enterprise",
                                           facets={"chain": {"chain:传感器及仪器仪表/封装测试"}})))
    assert on_segment and on_segment < on_chain
    assert "中科光智(重庆)科技有限公司" in names(catalogue, list(on_segment))
    system = set(catalogue.ids(Filters(kind="enterprise", facets={"chain": {"chain:1+3+X"}})))
    assert on_chain <= system


def test_year_and_amount_ranges(catalogue):
    all_figures = catalogue.ids(Filters(kind="figure"))
    recent = catalogue.ids(Filters(kind="figure", year_min=2024))
    rows = catalogue.rows(recent)
    assert recent and len(recent) < len(all_figures)
    assert all(rows[i]["year"] >= 2024 for i in recent)
    big = catalogue.ids(Filters(kind="project", amount_min=100))
    assert big and all(catalogue.row(i)["amount"] >= 100 for i in big)


def test_sorting_by_a_column_puts_not_stated_last(catalogue):
    ids = catalogue.ids(Filters(kind="enterprise"), sort="stage")
    stages = [catalogue.row(i)["stage"] for i in ids]
    stated = [s for s in stages if s]
    assert stages[: len(stated)] == sorted(stated)
    desc = catalogue.ids(Filters(kind="enterprise"), sort="stage", descending=True)
    assert [catalogue.row(i)["stage"] for i in desc][: len(stated)] == sorted(stated, reverse=True)


@pytest.mark.parametrize("kind", ["enterprise", "project", "facility", "figure"])
def test_descending_sorts_keep_equal_values_in_name_order(catalogue, kind):
    """Highest value first, and entities with the same value in name order (as SQL's `col DESC, sort_key`),
    not the ascending list turned round."""
    from desktopapp.index.packing import SORT_COLUMNS

    for column in ("stage", "year", "amount", "category", "scope", "num"):
        expr = SORT_COLUMNS[column]
        expected = [r[0] for r in catalogue.conn.execute(
            f"SELECT id FROM entities WHERE kind = ? ORDER BY ({expr} IS NULL), {expr} DESC, sort_key, id", (kind,))]
        assert catalogue.ids(Filters(kind=kind), sort=column, descending=True) == expected, column
        first = catalogue.first_ids(Filters(kind=kind), sort=column, descending=True, limit=5).tolist()
        assert first == expected[:5], column


def test_names_sort_in_pinyin_order(catalogue):
    ids = catalogue.ids(Filters(kind="enterprise"), sort="name")
    keys = [catalogue.conn.execute("SELECT sort_key FROM entities WHERE id = ?", (i,)).fetchone()[0] for i in ids]
    assert keys == sorted(keys)


# ---------------------------------------------------------------- search

@pytest.mark.parametrize("text", ["华虹仪表", "华虹", "虹", "hhyb", "huahong", "HHYB", " 华虹 "])
def test_search_finds_huahong_by_substring_pinyin_and_initials(catalogue, text):
    ids = catalogue.ids(Filters(kind="enterprise", text=text))
    assert ids and names(catalogue, ids)[0] == "重庆华虹仪表有限公司"


def test_search_by_alias_spelling(catalogue):
    ids = catalogue.ids(Filters(kind="enterprise", text="斯大宝"))
    assert [catalogue.row(i)["key"] for i in ids] == ["斯太宝"]


def brute_force_search(cat, kind, term):
    """Ids whose name, aliases, key, pinyin or chain names contain `term` (and, from three characters,
    whose profile does): the documented search semantics, computed naively."""
    term = term.lower()
    found = set()
    for eid, name, aliases, key, pinyin, summary in cat.conn.execute(
            "SELECT id, name, aliases, key, pinyin, summary FROM entities WHERE kind = ?", (kind,)):
        fields = [name, *(aliases or "").split(" / "), "" if key.startswith("chain:") else key, pinyin]
        if len(term) >= 3:
            fields.append(summary)
        if any(term in (f or "").lower() for f in fields):
            found.add(eid)
    for (eid,) in cat.conn.execute(
            "SELECT fv.entity_id FROM facet_values fv JOIN entities e ON e.id = fv.entity_id "
            "WHERE fv.facet = 'chain' AND e.kind = ? AND instr(lower(fv.label), ?)", (kind, term)):
        found.add(eid)
    from desktopapp.catalogue.english import has_tables

    if re.fullmatch(r"[0-9a-z]+", term) and has_tables(cat.conn):  # English names: a word starting with the term
        for eid, name in cat.conn.execute("SELECT e.entity_id, e.name FROM entity_english e JOIN entities n "
                                          "ON n.id = e.entity_id WHERE n.kind = ?", (kind,)):
            if any(w.startswith(term) for w in re.findall(r"[0-9a-z]+", name.lower())):
                found.add(eid)
    return found


@pytest.mark.parametrize("text", ["光", "仪表", "园", "x", "传感器", "hh", "智能电表", "科技"])
def test_search_equals_a_brute_force_substring_match(catalogue, text):
    for kind in ("enterprise", "project", "facility", "figure", "chain"):
        assert set(catalogue.ids(Filters(kind=kind, text=text))) == brute_force_search(catalogue, kind, text), kind


def test_all_terms_must_match(catalogue):
    both = catalogue.ids(Filters(kind="enterprise", text="中科 光智"))
    assert names(catalogue, both)[0].startswith("中科光智")
    assert catalogue.ids(Filters(kind="enterprise", text="中科 不存在的词")) == []


def test_search_ranks_name_matches_first(catalogue):
    ids = catalogue.ids(Filters(kind="enterprise", text="仪表"))
    in_name = ["仪表" in n for n in names(catalogue, ids)]
    assert any(in_name) and not all(in_name)
    assert in_name == sorted(in_name, reverse=True), "name matches before chain/profile matches"


HOSTILE = [
    '"', "'", '"""', "华虹\"", 'a" OR "b', "NEAR(a b)", "a AND b", "*", "^华", "-", "()", "{col}:x", "col:华虹",
    "'; DROP TABLE entities; --", "\x00", "\x1b[31m", "\u202e华虹", "\ufeff", "😀", "\ud800", "华" * 10000,
    "%", "_", "\\", "\n\t", "   ", "",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_text_is_safe(catalogue, text):
    ids = catalogue.ids(Filters(kind="enterprise", text=text))
    counts = catalogue.facet_counts(Filters(kind="enterprise", text=text))
    assert isinstance(ids, list) and isinstance(counts, dict)
    assert catalogue.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] > 0


def test_control_and_direction_marks_are_ignored(catalogue):
    assert catalogue.ids(Filters(kind="enterprise", text="\u202e华虹\x00")) == \
        catalogue.ids(Filters(kind="enterprise", text="华虹"))


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=60))
def test_any_text_searches_without_error(text):
    from desktopapp.catalogue import Catalogue

    global _HYP_CAT
    try:
        cat = _HYP_CAT
    except NameError:
        cat = _HYP_CAT = Catalogue()
    ids = cat.ids(Filters(kind="enterprise", text=text))
    assert len(set(ids)) == len(ids)


# ---------------------------------------------------------------- rows and details

def test_details_carry_citations_and_chain_position(catalogue):
    d = catalogue.details(key_id(catalogue, "华虹仪表"))
    fields = {f.field for f in d.facts}
    assert {"年产能", "年销售规模"} <= fields
    assert all(f.citations and f.citation.quote for f in d.facts)
    assert any("传感器及仪器仪表" in l.path for l in d.chain_links())
    assert any(t.tag.startswith("国家级专精特新") for t in d.tags)
    assert [s["id"] for s in d.sources] == sorted(s["id"] for s in d.sources) or d.sources


def test_chain_details_list_segments_members_and_gaps(catalogue):
    d = catalogue.details(key_id(catalogue, "chain:传感器及仪器仪表"))
    segments = [c["name"] for c in d.children if c["level"] == "segment"]
    assert segments == ["材料", "研发设计", "生产制造", "封装测试", "应用服务"]
    member_chains = {m["chain_id"] for m in d.members}
    gaps = [c for c in d.children if c["level"] == "segment" and c["id"] not in member_chains]
    assert gaps, "the sources name no park enterprise on some segments"


def test_find_by_name_alias_and_key(catalogue):
    assert catalogue.find("华虹仪表") == catalogue.find("重庆华虹仪表有限公司")
    assert catalogue.find("斯大宝") == catalogue.find("斯太宝")
    assert catalogue.find("不存在") == []
    assert catalogue.suggest("华虹仪表厂")


def test_rows_fetch_in_blocks(catalogue):
    ids = catalogue.ids(Filters(kind="figure"))
    rows = catalogue.rows(ids)
    assert set(rows) == set(ids)


# ---------------------------------------------------------------- packed arrays

@pytest.mark.parametrize("piece", [None, 1000])
def test_packed_arrays_equal_a_fresh_computation(catalogue, monkeypatch, piece):
    from desktopapp.index import facets, packing

    if piece:  # large arrays are read in pieces
        monkeypatch.setattr(packing, "READ_PIECE", piece)
    for kind in facets.KIND_FACETS:
        assert packing.is_current(catalogue.conn, kind)
        packed = packing.load_facets(catalogue.conn, kind)
        fresh = facets.compute(catalogue.conn, kind)
        assert packed.ids.tolist() == fresh.ids.tolist()
        for facet, column in fresh.columns.items():
            other = packed.columns[facet]
            assert other.values == column.values and other.labels == column.labels
            (codes, pos), (other_codes, other_pos) = column.entries(), other.entries()
            assert other_codes.tolist() == codes.tolist()
            assert (other_pos is None) == (pos is None)
            assert pos is None or other_pos.tolist() == pos.tolist()
        from desktopapp.index.search import letter_codes, text_arrays

        texts = text_arrays(catalogue.conn, kind)
        for field, (units, offsets) in texts.items():
            packed_units, packed_offsets = packing.load_text(catalogue.conn, kind, field)
            assert packed_units.tolist() == units.tolist() and packed_offsets.tolist() == offsets.tolist()
        words, wholes = packing.load_text(catalogue.conn, kind, "letters")
        fresh_words, fresh_wholes = letter_codes(*texts["pinyin"])
        assert words.tolist() == fresh_words.tolist() and wholes.tolist() == fresh_wholes.tolist()


def test_stale_packed_arrays_are_ignored(tmp_path, bundled_db):
    from desktopapp.catalogue import Catalogue
    from desktopapp.index import packing

    copy = altered_copy(bundled_db, tmp_path / "c.db", "DELETE FROM facet_values WHERE facet = 'stage' AND value = '投产'")
    with Catalogue(copy) as cat:
        assert not packing.is_current(cat.conn, "enterprise")
        assert cat.ids(Filters(kind="enterprise", facets={"stage": {"投产"}})) == []
        assert all(v.value != "投产" for v in cat.facet_counts(Filters(kind="enterprise"))["stage"])


def test_a_catalogue_without_packed_arrays_gives_the_same_answers(tmp_path, bundled_db, catalogue):
    from desktopapp.catalogue import Catalogue

    copy = altered_copy(bundled_db, tmp_path / "c.db", "DROP TABLE packed")
    with Catalogue(copy) as cat:
        for filters in (Filters(kind="enterprise", text="华虹"), Filters(kind="project", facets={"stage": {"投产"}}),
                        Filters(kind="figure", year_min=2024)):
            assert cat.ids(filters, sort="year") == catalogue.ids(filters, sort="year")
            assert cat.facet_counts(filters) == catalogue.facet_counts(filters)


def test_large_files_open_without_a_full_scan_and_are_checked_later(tmp_path, bundled_db, monkeypatch):
    import shutil

    from desktopapp.catalogue import Catalogue, connection

    copy = tmp_path / "big.db"
    shutil.copy(bundled_db, copy)
    data = bytearray(copy.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle + 100: middle + 400] = b"\xff" * 300  # damage one page well past the schema
    copy.write_bytes(bytes(data))
    before = copy.read_bytes()
    monkeypatch.setattr(connection, "QUICK_CHECK_BYTES", 0)
    with Catalogue(copy) as cat:  # structural checks only: opens
        problem = connection.integrity_problem(cat.conn, copy)
    assert problem and "已损坏" in problem
    assert copy.read_bytes() == before


def test_pinyin_keys_inside_another_are_left_out_of_the_search_text():
    from desktopapp.index.search import _contained

    assert _contained(["huahongyibiao", "hhyb", "huahong", "hh", "hhyb", "yibiaohuahong"]) == \
        ["huahongyibiao", "hhyb", "yibiaohuahong"]
    assert _contained([]) == []


@pytest.mark.parametrize("step", [2, 1 << 15])
def test_one_letter_terms_score_from_letter_codes_as_from_positions(monkeypatch, step):
    """A one-letter term is scored from per-entity letter masks; the scores equal a scan of the text."""
    import numpy as np

    from desktopapp.index import search

    monkeypatch.setattr(search, "LETTER_STEP", step)
    pinyin = ["huahong hh", "h", "", "abc xyz", "x hh h", "zz", "huahongyibiao hhyb h", ""]
    names = [f"名{i}" for i in range(len(pinyin))]
    arrays = {"name": search._encode(names), "alias": search._encode([""] * len(names)),
              "ascii": search._encode([""] * len(names)), "pinyin": search._encode(pinyin, ascii_only=True)}
    text = search.KindText(arrays, len(names))
    seen = set()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        from_bits = np.zeros(len(names), dtype=np.int32)
        text._letter_scores(from_bits, ord(letter) - ord("a"), (30, 40, 45))
        scanned = np.zeros(len(names), dtype=np.int32)
        text.pinyin.score_into(scanned, np.frombuffer(letter.encode(), dtype=np.uint8), (30, 40, 45))
        assert from_bits.tolist() == scanned.tolist(), letter
        seen |= set(scanned.tolist())
    assert seen == {0, 30, 40, 45}  # absent, inside a word, starting one, a word of its own


def test_filters_are_immutable_values():
    """Filters compare and hash by value, clean their facets, and change only through copies."""
    import pickle

    a = Filters(kind="enterprise", facets={"stage": ["投产", "在建"], "tag": []})
    assert a.facets == {"stage": frozenset({"投产", "在建"})}
    assert a == Filters(kind="enterprise", facets={"stage": ("在建", "投产")}) and hash(a) == hash(
        Filters(kind="enterprise", facets={"stage": {"在建", "投产"}}))
    b = a.replace(text="科技")
    assert (b.text, b.facets, a.text) == ("科技", a.facets, "") and b != a
    assert a.toggled("stage", "投产").facets == {"stage": frozenset({"在建"})}
    assert a.without("stage").is_empty() and not a.is_empty()
    with pytest.raises(AttributeError):
        a.text = "x"
    with pytest.raises(TypeError):
        a.replace(colour="red")
    assert pickle.loads(pickle.dumps(b)) == b and "科技" in repr(b)


@pytest.mark.parametrize("parallel", [False, True])
def test_substring_scores_equal_a_brute_force_at_every_position(monkeypatch, parallel):
    """Random texts over a small alphabet (so terms occur everywhere: at starts, at ends, across the middle of
    the field where parallel slices meet, in the last entity): every term of 1–9 units scores exactly as a
    brute force says (whole 3, word start 2, anywhere 1)."""
    import random

    import numpy as np

    from desktopapp.index import search

    if parallel:
        monkeypatch.setattr(search, "PARALLEL_UNITS", 1)
        monkeypatch.setattr(search, "_workers", lambda: 2)
    rng = random.Random(7)
    for alphabet, ascii_only in (("ab科技", False), ("abz", True)):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(300)]
        texts[-1] = texts[-1] + alphabet[:3]  # a term at the very end of the field
        field = search._Field(*search._encode(texts, ascii_only=ascii_only), seps=(0,))
        codec, dtype = ("ascii", np.uint8) if ascii_only else ("utf-16-le", np.uint16)
        terms = {t[i:j] for t in texts for i in range(len(t)) for j in range(i + 1, min(len(t), i + 9) + 1)}
        for term in sorted(terms)[:400]:
            field._recent.clear()
            scores = np.zeros(len(texts), dtype=np.int32)
            field.score_into(scores, np.frombuffer(term.encode(codec), dtype=dtype), (1, 2, 3))
            expected = [3 if t == term else 2 if t.startswith(term) else 1 if term in t else 0 for t in texts]
            assert scores.tolist() == expected, term


def test_a_long_facet_lists_the_first_values_in_its_own_order(catalogue):
    """When a facet has more values than are listed, the listed ones are the first by count, then label (not
    an arbitrary choice among equal counts)."""
    index = catalogue.facet_index("enterprise")
    everything = index.counts("source", index.full(), limit=10_000)
    for limit in (1, 2, 3, 5):
        listed = index.counts("source", index.full(), limit=limit)
        assert [(v.value, v.count) for v in listed] == [(v.value, v.count) for v in everything[:limit]]


def test_find_looks_names_and_aliases_up_in_an_index(tmp_path, bundled_db):
    """`find` (the command line's names, a brochure's filter labels) reads an index, not every row: at a
    million entities a scan took 10 s. A file made before the indexes gets them with its next write."""
    import shutil
    import sqlite3

    from desktopapp.catalogue import Catalogue
    from desktopapp.write import maintenance

    with Catalogue(bundled_db) as cat:
        plan = " ".join(r[3] for r in cat.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM entities WHERE name = ? UNION SELECT entity_id FROM aliases "
            "WHERE alias = ?", ("华虹仪表", "华虹仪表")))
        assert "idx_entities_name" in plan and "idx_aliases_alias" in plan
        assert cat.find("华虹仪表")
    old = tmp_path / "old.db"
    shutil.copy(bundled_db, old)
    conn = sqlite3.connect(old)
    conn.execute("DROP INDEX idx_entities_name")
    conn.execute("DROP INDEX idx_aliases_alias")
    conn.commit()
    conn.close()
    copy = maintenance.working_copy(old)
    with maintenance.writing(copy):
        pass
    conn = sqlite3.connect(copy)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()
    assert {"idx_entities_name", "idx_aliases_alias"} <= names
