"""CSV export in chunks: the csv module writes a chunk's rows as read, and only a chunk that may hold a cell
needing care (text a spreadsheet would run as a formula, a number too large for SQLite's integers) is
written again cell by cell. The result is the same, line for line, as writing every cell with `_cells`."""

from __future__ import annotations

import csv

import pytest
from conftest import altered_copy

from desktopapp.catalogue import Catalogue, Filters, exporting

CHANGES = (  # sparse, so that some chunks of 7 hold such cells and others none
    "UPDATE entities SET amount = 3.0 WHERE kind IN ('enterprise', 'project') AND id % 3 = 0",
    "UPDATE entities SET amount = 1e20 WHERE kind IN ('enterprise', 'project') AND id % 29 = 0",
    "UPDATE entities SET amount = -2.5 WHERE kind IN ('enterprise', 'project') AND id % 31 = 0",
    "UPDATE entities SET summary = '=1+1' WHERE id % 23 = 0",
    "UPDATE entities SET summary = '''@x, \"y\"' WHERE id % 37 = 0",
    "UPDATE entities SET name = char(9) || name WHERE id % 41 = 0",
    "UPDATE entities SET num = 12.0 WHERE kind = 'figure' AND id % 2 = 0",
    "UPDATE tags SET tag = '+' || tag WHERE rowid % 19 = 0",
)


def _cell_by_cell(cat, kind: str, ids: list[int]) -> list[str]:
    """Each entity's line as the export wrote it before: every cell through `_cells`."""
    reader = exporting._Reader(cat, kind)
    lines: list = [None] * len(ids)
    for positions, rows in reader.chunks(ids):
        for pos, line in zip(positions, exporting._lines(zip(*[exporting._cells(c) for c in zip(*rows)]))):
            lines[pos] = line
    return lines


@pytest.mark.parametrize("kind", ["enterprise", "project", "facility", "organisation", "figure", "chain"])
def test_chunked_lines_equal_cell_by_cell_lines(tmp_path, bundled_db, kind, monkeypatch):
    path = altered_copy(bundled_db, tmp_path / "c.db", *CHANGES)
    monkeypatch.setattr(exporting, "CHUNK", 7)
    again = []
    cells = exporting._cells
    monkeypatch.setattr(exporting, "_cells", lambda column: again.append(1) or cells(column))
    with Catalogue(path) as cat:
        ids = [int(i) for i in cat.ids(Filters(kind=kind), "name")]
        _, lines = exporting._csv_lines(cat, kind, ids)
        chunks_again = len(again) / len(exporting._Reader(cat, kind).fields)
        assert lines == _cell_by_cell(cat, kind, ids)
    assert 0 < chunks_again < -(-len(ids) // 7), "some chunks are written as read, some cell by cell"
    if kind == "enterprise":
        text = "".join(lines)
        assert "'=1+1" in text and "100000000000000000000" in text and ",3," in text
        assert not any(cell.startswith(("=", "+", "@", "\t")) for row in csv.reader(lines) for cell in row)
