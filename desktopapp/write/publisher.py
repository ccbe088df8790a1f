"""Storing who hands the handouts over (catalogue/publisher.py reads it): the text fields in `meta`, the logo
in the images table, in the working copy, with an undo record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktopapp.catalogue.errors import CatalogueError
from desktopapp.catalogue.publisher import LOGO_KIND, PREFIX, TEXT_FIELDS, Publisher, clean_field
from desktopapp.i18n import translate
from desktopapp.write import images, maintenance, undo


def store(catalogue_path: str | Path, publisher: Publisher, logo_file: str | Path | None = None,
          clear_logo: bool = False) -> Path:
    """Store `publisher`'s text fields (empty ones removed) and, with `logo_file`, a logo (normalised like
    every image) in the working copy of `catalogue_path`; returns the working copy's path."""
    logo = None
    if logo_file is not None:
        file = Path(logo_file)
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise CatalogueError(translate("Publisher", "无法读取 {name}：{error}").format(
                name=file, error=exc.strerror or exc)) from exc
        logo = images.normalise(data, file.name)
    target = maintenance.working_copy(catalogue_path)
    if maintenance.backs_up(target):
        maintenance.backup(target)
    with maintenance.writing(target) as conn:
        old = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE 'publisher.%'").fetchall())
        meta = {PREFIX + f: old.get(PREFIX + f) for f in TEXT_FIELDS}
        removed, added = [], []
        if logo is not None or clear_logo:
            images.ensure_table(conn)
            conn.row_factory = sqlite3.Row
            removed = [dict(r) for r in conn.execute("SELECT * FROM images WHERE entity_id IS NULL AND kind = ?",
                                                     (LOGO_KIND,))]
            conn.row_factory = None
        for f in TEXT_FIELDS:
            value = clean_field(getattr(publisher, f))
            conn.execute("DELETE FROM meta WHERE key = ?", (PREFIX + f,))
            if value:
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (PREFIX + f, value))
        if logo is not None or clear_logo:
            images.ensure_table(conn)
            conn.execute("DELETE FROM images WHERE entity_id IS NULL AND kind = ?", (LOGO_KIND,))
        if logo is not None:
            conn.execute(
                "INSERT INTO images (id, entity_id, kind, mime, width, height, data, thumb, note, added) "
                "VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM images), NULL, ?, ?, ?, ?, ?, ?, ?, "
                "datetime('now'))", (LOGO_KIND, logo.mime, logo.width, logo.height, logo.data, logo.thumb,
                                     translate("Publisher", "发布机构标志")))
            added = [["images", "id", conn.execute("SELECT MAX(id) FROM images").fetchone()[0]]]
        undo.record(conn, "publisher", translate("Publisher", "修改发布信息"), added=added, meta=meta,
                    removed={"images": removed} if removed else None)
    return target
