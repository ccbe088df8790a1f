"""PDF fact sheets and brochures: text comes back exactly, fonts are embedded, nothing leaves the content
box, hostile data (very long names and profiles, bare entities) lays out, brochures have bookmarks."""

import os
import shutil
import sqlite3
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

pypdf = pytest.importorskip("pypdf")

from desktopapp.catalogue import Catalogue  # noqa: E402
from desktopapp.reports import Cancelled, build_brochure, render_sheet  # noqa: E402
from desktopapp import cli as commands  # noqa: E402  (the one command line)
from desktopapp.reports.document import geometry  # noqa: E402
from desktopapp.reports.sheets.common import current_facts  # noqa: E402
from desktopapp.reports.text import UNIT  # noqa: E402

LONG_NAME = ("超长名称测试" * 25) + "WithAVeryLongLatinWordThatHasNoSpacesAtAll" * 2
PROFILE_UNIT, PROFILE_REPEAT = "这是一段很长的企业简介，用来检查分页。", 526
LONG_PROFILE = PROFILE_UNIT * PROFILE_REPEAT  # about 10,000 characters


@pytest.fixture(scope="module")
def cat(qapp):
    from desktopapp.catalogue import paths

    c = Catalogue(paths.bundled_catalogue())
    yield c
    c.close()


@pytest.fixture(scope="module")
def hostile(qapp, tmp_path_factory):
    """A copy of the catalogue with a 200-character name, a 10,000-character profile and a bare entity."""
    from desktopapp.catalogue import paths

    with Catalogue(paths.bundled_catalogue()) as c:
        huahong = c.find("华虹仪表", "enterprise")[0]
        bare = next(i for i in c.ids(__import__("desktopapp.catalogue", fromlist=["Filters"]).Filters(
            kind="enterprise"), sort="name") if i != huahong)
    db = tmp_path_factory.mktemp("hostile") / "catalogue.db"
    shutil.copy(paths.bundled_catalogue(), db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE entities SET name = ?, summary = ? WHERE id = ?", (LONG_NAME, LONG_PROFILE, huahong))
    conn.execute("UPDATE entities SET summary = NULL, stage = NULL, scope = NULL, category = NULL WHERE id = ?",
                 (bare,))
    for table, column in (("facts", "entity_id"), ("tags", "entity_id"), ("stages", "entity_id"),
                          ("aliases", "entity_id"), ("mentions", "entity_id"), ("links", "src_id"),
                          ("links", "dst_id")):
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (bare,))
    conn.commit()
    conn.close()
    c = Catalogue(db)
    yield c, huahong, bare
    c.close()


def _text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def _flat(s: str) -> str:
    return "".join(s.split())


def _fonts_embedded(path) -> list[str]:
    """Names of fonts used by any page that are not embedded (should be empty), after checking some exist."""
    reader = pypdf.PdfReader(str(path))
    seen, missing = 0, []
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            seen += 1
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    assert seen, "no fonts at all"
    return missing


def _outside_content(path, paper="a4", dpi=40) -> list[tuple[int, str]]:
    """Pages with ink in the margins (outside the content box, less 1 mm for antialiasing)."""
    from PIL import Image

    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm not installed")
    prefix = str(path) + "-px"
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(path), prefix], check=True)
    geo = geometry(paper)
    scale = dpi / 72 / UNIT
    slack = 1 * 72 / 25.4 * UNIT
    box = geo.content.adjusted(-slack, -slack, slack, slack)
    bad = []
    files = sorted(p for p in os.listdir(os.path.dirname(prefix)) if p.startswith(os.path.basename(prefix)))
    for name in files:
        img = Image.open(os.path.join(os.path.dirname(prefix), name))
        w, h = img.size
        left, top = int(box.left() * scale), int(box.top() * scale)
        right, bottom = int(box.right() * scale) + 1, int(box.bottom() * scale) + 1
        px = img.load()
        for y in range(h):
            for x in range(w):
                inside = left <= x < right and top <= y < bottom
                if not inside and px[x, y] < 245:
                    bad.append((name, f"{x},{y}"))
                    break
            if bad and bad[-1][0] == name:
                break
    return bad


def _no_kangxi(text: str) -> None:
    radicals = [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF]
    assert not radicals, f"Kangxi/CJK radicals in PDF text: {radicals[:5]}"


# ---------------------------------------------------------------------- sheets


def test_enterprise_sheet_has_name_and_every_key_figure(cat, tmp_path):
    eid = cat.find("华虹仪表", "enterprise")[0]
    d = cat.details(eid)
    out = tmp_path / "huahong.pdf"
    pages = render_sheet(cat, out, eid, generated="2025-06-01")
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == pages >= 1
    text = _text(out)
    flat = _flat(text)
    assert d.name in text
    facts = current_facts(d)
    fields = {f.field for f in facts}
    assert {"年产能", "年销售规模"} <= fields
    for f in facts:
        assert _flat(f.field) in flat
        assert _flat(f.value) in flat, f.value
    for s in d.sources:
        assert _flat(s["title"]) in flat  # numbered source notes in the footer
    assert cat.meta["edition"] in text and "2025-06-01" in text
    assert f"第1/{pages}页" in flat
    _no_kangxi(text)
    assert _fonts_embedded(out) == []
    assert _outside_content(out) == []


@pytest.mark.parametrize("kind,name,expect", [
    # The map as the 产业链图谱 tab draws it: with its serving organisations.
    ("chain", "传感器及仪器仪表", ("待补链", "链上主体", "服务与合作", "传感科创联合党委")),
    ("facility", None, ()),
    ("park", None, ("产业体系", "园区数据")),
])
def test_other_sheet_kinds(cat, tmp_path, kind, name, expect):
    from desktopapp.catalogue import Filters

    if kind == "park":
        eid, title = None, cat.meta["park"]
    elif name:
        eid = cat.find(name, kind)[0]
        title = cat.row(eid)["name"]
    else:
        eid = cat.ids(Filters(kind=kind), sort="name")[0]
        title = cat.row(eid)["name"]
    out = tmp_path / f"{kind}.pdf"
    render_sheet(cat, out, eid)
    text = _text(out)
    assert _flat(title) in _flat(text)
    for word in expect:
        assert word in text
    _no_kangxi(text)
    assert _fonts_embedded(out) == []
    assert _outside_content(out) == []


def test_chain_sheet_places_enterprises_on_segments(cat, tmp_path):
    from desktopapp.reports.chainmap import build_chain_map

    cid = cat.find("传感器及仪器仪表", "chain")[0]
    model = build_chain_map(cat, cat.details(cid))
    segments = {s.name: s for row in model.rows for s in row.segments}
    assert "生产制造" in segments and any(m.role == "链主" for m in segments["生产制造"].members)
    assert model.gaps(), "some segments have no enterprise yet (补链)"


def test_letter_paper(cat, tmp_path):
    eid = cat.find("华虹仪表", "enterprise")[0]
    out = tmp_path / "letter.pdf"
    render_sheet(cat, out, eid, paper="letter")
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert _outside_content(out, "letter") == []


def test_hostile_long_name_and_profile(hostile, tmp_path):
    cat, eid, _ = hostile
    out = tmp_path / "long.pdf"
    pages = render_sheet(cat, out, eid)
    assert pages >= 3  # the profile continues on following pages
    text = _text(out)
    assert _flat(LONG_NAME) in _flat(text)
    # nothing cut: every sentence is there, but for those split by a page break (running head, footer)
    assert _flat(text).count(PROFILE_UNIT) >= PROFILE_REPEAT - (pages - 1)
    assert "（续）" in text  # continuation pages say so
    assert _outside_content(out) == []


def test_hostile_bare_entity(hostile, tmp_path):
    cat, _, bare = hostile
    out = tmp_path / "bare.pdf"
    assert render_sheet(cat, out, bare) == 1
    text = _text(out)
    assert cat.row(bare)["name"] in text
    assert "None" not in text
    assert "未披露" in text  # says what is missing instead of leaving holes
    assert _outside_content(out) == []


def test_hostile_brochure_with_long_names(hostile, tmp_path):
    cat, eid, bare = hostile
    out = tmp_path / "hostile-brochure.pdf"
    result = build_brochure(cat, out, ids=[eid, bare])
    assert result.pages == len(pypdf.PdfReader(str(out)).pages)
    assert _outside_content(out) == []


# ---------------------------------------------------------------------- brochure


def test_brochure_contents_bookmarks_and_progress(cat, tmp_path):
    out = tmp_path / "brochure.pdf"
    calls = []
    result = build_brochure(cat, out, progress=lambda done, total: calls.append((done, total)) or True)
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) == result.pages > 3 and result.sheets > 3  # (entities without figures share list pages)
    assert result.bookmarks
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles[:2] == ["目录", "园区概览"]
    assert {"产业链", "企业", "载体与配套"} <= set(titles)
    children = [o for o in reader.outline if isinstance(o, list)]
    huahong = cat.row(cat.find("华虹仪表", "enterprise")[0])["name"]
    assert huahong in {c.title for group in children for c in group}
    # the bookmark and the contents point at the page where the sheet starts
    dest = next(c for group in children for c in group if c.title == huahong)
    page_index = reader.get_destination_page_number(dest)
    assert huahong in reader.pages[page_index].extract_text()
    contents = reader.pages[1].extract_text()
    assert "目录" in contents
    dones = [d for d, _ in calls]
    assert dones == sorted(dones) and calls[-1][0] == calls[-1][1]
    text = _text(out)
    _no_kangxi(text)
    assert f"第{result.pages}/{result.pages}页" in _flat(text)
    assert _fonts_embedded(out) == []


def test_brochure_cancel_leaves_no_file(cat, tmp_path):
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        build_brochure(cat, out, progress=lambda done, total: done < 5)
    assert not out.exists()


# ---------------------------------------------------------------------- command line


def test_cli_factsheet_and_unknown_name(cat, tmp_path, capsys):
    out = tmp_path / "cli.pdf"
    assert commands.main(["factsheet", "enterprise", "华虹仪表", "-o", str(out), "--paper", "letter"]) == 0
    assert out.exists()
    assert commands.main(["factsheet", "enterprise", "华虹仪", "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "找不到" in err and "最接近" in err and "华虹仪表" in err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_brochure_by_chain(cat, tmp_path):
    out = tmp_path / "chain-brochure.pdf"
    assert commands.main(["brochure", "-o", str(out), "--chain", "传感器及仪器仪表"]) == 0
    text = _text(out)
    assert "传感器及仪器仪表" in text and "华虹仪表" in _flat(text)
