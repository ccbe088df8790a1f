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
                 ["--catalogue", "x.db", "gui"], ["--catalogue", "x.db"]):
        assert cli.parser().parse_args(argv).catalogue == "x.db", argv
    assert cli.parser().parse_args(["search", "华虹"]).catalogue is None
