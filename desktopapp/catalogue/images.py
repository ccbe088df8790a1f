"""An entity's stored photo or logo and its thumbnail, as the detail pane, the list and the sheets read them
(stored, normalised, by write/images.py). Older catalogues have no images table: nothing is found."""

from __future__ import annotations

import sqlite3


def thumbnail(cat, entity_id: int) -> bytes | None:
    """The newest thumbnail of an entity (a logo before a photo), or None (also for older catalogues)."""
    try:
        row = cat.conn.execute(
            "SELECT thumb FROM images WHERE entity_id = ? ORDER BY kind = 'logo' DESC, id DESC LIMIT 1",
            (entity_id,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row and isinstance(row[0], bytes) else None  # text in a damaged file is no image


def image_data(cat, entity_id: int, kind: str) -> bytes | None:
    """The stored (normalised) image of `kind` of an entity, or None (also for older catalogues)."""
    try:
        row = cat.conn.execute("SELECT data FROM images WHERE entity_id = ? AND kind = ? ORDER BY id DESC LIMIT 1",
                               (entity_id, kind)).fetchone()
    except sqlite3.Error:
        return None
    return bytes(row[0]) if row and row[0] else None
