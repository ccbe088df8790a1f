"""An officer's stage change of a project or enterprise (签约 → 开工 …), entered in the app: one dated entry
in the entity's stage log, written to the working copy in one transaction with an undo record and derive.

An entry has no article behind it: it is cited to the entry itself — a source titled
"园区录入 YYYY-MM-DD, user" (date, OS user name) whose text is the entry — so that it is shown as an entry,
never as a quote from a report. Every change is also written to the program's log with time and user."""

from __future__ import annotations

import getpass
import re
from datetime import datetime
from pathlib import Path

from desktopapp.catalogue import schema
from desktopapp.write import changelog
from desktopapp.write import derive, maintenance, undo
from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate

KINDS = ("project", "enterprise")
_DATE = re.compile(r"^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def user_name() -> str:
    """The OS user name (for the entry's citation and the log); "officer" when the system has none."""
    try:
        return getpass.getuser() or "officer"
    except (KeyError, OSError):  # no name for this uid (a container, a service account)
        return "officer"


def entry_title(day: str, user: str) -> str:
    return translate("StageChange", "园区录入 {date}, {user}").format(date=day, user=user)


def change_stage(catalogue_path: str | Path, entity_id: int, stage: str, date: str | None = None,
                 note: str | None = None, user: str | None = None, now: datetime | None = None) -> Path:
    """Add a stage-log entry (stage, date, note) to a project or enterprise in the working copy of
    `catalogue_path`; returns the copy's path. The entity's current stage follows by derive."""
    from desktopapp.logs import log

    if stage not in schema.STAGES + schema.SIDE_STAGES:
        raise CatalogueError(translate("StageChange", "“{stage}”不是允许的阶段。").format(stage=stage))
    date = (date or "").strip() or None
    if date is not None and not _DATE.match(date):
        raise CatalogueError(translate("StageChange", "日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，而不是“{value}”。").format(
            value=date[:40]))
    note = " ".join((note or "").split())[:500] or None
    user = user or user_name()
    now = now or datetime.now()
    day = now.date().isoformat()
    target = maintenance.working_copy(catalogue_path)
    with maintenance.writing(target) as conn:
        row = conn.execute("SELECT kind, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None or row[0] not in KINDS:
            raise CatalogueError(translate("StageChange", "只能为项目或企业更改阶段。"))
        title = entry_title(day, user)
        text = translate("StageChange", "{name}：阶段 {stage}；日期 {date}").format(
            name=row[1], stage=stage, date=date or translate("StageChange", "未填"))
        if note:
            text += translate("StageChange", "；备注 {note}").format(note=note)
        source_id = f"{schema.ENTRY_PREFIX}{now.strftime('%Y%m%d-%H%M%S-%f')}"
        maintenance.insert(conn, "sources", [{
            "id": source_id, "title": title, "date": day, "date_note": translate("StageChange", "园区录入的日期"),
            "scope": "other", "file": None, "text": text}])
        cid, sid = maintenance.next_id(conn, "citations"), maintenance.next_id(conn, "stages")
        maintenance.insert(conn, "citations", [{"id": cid, "source_id": source_id, "quote": text, "joined": 0,
                                                "as_of": day, "note": title}])
        maintenance.insert(conn, "stages", [{"id": sid, "entity_id": entity_id, "stage": stage, "date": date,
                                             "date_inferred": 0, "note": note, "citation_id": cid}])
        maintenance.insert(conn, "mentions", [{"entity_id": entity_id, "citation_id": cid}])
        changes = derive.Changes()
        changes.before_change(conn, [entity_id])
        old = conn.execute("SELECT stage, stage_date FROM entities WHERE id = ?", (entity_id,)).fetchone()
        logged = changelog.record(conn, entity_id, "stage", [(
            translate("StageChange", "阶段"), " ".join(v for v in old if v),
            " ".join(v for v in (stage, date, note) if v))], user, now)
        undo.record(conn, "stage", translate("StageChange", "{name} 的阶段改为 {stage}（{user}）").format(
            name=row[1], stage=stage, user=user),
            added=[["sources", "id", source_id], ["citations", "id", cid], ["stages", "id", sid],
                   ["mentions", "citation_id", cid], *logged],
            updated={"entities": [{"id": entity_id, "stage": old[0], "stage_date": old[1]}]})
        derive.derive(conn, changes)
    log.info("stage change by %s at %s: entity %s (%s) → %s, date %s, note %s, in %s", user,
             now.isoformat(timespec="seconds"), entity_id, row[1], stage, date, note, target)
    return target
