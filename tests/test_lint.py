"""The code passes ruff's pyflakes, bugbear and pyupgrade rules (configured in pyproject.toml)."""

import importlib.util
import os
import subprocess
import sys

import pytest

from conftest import ROOT


def test_ruff_finds_nothing():
    if importlib.util.find_spec("ruff") is None:
        if os.environ.get("CI"):
            pytest.fail("ruff is a test dependency: install with pip install -e '.[test]'")
        pytest.skip("ruff is not installed")
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "desktopapp", "tests", "tools",
                             "benchmarks"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
