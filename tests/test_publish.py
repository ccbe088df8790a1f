"""The Datasette publishing kit: the copy and its metadata, then a real Datasette on 127.0.0.1 queried over
HTTP (facets, a 2-character search through the canned query, raw SQL refused). CI installs the `publish`
extra, so there this test runs; locally it is skipped only when Datasette is not installed."""

import hashlib
import importlib.util
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from desktopapp import cli

HAVE_DATASETTE = importlib.util.find_spec("datasette") is not None
if not HAVE_DATASETTE and os.environ.get("CI"):
    raise RuntimeError("CI installs the publish extra (datasette): tools/install.sh --test")
needs_datasette = pytest.mark.skipif(not HAVE_DATASETTE, reason="datasette not installed (pip install -e '.[publish]')")


@pytest.fixture(scope="module")
def kit(tmp_path_factory, bundled_db):
    folder = tmp_path_factory.mktemp("site") / "site"
    before = hashlib.sha256(bundled_db.read_bytes()).hexdigest()
    assert cli.main(["publish", "-o", str(folder)]) == 0
    assert hashlib.sha256(bundled_db.read_bytes()).hexdigest() == before  # the catalogue is not written
    return folder


def test_the_kit_adds_views_labels_and_triggers_to_a_copy(kit, tmp_path):
    import shutil

    conn = sqlite3.connect(shutil.copyfile(kit / "catalogue.db", tmp_path / "copy.db"))
    views = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert {"企业", "项目", "产业链", "配套设施", "机构", "园区数据", "数据与出处", "来源报道"} <= views
    row = conn.execute('SELECT "范围", "产业链", "阶段" FROM "企业" WHERE "名称" = ?',
                       ("重庆华虹仪表有限公司",)).fetchone()
    assert row[0] == "科学城北碚园区" and "传感器及仪器仪表" in json.loads(row[1]) and row[2] == "投产"
    assert conn.execute('SELECT count(*) FROM "企业"').fetchone()[0] == 31
    assert conn.execute('SELECT count(*) FROM "园区数据" WHERE "性质" IN (\'target\', \'actual\')').fetchone() == (0,)
    assert conn.execute('SELECT count(*) FROM "园区数据" WHERE "性质" = \'目标\'').fetchone()[0] > 0
    quote = conn.execute('SELECT "原文", "来源报道" FROM "数据与出处" WHERE "条目" = ? AND "字段" = ?',
                         ("重庆华虹仪表有限公司", "年产能")).fetchone()
    assert "600万台" in quote[0] and quote[1]
    assert conn.execute('SELECT count(*) FROM "数据与出处" WHERE "字段" = \'value\'').fetchone() == (0,)  # no codes
    # another tool renames an entity in the copy: the full-text index follows (triggers)
    conn.execute("UPDATE entities SET name = '重庆华虹智能计量有限公司' WHERE key = '华虹仪表'")
    conn.commit()
    (eid,) = conn.execute("SELECT id FROM entities WHERE key = '华虹仪表'").fetchone()
    match = "SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?"
    assert conn.execute(match, ('"智能计量"',)).fetchall() == [(eid,)]
    assert (eid,) not in conn.execute(match, ('"华虹仪表有限"',)).fetchall()  # the old name is gone from it
    conn.close()


def test_metadata_hides_internal_tables_and_refuses_sql(kit):
    yaml = pytest.importorskip("yaml")
    meta = yaml.safe_load((kit / "metadata.yml").read_text(encoding="utf-8"))
    assert meta["allow_sql"] is False and meta["title"] and "公开报道" in meta["source"] and meta["license"]
    tables = meta["databases"]["catalogue"]["tables"]
    assert all(tables[t]["hidden"] for t in ("packed", "facet_values"))
    assert {"array": "产业链"} in tables["企业"]["facets"] and tables["企业"]["columns"]["产业链"]
    assert tables["entities"]["label_column"] == "name" and tables["entities"]["hidden"]
    assert "instr" in meta["databases"]["catalogue"]["queries"]["search"]["sql"]


def test_publishing_onto_the_catalogue_itself_is_refused(tmp_path, bundled_db, capsys):
    import shutil

    folder = tmp_path / "site"
    folder.mkdir()
    shutil.copyfile(bundled_db, folder / "catalogue.db")
    before = (folder / "catalogue.db").read_bytes()
    assert cli.main(["publish", "-o", str(folder), "--catalogue", str(folder / "catalogue.db")]) == 1
    assert "不能发布到目录文件所在的位置" in capsys.readouterr().err
    assert (folder / "catalogue.db").read_bytes() == before


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 10):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@needs_datasette
def test_datasette_serves_the_kit(kit):
    from datasette.utils import tilde_encode

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", "-i", str(kit / "catalogue.db"), "-m",
                             str(kit / "metadata.yml"), "-h", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                if _get(base + "/-/versions.json", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "datasette did not start within 60 s"
            time.sleep(0.3)

        status, body = _get(f"{base}/catalogue/{tilde_encode('企业')}.json?_shape=objects&_size=5")
        assert status == 200, body[:500]
        data = json.loads(body)
        facets = data["facet_results"].get("results", data["facet_results"])
        chains = {r["value"]: r["count"] for r in facets["产业链"]["results"]}
        # a chain, faceted value by value from the JSON array: as many as the catalogue's own facet counts
        expected = sqlite3.connect(f"file:{kit / 'catalogue.db'}?mode=ro", uri=True).execute(
            "SELECT count(DISTINCT f.entity_id) FROM facet_values f JOIN entities e ON e.id = f.entity_id"
            " WHERE f.facet = 'chain' AND f.label = '传感器及仪器仪表' AND e.kind = 'enterprise'").fetchone()[0]
        assert expected > 0 and chains["传感器及仪器仪表"] == expected
        scopes = {r["value"] for r in facets["范围"]["results"]}
        assert "科学城北碚园区" in scopes and "park" not in scopes  # labels, not codes
        status, body = _get(f"{base}/catalogue/{tilde_encode('企业')}")  # the page says where short terms go
        assert status == 200 and '<a href="search">按任意字词搜索</a>' in body.decode()

        query = urllib.parse.urlencode({"q": "传感", "_shape": "objects"})
        status, body = _get(f"{base}/catalogue/search.json?{query}")
        assert status == 200, body[:500]
        names = [r["名称"] for r in json.loads(body)["rows"]]
        assert "重庆华虹仪表有限公司" in names and len(names) > 10  # FTS trigram finds nothing for 2 characters

        status, _ = _get(f"{base}/catalogue.json?" + urllib.parse.urlencode({"sql": "select * from packed"}))
        assert status == 403
        status, body = _get(f"{base}/catalogue.json")
        listing = json.loads(body)
        shown = {t["name"] for t in listing["tables"] if not t["hidden"]}
        assert "packed" not in shown and "facet_values" not in shown
        assert {"企业", "产业链", "数据与出处"} <= {v["name"] for v in listing["views"]}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        proc.stderr.close()


def test_the_published_copy_leaves_out_who_edited_what(tmp_path, bundled_db):
    """A stage entered in the app logs the officer's user name and keeps an undo record; neither is published."""
    import shutil

    from desktopapp.write.stagechange import change_stage

    own = shutil.copyfile(bundled_db, tmp_path / "own.db")
    eid = sqlite3.connect(own).execute("SELECT id FROM entities WHERE kind = 'project' ORDER BY id").fetchone()[0]
    written = change_stage(own, eid, "投产", "2026-12-01")
    tables = {r[0] for r in sqlite3.connect(written).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"change_log", "undo_log"} <= tables
    assert cli.main(["publish", "-o", str(tmp_path / "site"), "--catalogue", str(written)]) == 0
    published = sqlite3.connect(tmp_path / "site" / "catalogue.db")
    tables = {r[0] for r in published.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not {"change_log", "undo_log"} & tables
