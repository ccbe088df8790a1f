"""Editing an entity's stated fields in a working copy (name, summary, scope, category, status), with its
derived data brought up to date by `derive` in the same transaction, an undo record kept in the file, and
each changed field logged (old → new, time, OS user) in the entity's history. The edit is cited to the park
entry ("园区录入 date, user"), never to an article."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktopapp.write import changelog
from desktopapp.write import derive, maintenance, undo
from desktopapp.write.entries import add_entry
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import QT_TRANSLATE_NOOP, translate

EDITABLE = ("name", "summary", "scope", "category", "status")
LABELS = {"name": QT_TRANSLATE_NOOP("Edits", "名称"), "summary": QT_TRANSLATE_NOOP("Edits", "简介"),
          "scope": QT_TRANSLATE_NOOP("Edits", "范围"), "category": QT_TRANSLATE_NOOP("Edits", "类别"),
          "status": QT_TRANSLATE_NOOP("Edits", "状态")}
MAX_TEXT = 20_000


def update_entity(catalogue_path: str | Path, entity_id: int, *, user: str | None = None,
                  now: datetime | None = None, **values) -> Path:
    """Set stated fields of one entity in the working copy of `catalogue_path`; returns the copy's path.
    Fields given with their present value are left out (an unchanged form saves nothing but its entry)."""
    from desktopapp.write.stagechange import user_name
    from desktopapp.logs import log

    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise CatalogueError(translate("Edits", "不能修改这些字段：{fields}").format(fields="、".join(sorted(unknown))))
    if "name" in values and not str(values["name"] or "").strip():
        raise CatalogueError(translate("Edits", "名称不能为空。"))
    values = {k: (str(v).strip()[:MAX_TEXT] or None) if v is not None else None for k, v in values.items()}
    user = user or user_name()
    now = now or datetime.now()
    target = maintenance.working_copy(catalogue_path)
    with maintenance.writing(target) as conn:
        columns = ", ".join(["name", *values])
        row = conn.execute(f"SELECT {columns} FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            raise CatalogueError(translate("Edits", "目录中没有编号为 {id} 的条目。").format(id=entity_id))
        name, before = row[0], dict(zip(values, row[1:], strict=True))
        values = {k: v for k, v in values.items() if v != before[k]}
        if not values:
            raise CatalogueError(translate("Edits", "没有修改任何内容。"))
        changes = derive.Changes()
        changes.before_change(conn, [entity_id])
        changed = [(translate("Edits", LABELS[k]), before[k], v) for k, v in values.items()]
        text = translate("Edits", "{name}：").format(name=name) + "；".join(
            translate("Edits", "{field}改为 {value}").format(field=f, value=(new or "—")[:200]) for f, _, new in changed)
        _, added = add_entry(conn, text, user, now, entity_id)
        added += changelog.record(conn, entity_id, "profile", changed, user, now)
        undo.record(conn, "edit", translate("Edits", "修改 {name} 的{fields}（{user}）").format(
            name=name, fields="、".join(f for f, _, _ in changed), user=user), added=added,
                    updated={"entities": [{"id": entity_id, **{k: before[k] for k in values}}]})
        conn.execute(f"UPDATE entities SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                     (*values.values(), entity_id))
        derive.derive(conn, changes)
    log.info("profile edit by %s at %s: entity %s (%s): %s, in %s", user, now.isoformat(timespec="seconds"),
             entity_id, name, "; ".join(f"{f}: {old!r} -> {new!r}" for f, old, new in changed), target)
    return target
