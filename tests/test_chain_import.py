"""The chain system from a spreadsheet: `template --kind chain`, row-by-row checks, all-or-nothing writes,
updates of chains already there, and the new chains in the filter pane's tree and on the chain map.

Test fixture: every name below (示例园区, 示例体系, 示例传感链 …) is invented for this test."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from desktopapp import cli
from desktopapp.catalogue import Catalogue, Filters
from desktopapp.write import importer

HEADERS = ["名称", "层级", "上级", "顺序", "定位", "范围", "别名", "待补链", "补链出处"]
# Children come before their parents: parents are resolved in a second pass.
SYSTEM = [
    ["芯片设计", "segment", "示例传感链", 1, "", "", "", "", ""],
    ["封装测试", "环节", "示例传感链", 2, "", "", "", "是", "示例规划：补齐封装测试短板"],
    ["整机应用", "segment", "示例传感链", 3, "", "", "", "否", ""],
    ["示例传感链", "chain", "示例体系", 1, "core", "园区", "传感链", "", ""],
    ["材料制备", "segment", "示例材料链", 1, "", "", "", "", ""],
    ["材料应用", "segment", "示例材料链", 2, "", "", "", "", ""],
    ["示例材料链", "产业链", "示例体系", 2, "重点", "park", "", "", ""],
    ["示例体系", "system", "", "", "", "park", "", "", ""],
]


def _csv(path, rows, headers=HEADERS):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(headers)
        w.writerows(rows)
    return path


@pytest.fixture
def new_park(tmp_path):
    db = tmp_path / "示例园区.db"
    assert cli.main(["new", "-o", str(db), "--park", "示例园区"]) == 0
    return db


def _chains(db) -> dict[str, tuple]:
    conn = sqlite3.connect(db)
    try:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT e.name, e.level, p.name, e.ordinal, e.tier FROM entities e LEFT JOIN entities p ON p.id = e.parent_id "
            "WHERE e.kind = 'chain'")}
    finally:
        conn.close()


def test_a_chain_system_imports_and_is_found_by_facets(new_park, tmp_path):
    from tests.conftest import assert_derived_as_rebuilt

    report = importer.run(new_park, _csv(tmp_path / "chains.csv", SYSTEM), "chain", today="2026-12-02")
    assert report.ok and report.written, report.text()
    assert len(report.new_names) == 8
    chains = _chains(report.catalogue)
    assert chains["示例体系"] == ("system", None, None, None)
    assert chains["示例传感链"] == ("chain", "示例体系", 1, "核心")
    assert chains["封装测试"] == ("segment", "示例传感链", 2, None)
    with Catalogue(report.catalogue) as cat:
        facets = cat.facet_counts(Filters(kind="chain"))
        counts = {f: {v.label: v.count for v in vs} for f, vs in facets.items()}
        assert {v.value: v.count for v in facets["level"]} == {"system": 1, "chain": 2, "segment": 5}
        assert counts["tier"] == {"核心": 1, "重点": 1}
        assert counts["chain"]["示例体系"] == 8 and counts["chain"]["示例传感链"] == 4
        assert "示例传感链 · 封装测试" in counts["chain"]
        assert cat.find("传感链", "chain") == cat.find("示例传感链", "chain")
    assert_derived_as_rebuilt(report.catalogue)


@pytest.mark.parametrize("rows, row, column, words", [
    (SYSTEM + [["终端环节", "segment", "不存在的链", 4, "", "", "", "", ""]], 10, "上级", "不存在的链"),
    ([["甲链", "chain", "乙链", "", "", "", "", "", ""], ["乙链", "chain", "甲链", "", "", "", "", "", ""]],
     2, "上级", "循环"),
    (SYSTEM + [["芯片设计", "segment", "示例传感链", 4, "", "", "", "", ""]], 10, "名称", "重复"),
    (SYSTEM + [["子环节", "segment", "芯片设计", 1, "", "", "", "", ""]], 10, "上级", "不是产业链"),
    (SYSTEM + [["某链", "链条", "示例体系", 1, "", "", "", "", ""]], 10, "层级", "不是层级"),
    (SYSTEM + [["某链", "chain", "示例体系", 1, "超级", "", "", "", ""]], 10, "定位", "不是定位"),
])
def test_each_refusal_names_its_row_and_column_and_writes_nothing(new_park, tmp_path, rows, row, column, words):
    before = new_park.read_bytes()
    report = importer.run(new_park, _csv(tmp_path / "bad.csv", rows), "chain")
    assert not report.ok and not report.written
    assert any(p.row == row and p.column == column and words in str(p) for p in report.problems), report.text()
    assert new_park.read_bytes() == before and not _chains(new_park)


def test_an_existing_chain_named_by_a_row_is_updated(new_park, tmp_path):
    first = importer.run(new_park, _csv(tmp_path / "a.csv", SYSTEM), "chain", today="2026-12-01")
    db = first.catalogue
    again = [["示例材料链", "chain", "示例体系", 3, "core", "", "材料链", "", ""],
             ["材料回收", "segment", "示例材料链", 3, "", "", "", "", ""],
             ["芯片设计", "segment", "示例传感链", 1, "", "", "", "", ""]]
    report = importer.run(db, _csv(tmp_path / "b.csv", again), "chain", today="2026-12-02")
    assert report.ok and report.written, report.text()
    assert report.added_rows == [(3, "材料回收")]
    assert report.updated == [(2, "示例材料链", ["顺序", "定位", "别名"])]
    assert report.unchanged == [(4, "芯片设计")]
    chains = _chains(db)
    assert len(chains) == 9 and chains["示例材料链"] == ("chain", "示例体系", 3, "核心")
    with Catalogue(db) as cat:
        assert cat.find("材料链", "chain") == cat.find("示例材料链", "chain")
    from desktopapp.write import undo
    from tests.conftest import assert_derived_as_rebuilt

    assert_derived_as_rebuilt(db)
    undo.undo_last(db)  # the update taken back: the chain as before, the new segment gone
    chains = _chains(db)
    assert len(chains) == 8 and chains["示例材料链"] == ("chain", "示例体系", 2, "重点")


def test_template_has_a_data_dictionary(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "chain.xlsx"
    assert cli.main(["template", "--kind", "chain", "-o", str(out)]) == 0
    book = load_workbook(out)
    assert [str(c.value).lstrip("*") for c in book["数据"][1]][:3] == ["名称", "层级", "上级"]
    words = " ".join(str(c.value) for row in book["数据字典"].iter_rows() for c in row if c.value)
    assert "upstream" not in words and "上游到下游" in words and "待补链" in words


def test_a_new_park_gets_chains_then_enterprises_on_them(new_park, tmp_path, open_window, qtbot):
    assert cli.main(["--catalogue", str(new_park), "import", str(_csv(tmp_path / "c.csv", SYSTEM)),
                     "--kind", "chain", "--source", "示例园区产业规划"]) == 0
    ents = tmp_path / "e.csv"
    with open(ents, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["名称", "简称", "产业链", "链上角色", "阶段", "范围"])
        w.writerow(["示例甲芯片有限公司", "示例甲芯片", "示例传感链·芯片设计", "链主", "投产", "park"])
        w.writerow(["示例乙整机有限公司", "示例乙整机", "整机应用", "", "签约", "park"])
    assert cli.main(["--catalogue", str(new_park), "import", str(ents), "--kind", "enterprise"]) == 0
    with Catalogue(new_park) as cat:
        chain_key = next(v.value for v in cat.facet_counts(Filters(kind="enterprise"))["chain"]
                         if v.label == "示例传感链")
        assert len(cat.ids(Filters(kind="enterprise", facets={"chain": {chain_key}}))) == 2
    window = open_window(new_park)
    section = window.show_section("enterprise")
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=5000)
    pane = section.filter_pane
    # the system at the top of the chain tree (facets arrive from the query worker after the rows)
    qtbot.waitUntil(lambda: pane.value_item("chain", "chain:示例体系") is not None, timeout=5000)
    system = pane.value_item("chain", "chain:示例体系")
    assert system is not None and system.childCount() >= 1
    labels = [system.child(i).text(0) for i in range(system.childCount())]
    assert any("示例传感链" in t for t in labels), labels
    assert not pane.grab().isNull()
    from tests.test_chainmap_dashboard import open_map

    view = open_map(window, qtbot, "示例传感链")
    rows = {row.name: [s.name for s in row.segments] for row in view.model.rows}
    assert rows["示例传感链"] == ["芯片设计", "封装测试", "整机应用"]
    members = {s.name: [m.name for m in s.members] for s in view.model.rows[0].segments}
    assert members["芯片设计"] == ["示例甲芯片"] and members["整机应用"] == ["示例乙整机"]
    assert view.model.gaps() == [("示例传感链", "封装测试")]
    assert not view.grab().isNull()


def test_the_import_dialog_checks_and_imports_a_chain_sheet(new_park, tmp_path, open_window, qtbot):
    from PySide6.QtCore import Qt

    from desktopapp.gui.maintenance import ImportDialog

    importer.run(new_park, _csv(tmp_path / "first.csv", SYSTEM[-2:]), "chain")  # a system and one chain
    importer.run(new_park, _csv(tmp_path / "ent.csv", [["示例丙材料有限公司", "示例材料链"]], ["名称", "产业链"]),
                 "enterprise")  # the window opens on a list with a row
    window = open_window(new_park)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("chain"))
    assert dialog.kind_box.currentText() == "产业链"
    dialog.show()
    loop = [["甲链", "chain", "乙链", "", "", "", "", "", ""], ["乙链", "chain", "甲链", "", "", "", "", "", ""]]
    dialog.file_edit.setText(str(_csv(tmp_path / "loop.csv", loop)))
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    cells = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert not dialog.import_button.isEnabled()
    assert any(row[:2] == ["2", "上级"] and "甲链 → 乙链 → 甲链" in row[2] for row in cells), cells
    assert not dialog.grab().isNull()
    dialog.file_edit.setText(str(_csv(tmp_path / "all.csv", SYSTEM)))
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    assert "可导入 6 条产业链" in dialog.summary.text() and "无变化 2 条" in dialog.summary.text()
    assert not dialog.grab().isNull()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.report.written, timeout=10000)
    assert window.catalogue.find("芯片设计", "chain") and window.catalogue.find("示例传感链", "chain")
    assert "已从 all.csv 导入 6 条产业链" in dialog.summary.text()


def test_a_loop_through_the_catalogue_and_a_repeated_gap(new_park, tmp_path):
    db = importer.run(new_park, _csv(tmp_path / "a.csv", SYSTEM), "chain").catalogue
    # The system moved under one of its own chains: a loop through chains already in the catalogue.
    loop = importer.run(db, _csv(tmp_path / "b.csv", [["示例体系", "system", "示例传感链", "", "", "", "", "", ""]]),
                        "chain")
    assert [(p.row, p.column) for p in loop.problems][:1] == [(2, "上级")]
    moved = [["示例体系", "chain", "示例传感链", "", "", "", "", "", ""]]
    loop = importer.run(db, _csv(tmp_path / "c.csv", moved), "chain")
    assert any("循环" in p.message and "示例体系 → 示例传感链 → 示例体系" in p.message for p in loop.problems), loop.text()
    # The same gap said again changes nothing; a segment newly marked as a gap is updated.
    again = importer.run(db, _csv(tmp_path / "d.csv", [SYSTEM[1], ["材料应用", "segment", "示例材料链", 2, "", "", "", "是", ""]]),
                         "chain", dry_run=True)
    assert again.unchanged == [(2, "封装测试")] and again.updated == [(3, "材料应用", ["待补链"])]
    # A chain of a unique name named under another parent is moved there, not doubled.
    moved = importer.run(db, _csv(tmp_path / "e.csv", [["示例材料链", "chain", "示例传感链", "", "", "", "", "", ""]]),
                         "chain")
    assert moved.written and moved.updated == [(2, "示例材料链", ["上级"])]
    assert _chains(db)["示例材料链"][:2] == ("chain", "示例传感链") and len(_chains(db)) == 8
