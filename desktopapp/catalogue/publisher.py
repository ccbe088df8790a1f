"""Who hands the handouts over: the investment-promotion office's name, address, phone, e-mail, web address
and logo, kept in the catalogue (meta keys `publisher.*`, the logo in the images table) so that every copy
of a catalogue prints the same contact. Empty by default: nothing is invented. No Qt.

`read(cat)` gives the block of an open Catalogue; `write(path, publisher, logo=…)` stores it in the working
copy of a catalogue (after a backup, as every change), for the app's and the command line's settings.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, fields, replace

from desktopapp.catalogue.errors import CatalogueError
from desktopapp.i18n import translate

PREFIX = "publisher."
TEXT_FIELDS = ("office", "address", "phone", "email", "web")
LOGO_KIND = "publisher_logo"  # an images row without entity
MAX_TEXT = 300


@dataclass(frozen=True)
class Publisher:
    office: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    web: str = ""
    logo: bytes | None = field(default=None, repr=False)  # normalised PNG or JPEG

    @property
    def empty(self) -> bool:
        return not any(getattr(self, f) for f in TEXT_FIELDS) and not self.logo

    def contact_parts(self, address: bool = True) -> list[str]:
        """Address, phone, e-mail and web address as labelled parts (the non-empty ones)."""
        labels = {"address": translate("Publisher", "地址：{v}"), "phone": translate("Publisher", "电话：{v}"),
                  "email": translate("Publisher", "邮箱：{v}"), "web": translate("Publisher", "网址：{v}")}
        keys = ("address", "phone", "email", "web") if address else ("phone", "email", "web")
        return [labels[f].format(v=getattr(self, f)) for f in keys if getattr(self, f)]

    def line(self) -> str:
        """One line for a footer: office · phone · e-mail · web (the address is left to the cover)."""
        return "  ·  ".join(p for p in [self.office, *self.contact_parts(address=False)] if p)


def clean_field(value) -> str:
    """One line of plain text, bounded: catalogue text is untrusted."""
    text = " ".join(str(value or "").split())
    return text[:MAX_TEXT]


def read(cat) -> Publisher:
    """The publisher block of an open Catalogue (empty for a catalogue without one)."""
    values = {f: clean_field(cat.meta.get(PREFIX + f)) for f in TEXT_FIELDS}
    logo = None
    try:
        row = cat.conn.execute("SELECT data FROM images WHERE entity_id IS NULL AND kind = ? "
                               "ORDER BY id DESC LIMIT 1", (LOGO_KIND,)).fetchone()
        logo = bytes(row[0]) if row and row[0] else None
    except sqlite3.Error:  # an older catalogue without the images table
        pass
    return Publisher(**values, logo=logo)


def with_fields(publisher: Publisher, **values) -> Publisher:
    """A copy with the given text fields changed (unknown names refused)."""
    known = {f.name for f in fields(Publisher)}
    unknown = set(values) - known
    if unknown:
        raise CatalogueError(translate("Publisher", "未知的发布信息字段：{names}").format(names="、".join(sorted(unknown))))
    return replace(publisher, **values)
