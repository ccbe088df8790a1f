"""Which characters the bundled font can print (no Qt, no fontTools): read from the font's own cmap.

A character without a glyph prints as □ on a sheet and is missing from the PDF's text, so the importer
warns about it (a name such as 重庆鑫燊喆… must come out exactly). The cmap is read from the bundled
Regular face with a small OpenType reader (formats 4 and 12 cover every font the subset tool makes), so the
answer is always the font's, never a list that could fall out of step with it.
"""

from __future__ import annotations

import struct
import unicodedata
from functools import lru_cache
from pathlib import Path
from collections.abc import Iterable

# Not drawn at all, so never reported: line breaks, tabs, zero-width and format characters.
_SILENT_CATEGORIES = ("Cc", "Cf", "Zl", "Zp")


def font_file() -> Path:
    from desktopapp import style
    from desktopapp.catalogue import paths

    return paths.resources_dir() / "fonts" / style.FONT_FILES[0]


def read_cmap(path: str | Path) -> frozenset[int]:
    """The code points an OpenType/TrueType font maps to a glyph (its best Unicode cmap subtable)."""
    data = Path(path).read_bytes()
    if data[:4] == b"ttcf":
        (offset,) = struct.unpack_from(">I", data, 12)  # the first face of a collection
    else:
        offset = 0
    (num_tables,) = struct.unpack_from(">H", data, offset + 4)
    cmap = None
    for i in range(num_tables):
        tag, _, table_offset, _ = struct.unpack_from(">4sIII", data, offset + 12 + 16 * i)
        if tag == b"cmap":
            cmap = table_offset
    if cmap is None:
        raise ValueError(f"{path}: no cmap table")
    _, count = struct.unpack_from(">HH", data, cmap)
    best = None  # (rank, format, offset); full-repertoire tables win
    for i in range(count):
        platform, encoding, sub = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        fmt = struct.unpack_from(">H", data, cmap + sub)[0]
        rank = {(3, 10): 0, (0, 4): 0, (0, 6): 0, (3, 1): 1, (0, 3): 1}.get((platform, encoding))
        if rank is not None and fmt in (4, 12) and (best is None or rank < best[0]):
            best = (rank, fmt, cmap + sub)
    if best is None:
        raise ValueError(f"{path}: no Unicode cmap of format 4 or 12")
    _, fmt, at = best
    return frozenset(_format12(data, at) if fmt == 12 else _format4(data, at))


def _format4(data: bytes, at: int) -> set[int]:
    seg_x2 = struct.unpack_from(">H", data, at + 6)[0]
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, at + 14)
    starts = struct.unpack_from(f">{segs}H", data, at + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segs}h", data, at + 16 + 2 * seg_x2)
    range_at = at + 16 + 3 * seg_x2
    range_offsets = struct.unpack_from(f">{segs}H", data, range_at)
    out: set[int] = set()
    for i in range(segs):
        start, end, delta, ro = starts[i], ends[i], deltas[i], range_offsets[i]
        if start == 0xFFFF:
            continue
        if ro == 0:
            out.update(cp for cp in range(start, end + 1) if (cp + delta) & 0xFFFF)
            continue
        for cp in range(start, end + 1):
            where = range_at + 2 * i + ro + 2 * (cp - start)
            glyph = struct.unpack_from(">H", data, where)[0]
            if glyph and (glyph + delta) & 0xFFFF:
                out.add(cp)
    return out


def _format12(data: bytes, at: int) -> set[int]:
    (groups,) = struct.unpack_from(">I", data, at + 12)
    out: set[int] = set()
    for g in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * g)
        out.update(range(start + (glyph == 0), end + 1))
    return out


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Code points of the bundled font (empty when the font file is missing)."""
    try:
        return read_cmap(font_file())
    except (OSError, ValueError, struct.error):
        return frozenset()


def missing(text: str, coverage: frozenset[int] | None = None) -> str:
    """The distinct characters of `text` the bundled font cannot draw, in order of first appearance."""
    have = covered() if coverage is None else coverage
    if not have:
        return ""  # no font to judge by: say nothing rather than flag everything
    out: dict[str, None] = {}
    for ch in text or "":
        if ord(ch) not in have and not ch.isspace() and unicodedata.category(ch) not in _SILENT_CATEGORIES:
            out[ch] = None
    return "".join(out)


def missing_cells(cells: Iterable[tuple[int, str, object]]) -> list[tuple[int, str, str]]:
    """(row, column, characters) for every cell value with characters the font cannot draw. Lists of values
    (several names in a cell) are checked item by item."""
    out = []
    for row, column, value in cells:
        values = value if isinstance(value, (list, tuple)) else [value]
        chars = "".join(dict.fromkeys("".join(missing(str(v)) for v in values if v is not None)))
        if chars:
            out.append((row, column, chars))
    return out
