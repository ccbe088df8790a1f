"""Handouts an investor can be given: every character prints and extracts, notes and markers are complete,
no editors' working notes or internal figures, honest gaps, PDF metadata and clear write errors."""

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

pypdf = pytest.importorskip("pypdf")

from desktopapp.catalogue import Catalogue, importer  # noqa: E402
from desktopapp.reports import glyphs  # noqa: E402

RARE_NAME = "重庆鑫燊喆精密科技有限公司"


def _text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def _flat(s: str) -> str:
    return "".join(s.split())


@pytest.fixture
def source(tmp_path, bundled_db):
    path = tmp_path / "bundled" / "catalogue.db"
    path.parent.mkdir()
    shutil.copyfile(bundled_db, path)
    return path


# ---------------------------------------------------------------------- 13.1 every character prints


def test_font_covers_every_unified_ideograph_without_radicals():
    have = glyphs.covered()
    unified = [cp for cp in range(0x4E00, 0xA000) if cp in have]
    assert len(unified) > 20900  # all the source font has (a few newest code points aside)
    assert sum(0x3400 <= cp <= 0x4DBF for cp in have) > 6500  # Extension A
    assert not [cp for cp in have if 0x2E80 <= cp <= 0x2FDF]  # radicals would garble PDF text
    assert glyphs.missing("燊喆堃犇昇珺玥旸镕垚瑄璟祎禛翀胶") == ""
    assert glyphs.missing("A 壿😀\n") == "壿😀"  # 壿 shares its glyph with 墫: left out, so reported


def test_rare_name_imported_through_the_template_prints_and_extracts_exactly(qapp, tmp_path, source):
    from openpyxl import load_workbook

    from desktopapp.reports import render_sheet

    template = importer.write_template("enterprise", tmp_path / "template.xlsx")
    book = load_workbook(template)
    headers = [c.value for c in book["数据"][1]]
    row = [None] * len(headers)
    row[headers.index("*名称")] = RARE_NAME
    book["数据"].append(row)
    book.save(template)
    report = importer.run(source, template, "enterprise")
    assert report.written and not report.warnings, report.text()
    with Catalogue(report.catalogue) as cat:
        eid = cat.find(RARE_NAME, "enterprise")[0]
        out = tmp_path / "rare.pdf"
        render_sheet(cat, out, eid)
    assert RARE_NAME in _text(out)


def test_import_warns_about_characters_without_a_glyph(tmp_path, source):
    from test_maintenance import write_csv

    file = write_csv(tmp_path / "rows.csv", [["名称", "简介"], ["重庆壿业有限公司", "做😀表情"]])
    report = importer.run(source, file, "enterprise", dry_run=True)
    assert report.ok  # a warning, not a problem: the row can still be imported
    assert [(w.row, w.column) for w in report.warnings] == [(2, "名称"), (2, "简介")]
    assert "壿" in report.text() and "😀" in report.text() and "□" in report.text()
