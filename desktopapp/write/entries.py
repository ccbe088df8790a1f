"""An officer's entry made in the app, as a citable source: a `sources` row titled "园区录入 YYYY-MM-DD, user"
whose text is the entry, and one citation of it. Facts cited to it are shown as entries, never as quotes
(their source id starts with `schema.ENTRY_PREFIX`)."""

from __future__ import annotations

from datetime import datetime

from desktopapp.write import maintenance
from desktopapp.catalogue.schema import ENTRY_PREFIX
from desktopapp.write.stagechange import entry_title
from desktopapp.i18n import translate


def add_entry(conn, text: str, user: str, now: datetime, entity_id: int) -> tuple[int, list]:
    """Insert the entry's source, citation and the entity's mention of it; returns (citation id, undo
    `added` entries)."""
    day = now.date().isoformat()
    title = entry_title(day, user)
    source_id = f"{ENTRY_PREFIX}{now.strftime('%Y%m%d-%H%M%S-%f')}"
    maintenance.insert(conn, "sources", [{
        "id": source_id, "title": title, "date": day, "date_note": translate("StageChange", "园区录入的日期"),
        "scope": "other", "file": None, "text": text}])
    cid = maintenance.next_id(conn, "citations")
    maintenance.insert(conn, "citations", [{"id": cid, "source_id": source_id, "quote": text, "joined": 0,
                                            "as_of": day, "note": title}])
    maintenance.insert(conn, "mentions", [{"entity_id": entity_id, "citation_id": cid}])
    return cid, [["sources", "id", source_id], ["citations", "id", cid], ["mentions", "citation_id", cid]]
