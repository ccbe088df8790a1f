"""Finishing a written PDF: document information, language, bookmarks (outline) and internal links.

`pdfupdate` appends them as an incremental update reading only the file's tail and page tree. A file it
does not understand is finished by pypdf instead (metadata and bookmarks, no links): slower, same result.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktopapp.reports.pdfupdate import Link, Metadata, OutlineItem, Unsupported, update

__all__ = ["Link", "Metadata", "OutlineItem", "finish"]


def finish(path: str | Path, meta: Metadata, items: list[OutlineItem] = (), links: list[Link] = ()) -> bool:
    """Add `meta`, `items` as bookmarks and `links` to the PDF at `path`. False when neither way worked
    (the PDF is then left as Qt wrote it)."""
    try:
        update(path, meta, list(items), list(links))
        return True
    except Unsupported:
        return _with_pypdf(Path(path), meta, items)


def _with_pypdf(path: Path, meta: Metadata, items: list[OutlineItem]) -> bool:
    try:
        from pypdf import PdfWriter
        from pypdf.generic import NameObject, TextStringObject
    except ImportError:
        return False
    writer = PdfWriter(clone_from=str(path))

    def add(item: OutlineItem, parent=None) -> None:
        ref = writer.add_outline_item(title=item.title, page_number=item.page, parent=parent)
        for child in item.children:
            add(child, ref)

    for item in items:
        add(item)
    if items:
        writer.page_mode = "/UseOutlines"
    writer.add_metadata({k: v for k, v in (("/Title", meta.title), ("/Author", meta.author),
                                           ("/Subject", meta.subject), ("/Keywords", meta.keywords),
                                           ("/Creator", meta.creator)) if v})
    if meta.language:
        writer._root_object[NameObject("/Lang")] = TextStringObject(meta.language)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        writer.write(fh)
    os.replace(tmp, path)
    return True
