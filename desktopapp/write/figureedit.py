"""An officer adds or corrects a figure of an entity in the app (value, unit, period, as-of date, source):
the new value becomes current and the earlier current values of that field stay as history (current = 0,
shown with their as-of dates), as an import update does. Written to the working copy in one transaction,
with derive, an undo record and a change-log entry; cited to the park entry ("园区录入 date, user"),
never presented as a quote."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from desktopapp.catalogue import schema
from desktopapp.write import changelog
from desktopapp.write import derive, maintenance, undo
from desktopapp.write.entries import add_entry
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.write.stagechange import user_name
from desktopapp.i18n import translate
from desktopapp.catalogue.kinds import STATED_KINDS

_DATE = re.compile(r"^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def _clean(text, limit: int = 200) -> str | None:
    return " ".join(str(text or "").split())[:limit] or None


def set_figure(catalogue_path: str | Path, entity_id: int, field: str, value: str, unit: str | None = None,
               period: str | None = None, as_of: str | None = None, source: str | None = None,
               basis: str = "actual", user: str | None = None, now: datetime | None = None) -> Path:
    """Make `value` (a number, or words such as "超5亿元") the current value of `field` ("value" for a
    figure entity) of one entity; returns the working copy's path."""
    from desktopapp.logs import log

    field, value, unit, period = _clean(field, 40), _clean(value), _clean(unit, 20), _clean(period, 40)
    source = _clean(source)
    as_of = _clean(as_of, 10)
    if not field:
        raise CatalogueError(translate("FigureEdit", "请填写数据项的名称。"))
    if not value:
        raise CatalogueError(translate("FigureEdit", "请填写数值。"))
    if as_of is not None and not _DATE.match(as_of):
        raise CatalogueError(translate("FigureEdit", "截至日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，而不是“{value}”。").format(
            value=as_of[:40]))
    if basis not in schema.FIGURE_BASES:
        raise CatalogueError(translate("FigureEdit", "“{basis}”不是允许的口径。").format(basis=basis))
    num = float(value.replace(",", "")) if _NUMBER.match(value.replace(",", "")) else None
    shown = f"{value}{unit or ''}" if num is not None else value
    user = user or user_name()
    now = now or datetime.now()
    as_of = as_of or now.date().isoformat()
    target = maintenance.working_copy(catalogue_path)
    with maintenance.writing(target) as conn:
        row = conn.execute("SELECT kind, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None or row[0] not in STATED_KINDS:
            raise CatalogueError(translate("FigureEdit", "只能为企业、项目、设施、机构或园区数据录入数据。"))
        earlier = conn.execute("SELECT id, value, as_of FROM facts WHERE entity_id = ? AND field = ? AND current "
                               "ORDER BY id", (entity_id, field)).fetchall()
        label = translate("FigureEdit", "数值") if field == "value" else field
        text = translate("FigureEdit", "{name}：{field} {value}").format(name=row[1], field=label, value=shown)
        text += "".join(part.format(v) for part, v in (
            (translate("FigureEdit", "；时期 {}"), period), (translate("FigureEdit", "；截至 {}"), as_of),
            (translate("FigureEdit", "；来源 {}"), source)) if v)
        cid, added = add_entry(conn, text, user, now, entity_id)
        fid = maintenance.next_id(conn, "facts")
        changes = derive.Changes()
        changes.before_change(conn, [entity_id])
        for old_id, *_ in earlier:
            conn.execute("UPDATE facts SET current = 0 WHERE id = ?", (old_id,))
        note = translate("FigureEdit", "来源：{source}").format(source=source) if source else None
        maintenance.insert(conn, "facts", [{
            "id": fid, "entity_id": entity_id, "field": field, "value": shown, "num": num, "unit": unit if num is not None else None,
            "period": period, "as_of": as_of, "basis": basis, "note": note, "citation_id": cid, "conflict": 0,
            "current": 1}])
        old = "；".join(f"{v}（{translate('FigureEdit', '截至')} {d}）" if d else str(v) for _, v, d in earlier)
        added += [["facts", "id", fid]]
        added += changelog.record(conn, entity_id, "figure", [(label, old, f"{shown}（{translate('FigureEdit', '截至')} {as_of}）")],
                                user, now)
        # The entity row is always in the record, so that taking the edit back derives it again.
        kept = conn.execute("SELECT amount FROM entities WHERE id = ?", (entity_id,)).fetchone()
        undo.record(conn, "figure", translate("FigureEdit", "{name} 的{field}改为 {value}（{user}）").format(
            name=row[1], field=label, value=shown, user=user), added=added,
            updated={"entities": [{"id": entity_id, "amount": kept[0]}],
                     "facts": [{"id": old_id, "current": 1} for old_id, *_ in earlier]})
        derive.derive(conn, changes)
    log.info("figure entry by %s at %s: entity %s (%s) %s: %s → %s, as of %s, source %s, in %s", user,
             now.isoformat(timespec="seconds"), entity_id, row[1], field, old or "-", shown, as_of, source, target)
    return target


def figure_fields(conn_or_catalogue, entity_id: int) -> list[str]:
    """The fields an entity has figures for (current ones first), for the dialog's choices."""
    conn = getattr(conn_or_catalogue, "conn", conn_or_catalogue)
    rows = conn.execute("SELECT field, MAX(current) FROM facts WHERE entity_id = ? GROUP BY field "
                        "ORDER BY MAX(current) DESC, MIN(id)", (entity_id,)).fetchall()
    return [r[0] for r in rows if r[0]]
