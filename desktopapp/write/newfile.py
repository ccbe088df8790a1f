"""A new catalogue file, written beside its target and moved into place only when complete.

The build and `desktopapp new` both make one: the schema, the caller's rows in one transaction, every
derived structure (`derive`), the schema version and the freshness stamp — or, on any error, nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typing import TYPE_CHECKING

from desktopapp.catalogue import paths, schema
from desktopapp.write import derive

if TYPE_CHECKING:  # imported when a file is made: an import into a catalogue only asks `is_own_file` nearby
    import sqlite_utils


@contextmanager
def new_catalogue(target: str | Path, vacuum: bool = False) -> Iterator[sqlite_utils.Database]:
    """Yield an empty catalogue database to fill; when the block ends, derive, stamp and move it to `target`."""
    import sqlite_utils

    target = Path(target)
    tmp = paths.temporary_beside(target, ".catalogue-")
    try:
        db = sqlite_utils.Database(tmp)
        db.execute("PRAGMA journal_mode = DELETE")
        schema.create(db)
        with db.conn:
            yield db
            derive.derive(db.conn)
        db.execute(f"PRAGMA user_version = {int(schema.SCHEMA_VERSION)}")
        if vacuum:
            db.conn.execute("VACUUM")
        derive.stamp(db.conn)
        db.close()
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
