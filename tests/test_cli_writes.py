"""Every command that writes a file says so only when the file is there: a missing folder, a place that
cannot be written or a writer that wrote nothing end with a clear message and exit code 1."""

import shutil
import types

import pytest

from desktopapp import cli

# The report commands make a QGuiApplication when none exists; the window's tests later in the same process
# need a QApplication: make that one first.
pytestmark = pytest.mark.usefixtures("qapp")


def _inputs(tmp_path):
    csv = tmp_path / "rows.csv"
    csv.write_text("名称,阶段\n测试项目,签约\n", encoding="utf-8")
    from PIL import Image

    jpg = tmp_path / "p.jpg"
    Image.new("RGB", (40, 30), "red").save(jpg)
    return csv, jpg


# Each command with its output file as {out}; the writer a test replaces by one that writes nothing.
WRITERS = {
    "build": (["build", "-o", "{out}.db"], "desktopapp.write.build", "build"),
    "synth": (["synth", "--enterprises", "2", "-o", "{out}.db"], "desktopapp.write.synth", "synthesize"),
    "template": (["template", "--kind", "project", "-o", "{out}.xlsx"], "desktopapp.write.importer",
                 "write_template"),
    "export": (["export", "传感器", "-o", "{out}.csv"], "desktopapp.catalogue.exporting", "export_list"),
    "export-json": (["export", "传感器", "--json", "-o", "{out}.json"], None, None),
    "factsheet": (["factsheet", "enterprise", "华虹仪表", "-o", "{out}.pdf"], "desktopapp.reports.sheets",
                  "render_sheet"),
    "brochure": (["brochure", "--kind", "chain", "-o", "{out}.pdf"], "desktopapp.reports.brochure",
                 "build_brochure"),
    "migrate": (["migrate", "{old}", "-o", "{out}.db"], "desktopapp.write.migrate", "migrate_copy"),
    "search": (["search", "虹", "-o", "{out}.txt"], None, None),
    "publish": (["publish", "-o", "{out}"], "desktopapp.publish", "write_kit"),
}


def _argv(name, out, old):
    return [a.format(out=out, old=old) for a in WRITERS[name][0]]


@pytest.fixture
def old_catalogue(tmp_path, bundled_db):
    """A catalogue of format version 1 (which migrate converts)."""
    from tests.conftest import altered_copy

    return altered_copy(bundled_db, tmp_path / "old.db", "PRAGMA user_version = 1")


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_missing_folder_fails_clearly(name, tmp_path, capsys, old_catalogue):
    out = tmp_path / "missing" / "x"
    assert cli.main(_argv(name, out, old_catalogue)) == 1
    captured = capsys.readouterr()
    assert "不存在" in captured.err and "missing" in captured.err and "Traceback" not in captured.err
    assert "已写入" not in captured.out + captured.err and "wrote" not in captured.out
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_an_unwritable_place_fails_clearly(name, tmp_path, capsys, old_catalogue):
    (tmp_path / "afile").write_text("x")
    assert cli.main(_argv(name, tmp_path / "afile" / "x", old_catalogue)) == 1
    captured = capsys.readouterr()
    assert "无法写入" in captured.err and "不是文件夹" in captured.err
    assert "已写入" not in captured.out and "已导出" not in captured.out


def test_a_place_the_system_refuses_fails_clearly(capsys):
    """/proc exists and even root cannot create a file in it: the writer's own error becomes a message."""
    assert cli.main(["export", "传感器", "-o", "/proc/desktopapp-test.csv"]) == 1
    err = capsys.readouterr().err
    assert "无法写入 /proc/desktopapp-test.csv" in err and "Traceback" not in err


def _silent_brochure(cat, path, **kwargs):
    return types.SimpleNamespace(pages=3, sheets=1, seconds=0.1, bookmarks=True)


@pytest.mark.parametrize("name", [n for n in sorted(WRITERS) if WRITERS[n][1]])
def test_a_writer_that_writes_nothing_is_not_reported_as_written(name, tmp_path, capsys, monkeypatch,
                                                                    old_catalogue):
    """The bug of `factsheet -o missing/x.pdf`: the PDF writer failed silently and 已写入 was printed."""
    import importlib

    module, attr = WRITERS[name][1:]
    fake = {"build_brochure": _silent_brochure, "build": lambda *a, **k: {},
            "render_sheet": lambda *a, **k: 1, "export_list": lambda *a, **k: 12,
            "write_kit": lambda source, folder: [folder / "catalogue.db"]}.get(attr, lambda *a, **k: None)
    monkeypatch.setattr(importlib.import_module(module), attr, fake)
    out = tmp_path / "x"
    assert cli.main(_argv(name, out, old_catalogue)) == 1
    captured = capsys.readouterr()
    assert "没有写出文件" in captured.err
    assert "已写入" not in captured.out and "已导出" not in captured.out and "wrote" not in captured.out
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("x", ".x"))] == []


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch, capsys):
    """An old file of the same name is replaced only by a complete new one."""
    import desktopapp.reports.sheets as sheets

    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"%PDF old")
    monkeypatch.setattr(sheets, "render_sheet", lambda *a, **k: 1)
    assert cli.main(["factsheet", "park", "-o", str(out)]) == 1
    assert out.read_bytes() == b"%PDF old"


def test_import_and_attach_image_check_the_working_copy(tmp_path, capsys, monkeypatch, bundled_db):
    csv, jpg = _inputs(tmp_path)
    from desktopapp.write import images, importer

    gone = tmp_path / "gone.db"
    report = types.SimpleNamespace(ok=True, written=True, catalogue=gone, backup=None, rows=1, problems=[],
                                   text=lambda: "已从 rows.csv 导入 1 条项目。")
    monkeypatch.setattr(importer, "run", lambda *a, **k: report)
    assert cli.main(["import", str(csv), "--kind", "project"]) == 1
    captured = capsys.readouterr()
    assert "没有写出文件" in captured.err and "已写入工作副本" not in captured.out
    result = types.SimpleNamespace(catalogue=gone, entity_name="测试", width=40, height=30)
    monkeypatch.setattr(images, "attach_by_name", lambda *a, **k: result)
    assert cli.main(["attach-image", "华虹仪表", str(jpg)]) == 1
    captured = capsys.readouterr()
    assert "没有写出文件" in captured.err and "已写入工作副本" not in captured.out


@pytest.mark.parametrize("argv", [["import", "{missing}", "--kind", "project"],
                                  ["attach-image", "华虹仪表", "{missing}"], ["migrate", "{missing}"]])
def test_a_missing_input_file_is_not_found(argv, tmp_path, capsys):
    missing = tmp_path / "nothing.csv"
    assert cli.main([a.format(missing=missing) for a in argv]) == 1
    err = capsys.readouterr().err
    assert "找不到文件" in err and str(missing) in err and "Traceback" not in err


def test_every_writing_command_writes_its_file(tmp_path, capsys, old_catalogue):
    """And then says so (the success path of the same commands, in one process)."""
    for name in sorted(WRITERS):
        if name in ("build", "brochure", "synth"):
            continue  # written by test_cli's own runs (build, synth) and test_reports (brochure)
        out = tmp_path / name
        argv = _argv(name, out, old_catalogue)
        assert cli.main(argv) == 0, (name, capsys.readouterr().err)
        written = out if name == "publish" else next(tmp_path.glob(f"{name}.*"))
        assert written.exists() and (written.is_dir() or written.stat().st_size > 0), name
        said = capsys.readouterr().out
        assert any(w in said for w in ("已写入", "已导出", "wrote", "已转换", "已生成")), (name, said)
        assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []
    shutil.rmtree(tmp_path, ignore_errors=True)
