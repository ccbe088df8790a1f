"""Finish a PDF written by Qt: document information, language, bookmarks and internal links, appended as an
incremental update that reads only the file's tail, its catalog and page tree (never the pages' content).

QPdfWriter has no API for an outline, internal links, the subject or the document language. A PDF may be
updated by appending new versions of objects, a cross-reference section for them and a trailer pointing to
the previous one; Qt's pages and fonts are neither read nor re-encoded, so a thousand-page brochure is
finished in milliseconds (pypdf's incremental writer clones the whole document first: seconds).
The reader below understands the classic cross-reference tables Qt writes; anything else raises
`Unsupported` and the caller falls back to pypdf.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, UTC
from pathlib import Path


class Unsupported(ValueError):
    """The file is not laid out as this module expects (e.g. a cross-reference stream)."""


@dataclass
class OutlineItem:
    title: str
    page: int  # 0-based page index
    children: list[OutlineItem] = field(default_factory=list)


@dataclass(frozen=True)
class Link:
    """A clickable area on `page` (PDF points, origin bottom left) that shows page `target` (0-based)."""

    page: int
    rect: tuple[float, float, float, float]
    target: int


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str = ""
    subject: str = ""
    keywords: str = ""
    language: str = "zh-CN"
    creator: str = "desktopapp"


def text_string(s: str) -> bytes:
    """A PDF text string: UTF-16BE with byte order mark, hex-encoded (any character, no escaping)."""
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def _date(now: datetime | None = None) -> bytes:
    now = now or datetime.now(UTC)
    return b"(D:" + now.strftime("%Y%m%d%H%M%SZ").encode() + b")"


_REF = re.compile(rb"(\d+)\s+(\d+)\s+R")


class _Pdf:
    """Random access to the objects of a PDF with classic cross-reference tables."""

    def __init__(self, fh):
        self.fh = fh
        fh.seek(0, 2)
        self.size = fh.tell()
        fh.seek(max(0, self.size - 2048))
        tail = fh.read()
        m = list(re.finditer(rb"startxref\s+(\d+)", tail))
        if not m:
            raise Unsupported("no startxref")
        self.startxref = int(m[-1].group(1))
        self.offsets: dict[int, int] = {}
        self.trailer = self._read_xref(self.startxref)

    def _read_xref(self, at: int) -> bytes:
        trailer = b""
        seen = set()
        while at is not None and at not in seen:
            seen.add(at)
            self.fh.seek(at)
            head = self.fh.read(4)
            if head != b"xref":
                raise Unsupported("cross-reference stream")
            self.fh.readline()
            while True:
                line = self.fh.readline()
                if line.startswith(b"trailer"):
                    break
                parts = line.split()
                if len(parts) != 2:
                    raise Unsupported("bad xref subsection")
                start, count = int(parts[0]), int(parts[1])
                table = self.fh.read(20 * count)
                for i in range(count):
                    entry = table[20 * i:20 * i + 20]
                    if entry[17:18] == b"n":
                        self.offsets.setdefault(start + i, int(entry[:10]))
            rest = self.fh.read(4096)
            end = rest.find(b"startxref")
            section = rest[:end] if end >= 0 else rest
            if not trailer:
                trailer = section
            prev = re.search(rb"/Prev\s+(\d+)", section)
            at = int(prev.group(1)) if prev else None
        return trailer

    def entry(self, key: bytes) -> bytes | None:
        m = re.search(rb"/" + key + rb"\s+(\d+\s+\d+\s+R|\[[^\]]*\])", self.trailer)
        return m.group(1) if m else None

    def body(self, num: int) -> bytes:
        """The text between `N 0 obj` and `endobj` (objects without streams, as catalog and page tree)."""
        if num not in self.offsets:
            raise Unsupported(f"object {num} not in the cross-reference table")
        self.fh.seek(self.offsets[num])
        chunk = b""
        while b"endobj" not in chunk:
            more = self.fh.read(8192)
            if not more:
                raise Unsupported(f"object {num} has no end")
            chunk += more
        m = re.match(rb"\s*" + str(num).encode() + rb"\s+\d+\s+obj(.*?)endobj", chunk, re.S)
        if not m or b"stream" in m.group(1):
            raise Unsupported(f"object {num} unreadable")
        return m.group(1).strip()


def _ref(body: bytes, key: bytes) -> int | None:
    m = re.search(rb"/" + key + rb"\s+(\d+)\s+\d+\s+R", body)
    return int(m.group(1)) if m else None


def _page_refs(pdf: _Pdf, num: int, depth: int = 0) -> list[int]:
    if depth > 32:
        raise Unsupported("page tree too deep")
    body = pdf.body(num)
    if re.search(rb"/Type\s*/Page\b(?!s)", body):
        return [num]
    kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
    if not kids:
        raise Unsupported("page tree without kids")
    refs = [int(m.group(1)) for m in _REF.finditer(kids.group(1))]
    count = re.search(rb"/Count\s+(\d+)", body)
    if count and int(count.group(1)) == len(refs):
        return refs  # a flat tree (Qt's): every kid is a page, no need to read them
    out: list[int] = []
    for r in refs:
        out.extend(_page_refs(pdf, r, depth + 1))
    return out


def _strip_keys(body: bytes, keys: tuple[bytes, ...]) -> bytes:
    """The dictionary `<< … >>` without the given (simple-valued) keys, ready to have entries appended."""
    inner = body.strip()
    if not (inner.startswith(b"<<") and inner.endswith(b">>")):
        raise Unsupported("not a dictionary")
    inner = inner[2:-2]
    for key in keys:
        inner = re.sub(rb"/" + key + rb"\s+(\d+\s+\d+\s+R|/\w+|\([^)]*\)|<[0-9A-Fa-f]*>)", b"", inner)
    return inner


def update(path: str | Path, meta: Metadata, outline: list[OutlineItem] = (), links: list[Link] = (),
           now: datetime | None = None) -> None:
    """Append the information dictionary, the catalog's /Lang, the outline and links to the PDF at `path`."""
    with open(path, "r+b") as fh:
        pdf = _Pdf(fh)
        size_m = re.search(rb"/Size\s+(\d+)", pdf.trailer)
        root = _ref(pdf.trailer, b"Root")
        if not size_m or root is None:
            raise Unsupported("trailer without /Size or /Root")
        next_num = int(size_m.group(1))
        catalog = pdf.body(root)
        pages_num = _ref(catalog, b"Pages")
        if pages_num is None:
            raise Unsupported("catalog without /Pages")
        pages = _page_refs(pdf, pages_num)
        objects: dict[int, bytes] = {}

        def new(body: bytes = b"") -> int:
            nonlocal next_num
            num = next_num
            next_num += 1
            objects[num] = body
            return num

        def dest(page: int) -> bytes:
            page = min(max(page, 0), len(pages) - 1)
            return b"[%d 0 R /Fit]" % pages[page]

        # Links: each page's annotation array gets new versions (Qt writes an indirect, empty array).
        by_page: dict[int, list[Link]] = {}
        for link in links:
            if 0 <= link.page < len(pages):
                by_page.setdefault(link.page, []).append(link)
        for page, page_links in by_page.items():
            annots = []
            for link in page_links:
                x0, y0, x1, y1 = link.rect
                annots.append(new(b"<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] "
                                  b"/Dest %s >>" % (x0, y0, x1, y1, dest(link.target))))
            refs = b" ".join(b"%d 0 R" % a for a in annots)
            page_body = pdf.body(pages[page])
            annots_ref = _ref(page_body, b"Annots")
            if annots_ref is not None:
                old = pdf.body(annots_ref)
                if not (old.startswith(b"[") and old.endswith(b"]")):
                    raise Unsupported("annotations are not an array")
                objects[annots_ref] = old[:-1] + b" " + refs + b"]"
            elif b"/Annots" in page_body:
                inline = re.search(rb"/Annots\s*\[(.*?)\]", page_body, re.S)
                if not inline:
                    raise Unsupported("annotations unreadable")
                objects[pages[page]] = page_body.replace(inline.group(0),
                                                         b"/Annots [" + inline.group(1) + b" " + refs + b"]")
            else:
                objects[pages[page]] = b"<<" + _strip_keys(page_body, ()) + b"\n/Annots [" + refs + b"]\n>>"

        # Outline.
        outline_num = None
        if outline:
            outline_num = new()

            def add(items: list[OutlineItem], parent: int) -> tuple[int, int, int]:
                nums = [new() for _ in items]
                visible = 0
                for i, (item, num) in enumerate(zip(items, nums)):
                    parts = [b"/Title " + text_string(item.title), b"/Parent %d 0 R" % parent,
                             b"/Dest " + dest(item.page)]
                    if i:
                        parts.append(b"/Prev %d 0 R" % nums[i - 1])
                    if i + 1 < len(nums):
                        parts.append(b"/Next %d 0 R" % nums[i + 1])
                    if item.children:
                        first, last, count = add(item.children, num)
                        # Long sections start closed (negative count), so the panel stays readable.
                        shown = count if len(item.children) <= 50 else -count
                        parts += [b"/First %d 0 R" % first, b"/Last %d 0 R" % last, b"/Count %d" % shown]
                        visible += max(shown, 0)
                    objects[num] = b"<< " + b" ".join(parts) + b" >>"
                    visible += 1
                return nums[0], nums[-1], visible

            first, last, count = add(list(outline), outline_num)
            objects[outline_num] = b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (first, last,
                                                                                                    count)

        # Document information (a new dictionary: the old one stays for readers of the first revision).
        stamp = _date(now)
        info = [b"/Title " + text_string(meta.title), b"/Creator " + text_string(meta.creator),
                b"/Producer " + text_string("desktopapp (Qt)"), b"/CreationDate " + stamp, b"/ModDate " + stamp]
        for key, value in ((b"Author", meta.author), (b"Subject", meta.subject), (b"Keywords", meta.keywords)):
            if value:
                info.append(b"/" + key + b" " + text_string(value))
        info_num = new(b"<<\n" + b"\n".join(info) + b"\n>>")

        extra = []
        if meta.language:
            extra.append(b"/Lang " + text_string(meta.language))
        if outline_num is not None:
            extra += [b"/Outlines %d 0 R" % outline_num, b"/PageMode /UseOutlines"]
        objects[root] = (b"<<" + _strip_keys(catalog, (b"Lang", b"Outlines", b"PageMode")).rstrip() + b"\n"
                         + b"\n".join(extra) + b"\n>>")

        # Append: objects, cross-reference section, trailer.
        fh.seek(0, 2)
        at = fh.tell()
        out = bytearray(b"\n")
        offsets = {}
        for num in sorted(objects):
            offsets[num] = at + len(out)
            out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
        xref_at = at + len(out)
        out += b"xref\n0 1\n0000000000 65535 f \n"  # (the free-list head: readers expect a section from 0)
        nums = sorted(offsets)
        i = 0
        while i < len(nums):  # consecutive runs as subsections
            j = i
            while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
                j += 1
            out += b"%d %d\n" % (nums[i], j - i + 1)
            for num in nums[i:j + 1]:
                out += b"%010d 00000 n \n" % offsets[num]
            i = j + 1
        ids = pdf.entry(b"ID")
        out += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/Prev %d\n" % (next_num, root, info_num,
                                                                               pdf.startxref)
        if ids:
            out += b"/ID " + ids + b"\n"
        out += b">>\nstartxref\n%d\n%%%%EOF\n" % xref_at
        fh.write(out)
