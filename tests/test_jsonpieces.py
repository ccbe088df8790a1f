"""Packed metas decoded in pieces (index/jsonpieces.py) equal `json.loads`, and bad text fails the same way."""

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from desktopapp.index import jsonpieces

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
                    max_leaves=20)


@pytest.fixture
def always_in_pieces(monkeypatch):
    monkeypatch.setattr(jsonpieces, "IN_PIECES_FROM", 0)


def test_every_meta_of_the_bundled_catalogue_reads_the_same(bundled_db, always_in_pieces):
    conn = sqlite3.connect(bundled_db)
    metas = [r[0] for r in conn.execute("SELECT meta FROM packed")]
    conn.close()
    assert metas and all(jsonpieces.loads(m) == json.loads(m) for m in metas)


@settings(max_examples=examples(200), deadline=None)
@given(st.dictionaries(st.text(), JSON, max_size=6), st.sampled_from([None, 1, 2]))
def test_any_object_reads_the_same(value, indent):
    text = json.dumps(value, indent=indent)
    jsonpieces.IN_PIECES_FROM, saved = 0, jsonpieces.IN_PIECES_FROM
    try:
        assert jsonpieces.loads(text) == json.loads(text)
    finally:
        jsonpieces.IN_PIECES_FROM = saved


@pytest.mark.parametrize("text", ['{"a": [1, 2', '{"a": [1,, 2]}', '{"a": 1} x', '[1, 2]', '{"a" 1}', "", "{"])
def test_bad_text_fails_as_json_loads_does(text, always_in_pieces):
    try:
        expected = json.loads(text)
    except ValueError:
        with pytest.raises(ValueError):
            jsonpieces.loads(text)
    else:
        assert jsonpieces.loads(text) == expected
