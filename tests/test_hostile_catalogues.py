"""Every command line command over hostile variants of the bundled catalogue (see hostile_catalogues.py), run
in-process as a user would run them: no traceback and no hang; a file that cannot be used is refused with a
message saying so. The catalogue layer's read face (rows, details, chain tree) is checked on each variant too.

The full matrix (every variant × every command, 770 runs) takes a minute: it runs when
DESKTOPAPP_HOSTILE_MATRIX=1 is set. The default run takes each variant with one command (see _cases), and the
read face on every variant.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

import hostile_catalogues

VARIANTS = list(hostile_catalogues.VARIANTS)
FULL = os.environ.get("DESKTOPAPP_HOSTILE_MATRIX") == "1"
# Seconds a command may take on the bundled catalogue's size before it counts as hanging.
HANG = 30


def _commands(tmp: Path, csv: Path) -> dict[str, list[str]]:
    return {
        "search": ["search"],
        "search-text": ["search", "传感器"],
        "search-initials": ["search", "hhyb", "--json"],
        "search-chain": ["search", "--chain", "传感器及仪器仪表"],
        "show-enterprise": ["show", "华虹仪表"],
        "show-chain": ["show", "传感器及仪器仪表", "--json"],
        "show-segment": ["show", "材料"],
        "factsheet-enterprise": ["factsheet", "enterprise", "华虹仪表", "-o", str(tmp / "e.pdf")],
        "factsheet-chain": ["factsheet", "chain", "传感器及仪器仪表", "-o", str(tmp / "c.pdf")],
        "factsheet-park": ["factsheet", "park", "-o", str(tmp / "p.pdf")],
        "brochure": ["brochure", "-o", str(tmp / "b.pdf")],
        "export-csv": ["export", "-o", str(tmp / "x.csv")],
        "export-xlsx": ["export", "--kind", "chain", "-o", str(tmp / "x.xlsx")],
        "import": ["import", str(csv), "--kind", "enterprise"],
    }


COMMANDS = list(_commands(Path("."), Path(".")))


# In the default run: the commands that hung on the hierarchy variants, a refusal for the views, and the quick
# commands in turn for the rest (the PDF commands meet the value variants in the full matrix).
_HIERARCHY = ["show-chain", "factsheet-chain", "brochure", "import", "show-segment"]
_QUICK = ["search-text", "show-enterprise", "search-initials", "export-csv", "show-chain", "export-xlsx", "import",
          "search-chain", "factsheet-enterprise"]


def _cases():
    if FULL:
        return [(v, c) for v in VARIANTS for c in COMMANDS]
    cases = []
    for i, v in enumerate(VARIANTS):
        if "parent" in v or "loop" in v or "under" in v:
            cases.append((v, _HIERARCHY[i % len(_HIERARCHY)]))
        elif "view" in v:
            cases.append((v, "search"))
        else:
            cases.append((v, _QUICK[i % len(_QUICK)]))
    return cases


@pytest.fixture(scope="module")
def variants(tmp_path_factory, bundled_db, qapp):
    # (qapp: the PDF commands would otherwise make a QGuiApplication, on which no window can open later)
    folder = tmp_path_factory.mktemp("hostile")
    return {name: hostile_catalogues.make(name, bundled_db, folder) for name in VARIANTS}


class Hang(Exception):
    pass


@contextmanager
def _deadline(seconds: int):
    """Raise Hang in the test if the block runs longer than `seconds` (Python code is interrupted; a loop
    inside SQLite or Qt is caught by faulthandler, which ends the run with every thread's stack)."""
    def on_alarm(signum, frame):
        raise Hang(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    faulthandler.dump_traceback_later(seconds * 3, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        signal.alarm(0)
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    from desktopapp.cli import main

    capsys.readouterr()
    with _deadline(HANG):
        code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("variant, command", _cases())
def test_command_over_hostile_catalogue(variant, command, variants, tmp_path, capsys):
    csv = tmp_path / "rows.csv"
    csv.write_text("名称,简称,产业链\n测试企业甲,测试甲,传感器及仪器仪表\n", encoding="utf-8")
    args = _commands(tmp_path, csv)[command] + ["--catalogue", str(variants[variant])]
    code, out, err = run_cli(args, capsys)  # an exception here is the failure: a traceback for the user
    assert "Traceback" not in out + err
    if code != 0:
        assert err.strip(), "a failing command says why"
        assert "错误" in err or "第" in err or "文件" in err, err


REFUSED = {"meta-recursive-view", "sources-recursive-view", "tags-recursive-view"}


@pytest.mark.parametrize("variant", sorted(REFUSED))
def test_views_where_tables_belong_are_refused_at_open(variant, variants):
    from desktopapp.catalogue import Catalogue, CatalogueError

    with _deadline(HANG), pytest.raises(CatalogueError) as info:
        Catalogue(variants[variant])
    assert "不是普通的数据表（是视图或虚拟表）" in str(info.value)
    assert variant.split("-")[0] in str(info.value)


# ---------------------------------------------------------------------------------------------- the read face


def _typed(row: dict) -> None:
    """Every value of an entity row is of the type schema.TABLES declares (or None)."""
    from desktopapp.catalogue import schema

    for column, value in row.items():
        declared = schema.TABLES["entities"].get(column)
        if declared is not None and value is not None:
            assert isinstance(value, int if declared is int else (int, float) if declared is float else declared), \
                (column, value)
    assert isinstance(row["name"], str) and isinstance(row["kind"], str)


def _walk_chains(cat) -> list[int]:
    """Every chain reached from the systems down, as the chain map and brochures walk them."""
    seen, todo = [], [c["id"] for c in cat.chain_children(None)]
    while todo:
        cid = todo.pop()
        assert cid not in seen, "a chain reached twice: the walk would not end"
        seen.append(cid)
        todo.extend(c["id"] for c in cat.chain_children(cid))
    return seen


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v not in REFUSED])
def test_read_face_over_hostile_catalogue(variant, variants):
    from desktopapp.catalogue import Catalogue, values

    with _deadline(HANG), Catalogue(variants[variant]) as cat:
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in cat.meta.items())
        chains = _walk_chains(cat)
        parents = cat.chain_parent_keys()
        for key in parents:  # the facet tree's walk up ends
            seen = set()
            while key in parents:
                assert key not in seen
                seen.add(key)
                key = parents[key]
        wanted = set(chains[:1])
        for kind in ("enterprise", "project", "chain", "facility", "organisation", "figure"):
            ids = [r[0] for r in cat.conn.execute("SELECT id FROM entities WHERE kind = ? ORDER BY id", (kind,))]
            rows = cat.rows(ids)
            for row in rows.values():
                _typed(row)
                assert len(row["summary"] or "") <= values.LONG_TEXT and len(row["name"]) <= values.SHORT_TEXT
            wanted |= set(ids[:1])
        wanted |= set(cat.find(hostile_catalogues.ENTERPRISE)) | set(cat.find("传感器及仪器仪表", "chain"))
        for eid in sorted(wanted):
            d = cat.details(eid, neighbour_counts=True)
            if d is None:
                continue
            _typed(d.entity)
            for item in [*d.facts, *d.stages, *d.tags]:
                assert item.citation.source_title is not None and isinstance(item.citation.quote, str)
            for link in d.links:
                assert isinstance(link.other_name, str) and all(isinstance(n, str) for n in link.path)
            assert all(isinstance(m["chain_name"], str) and isinstance(m["name"], str) for m in d.members)
            for s in d.sources:
                assert isinstance(s["title"], str)


def test_every_chain_its_own_parent_makes_every_chain_a_system(variants):
    from desktopapp.catalogue import Catalogue

    with Catalogue(variants["every-chain-its-own-parent"]) as cat:
        assert len(_walk_chains(cat)) == cat.kind_counts()["chain"]
        assert len(cat.chain_children(None)) == cat.kind_counts()["chain"]
        assert cat.chain_parent_keys() == {}


def test_a_loop_of_chains_is_cut_once_and_keeps_its_other_links(variants, catalogue):
    from desktopapp.catalogue import Catalogue
    from desktopapp.catalogue.details import chain_path

    with Catalogue(variants["system-under-its-segment"]) as cat:
        chains = _walk_chains(cat)
        assert len(chains) == cat.kind_counts()["chain"]  # nothing lost: the loop is cut, not dropped
        material = cat.find(hostile_catalogues.SEGMENT)[0]
        # The loop system → chain → segment → system is cut at its smallest id (the system, 1).
        assert chain_path(cat, material) == ["“1+3+X”现代产业体系", "传感器及仪器仪表", "材料"]
        chain = cat.find(hostile_catalogues.CHAIN)[0]
        members = {m["id"] for m in cat.details(chain).members}
        assert members == {m["id"] for m in catalogue.details(chain).members}


def test_huge_text_is_capped_for_display(variants):
    from desktopapp.catalogue import Catalogue, values

    with Catalogue(variants["huge-summary"]) as cat:
        eid = cat.find(hostile_catalogues.ENTERPRISE)[0]
        summary = cat.details(eid).entity["summary"]
        assert len(summary) == values.LONG_TEXT and summary.endswith("…")
        assert cat.row(eid)["summary"] == summary
    with Catalogue(variants["huge-name"]) as cat:
        eid = cat.find(hostile_catalogues.ENTERPRISE)[0]
        assert len(cat.row(eid)["name"]) == values.SHORT_TEXT
    with Catalogue(variants["huge-quote-and-article"]) as cat:
        d = cat.details(cat.find(hostile_catalogues.ENTERPRISE)[0])
        assert all(len(f.citation.quote) <= values.LONG_TEXT for f in d.facts)
        assert len(cat.source_text(d.sources[0]["id"])) == values.ARTICLE_TEXT
    assert values.capped("短文本") == "短文本" and values.capped("长" * 50, 10) == "长" * 9 + "…"


def test_facts_whose_citation_is_missing_say_so(variants, catalogue):
    from desktopapp.catalogue import Catalogue

    with Catalogue(variants["fact-cites-nothing"]) as cat:
        eid = cat.find(hostile_catalogues.ENTERPRISE)[0]
        facts = cat.details(eid).facts
        assert len(facts) == len(catalogue.details(eid).facts)  # no fact is hidden
        assert facts and all(f.citation.source_title == "来源缺失" for f in facts)


def test_import_into_a_damaged_catalogue_is_refused_before_writing(variants, tmp_path, capsys, user_dirs):
    csv = tmp_path / "rows.csv"
    csv.write_text("名称,简称\n测试企业甲,测试甲\n", encoding="utf-8")
    code, out, err = run_cli(["import", str(csv), "--kind", "enterprise", "--catalogue",
                              str(variants["link-to-nowhere"])], capsys)
    assert code == 1 and "目录文件本身有问题" in err and "关联指向不存在的条目" in err
    assert not list(user_dirs.glob("**/*.db"))  # no working copy was made


@pytest.mark.parametrize("variant", ["system-under-its-segment", "every-chain-its-own-parent", "chain-loop-no-pack"])
def test_the_window_shows_a_catalogue_whose_chains_loop(variant, variants, open_window, qtbot):
    """The chain section's facet tree, the chain's detail and the chain map, on a file whose chains loop (each
    walked the loop for ever)."""
    with _deadline(HANG):
        window = open_window(variants[variant])
        chain = window.catalogue.find(hostile_catalogues.CHAIN)[0]
        window.navigate_to(chain)
        qtbot.waitUntil(lambda: window.current_section().model.rowCount() > 0, timeout=5000)
        section = window.current_section()
        assert section.kind == "chain"
        view = window.chain_map
        window.tabs.setCurrentWidget(view)
        view.ensure_loaded()
        view.show_chain(chain)
        qtbot.waitUntil(lambda: view.model is not None and view.chain_id == chain, timeout=5000)
        assert not window.grab().isNull()


def test_the_dashboard_paints_figures_of_1e308(variants, open_window, qtbot):
    """A cumulative figure of 1e308 made its bar infinitely tall, and the hatching's loop never ended."""
    with _deadline(HANG):
        window = open_window(variants["huge-numbers"])
        window.tabs.setCurrentWidget(window.dashboard)
        qtbot.wait(50)
        assert not window.grab().isNull()


def test_an_entity_whose_stored_thumbnail_is_text_shows_its_monogram(variants, open_window, qtbot):
    """A thumbnail stored as text reached QPixmap.loadFromData (TypeError while the detail pane opened)."""
    from desktopapp.catalogue import images

    with _deadline(HANG):
        window = open_window(variants["garbage-images"])
        eid = window.catalogue.find(hostile_catalogues.ENTERPRISE)[0]
        assert images.thumbnail(window.catalogue, eid) is None
        window.navigate_to(eid)
        qtbot.wait(50)
        assert not window.grab().isNull()


def test_a_chain_that_is_its_own_parent_is_printed_without_a_parent(variants, tmp_path, capsys):
    import pypdf

    out = tmp_path / "c.pdf"
    code, _, err = run_cli(["factsheet", "chain", "传感器及仪器仪表", "-o", str(out), "--catalogue",
                            str(variants["chain-self-parent"])], capsys)
    assert code == 0, err
    first = pypdf.PdfReader(out).pages[0].extract_text()
    assert "传感器及仪器仪表" in first and "所属：传感器及仪器仪表" not in first
