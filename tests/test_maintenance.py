"""Catalogue maintenance: import (checked, all or nothing, backed up, cited), templates, export round trip,
images (normalised or refused), the working copy rule, and the same from the command line."""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import sqlite3
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from conftest import altered_copy
from openpyxl import Workbook, load_workbook
from PIL import Image

from desktopapp.catalogue import Catalogue, CatalogueError, Filters, exporting
from desktopapp.catalogue import images as stored_images
from desktopapp.write import derive, images, importer, maintenance

HEAD = ["名称", "简称", "别名", "简介", "范围", "产业链", "链上角色", "标签", "阶段", "阶段日期", "统一社会信用代码",
        "成立年份", "产值（亿元）"]
GOOD = [
    ["重庆测试传感科技有限公司", "测试传感", "TS传感、测传", "生产压力传感器", "园区", "传感器及仪器仪表", "核心",
     "专精特新、高新技术企业", "投产", "2024-06", "91500109MA5U00000X", "2016", "3.5"],
    ["重庆北碚新材料有限公司", "北碚新材", "", "新材料", "park", "", "", "", "签约", "2025年3月", "", "", ""],
]


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def write_csv(path, rows, encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


# ---------------------------------------------------------------------------------------------- import


def test_import_writes_a_working_copy_with_backup_and_everything_derived(tmp_path, source, user_dirs):
    file = write_csv(tmp_path / "企业 名单.csv", [HEAD, *GOOD])
    before = sha(source)
    report = importer.run(source, file, "enterprise", source="园区招商台账 2025")
    assert report.ok and report.written, report.text()
    assert report.new_names == [GOOD[0][0], GOOD[1][0]]
    assert sha(source) == before  # the original is never written
    assert report.catalogue.parent == user_dirs / "catalogues"
    assert report.backup.parent == user_dirs / "backups" and report.backup.exists()
    with Catalogue(report.catalogue) as cat:
        found = lambda text: [cat.row(i)["name"] for i in cat.ids(Filters(kind="enterprise", text=text))]  # noqa
        for text in ("测试传感", "TS传感", "ceshichuangan", "传感器", "北碚新材"):
            assert any(n in (GOOD[0][0], GOOD[1][0]) for n in found(text)), text
        assert GOOD[0][0] in [cat.row(i)["name"] for i in cat.ids(Filters(
            kind="enterprise", facets={"stage": ["投产"], "tag": ["专精特新"], "scope": ["park"]}))]
        chain_key = next(v.value for v in cat.facet_counts(Filters(kind="enterprise"))["chain"]
                         if v.label.endswith("传感器及仪器仪表"))
        assert GOOD[0][0] in [cat.row(i)["name"] for i in cat.ids(Filters(kind="enterprise",
                                                                              facets={"chain": [chain_key]}))]
        eid = cat.find("测试传感")[0]
        d = cat.details(eid)
        facts = {f.field: f for f in d.facts}
        assert facts["产值"].num == 3.5 and facts["统一社会信用代码"].value == "91500109MA5U00000X"
        quote = facts["产值"].citation.quote
        assert quote.startswith("第 2 行：名称：重庆测试传感科技有限公司")
        assert quote in cat.source_text(facts["产值"].citation.source_id)
        assert d.sources[0]["title"] == "园区招商台账 2025" and d.sources[0]["file"] == "企业 名单.csv"
        assert [s.stage for s in d.stages] == ["投产"] and d.stages[0].date == "2024-06"
        assert {a.alias for a in d.aliases} == {"测试传感", "TS传感", "测传"}
        assert cat.row(eid)["chains"] == "传感器及仪器仪表" and cat.row(eid)["amount"] == 3.5
        # Other entities are untouched.
        assert cat.find("华虹仪表")
    # A second import goes into the same working copy, after a new backup.
    file2 = write_csv(tmp_path / "more.csv", [HEAD[:1], ["重庆第三家公司"]])
    again = importer.run(report.catalogue, file2, "enterprise")
    assert again.written and again.catalogue == report.catalogue and again.backup != report.backup


def test_every_problem_is_reported_by_row_and_column_and_nothing_is_written(tmp_path, source, user_dirs):
    rows = [
        HEAD,
        GOOD[0],
        ["", "空名", "", "", "", "", "", "", "", "", "", "", ""],                                   # 3: no name
        ["华虹仪表有限公司B", "华虹仪表", "", "", "火星", "不存在的链", "老大", "", "量产", "24年6月", "123", "两千",
         "三亿"],                                                                                  # 4
        ["重庆测试传感科技有限公司", "", "", "", "", "", "", "", "", "", "", "", "-1"],                   # 5: dup
        ["合格公司", "", "TS传感", "", "", "", "", "", "", "2099-13", "", "1700", ""],                   # 6
    ]
    file = write_csv(tmp_path / "bad.csv", rows)
    before = sha(source)
    report = importer.run(source, file, "enterprise")
    assert not report.ok and not report.written
    found = {(p.row, p.column): p.message for p in report.problems}
    assert found[(3, "名称")] == "必填，不能为空"
    assert "目录中已有企业" in found[(4, "简称")]
    assert "“火星”不是允许的值" in found[(4, "范围")]
    assert found[(4, "产业链")] == "目录中没有产业链或环节“不存在的链”"
    assert "“老大”不是允许的值；可选：链主、核心、配套" == found[(4, "链上角色")]
    assert "“量产”不是允许的值" in found[(4, "阶段")]
    assert "日期应写成" in found[(4, "阶段日期")]
    assert "统一社会信用代码应为 18 位" in found[(4, "统一社会信用代码")]
    assert "应为整数" in found[(4, "成立年份")]
    assert "应为数字" in found[(4, "产值（亿元）")]
    assert found[(5, "名称")] == "“重庆测试传感科技有限公司”与第 2 行的名称重复"
    assert found[(5, "产值（亿元）")] == "不能为负数"
    assert found[(6, "别名")] == "“TS传感”与第 2 行的别名重复"
    assert "年份 1700 不合理" in found[(6, "成立年份")]
    assert "日期应写成" in found[(6, "阶段日期")]
    assert str(report.problems[0]).startswith("第 3 行，“名称”列：")
    assert "发现" in report.summary() and "未导入任何内容" in report.summary()
    assert sha(source) == before
    assert not (user_dirs / "catalogues").exists() and not (user_dirs / "backups").exists()


def test_unknown_and_missing_columns(tmp_path, source):
    file = write_csv(tmp_path / "cols.csv", [["简称", "电话", "简称"], ["甲", "123", "乙"]])
    report = importer.run(source, file, "enterprise", dry_run=True)
    messages = [(p.row, p.column, p.message) for p in report.problems]
    assert (1, "电话", messages[0][2]) == messages[0] and "不认识的列名" in messages[0][2]
    assert (1, "简称", "列名重复") in messages
    assert (1, "名称", "缺少必填的列") in messages


@pytest.mark.parametrize("content, message", [
    (b"", "没有表头和数据"),
    (b"\x00\x01\x02binary", "不是文本格式"),
    ("名称\n".encode(), "只有表头"),
])
def test_bad_import_files(tmp_path, source, content, message):
    file = tmp_path / "x.csv"
    file.write_bytes(content)
    try:
        report = importer.run(source, file, "enterprise", dry_run=True)
        text = report.text()
    except CatalogueError as exc:
        text = str(exc)
    assert message in text


def test_not_a_spreadsheet(tmp_path, source):
    file = tmp_path / "fake.xlsx"
    file.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CatalogueError, match="不是有效的 Excel"):
        importer.run(source, file, "enterprise")
    with pytest.raises(CatalogueError, match="只能导入 .csv 或 .xlsx"):
        importer.run(source, tmp_path / "x.txt", "enterprise") if (tmp_path / "x.txt").write_text("a") else None


def test_all_or_nothing_when_writing_fails(tmp_path, source, monkeypatch):
    first = importer.run(source, write_csv(tmp_path / "one.csv", [HEAD[:1], ["重庆第一家公司"]]), "enterprise")
    copy = first.catalogue
    before = sha(copy)

    def broken(conn, changes=None, progress=None):
        raise RuntimeError("disk full")

    monkeypatch.setattr(derive, "derive", broken)
    with pytest.raises(RuntimeError):
        importer.run(copy, write_csv(tmp_path / "two.csv", [HEAD, *GOOD]), "enterprise")
    assert sha(copy) == before
    with Catalogue(copy) as cat:
        assert not cat.find(GOOD[0][0]) and cat.find("重庆第一家公司")
    backups = sorted((tmp_path / "data" / "backups").iterdir())
    assert len(backups) == 2
    with Catalogue(backups[-1]) as cat:  # the backup taken before the failed import
        assert not cat.find(GOOD[0][0]) and cat.find("重庆第一家公司")


def test_xlsx_with_dates_numbers_and_gb18030_csv(tmp_path, source):
    from datetime import datetime

    rows = [["*名称", "阶段", "阶段日期", "总投资(亿元)", "所属企业", "产业链", "范围"],
            ["华虹二期扩能项目", "在建", datetime(2024, 5, 1), 12, "华虹仪表", "传感器及仪器仪表", "科学城"]]
    report = importer.run(source, write_xlsx(tmp_path / "p.xlsx", rows), "project")
    assert report.written, report.text()
    with Catalogue(report.catalogue) as cat:
        eid = cat.find("华虹二期扩能项目")[0]
        row = cat.row(eid)
        assert (row["stage"], row["stage_date"], row["amount"], row["scope"]) == ("在建", "2024-05-01", 12.0,
                                                                                 "science_city")
        d = cat.details(eid)
        assert any(l.relation == "project_of" and "华虹" in l.other_name for l in d.links)
    gbk = write_csv(tmp_path / "gbk.csv", [["名称", "类别"], ["北碚测试研究院", "科研院所"]], encoding="gb18030")
    assert importer.run(source, gbk, "organisation", dry_run=True).ok


def test_figures_and_facilities(tmp_path, source):
    fig = write_csv(tmp_path / "f.csv", [["名称", "指标", "数值", "单位", "期间", "口径", "范围"],
                                         ["2026年测试产值目标", "测试产值", "150", "亿元", "2026年", "目标", "park"]])
    report = importer.run(source, fig, "figure")
    assert report.written, report.text()
    with Catalogue(report.catalogue) as cat:
        row = cat.row(cat.find("2026年测试产值目标")[0])
        assert (row["value"], row["basis"], row["year"], row["amount"]) == ("150亿元", "target", 2026, 150.0)
    fac = write_csv(tmp_path / "fac.csv", [["名称", "类别", "状态", "面积（平方米）"], ["测试孵化楼", "孵化载体", "竣工", "x"]])
    problems = {(p.row, p.column) for p in importer.run(source, fac, "facility", dry_run=True).problems}
    assert problems == {(2, "状态"), (2, "面积（平方米）")}


def test_writing_only_ever_touches_working_copies(source):
    with pytest.raises(CatalogueError, match="只能修改工作副本"):
        with maintenance.writing(source):
            pass


def test_template(tmp_path):
    path = importer.write_template("enterprise", tmp_path / "模板.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["数据", "数据字典"]
    headers = [c.value for c in book["数据"][1]]
    assert headers[0] == "*名称" and "统一社会信用代码" in headers
    dictionary = [[c.value for c in row] for row in book["数据字典"].iter_rows()]
    stage = next(r for r in dictionary if r[0] == "阶段")
    assert "投产" in stage[3]
    # The empty template itself imports as "no data", not as an error about columns.
    report = importer.run(Catalogue().path, path, "enterprise", dry_run=True)
    assert [p.message for p in report.problems] == ["文件只有表头，没有数据行。"]


# ---------------------------------------------------------------------------------------------- export


def test_export_csv_has_bom_filters_and_round_trips_unchanged(tmp_path, source, catalogue):
    filters = Filters(kind="enterprise", text="", facets={"stage": ["投产"]})
    out = tmp_path / "投产企业.csv"
    n = exporting.export_list(catalogue, filters, out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("# 招商图鉴导出") and "阶段：投产" in lines[0] and f"条数：{n}" in lines[0]
    assert lines[1].startswith("名称,简称,别名")
    assert n == len(catalogue.ids(filters)) > 0
    report = importer.run(source, out, "enterprise", dry_run=True)
    assert report.rows == n and not report.new_names and report.ok  # every row names an entity: updates
    assert [r for r, _ in report.unchanged] == list(range(3, 3 + n))  # ... that change nothing


def _empty_ish(tmp_path, bundled_db) -> Path:
    """The catalogue without its enterprises and projects (chains, facilities, organisations kept)."""
    path = tmp_path / "empty-ish.db"
    shutil.copyfile(bundled_db, path)
    conn = sqlite3.connect(path)
    gone = "(SELECT id FROM entities WHERE kind IN ('enterprise', 'project'))"
    for table, column in (("aliases", "entity_id"), ("mentions", "entity_id"), ("facts", "entity_id"),
                          ("stages", "entity_id"), ("tags", "entity_id"), ("links", "src_id"), ("links", "dst_id"),
                          ("facet_values", "entity_id")):
        conn.execute(f"DELETE FROM {table} WHERE {column} IN {gone}")
    conn.execute("DELETE FROM entities WHERE kind IN ('enterprise', 'project')")
    conn.commit()
    conn.close()
    target = maintenance.working_copy(path)
    with maintenance.writing(target) as wconn:
        derive.derive(wconn)
    return target


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_ish_catalogue(tmp_path, bundled_db, catalogue, suffix):
    out = tmp_path / f"企业{suffix}"
    n = exporting.export_list(catalogue, Filters(kind="enterprise"), out)
    if suffix == ".xlsx":
        book = load_workbook(out)
        assert book.sheetnames == ["列表", "筛选条件"]
        about = {r[0].value: r[1].value for r in book["筛选条件"].iter_rows(min_row=2)}
        assert about["类别"] == "企业" and about["条数"] == str(n)
    target = _empty_ish(tmp_path, bundled_db)
    report = importer.run(target, out, "enterprise")
    assert report.written, report.text()
    assert len(report.new_names) == n
    with Catalogue(target) as cat, Catalogue() as original:
        assert cat.kind_counts()["enterprise"] == n
        for text in ("华虹", "hhyb", "传感器"):
            got = {cat.row(i)["name"] for i in cat.ids(Filters(kind="enterprise", text=text))}
            want = {original.row(i)["name"] for i in original.ids(Filters(kind="enterprise", text=text))}
            assert want <= got, text


def test_export_hostile_text_stays_text(tmp_path, bundled_db):
    path = altered_copy(bundled_db, tmp_path / "evil.db",
                        "UPDATE entities SET summary = '=HYPERLINK(\"http://evil.example\")\x07' WHERE kind = 'enterprise'")
    with Catalogue(path) as cat:
        exporting.export_list(cat, Filters(kind="enterprise"), tmp_path / "e.xlsx")
    sheet = load_workbook(tmp_path / "e.xlsx")["列表"]
    cell = sheet.cell(row=2, column=4)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://evil.example")'


def test_export_csv_cells_that_would_run_as_formulas_get_an_apostrophe_and_import_back(tmp_path, bundled_db):
    from desktopapp.write import importer

    path = altered_copy(bundled_db, tmp_path / "evil.db",
                        "UPDATE entities SET summary = '=HYPERLINK(\"http://evil.example\")' WHERE kind = 'enterprise'",
                        "UPDATE entities SET name = '-' || name WHERE kind = 'enterprise'")
    out = tmp_path / "e.csv"
    with Catalogue(path) as cat:
        exporting.export_list(cat, Filters(kind="enterprise"), out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    header, first = rows[0], rows[1]
    assert first[header.index("简介")] == "\'=HYPERLINK(\"http://evil.example\")"
    assert first[header.index("名称")].startswith("\'-")
    assert not any(cell.startswith(("=", "+", "@")) for row in rows[1:] for cell in row)
    back = importer._read_csv(out)[2]
    assert back[header.index("简介")] == '=HYPERLINK("http://evil.example")'
    assert back[header.index("名称")] == first[header.index("名称")][1:]


# ---------------------------------------------------------------------------------------------- images


def jpeg(width, height, orientation=None, colour=(200, 30, 30)) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    image.paste((20, 20, 220), (0, 0, width // 4, height // 4))  # a marker in the top-left corner
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_normalise_applies_orientation_caps_size_and_makes_thumbnails():
    rotated = images.normalise(jpeg(400, 200, orientation=6))  # "rotate 90° clockwise to display"
    assert (rotated.width, rotated.height) == (200, 400) and rotated.mime == "image/jpeg"
    shown = Image.open(io.BytesIO(rotated.data))
    assert "exif" not in shown.info or not Image.open(io.BytesIO(rotated.data)).getexif().get(0x0112)
    assert shown.getpixel((190, 10))[2] > 150  # the marker moved to the top-right corner
    big = images.normalise(jpeg(4000, 3000))
    assert (big.width, big.height) == (1600, 1200)
    thumb = Image.open(io.BytesIO(big.thumb))
    assert max(thumb.size) == 256
    png = io.BytesIO()
    Image.new("RGBA", (300, 300), (0, 0, 0, 0)).save(png, "PNG")
    assert images.normalise(png.getvalue()).mime == "image/png"


def _bomb_png(width, height) -> bytes:
    out = io.BytesIO()
    Image.new("1", (8, 8)).save(out, "PNG")
    data = bytearray(out.getvalue())
    ihdr = data[12:29]  # type + 13 bytes of IHDR data
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(ihdr)))
    return bytes(data)


@pytest.mark.parametrize("data, message", [
    (b"", "空文件"),
    ("这是文字，不是图片".encode() * 20, "不是可识别的图片"),
    (b"%PDF-1.4\n" + b"x" * 500, "不是可识别的图片"),
    (jpeg(800, 600)[:1500], "已损坏或不完整"),
    (_bomb_png(60000, 60000), "过大"),
    (_bomb_png(9000, 9000), "尺寸过大"),
])
def test_refused_images(data, message):
    with pytest.raises(CatalogueError, match=message):
        images.normalise(data, "x")


def test_attach_image_to_a_working_copy(tmp_path, source):
    file = tmp_path / "logo.jpg"
    file.write_bytes(jpeg(2400, 1200))
    before = sha(source)
    result = images.attach_by_name(source, "华虹仪表", file, role="logo")
    assert sha(source) == before and result.catalogue.parent == tmp_path / "data" / "catalogues"
    assert (result.width, result.height) == (1600, 800)
    with Catalogue(result.catalogue) as cat:
        thumb = stored_images.thumbnail(cat, result.entity_id)
        assert Image.open(io.BytesIO(thumb)).size == (256, 128)
        assert stored_images.thumbnail(cat, cat.find("华虹仪表")[0] + 1) is None
    with Catalogue(source) as cat:
        assert stored_images.thumbnail(cat, result.entity_id) is None
    bad = tmp_path / "notes.jpg"
    bad.write_text("not an image")
    with pytest.raises(CatalogueError, match="不是可识别的图片"):
        images.attach_by_name(result.catalogue, "华虹仪表", bad)
    with pytest.raises(CatalogueError, match="找不到"):
        images.attach_by_name(result.catalogue, "完全不存在的公司", file)


# ---------------------------------------------------------------------------------------------- command line


def cli(*args, env_dir: Path, check=True):
    import os

    env = dict(os.environ, DESKTOPAPP_DATA_DIR=str(env_dir))
    result = subprocess.run([sys.executable, "-m", "desktopapp", *args], capture_output=True, text=True, env=env,
                            timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_cli_template_import_export_and_attach(tmp_path, source, user_dirs):
    template = tmp_path / "t.xlsx"
    cli("template", "--kind", "project", "-o", str(template), env_dir=user_dirs)
    assert load_workbook(template).sheetnames == ["数据", "数据字典"]
    bad = write_csv(tmp_path / "bad.csv", [["名称", "阶段"], ["测试项目", "量产"]])
    result = cli("import", str(bad), "--kind", "project", "--catalogue", str(source), env_dir=user_dirs, check=False)
    assert result.returncode == 1 and "第 2 行，“阶段”列：“量产”不是允许的值" in result.stderr
    good = write_csv(tmp_path / "good.csv", [["名称", "阶段"], ["测试项目", "签约"]])
    result = cli("import", str(good), "--kind", "project", "--dry-run", "--catalogue", str(source),
                 env_dir=user_dirs)
    assert "试运行" in result.stdout and not (user_dirs / "catalogues").exists()
    result = cli("import", str(good), "--kind", "project", "--catalogue", str(source), "--source", "台账",
                 env_dir=user_dirs)
    copy = next((user_dirs / "catalogues").iterdir())
    assert str(copy) in result.stdout
    out = tmp_path / "list.csv"
    result = cli("export", "测试项目", "--kind", "project", "-o", str(out), "--catalogue", str(copy), env_dir=user_dirs)
    assert "已导出 1 条" in result.stdout and "测试项目" in out.read_text(encoding="utf-8-sig")
    photo = tmp_path / "p.jpg"
    photo.write_bytes(jpeg(300, 200))
    result = cli("attach-image", "测试项目", str(photo), "--catalogue", str(copy), env_dir=user_dirs)
    assert "已为“测试项目”添加图片（300×200）" in result.stdout
    result = cli("attach-image", "测试项目", str(bad), "--catalogue", str(copy), env_dir=user_dirs, check=False)
    assert result.returncode == 1 and "不是可识别的图片" in result.stderr and "Traceback" not in result.stderr


def test_successive_imports_into_the_same_catalogue_add_up_in_one_working_copy(tmp_path, source, user_dirs):
    """Two imports into the same (read-only) catalogue, e.g. two command-line runs without --catalogue, go
    into one working copy; a different file of the same name gets a copy of its own."""
    first = importer.run(source, write_csv(tmp_path / "a.csv", [["名称", "阶段"], ["甲测试项目", "签约"]]), "project")
    second = importer.run(source, write_csv(tmp_path / "b.csv", [["名称", "阶段"], ["乙测试项目", "签约"]]), "project")
    assert first.ok and second.ok and first.catalogue == second.catalogue
    with Catalogue(second.catalogue) as cat:
        assert cat.find("甲测试项目", "project") and cat.find("乙测试项目", "project")
    other = tmp_path / "other" / source.name
    other.parent.mkdir()
    shutil.copyfile(source, other)
    third = importer.run(other, write_csv(tmp_path / "c.csv", [["名称", "阶段"], ["丙测试项目", "签约"]]), "project")
    assert third.catalogue != first.catalogue
    with Catalogue(third.catalogue) as cat:
        assert not cat.find("甲测试项目", "project")


@pytest.mark.parametrize("text", ["=SUM(A1)", "'=x", "''+1", "-5", "'plain", "plain", "'", ""])
def test_csv_cell_protection_round_trips(text):
    from desktopapp.catalogue.csvcells import FORMULA_STARTS, protect, unprotect

    cell = protect(text)
    assert unprotect(cell) == text
    assert not cell.startswith(FORMULA_STARTS)


def test_imported_numbers_are_written_exactly(tmp_path, source):
    """A facility's area of 1,234,567 m² is stored as 1234567平方米, not rounded to 1.23457e+06."""
    from desktopapp.write import importer

    rows = [["名称", "类别", "面积（平方米）"], ["测试园区一期", "产业园区", "1234567"], ["测试园区二期", "产业园区", "0.0001"]]
    report = importer.run(source, write_csv(tmp_path / "f.csv", rows), "facility")
    assert report.ok, report.summary()
    with Catalogue(report.catalogue) as cat:
        values = {f.value for name in ("测试园区一期", "测试园区二期")
                  for f in cat.details(cat.find(name, "facility")[0]).facts if f.field == "面积"}
    assert values == {"1234567平方米", "0.0001平方米"}


def test_xlsx_blank_rows_do_not_hide_the_rows_after_them(tmp_path, source, monkeypatch):
    """Rows after a stretch of blank rows are read (the row limit counts filled rows only), and a sheet over
    the limit is refused, not cut short."""
    from desktopapp.write import importer

    monkeypatch.setattr(importer, "MAX_ROWS", 10)

    def sheet(names, path):
        book = Workbook()
        ws = book.active
        ws.append(["名称", "阶段"])
        for i, name in enumerate(names):
            if i == 5:
                for _ in range(80):
                    ws.append([None, None])
            ws.append([name, "签约"])
        book.save(path)
        return path

    ten = [f"测试项目{i}" for i in range(10)]
    report = importer.run(source, sheet(ten, tmp_path / "ten.xlsx"), "project", dry_run=True)
    assert report.ok and report.rows == 10, report.summary()
    report = importer.run(source, sheet(ten + ["测试项目十"], tmp_path / "eleven.xlsx"), "project", dry_run=True)
    assert not report.ok and any("数据超过 10 行" in p.message for p in report.problems)


def test_export_writes_scope_labels_and_they_import_back_as_codes(tmp_path, bundled_db, catalogue):
    out = tmp_path / "企业.csv"
    n = exporting.export_list(catalogue, Filters(kind="enterprise"), out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    header = lines[1].split(",")
    at = header.index("范围")
    cells = {line.split(",")[at] for line in lines[2:]}
    assert catalogue.scope_label("park") in cells and "park" not in cells and "district" not in cells
    target = _empty_ish(tmp_path, bundled_db)
    report = importer.run(target, out, "enterprise")
    assert report.written and len(report.new_names) == n, report.text()
    with Catalogue(target) as cat:
        scopes = {cat.row(i)["name"]: cat.row(i)["scope"] for i in cat.ids(Filters(kind="enterprise"))}
    want = {catalogue.row(i)["name"]: catalogue.row(i)["scope"] for i in catalogue.ids(Filters(kind="enterprise"))}
    assert scopes == want
