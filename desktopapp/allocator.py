"""Give freed memory back to the system.

A large catalogue loads arrays of tens of megabytes and frees as many temporaries. glibc's malloc raises
its threshold for serving large blocks from `mmap` each time such a block is freed, after which blocks of
that size come from the heap and, once freed, stay with the process. Fixing the threshold keeps large
blocks mapped, so freeing them returns the memory. Elsewhere (no glibc) this does nothing.
"""

import ctypes
import sys

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
THRESHOLD = 1 << 20


def return_freed_memory() -> bool:
    """Serve blocks of 1 MiB and more from mmap and trim the heap above 1 MiB; True when applied."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the interpreter runs on
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, THRESHOLD))
