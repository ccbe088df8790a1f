"""An empty catalogue for another park: the schema, the park's name and scope labels in `meta`, and the
derived data (`derive` over nothing: an empty full-text index and packed arrays), so that the window, the
commands and the importer treat it like any other catalogue. Nothing of the bundled park is copied into it.

The file is marked as the user's own (meta `own_file`): writes go into it directly (after a backup), not
into a working copy, since the user made it to fill it."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path


from desktopapp.catalogue import schema
from desktopapp.write import newfile
from desktopapp.catalogue.connection import open_again
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate

OWN_FILE = "own_file"  # meta key: "1" in a catalogue made by `create` (written in place, never copied)


def scope_labels(park: str, short: str | None = None, district: str | None = None, zone: str | None = None,
                 city: str | None = None) -> dict[str, str]:
    """The labels of the scopes (`schema.SCOPES`) for a park: its own short name and, where not given,
    neutral words that name no real place."""
    return {
        "park": short or park,
        "district": district or translate("NewCatalogue", "所在区县"),
        "science_city": zone or translate("NewCatalogue", "所在功能区"),
        "city": city or translate("NewCatalogue", "所在城市"),
        "other": translate("NewCatalogue", "其他"),
    }


def create(target: str | Path, park: str, short: str | None = None, district: str | None = None,
           zone: str | None = None, city: str | None = None, description: str | None = None,
           today: str | None = None) -> Path:
    """Write an empty catalogue for `park` at `target` (written beside it first, then moved into place; an
    existing file is refused). Returns `target`."""
    park = " ".join(str(park or "").split())
    if not park:
        raise CatalogueError(translate("NewCatalogue", "请填写园区名称。"))
    if len(park) > 200:
        raise CatalogueError(translate("NewCatalogue", "园区名称过长（最多 200 个字符）。"))
    target = Path(target)
    if target.exists():
        raise CatalogueError(translate("NewCatalogue", "{path} 已存在；新建目录不会覆盖已有文件。").format(path=target))
    today = today or date.today().isoformat()
    meta = {
        "name": translate("NewCatalogue", "{park}招商图鉴").format(park=park),
        "park": park,
        "park_short": short or park,
        "edition": today[:7],
        "description": description or translate("NewCatalogue", "{park}的企业、项目、产业链、配套设施、机构与数据，每条事实注明出处。").format(park=park),
        "created": today,
        OWN_FILE: "1",
        "schema_version": str(schema.SCHEMA_VERSION),
    }
    meta.update({f"scope.{k}": v for k, v in scope_labels(park, short, district, zone, city).items()})
    with newfile.new_catalogue(target) as db:
        db["meta"].insert_all({"key": k, "value": v} for k, v in sorted(meta.items()))
    return target


def is_own_file(path: str | Path) -> bool:
    """Whether `path` is a catalogue made by `create` that this user can write (written in place)."""
    path = Path(path)
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        return False
    try:
        conn = open_again(path)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (OWN_FILE,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == "1"
