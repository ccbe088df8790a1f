"""Every command line command over hostile variants of the bundled catalogue (see hostile_catalogues.py), run
in-process as a user would run them: no traceback and no hang; a file that cannot be used is refused with a
message saying so. The catalogue layer's read face (rows, details, chain tree) is checked on each variant too.

The full matrix (every variant × every command, ~800 runs) takes minutes: it runs when
DESKTOPAPP_HOSTILE_MATRIX=1 is set. The default run takes each variant with three of the commands, chosen so
that every command meets many variants, and the read face on every variant.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

import hostile_catalogues

VARIANTS = list(hostile_catalogues.VARIANTS)
FULL = os.environ.get("DESKTOPAPP_HOSTILE_MATRIX") == "1"
# Seconds a command may take on the bundled catalogue's size before it counts as hanging.
HANG = 30


def _commands(tmp: Path, csv: Path) -> dict[str, list[str]]:
    return {
        "search": ["search"],
        "search-text": ["search", "传感器"],
        "search-initials": ["search", "hhyb", "--json"],
        "search-chain": ["search", "--chain", "传感器及仪器仪表"],
        "show-enterprise": ["show", "华虹仪表"],
        "show-chain": ["show", "传感器及仪器仪表", "--json"],
        "show-segment": ["show", "材料"],
        "factsheet-enterprise": ["factsheet", "enterprise", "华虹仪表", "-o", str(tmp / "e.pdf")],
        "factsheet-chain": ["factsheet", "chain", "传感器及仪器仪表", "-o", str(tmp / "c.pdf")],
        "factsheet-park": ["factsheet", "park", "-o", str(tmp / "p.pdf")],
        "brochure": ["brochure", "-o", str(tmp / "b.pdf")],
        "export-csv": ["export", "-o", str(tmp / "x.csv")],
        "export-xlsx": ["export", "--kind", "chain", "-o", str(tmp / "x.xlsx")],
        "import": ["import", str(csv), "--kind", "enterprise"],
    }


COMMANDS = list(_commands(Path("."), Path(".")))


def _cases():
    if FULL:
        return [(v, c) for v in VARIANTS for c in COMMANDS]
    # Each variant with three commands, the commands taken in turn so that each meets a dozen variants.
    return [(v, COMMANDS[(3 * i + j) % len(COMMANDS)]) for i, v in enumerate(VARIANTS) for j in range(3)]


@pytest.fixture(scope="module")
def variants(tmp_path_factory, bundled_db):
    folder = tmp_path_factory.mktemp("hostile")
    return {name: hostile_catalogues.make(name, bundled_db, folder) for name in VARIANTS}


class Hang(Exception):
    pass


@contextmanager
def _deadline(seconds: int):
    """Raise Hang in the test if the block runs longer than `seconds` (Python code is interrupted; a loop
    inside SQLite or Qt is caught by faulthandler, which ends the run with every thread's stack)."""
    def on_alarm(signum, frame):
        raise Hang(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    faulthandler.dump_traceback_later(seconds * 3, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        signal.alarm(0)
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    from desktopapp.cli import main

    capsys.readouterr()
    with _deadline(HANG):
        code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("variant, command", _cases())
def test_command_over_hostile_catalogue(variant, command, variants, tmp_path, capsys):
    csv = tmp_path / "rows.csv"
    csv.write_text("名称,简称,产业链\n测试企业甲,测试甲,传感器及仪器仪表\n", encoding="utf-8")
    args = _commands(tmp_path, csv)[command] + ["--catalogue", str(variants[variant])]
    code, out, err = run_cli(args, capsys)  # an exception here is the failure: a traceback for the user
    assert "Traceback" not in out + err
    if code != 0:
        assert err.strip(), "a failing command says why"
        assert "错误" in err or "第" in err or "文件" in err, err


REFUSED = {"meta-recursive-view", "sources-recursive-view", "tags-recursive-view"}


@pytest.mark.parametrize("variant", sorted(REFUSED))
def test_views_where_tables_belong_are_refused_at_open(variant, variants):
    from desktopapp.catalogue import Catalogue, CatalogueError

    with _deadline(HANG), pytest.raises(CatalogueError) as info:
        Catalogue(variants[variant])
    assert "不是普通的数据表（是视图或虚拟表）" in str(info.value)
    assert variant.split("-")[0] in str(info.value)
