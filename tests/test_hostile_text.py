"""Hostile text: thousands of generated inputs through the catalogue's query API and the GUI search box, and
catalogue content full of HTML, scripts and file links in the detail pane (escaped, nothing loaded)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QInputMethodEvent, QTextDocument
from PySide6.QtWidgets import QApplication

from desktopapp.catalogue import Catalogue, Filters
from desktopapp.index.facets import KIND_FACETS
from desktopapp.catalogue.schema import KINDS
from conftest import examples

FRAGMENTS = [
    '"', "'", '""', "*", "^", ":", "-", "+", "(", ")", "NEAR(", "NEAR(a b, 2)", "AND", "OR", "NOT", "a OR b",
    "name:华", "{name}:x", "'; DROP TABLE entities; --", "1=1", "%", "_", "\\", "%_%", "/*", "*/", "--",
    "\x00", "\x1b[31m", "\r\n", "\t", "\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u2069", "\u200b",
    "\ufeff", "\ud800", "\udfff", "\U0001f600", "👩\u200d👩\u200d👧", "🇨🇳", "e\u0301", "ﬁ", "Ａ", "　",
    "华虹", "华", "hhyb", "huahong", "斯大宝", "传感器", "<b>", "<script>alert(1)</script>", "&amp;", "\u0000华",
    "%00", "?", "#", "ال", "עברית", "\uffff", "\U0010ffff",
]

# Every code point, surrogates and control characters included.
any_char = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
hostile = st.one_of(
    st.text(any_char, max_size=40),
    st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(any_char, max_size=3)), max_size=10).map(" ".join),
    st.builds(lambda piece, n: (piece * n)[:10000], st.sampled_from(FRAGMENTS + ["华", "a", "华虹 "]),
              st.integers(2000, 10000)),
)
kinds = st.sampled_from(KINDS)
FAST = settings(max_examples=examples(1500), deadline=None, suppress_health_check=[HealthCheck.too_slow])


_ALL: dict[str, set[int]] = {}


def all_ids(cat: Catalogue, kind: str) -> set[int]:
    if kind not in _ALL:
        _ALL[kind] = set(cat.ids(Filters(kind=kind)))
    return _ALL[kind]


def _check_ids(cat: Catalogue, kind: str, ids: list[int]) -> None:
    assert isinstance(ids, list) and len(ids) == len(set(ids))
    assert set(ids) <= all_ids(cat, kind)


@FAST
@given(text=hostile, kind=kinds)
def test_text_filters_never_fail(catalogue, text, kind):
    filters = Filters(kind=kind, text=text)
    ids = catalogue.ids(filters)
    _check_ids(catalogue, kind, ids)
    counts = catalogue.facet_counts(filters)
    assert set(counts) == set(KIND_FACETS[kind])
    for values in counts.values():
        assert all(0 <= v.count <= len(all_ids(catalogue, kind)) for v in values)
    # Relevance and the other orders give the same set; a list's first rows are its start.
    assert set(catalogue.ids(filters, sort="name", descending=True)) == set(ids)
    assert catalogue.first_ids(filters, limit=3).tolist() == ids[:3]


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile, kind=st.one_of(st.none(), kinds))
def test_find_and_suggest_never_fail(catalogue, text, kind):
    found = catalogue.find(text, kind)
    assert all(isinstance(i, int) for i in found)
    close = catalogue.suggest(text, kind, limit=5)
    assert len(close) <= 5 and all(catalogue.row(i) is not None for i in close)


@settings(max_examples=examples(500), deadline=None)
@given(kind=kinds, facets=st.dictionaries(st.one_of(st.sampled_from(["chain", "stage", "tag", "scope"]), hostile),
                                          st.lists(hostile, max_size=3), max_size=3),
       year_min=st.one_of(st.none(), st.integers(-10**12, 10**12)),
       amount_max=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)))
def test_hostile_facet_values_and_ranges(catalogue, kind, facets, year_min, amount_max):
    filters = Filters(kind=kind, facets=facets, year_min=year_min, amount_max=amount_max)
    _check_ids(catalogue, kind, catalogue.ids(filters))
    catalogue.facet_counts(filters)


def test_ten_thousand_characters_are_quick(catalogue):
    import time

    for text in ("华" * 10000, "a" * 10000, '"' * 10000, "华虹 " * 3000):
        start = time.perf_counter()
        catalogue.ids(Filters(kind="enterprise", text=text))
        catalogue.suggest(text)
        catalogue.find(text)
        assert time.perf_counter() - start < 2.0, text[:10]


def test_sql_in_the_text_is_only_text(catalogue):
    before = catalogue.kind_counts()
    for text in ("'; DROP TABLE entities; --", "\"; DELETE FROM entities; --", "x') OR 1=1 --"):
        assert catalogue.ids(Filters(kind="enterprise", text=text)) == []
    assert catalogue.kind_counts() == before


# ---------------------------------------------------------------------------------------------- GUI search box


def test_search_box_takes_anything(window, qtbot):
    section = window.current_section()
    box = section.search

    @settings(max_examples=examples(250), deadline=None, suppress_health_check=list(HealthCheck))
    @given(text=hostile)
    def typed(text):
        box.clear()
        box.setFocus()
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(box, event)
        section._search_now()  # the debounce timer's job, without waiting for it
        wanted = section.filters
        qtbot.waitUntil(lambda: getattr(section, "_shown", None) == section._request, timeout=5000)
        assert section.model.ids() == section.catalogue.ids(wanted)
        if section.model.rowCount():
            section.model.data(section.model.index(0, 0))

    typed()
    box.clear()
    section._search_now()
    qtbot.waitUntil(lambda: section.model.rowCount() == len(all_ids(section.catalogue, "enterprise")),
                    timeout=5000)


# ---------------------------------------------------------------------------------------------- untrusted content

EVIL = {
    "name": '<img src="file:///etc/passwd">华虹<script>alert("x")</script>',
    "summary": '<a href="file:///etc/passwd">点我</a> <a href="http://evil.example/">外链</a> '
               '<iframe src="http://evil.example/"></iframe><style>*{display:none}</style>&lt;b&gt;',
    "alias": '<b onmouseover="alert(1)">别名</b>',
    "quote": '"><img src=x onerror=alert(1)> <object data="file:///etc/shadow"></object>',
    "tag": "<table><tr><td>标签</td></tr></table>",
    "source": '<img src="http://evil.example/track.png">报道',
}


@pytest.fixture
def evil_catalogue(tmp_path, bundled_db):
    """The bundled catalogue with 华虹仪表's texts replaced by HTML, scripts and file/network links."""
    path = tmp_path / "evil.db"
    shutil.copyfile(bundled_db, path)
    conn = sqlite3.connect(path)
    eid = conn.execute("SELECT entity_id FROM aliases WHERE alias = '华虹仪表'").fetchone()[0]
    conn.execute("UPDATE entities SET name = ?, summary = ? WHERE id = ?", (EVIL["name"], EVIL["summary"], eid))
    conn.execute("UPDATE aliases SET alias = ? WHERE entity_id = ?", (EVIL["alias"], eid))
    conn.execute("UPDATE tags SET tag = ? WHERE entity_id = ?", (EVIL["tag"], eid))
    conn.execute("UPDATE citations SET quote = ? WHERE id IN (SELECT citation_id FROM facts WHERE entity_id = ?)",
                 (EVIL["quote"], eid))
    conn.execute("UPDATE sources SET title = ?", (EVIL["source"],))
    conn.commit()
    conn.close()
    return path, eid


def test_detail_html_escapes_catalogue_text(evil_catalogue):
    from desktopapp.gui import detailhtml

    path, eid = evil_catalogue
    with Catalogue(path) as cat:
        page = detailhtml.render(cat.details(eid), cat.scope_label)
    html = page.html
    for tag in ("<script", "<img", "<iframe", "<object", "<style", "<table><tr><td>标签", "<b onmouseover"):
        assert tag not in html
    assert 'href="file:' not in html and 'href="http' not in html and 'src="' not in html
    assert "&lt;script&gt;" in html
    # What the user reads is the text exactly as the catalogue holds it.
    doc = QTextDocument()
    doc.setHtml(html)
    plain = doc.toPlainText()
    assert EVIL["name"] in plain
    assert '<a href="file:///etc/passwd">点我</a>' in plain


def test_detail_pane_loads_no_resource_and_follows_no_foreign_link(evil_catalogue, qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument as Doc

    from desktopapp.gui.app import make_application
    from desktopapp.gui.detailpane import DetailPane

    make_application()
    path, eid = evil_catalogue
    requested = []
    pane = DetailPane()
    qtbot.addWidget(pane)
    original = pane.browser.loadResource

    def spy(kind, url):
        requested.append(url.toString())
        return original(kind, url)

    pane.browser.loadResource = spy
    with Catalogue(path) as cat:
        pane.resize(600, 800)
        pane.show()
        assert pane.show_entity(cat, eid)
        pane.browser.document().adjustSize()
        pane.repaint()
        assert pane.browser.loadResource(Doc.ImageResource, QUrl("file:///etc/passwd")) is None
        assert original(Doc.ImageResource, QUrl("http://evil.example/x.png")) is None
        # Rich text from the catalogue creates no image or link fragments pointing outside the app.
        body = pane.browser.toHtml().split("<body", 1)[1]
        assert 'src="' not in body and 'href="file:' not in body and 'href="http' not in body
        seen = []
        pane.entity_activated.connect(seen.append)
        pane.article_requested.connect(lambda *a: seen.append(a))
        for url in ("file:///etc/passwd", "http://evil.example/", "javascript:alert(1)", "entity:abc"):
            pane._anchor_clicked(QUrl(url))
        assert seen == []
        assert pane.browser.source().isEmpty()
    assert [u for u in requested if not u.startswith(("entity:", "cite:", "copy:", "source:"))] == [
        "file:///etc/passwd"]  # only the explicit call above
