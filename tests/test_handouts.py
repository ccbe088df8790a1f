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


# ---------------------------------------------------------------------- 13.8 PDF hygiene


@pytest.fixture(scope="module")
def cat(qapp):
    from desktopapp.catalogue import paths

    c = Catalogue(paths.bundled_catalogue())
    yield c
    c.close()


@pytest.fixture(scope="module")
def brochure(cat, tmp_path_factory):
    from desktopapp.reports import build_brochure

    out = tmp_path_factory.mktemp("brochure") / "brochure.pdf"
    result = build_brochure(cat, out, generated="2025-06-01")
    return out, result


def test_brochure_keeps_title_subject_and_language_after_bookmarks(cat, brochure):
    out, result = brochure
    assert result.bookmarks
    reader = pypdf.PdfReader(str(out))
    info = reader.metadata
    assert info.title.startswith(cat.meta["park"]) and "招商资料册" in info.title
    assert info.subject and reader.trailer["/Root"]["/Lang"] == "zh-CN"
    assert reader.outline  # bookmarks are still there
    if shutil.which("pdfinfo"):
        import subprocess

        shown = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        assert f"Title:           {info.title}" in shown


def test_contents_entries_link_to_their_sheets(cat, brochure):
    out, _ = brochure
    reader = pypdf.PdfReader(str(out))
    index = {p.indirect_reference.idnum: i for i, p in enumerate(reader.pages)}
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) > 10
    huahong = cat.row(cat.find("华虹仪表", "enterprise")[0])["name"]
    targets = [index[a["/Dest"][0].idnum] for a in links]
    assert any(huahong in (reader.pages[t].extract_text() or "") for t in targets)
    assert all(t >= 2 for t in targets)  # sheets follow the cover and contents


def test_writing_into_a_missing_folder_or_over_a_file_fails_clearly(cat, tmp_path):
    from desktopapp.reports import build_brochure, render_sheet
    from desktopapp.reports.document import WriteError

    eid = cat.find("华虹仪表", "enterprise")[0]
    with pytest.raises(WriteError, match="不存在"):
        render_sheet(cat, tmp_path / "missing" / "x.pdf", eid)
    (tmp_path / "file").write_text("x")
    with pytest.raises(WriteError, match="不是文件夹"):
        build_brochure(cat, tmp_path / "file" / "x.pdf")
    with pytest.raises(OSError):  # a WriteError is an OSError: the GUI's handlers catch it
        render_sheet(cat, tmp_path, eid)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]  # no partial file anywhere


def test_pictures_export_on_a4_or_a3(qapp, tmp_path):
    from desktopapp.reports.canvas import Picture, paper_for, render_pdf
    from desktopapp.reports.document import WriteError

    assert paper_for(500, 700)[0] == "A4" and paper_for(500, 700)[4] == 1.0
    assert paper_for(1100, 700)[:1] == ("A4",) and paper_for(1100, 700)[2] > paper_for(1100, 700)[3]
    assert paper_for(1600, 1000)[0] == "A3"
    picture = Picture("图谱", "副标题", "来源", 1400, 600, lambda p, r, u: p.drawRect(r))
    out = render_pdf(picture, tmp_path / "wide.pdf")
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape
    with pytest.raises(WriteError):
        render_pdf(picture, tmp_path / "missing" / "wide.pdf")
