"""Freed large blocks go back to the system (Linux/glibc)."""

import subprocess
import sys

import pytest

SCRIPT = """
import sys
import numpy as np
from desktopapp.allocator import return_freed_memory

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

applied = return_freed_memory() if sys.argv[1] == "on" else False
base = rss()
big = np.ones(16 << 20, dtype=np.uint8)  # a large array freed (as loading a catalogue does) …
del big
blocks = [np.ones(4 << 20, dtype=np.uint8) for _ in range(20)]  # … then 80 MiB in 4 MiB blocks
keep = [np.ones(1 << 16, dtype=np.uint8) for _ in range(8)]  # small blocks allocated after them
del blocks
print(applied, round(rss() - base))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_freed_large_blocks_are_returned():
    def grown(mode):
        out = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True)
        applied, mib = out.stdout.split()
        return applied == "True", int(mib)

    assert grown("off")[1] > 60  # the default: the freed 80 MiB stay with the process
    applied, mib = grown("on")
    assert applied and mib < 16
