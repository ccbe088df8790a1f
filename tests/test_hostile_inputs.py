"""Hostile spreadsheets and query text: each is refused with a message or answered cheaply, never exhausting
memory or time. The hostile files are made here; nothing is timed (the checks count what is read)."""

from __future__ import annotations

import unicodedata
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktopapp.catalogue import CatalogueError, Filters
from desktopapp.index import textkeys
from desktopapp.write import importer
from desktopapp.catalogue.filters import FilterError
from desktopapp.cli import main
from conftest import examples


# ---------------------------------------------------------------------------------------------- spreadsheets


def _workbook(path, cells: dict[str, object]):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for ref, value in cells.items():
        sheet[ref] = value
    book.save(path)
    return path


def _rewrite(path, member: str, change) -> None:
    """Replace one part of an XLSX (a zip archive) by `change(old bytes)`."""
    with zipfile.ZipFile(path) as src:
        parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    parts[member] = change(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)


@pytest.fixture
def counted_cells(monkeypatch):
    """How many cells the importer gets from openpyxl (what a far cell would make it read)."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    seen = {"cells": 0}
    original = ReadOnlyWorksheet.iter_rows

    def iter_rows(self, *args, **kwargs):
        for row in original(self, *args, **kwargs):
            seen["cells"] += len(row)
            yield row

    monkeypatch.setattr(ReadOnlyWorksheet, "iter_rows", iter_rows)
    return seen


def test_a_cell_at_xfd1048576_is_not_read_as_a_sheet_of_16384_columns(tmp_path, counted_cells):
    path = _workbook(tmp_path / "far.xlsx", {"A1": "名称", "A2": "远方企业", "XFD1048576": "x"})
    assert path.stat().st_size < 10_000
    with pytest.raises(CatalogueError) as info:
        importer.read_table(path)
    assert "1048576 行 × 16384 列，超过导入的上限" in str(info.value)
    assert counted_cells["cells"] == 0  # (the old code asked for 16,384 columns × 1,048,576 rows)


def _no_dimension(old: bytes) -> bytes:
    start = old.index(b"<dimension")
    return old[:start] + old[old.index(b"/>", start) + 2:]


def test_a_far_cell_in_a_sheet_without_dimension_is_read_only_up_to_the_limits(tmp_path, counted_cells):
    path = _workbook(tmp_path / "far.xlsx", {"A1": "名称", "A2": "远方企业", "XFD1048576": "x"})
    _rewrite(path, "xl/worksheets/sheet1.xml", _no_dimension)
    header_row, headers, rows = importer.read_table(path)
    assert rows == [(2, ["远方企业"])]
    assert counted_cells["cells"] <= (importer.MAX_SHEET_ROWS + 2) * (importer.MAX_COLUMNS + 1)


def test_a_filled_cell_just_past_the_columns_read_is_refused(tmp_path):
    from openpyxl.utils import get_column_letter

    path = _workbook(tmp_path / "wide.xlsx", {"A1": "名称", "A2": "宽表企业",
                                              f"{get_column_letter(importer.MAX_COLUMNS + 1)}2": "x"})
    _rewrite(path, "xl/worksheets/sheet1.xml", _no_dimension)
    with pytest.raises(CatalogueError) as info:
        importer.read_table(path)
    assert "第 2 行超过 200 列" in str(info.value)


def test_formatting_far_away_does_not_stop_a_good_file(tmp_path):
    path = _workbook(tmp_path / "ok.xlsx", {"A1": "名称", "B1": "简介", "A3": "甲企业", "B3": "做传感器", "J40": ""})
    header_row, headers, rows = importer.read_table(path)
    assert header_row == 1 and headers[:2] == ["名称", "简介"]
    assert rows == [(3, ["甲企业", "做传感器"])]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "bomb.xlsx", {"A1": "名称", "A2": "甲"})
    filler = b"<!--" + b" " * (60 * 1024 * 1024) + b"-->"
    _rewrite(path, "docProps/app.xml", lambda old: old + filler)
    assert path.stat().st_size < 1_000_000
    monkeypatch.setattr(importer, "MAX_UNPACKED_BYTES", 50 * 1024 * 1024)
    opened = []
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: opened.append(a) or pytest.fail("unpacked"))
    with pytest.raises(CatalogueError) as info:
        importer.read_table(path)
    assert "解压后有 60 MB" in str(info.value) and not opened


# A billion laughs: ten to the ninth "lol"s from a few hundred bytes, expanded where `&lol9;` is used.
LAUGHS = b'<!DOCTYPE lolz [<!ENTITY lol0 "lol">' + b"".join(
    b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)) + b"]>"


def _bomb(old: bytes, text: bytes, replacement: bytes) -> bytes:
    """`old` XML with the entity definitions after its declaration and `text` replaced by `replacement`."""
    declaration, body = old.split(b"?>", 1) if old.startswith(b"<?xml") else (b"<?xml version=\"1.0\"", old)
    assert text in body
    return declaration + b"?>" + LAUGHS + body.replace(text, replacement, 1)


_CELL = b'<row r="3"><c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'


@pytest.mark.parametrize("member, text, replacement", [
    ("xl/worksheets/sheet1.xml", b"</sheetData>", _CELL),
    ("xl/workbook.xml", b'name="Sheet"', b'name="&lol9;"'),
])
def test_an_entity_bomb_gives_a_message(tmp_path, member, text, replacement):
    path = _workbook(tmp_path / "laughs.xlsx", {"A1": "名称", "A2": "甲"})
    _rewrite(path, member, lambda old: _bomb(old, text, replacement))
    with pytest.raises(CatalogueError) as info:
        importer.read_table(path)
    assert "无法读取" in str(info.value) or "不是有效的 Excel" in str(info.value)


def test_an_entity_bomb_through_the_command_line_is_a_message(tmp_path, capsys, bundled_db):
    path = _workbook(tmp_path / "laughs.xlsx", {"A1": "名称", "A2": "甲"})
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda old: _bomb(old, b"</sheetData>", _CELL))
    code = main(["import", str(path), "--kind", "enterprise", "--dry-run", "--catalogue", str(bundled_db)])
    err = capsys.readouterr().err
    assert code != 0 and "错误" in err and "Traceback" not in err


def test_a_csv_row_of_a_million_cells_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("名称\n甲" + "," * 1_000_000 + "x\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        importer.read_table(path)
    assert "第 2 行超过 200 列" in str(info.value)


def test_blank_rows_and_filter_lines_keep_their_row_numbers(tmp_path):
    path = _workbook(tmp_path / "gaps.xlsx", {"A1": "# 筛选条件", "A3": "名称", "A5": "甲", "A9": "乙"})
    header_row, headers, rows = importer.read_table(path)
    assert header_row == 3 and headers == ["名称"]
    assert [n for n, _ in rows] == [5, 9]


# ---------------------------------------------------------------------------------------------- query text


def test_search_text_is_cut_before_it_is_normalised(monkeypatch):
    lengths = []
    real = unicodedata.normalize
    monkeypatch.setattr(textkeys.unicodedata, "normalize", lambda form, text: lengths.append(len(text)) or real(form, text))
    marks = "a" + "\u0301\u0316" * 64_000  # NFKC reorders a run of marks in time quadratic in its length
    assert textkeys.clean_query(marks).startswith("á") or textkeys.clean_query(marks)
    assert lengths and max(lengths) <= textkeys.RAW_QUERY_CHARS
    assert len(textkeys.clean_query(marks)) <= textkeys.MAX_QUERY_CHARS


def test_cutting_first_still_normalises_and_tidies():
    assert textkeys.clean_query("  ｈｈｙｂ\u200b\t 传感器 ") == "hhyb 传感器"
    assert textkeys.clean_query(" " * 100_000 + "华虹") == "华虹"
    assert textkeys.clean_query("华虹" * 1000) == ("华虹" * 100)[: textkeys.MAX_QUERY_CHARS]


@pytest.mark.parametrize("field", ["year_min", "year_max", "amount_min", "amount_max"])
@pytest.mark.parametrize("value", [2**63, -(2**63) - 1, 10**400, "很多"])
def test_bounds_beyond_sqlite_integers_are_refused_with_a_message(catalogue, field, value):
    with pytest.raises(FilterError) as info:
        catalogue.ids(Filters(kind="enterprise", **{field: value}))
    assert ("超出可比较的范围" in str(info.value) or "不是数字" in str(info.value))
    assert isinstance(info.value, CatalogueError)


def test_bounds_within_range_still_filter(catalogue):
    assert catalogue.ids(Filters(kind="figure", year_min=-(2**63), year_max=2**63 - 1)) == catalogue.ids(
        Filters(kind="figure", year_min=1))
    assert catalogue.ids(Filters(kind="project", amount_min=float("-inf"), amount_max=1e308))
    assert Filters(kind="figure", year_min="2020").year_min == 2020


def test_a_huge_year_on_the_command_line_is_a_message(capsys, bundled_db):
    code = main(["search", "--year-min", str(10**30), "--catalogue", str(bundled_db)])
    err = capsys.readouterr().err
    assert code != 0 and "年份" in err and "超出可比较的范围" in err


_ODD = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=()), max_size=300) | st.text(
    alphabet=st.sampled_from("\u0301\u0316\u200b\u202e\ufeff\x00 \t%_*\"'()[]:^-华虹仪表hhyb传感器ＡＢ①ﬁ"),
    max_size=3000)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(text=_ODD, kind=st.sampled_from(["enterprise", "project", "chain", "facility", "organisation", "figure"]),
       year=st.one_of(st.none(), st.integers(-(2**70), 2**70)),
       amount=st.one_of(st.none(), st.floats(), st.integers(-(2**70), 2**70)))
def test_fuzzed_queries_never_raise_but_for_bounds_out_of_range(catalogue, text, kind, year, amount):
    def beyond(v):
        return isinstance(v, int) and not -(2**63) <= v < 2**63

    if beyond(year) or beyond(amount):
        with pytest.raises(FilterError):
            Filters(kind=kind, text=text, year_min=year, amount_max=amount)
        return
    filters = Filters(kind=kind, text=text, year_min=year, amount_max=amount)
    result = catalogue.query(filters)
    assert len(result.ids) <= result.total
    first = catalogue.first_ids(filters, limit=5)
    assert set(first.tolist()) <= set(result.ids.tolist())
    catalogue.suggest(text, kind)
    catalogue.find(text, kind)
    assert len(textkeys.clean_query(text)) <= textkeys.MAX_QUERY_CHARS
