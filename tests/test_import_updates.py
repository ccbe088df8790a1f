"""Import rows that name an existing entity update it: changed fields, a new figure value current with the
earlier one kept as history, a new stage as a dated stage-log entry, empty cells unchanged; every row
reported as added, updated (which fields), unchanged or refused; an exported list edited and imported back
updates its entities; all through derive and the undo record."""

from __future__ import annotations

import csv
import sqlite3

import pytest

from desktopapp.catalogue import Catalogue, Filters, exporting
from desktopapp.write import importer, undo
from conftest import assert_derived_as_rebuilt


def _export(source, tmp_path, kind="enterprise"):
    cat = Catalogue(source)
    try:
        out = tmp_path / f"{kind}.csv"
        exporting.export_list(cat, Filters(kind=kind), out)
    finally:
        cat.close()
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    return out, rows[0], rows[1], rows[2:]


def _write(path, first, header, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([first, header, *rows])
    return path


def _facts(db, name, field_names):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT f.field, f.value, f.as_of, f.current FROM facts f JOIN entities e ON e.id = f.entity_id "
            f"WHERE e.name = ? AND f.field IN ({','.join('?' * len(field_names))}) ORDER BY f.id",
            (name, *field_names)).fetchall()
    finally:
        conn.close()


def test_an_exported_list_imported_back_unchanged_changes_nothing(source, tmp_path):
    out, _, _, rows = _export(source, tmp_path)
    report = importer.run(source, out, "enterprise")
    assert report.ok and not report.written and not report.new_names and not report.updated
    assert len(report.unchanged) == len(rows) == report.rows
    assert {o[2] for o in report.outcomes()} == {"无变化"}


def test_round_trip_three_edited_cells_update_with_history(source, tmp_path):
    out, first, header, rows = _export(source, tmp_path)
    col = header.index
    by_name = {r[0]: r for r in rows}
    huahong, baodi = by_name["重庆华虹仪表有限公司"], by_name["宝迪科技"]
    assert huahong[col("产值（亿元）")] == "5.0" or float(huahong[col("产值（亿元）")]) == 5.0
    huahong[col("产值（亿元）")] = "6.2"
    huahong[col("数据截至")] = "2026-06"
    baodi[col("阶段")] = "投产"
    baodi[col("阶段日期")] = "2026-11"
    baodi[col("简介")] = "示例：测试中改写的简介（测试数据）"
    edited = _write(tmp_path / "edited.csv", first, header, rows)

    check = importer.run(source, edited, "enterprise", dry_run=True)
    assert check.ok and not check.written
    updated = {name: fields for _, name, fields in check.updated}
    assert updated == {"重庆华虹仪表有限公司": ["产值（亿元）"], "宝迪科技": ["简介", "阶段", "阶段日期"]}
    assert len(check.unchanged) == len(rows) - 2

    report = importer.run(source, edited, "enterprise", today="2026-12-02")
    assert report.written and len(report.updated) == 2
    db = report.catalogue
    history = _facts(db, "重庆华虹仪表有限公司", ("年销售规模", "产值"))
    assert ("年销售规模", "超5亿元", "2025-05", 0) in history  # the old value kept, no longer current
    assert ("产值", "6.2亿元", "2026-06", 1) in history  # the new one current, with its as-of date
    cat = Catalogue(db)
    try:
        [hh] = cat.find("重庆华虹仪表有限公司", "enterprise")
        assert cat.row(hh)["amount"] == pytest.approx(6.2)
        [bd] = cat.find("宝迪科技", "enterprise")
        row = cat.row(bd)
        assert (row["stage"], row["stage_date"], row["summary"]) == ("投产", "2026-11", "示例：测试中改写的简介（测试数据）")
        stages = [(s.stage, s.date) for s in cat.details(bd).stages]
        assert ("在建", None) in stages and ("投产", "2026-11") in stages  # old and new in the stage log
        assert bd in cat.ids(Filters(kind="enterprise", facets={"stage": ["投产"]}))
    finally:
        cat.close()
    assert_derived_as_rebuilt(db)
    # The sheet shows the new value and the earlier one as history, with its year.
    from pypdf import PdfReader

    from desktopapp import cli
    from desktopapp.gui.app import make_application

    make_application()  # the window's application, so that later window tests in this process get one
    sheet = tmp_path / "sheet.pdf"
    assert cli.main(["--catalogue", str(db), "factsheet", "enterprise", "重庆华虹仪表有限公司", "-o", str(sheet)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(str(sheet)).pages).replace("\n", "")
    assert "6.2亿元" in text and "2025：超5亿元（已更新）" in text

    assert "更新 2 条" in undo.undo_last(db)
    assert ("年销售规模", "超5亿元", "2025-05", 1) in _facts(db, "重庆华虹仪表有限公司", ("年销售规模", "产值"))
    assert not [f for f in _facts(db, "重庆华虹仪表有限公司", ("产值",))]
    cat = Catalogue(db)
    try:
        row = cat.row(cat.find("宝迪科技", "enterprise")[0])
        assert (row["stage"], row["stage_date"]) == ("在建", None) and "测试" not in row["summary"]
    finally:
        cat.close()
    assert_derived_as_rebuilt(db)


def test_rows_are_matched_by_credit_code_and_alias_and_empty_cells_change_nothing(source, tmp_path):
    rows = [["名称", "简称", "阶段", "统一社会信用代码", "标签"],
            ["示例传感测试有限公司", "示例传感", "签约", "91500109MA5U000001", ""]]
    first = importer.run(source, _write(tmp_path / "a.csv", ["# 测试数据"], *rows[:1], rows[1:]), "enterprise")
    assert first.written and first.new_names == ["示例传感测试有限公司"]
    db = first.catalogue
    again = [["名称", "简称", "阶段", "统一社会信用代码", "标签"],
             ["示例传感测试（重庆）有限公司", "", "", "91500109MA5U000001", "专精特新"],  # by code: renamed, tagged
             ["华虹仪表", "", "", "", ""],  # by alias, nothing filled: unchanged
             ["另一家示例公司", "华虹仪表", "签约", "", ""]]  # a new name whose 简称 is another's: refused
    bad = importer.run(db, _write(tmp_path / "b.csv", ["# 测试数据"], again[0], again[1:]), "enterprise")
    assert not bad.ok and {(p.row, p.column) for p in bad.problems} == {(5, "简称")}
    assert any("目录中已有企业“重庆华虹仪表有限公司”" in p.message for p in bad.problems)
    outcomes = bad.outcomes()
    assert outcomes[-1][0] == 5 and outcomes[-1][2].startswith("未通过")
    good = importer.run(db, _write(tmp_path / "c.csv", ["# 测试数据"], again[0], again[1:3]), "enterprise")
    assert good.written
    assert [(n, name, fields) for n, name, fields in good.updated] == [
        (3, "示例传感测试（重庆）有限公司", ["名称", "标签"])]
    assert good.unchanged == [(4, "华虹仪表")]
    cat = Catalogue(db)
    try:
        [eid] = cat.find("示例传感", "enterprise")
        assert cat.row(eid)["name"] == "示例传感测试（重庆）有限公司" and cat.row(eid)["stage"] == "签约"
        assert cat.find("示例传感测试有限公司", "enterprise") == [eid]  # the old name stays findable
        assert eid in cat.ids(Filters(kind="enterprise", facets={"tag": ["专精特新"]}))
    finally:
        cat.close()
    assert_derived_as_rebuilt(db)


def test_the_import_dialog_lists_the_rows_that_update(source, tmp_path, open_window, qtbot):
    from PySide6.QtCore import Qt

    from desktopapp.gui.maintenance import ImportDialog

    out, first, header, rows = _export(source, tmp_path, "project")
    rows[0][header.index("简介")] = "示例：测试中改写的简介（测试数据）"
    edited = _write(tmp_path / "edited.csv", first, header, rows)
    window = open_window(source)
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(edited))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("project"))
    dialog.show()
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert dialog.import_button.isEnabled() and "更新 1 条" in dialog.summary.text()
    cells = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert cells == [["3", rows[0][0], "更新：简介"]]
    assert not dialog.grab().isNull()
