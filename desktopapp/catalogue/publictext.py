"""Notes as a reader should see them: the catalogue's internal source ids and file names replaced by the
source's date and title, on the detail pane, the boards and the sheets alike."""

from __future__ import annotations

import re

from desktopapp.i18n import translate


def source_names(sources) -> dict[str, str]:
    """Source id → how a reader names it: date and title ("2023-10《…》"); also the source's file name."""
    names = {}
    for s in sources:
        label = f"{s.get('date') or ''}《{s.get('title') or ''}》"
        names[str(s["id"])] = label
        if s.get("file"):
            names[str(s["file"])] = label
    return names


_FILE_NAME = re.compile(r"[A-Za-z0-9_.-]+\.(?:toml|txt|md|csv|xlsx|json|db)\b")


def public_text(text: str | None, names: dict[str, str]) -> str:
    """A note as a reader should see it: internal source ids (a0 …) and file names replaced by the
    source's date and title; other file names (chains.toml …) by a plain word."""
    if not text:
        return ""
    if names:
        ids = sorted(names, key=len, reverse=True)
        pattern = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(re.escape(i) for i in ids) + r")(?![A-Za-z0-9_])")
        text = pattern.sub(lambda m: names[m.group(1)], text)
    return _FILE_NAME.sub(translate("DetailPane", "目录资料"), text)
