"""The brochure's and fact sheet's options, and the commands that set the publisher, undo and back up."""

from pathlib import Path

import pytest

from desktopapp import cli

pytestmark = pytest.mark.usefixtures("qapp")  # report commands need the window tests' QApplication first


@pytest.fixture
def calls(monkeypatch):
    """build_brochure and render_sheet replaced by recorders that write a small file."""
    from desktopapp.reports import brochure, sheets
    from desktopapp.reports.brochure import BrochureResult

    seen = {}

    def fake_brochure(cat, path, **kwargs):
        seen["brochure"] = kwargs
        Path(path).write_bytes(b"%PDF-1.4 fake")
        return BrochureResult(path, 1, 1, 0.1, True)

    def fake_sheet(cat, path, entity_id=None, **kwargs):
        seen["sheet"] = kwargs
        Path(path).write_bytes(b"%PDF-1.4 fake")
        return 1

    monkeypatch.setattr(brochure, "build_brochure", fake_brochure)
    monkeypatch.setattr(sheets, "render_sheet", fake_sheet)
    return seen


def test_brochure_without_filters_is_the_parks_own(calls, tmp_path):
    assert cli.main(["brochure", "-o", str(tmp_path / "b.pdf")]) == 0
    kw = calls["brochure"]
    assert kw["filters"] is None and kw["every_sheet"] is False and kw["all_figures"] is False
    assert cli.main(["brochure", "--every-sheet", "--all-figures", "-o", str(tmp_path / "b.pdf")]) == 0
    assert calls["brochure"]["every_sheet"] is True and calls["brochure"]["all_figures"] is True
    assert cli.main(["brochure", "--kind", "chain", "-o", str(tmp_path / "b.pdf")]) == 0
    assert [f.kind for f in calls["brochure"]["filters"]] == ["chain"]


def test_factsheet_all_figures(calls, tmp_path):
    assert cli.main(["factsheet", "park", "-o", str(tmp_path / "p.pdf")]) == 0
    assert calls["sheet"]["all_figures"] is False
    assert cli.main(["factsheet", "park", "--all-figures", "-o", str(tmp_path / "p.pdf")]) == 0
    assert calls["sheet"]["all_figures"] is True


def test_a_write_error_from_the_reports_is_a_message(monkeypatch, tmp_path, capsys):
    from desktopapp.reports import brochure
    from desktopapp.reports.document import WriteError

    def refuse(cat, path, **kwargs):
        raise WriteError(f"{path}：没有写入权限")

    monkeypatch.setattr(brochure, "build_brochure", refuse)
    assert cli.main(["brochure", "-o", str(tmp_path / "b.pdf")]) == 1
    err = capsys.readouterr().err
    assert "没有写入权限" in err and "Traceback" not in err
    assert not (tmp_path / "b.pdf").exists()


def _read(path):
    from desktopapp.catalogue import Catalogue, publisher

    with Catalogue(path) as cat:
        return publisher.read(cat)


def test_publisher_set_show_undo(tmp_path, capsys, bundled_db, user_dirs):
    from PIL import Image

    assert cli.main(["publisher"]) == 0
    assert "还没有发布信息" in capsys.readouterr().out
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 30), "navy").save(logo)
    assert cli.main(["publisher", "--office", "北碚园区招商服务中心", "--phone", "023-12345678",
                     "--logo", str(logo)]) == 0
    out = capsys.readouterr().out
    assert "已写入工作副本" in out
    copy = next(user_dirs.joinpath("catalogues").glob("*.db"))
    who = _read(copy)
    assert who.office == "北碚园区招商服务中心" and who.phone == "023-12345678" and who.logo
    assert _read(bundled_db).empty  # the bundled catalogue is never written

    assert cli.main(["publisher", "--web", "https://example.org", "--no-logo", "--phone", ""]) == 0
    who = _read(copy)
    assert (who.office, who.phone, who.web, who.logo) == ("北碚园区招商服务中心", "", "https://example.org", None)
    capsys.readouterr()
    assert cli.main(["publisher"]) == 0
    shown = capsys.readouterr().out
    assert "北碚园区招商服务中心" in shown and "https://example.org" in shown

    assert cli.main(["undo"]) == 0  # takes back the second change: phone and logo again, no web address
    assert "修改发布信息" in capsys.readouterr().out
    who = _read(copy)
    assert (who.phone, who.web) == ("023-12345678", "") and who.logo
    assert cli.main(["undo"]) == 0
    assert _read(copy).empty
    assert cli.main(["undo"]) == 1
    assert "没有可以撤销" in capsys.readouterr().err


def test_publisher_with_a_missing_logo_is_not_found(tmp_path, capsys):
    assert cli.main(["publisher", "--logo", str(tmp_path / "none.png")]) == 1
    assert "找不到文件" in capsys.readouterr().err


def test_undo_without_a_working_copy_says_so(capsys, bundled_db):
    assert cli.main(["undo"]) == 1
    assert "没有可以撤销" in capsys.readouterr().err


def test_backup_writes_a_full_copy_of_the_working_copy(tmp_path, capsys):
    assert cli.main(["publisher", "--office", "招商服务中心"]) == 0
    out = tmp_path / "backup.db"
    assert cli.main(["backup", "-o", str(out)]) == 0
    assert "已备份" in capsys.readouterr().out
    assert _read(out).office == "招商服务中心"
    assert cli.main(["backup", "-o", str(tmp_path / "missing" / "b.db")]) == 1
    assert "不存在" in capsys.readouterr().err
    assert cli.main(["backup"]) == 2  # -o is required


def test_backup_of_a_file_that_is_not_a_catalogue_fails(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    assert cli.main(["backup", "--catalogue", str(bad), "-o", str(tmp_path / "b.db")]) == 1
    assert not (tmp_path / "b.db").exists()
