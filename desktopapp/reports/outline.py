"""PDF bookmarks (outline) for brochures, appended to the written file as an incremental update.

QPdfWriter has no outline API. pypdf (pure Python, maintained) writes the outline objects and a new
catalog after the original bytes, so Qt's pages and fonts are not re-encoded and the cost stays small even
for thousand-page brochures. Without pypdf the brochure is still written, just without bookmarks.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class OutlineItem:
    title: str
    page: int  # 0-based page index
    children: list["OutlineItem"] = field(default_factory=list)


def available() -> bool:
    try:
        import pypdf  # noqa: F401
    except ImportError:
        return False
    return True


def add_outline(path: str | Path, items: list[OutlineItem]) -> bool:
    """Add `items` as bookmarks to the PDF at `path` and open it with the bookmarks shown. False when pypdf
    is not installed."""
    try:
        from pypdf import PdfWriter
    except ImportError:
        return False
    path = Path(path)
    try:
        writer = PdfWriter(str(path), incremental=True)
    except TypeError:  # pypdf < 5: no incremental mode, rewrite the file
        writer = PdfWriter(clone_from=str(path))

    def add(item: OutlineItem, parent=None) -> None:
        ref = writer.add_outline_item(title=item.title, page_number=item.page, parent=parent)
        for child in item.children:
            add(child, ref)

    for item in items:
        add(item)
    writer.page_mode = "/UseOutlines"
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        writer.write(fh)
    os.replace(tmp, path)
    return True
