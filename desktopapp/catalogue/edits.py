"""Editing an entity's stated fields in a working copy (name, summary, scope, category, status), with its
derived data brought up to date by `derive` in the same transaction and an undo record kept in the file."""

from __future__ import annotations

from pathlib import Path

from desktopapp.catalogue import derive, maintenance, undo
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate

EDITABLE = ("name", "summary", "scope", "category", "status")


def update_entity(catalogue_path: str | Path, entity_id: int, **values) -> Path:
    """Set stated fields of one entity in the working copy of `catalogue_path`; returns the copy's path."""
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise CatalogueError(translate("Edits", "不能修改这些字段：{fields}").format(fields="、".join(sorted(unknown))))
    if "name" in values and not str(values["name"] or "").strip():
        raise CatalogueError(translate("Edits", "名称不能为空。"))
    target = maintenance.working_copy(catalogue_path)
    with maintenance.writing(target) as conn:
        columns = ", ".join(values)
        row = conn.execute(f"SELECT {columns} FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise CatalogueError(translate("Edits", "目录中没有编号为 {id} 的条目。").format(id=entity_id))
        changes = derive.Changes()
        changes.before_change(conn, [entity_id])
        undo.record(conn, "edit", translate("Edits", "修改条目 {id}").format(id=entity_id),
                    updated={"entities": [{"id": entity_id, **dict(zip(values, row, strict=True))}]})
        conn.execute(f"UPDATE entities SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                     (*values.values(), entity_id))
        derive.derive(conn, changes)
    return target
