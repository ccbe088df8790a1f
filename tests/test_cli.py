"""The command line, run as a user would (`python -m desktopapp …`)."""

import json
import subprocess
import sys

import pytest


def run(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "desktopapp", *args], capture_output=True, text=True,
                            timeout=120, encoding="utf-8")
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_show_prints_figures_with_their_quotes():
    out = run("show", "华虹仪表").stdout
    assert "重庆华虹仪表有限公司" in out
    for text in ("年产能", "突破600万台", "年销售规模", "超5亿元", "国家级专精特新“小巨人”"):
        assert text in out
    assert "“华虹仪表年产能突破600万台" in out or "年产能突破600万台" in out
    assert "《" in out and "↳" in out


def test_show_json():
    data = json.loads(run("show", "华虹仪表", "--json").stdout)
    assert data["entity"]["key"] == "华虹仪表"
    assert any(f["field"] == "年产能" and f["citations"][0]["quote"] for f in data["facts"])


def test_show_unknown_name_suggests_close_matches():
    result = run("show", "华虹仪表厂", check=False)
    assert result.returncode == 1
    assert "找不到" in result.stderr and "华虹仪表" in result.stderr


def test_search_sensor_enterprises_with_facets():
    out = run("search", "传感器", "--kind", "enterprise").stdout
    assert "企业：" in out and "重庆华虹仪表有限公司" in out and "中科光智" in out
    assert "产业链：" in out and "阶段：" in out


def test_search_initials_and_one_character():
    assert "重庆华虹仪表有限公司" in run("search", "hhyb").stdout
    data = json.loads(run("search", "虹", "--kind", "enterprise", "--json").stdout)
    assert any(i["key"] == "华虹仪表" for i in data["enterprise"]["items"])


def test_search_with_chain_and_stage_filters():
    data = json.loads(run("search", "--kind", "enterprise", "--chain", "传感器及仪器仪表", "--stage", "投产",
                          "--json").stdout)
    items = data["enterprise"]["items"]
    assert items and all(i["stage"] == "投产" for i in items)


@pytest.mark.parametrize("text", ['"', "'; DROP TABLE entities; --", "NEAR(", "华" * 10000])
def test_search_hostile_text(text):
    run("search", text)


def test_bad_catalogue_path_gives_a_clear_error(tmp_path):
    bad = tmp_path / "x.db"
    bad.write_text("hello")
    result = run("search", "华虹", "--catalogue", str(bad), check=False)
    assert result.returncode == 1
    assert "不是招商目录" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_to_another_file(tmp_path):
    out = tmp_path / "c.db"
    result = run("build", "-o", str(out))
    assert out.exists() and "entities" in result.stdout


def test_the_catalogue_may_be_named_before_or_after_the_command():
    from desktopapp import cli

    for argv in (["--catalogue", "x.db", "search", "华虹"], ["search", "--catalogue", "x.db", "华虹"],
                 ["--catalogue", "x.db", "gui"], ["gui", "--catalogue", "x.db"], ["--catalogue", "x.db"]):
        assert cli.parser().parse_args(argv).catalogue == "x.db", argv
    assert cli.parser().parse_args(["search", "华虹"]).catalogue is None


def _commands():
    from desktopapp import cli

    action = next(a for a in cli.parser()._actions if a.dest == "command")
    return sorted(action.choices)


def _minimal_argv(command, tmp_path):
    """Each command with the least it needs, its output in tmp_path."""
    from PIL import Image

    csv = tmp_path / "rows.csv"
    csv.write_text("名称,阶段\n测试项目,签约\n", encoding="utf-8")
    jpg = tmp_path / "p.jpg"
    Image.new("RGB", (40, 30), "red").save(jpg)
    out = str(tmp_path / "out")
    return {
        "gui": ["gui"], "search": ["search", "华虹"], "show": ["show", "华虹仪表"], "build": ["build", "-o", out],
        "synth": ["synth", "--enterprises", "1", "-o", out], "factsheet": ["factsheet", "park", "-o", out + ".pdf"],
        "brochure": ["brochure", "-o", out + ".pdf"], "import": ["import", str(csv), "--kind", "project"],
        "template": ["template", "--kind", "project", "-o", out + ".xlsx"],
        "export": ["export", "-o", out + ".csv"], "attach-image": ["attach-image", "华虹仪表", str(jpg)],
        "migrate": ["migrate", str(csv)], "publish": ["publish", "-o", out],
        "new": ["new", "-o", out + ".db", "--park", "示例园区"],
        "publisher": ["publisher"], "undo": ["undo"], "backup": ["backup", "-o", out + ".db"],
    }[command]


NO_CATALOGUE = {"build", "new", "synth", "template", "migrate"}  # these read no catalogue


@pytest.mark.parametrize("command", _commands())
@pytest.mark.parametrize("where", ["before", "after"])
def test_every_command_reads_the_catalogue_option_before_and_after_it(command, where, tmp_path, capsys,
                                                                     monkeypatch):
    """A file that is not a catalogue, named before or after the command, is the one opened (and refused);
    commands that read no catalogue refuse the option as a usage error instead of ignoring it."""
    from desktopapp import cli

    bad = tmp_path / "not-a-catalogue.db"
    bad.write_text("hello")
    argv = _minimal_argv(command, tmp_path)
    argv = ["--catalogue", str(bad), *argv] if where == "before" else [*argv, "--catalogue", str(bad)]
    if command == "gui":
        opened = []
        import desktopapp.gui.app

        monkeypatch.setattr(desktopapp.gui.app, "run", lambda path=None: opened.append(path) or 0)
        assert cli.main(argv) == 0 and opened == [str(bad)]
        return
    code = cli.main(argv)
    err = capsys.readouterr().err
    if command in NO_CATALOGUE:
        assert code == 2 and "--catalogue" in err
    else:
        assert code == 1, err
        assert "不是招商目录" in err and "Traceback" not in err


def test_no_command_opens_the_window(monkeypatch):
    import desktopapp.gui.app
    from desktopapp import cli

    opened = []
    monkeypatch.setattr(desktopapp.gui.app, "run", lambda path=None: opened.append(path) or 0)
    assert cli.main([]) == 0 and cli.main(["--catalogue", "x.db"]) == 0
    assert opened == [None, "x.db"]


# ------------------------------------------------------------------------------ formats, stdout, exit codes


def _out(capsys, *argv):
    from desktopapp import cli

    assert cli.main(list(argv)) == 0
    return capsys.readouterr()


def test_search_nl_and_csv(capsys):
    import csv
    import io

    items = [json.loads(line) for line in _out(capsys, "search", "虹", "--nl").out.splitlines()]
    assert {"kind": "enterprise", "key": "华虹仪表"}.items() <= next(i for i in items if i["key"] == "华虹仪表").items()
    rows = list(csv.DictReader(io.StringIO(_out(capsys, "search", "虹", "--csv").out)))
    assert [(r["kind"], r["key"]) for r in rows] == [(i["kind"], i["key"]) for i in items]
    assert rows[0].keys() >= {"kind", "id", "key", "name", "stage", "scope", "year"}


def test_export_formats_to_standard_output(capsys):
    import csv
    import io

    plain = _out(capsys, "export", "传感器", "--kind", "enterprise", "-o", "-")
    assert not plain.out.startswith("\ufeff") and "已导出" in plain.err and "已导出" not in plain.out
    rows = list(csv.DictReader(io.StringIO(plain.out)))
    names = [r["名称"] for r in rows]
    assert "重庆华虹仪表有限公司" in names and len(names) == int(plain.err.split("已导出 ")[1].split(" 条")[0])
    assert [r["名称"] for r in json.loads(_out(capsys, "export", "传感器", "--json", "-o", "-").out)] == names
    nl = _out(capsys, "export", "传感器", "--nl", "-o", "-").out.splitlines()
    assert [json.loads(line)["名称"] for line in nl] == names
    out = _out(capsys, "export", "传感器", "--csv", "-o", "-").out
    assert [r["名称"] for r in csv.DictReader(io.StringIO(out))] == names


def test_export_json_keeps_text_that_looks_like_a_formula(tmp_path, bundled_db, capsys):
    """The apostrophe that keeps spreadsheets from running a cell is for spreadsheets only."""
    from tests.conftest import altered_copy

    db = altered_copy(bundled_db, tmp_path / "c.db",
                      "UPDATE entities SET summary = '=1+2 算式' WHERE key = '华虹仪表'")
    data = json.loads(_out(capsys, "export", "华虹仪表", "--json", "-o", "-", "--catalogue", str(db)).out)
    assert data[0]["简介"] == "=1+2 算式"


def test_a_pdf_to_standard_output():
    result = subprocess.run([sys.executable, "-m", "desktopapp", "factsheet", "park", "-o", "-"],
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"%PDF") and result.stdout.rstrip().endswith(b"%%EOF")
    assert "已写入 标准输出" in result.stderr.decode()


def test_version():
    from desktopapp import __version__

    assert run("--version").stdout.strip() == f"desktopapp {__version__}"


@pytest.mark.parametrize("argv, code", [
    (["show", "华虹仪表"], 0),
    (["search", "没有这样的企业名称"], 0),  # an empty result is an answer, not an error
    (["show", "没有这样的企业名称"], 1),
    (["search", "--chain", "没有这条链"], 1),
    (["search", "--no-such-option"], 2),
    (["factsheet", "park"], 2),  # -o missing
    (["frobnicate"], 2),
])
def test_exit_codes(argv, code, capsys):
    from desktopapp import cli

    assert cli.main(argv) == code
    if code:
        assert capsys.readouterr().err.strip()


def test_usage_error_exit_code_as_a_process():
    result = run("search", "--no-such-option", check=False)
    assert result.returncode == 2 and "usage:" in result.stderr


def test_commands_import_neither_qt_nor_the_reports():
    """The GUI starts through the same entry point: non-GUI commands stay light."""
    script = (
        "import sys, io, contextlib\n"
        "from desktopapp.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    for argv in (['search', '虹', '--json'], ['show', '华虹仪表'], ['export', '虹', '--nl', '-o', '-']):\n"
        "        assert main(argv) == 0, argv\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'desktopapp.reports', 'desktopapp.gui'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
