"""Paper and page geometry, the footer every page carries, and writing laid-out pages to a PDF."""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from desktopapp import style
from desktopapp.i18n import translate
from desktopapp.reports import text as T
from desktopapp.reports.outline import Link, Metadata, OutlineItem, finish
from desktopapp.reports.page import TEXT, Page, paint_ops

DPI = round(72 * T.UNIT)


class Cancelled(Exception):
    """The progress callback asked to stop; no file is left behind."""


class WriteError(OSError):
    """The file cannot be written where asked (missing folder, no permission, a folder of that name); the
    message says which, in the user's language."""


def check_target(path: str | Path) -> Path:
    """`path` if a file can be written there, else WriteError saying why (before any work is done)."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise WriteError(translate("Reports", "{path}：这是一个文件夹，不能写成文件").format(path=path))
    if not folder.exists():
        raise WriteError(translate("Reports", "{path}：文件夹“{folder}”不存在").format(path=path, folder=folder))
    if not folder.is_dir():
        raise WriteError(translate("Reports", "{path}：“{folder}”不是文件夹").format(path=path, folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise WriteError(translate("Reports", "{path}：没有写入权限").format(path=path))
    return path


@contextmanager
def written_atomically(path: str | Path):
    """Yield a temporary name beside `path`; on success it replaces `path`, on any error it is removed (a
    failed or cancelled export never leaves a partial file, nor destroys the previous one)."""
    path = check_target(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield tmp
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(translate("Reports", "{path}：{reason}").format(path=path, reason=exc.strerror or exc)) \
            from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

class Paper(str, Enum):
    A4 = "a4"
    LETTER = "letter"


_SIZES = {Paper.A4: (QPageSize.A4, 595.28, 841.89), Paper.LETTER: (QPageSize.Letter, 612.0, 792.0)}


@dataclass(frozen=True)
class Geometry:
    """A page in device units, and its content box (everything, footer included, is drawn inside)."""

    paper: Paper
    width: float
    height: float
    margin_x: float = 16 * T.MM
    margin_top: float = 14 * T.MM
    margin_bottom: float = 12 * T.MM

    @property
    def content(self) -> QRectF:
        return QRectF(self.margin_x, self.margin_top, self.width - 2 * self.margin_x,
                      self.height - self.margin_top - self.margin_bottom)


def geometry(paper: Paper | str = Paper.A4) -> Geometry:
    paper = Paper(paper)
    _, w, h = _SIZES[paper]
    return Geometry(paper, w * T.UNIT, h * T.UNIT)


@dataclass(frozen=True)
class DocInfo:
    """What every footer names: the catalogue, its edition and the generation date."""

    catalogue: str
    edition: str
    generated: str
    publisher: str = ""  # the office handing it over, with phone, e-mail and web address ("" when not set)


class Footer:
    """A sheet's numbered source notes (when they fit in MAX_NOTE_LINES; else they are printed once, at the
    end of the sheet, and the footer says so), then catalogue · edition · generated date and page x / y."""

    GAP = 4 * T.UNIT  # between the content and the footer rule
    MAX_NOTE_LINES = 8

    def __init__(self, geo: Geometry, info: DocInfo, notes: list[str] | None = None):
        self.geo = geo
        box = geo.content
        lines: list[str] = []
        for note in notes or []:
            lines.extend(T.wrap(note, T.TINY, box.width()))
        self.notes_shown = len(notes or [])
        if len(lines) > self.MAX_NOTE_LINES:
            self.notes_shown = 0
            lines = [translate("Reports", "[n] 为来源编号，来源注释列于本资料末尾。")]
        self.lead = T.line_height(T.TINY)
        self.height = self.GAP + 2 * T.UNIT + self.lead * (len(lines) + 1 + bool(info.publisher))
        self.top = box.bottom() - self.height + self.GAP
        self.ops = Page(None)
        self.ops.line(box.left(), self.top, box.right(), self.top, style.BORDER, 0.5)
        y = self.top + 1.5 * T.UNIT + T.ascent(T.TINY)
        for line in lines:
            self.ops.text(box.left(), y, line, T.TINY)
            y += self.lead
        if info.publisher:
            publisher_st = T.TextStyle(T.TINY.size, True, style.ACCENT_DARK)
            self.ops.text(box.left(), y, T.elide(info.publisher, publisher_st, box.width()), publisher_st)
            y += self.lead
        self.info_baseline = y
        parts = [info.catalogue, translate("Reports", "版本 {edition}").format(edition=info.edition) if info.edition
                 else "", translate("Reports", "生成于 {date}").format(date=info.generated)]
        self.info = "  ·  ".join(p for p in parts if p)

    @property
    def content_bottom(self) -> float:
        """Where the sheet's content must end."""
        return self.geo.content.bottom() - self.height

    def paint(self, painter: QPainter, number: int, total: int) -> None:
        box = self.geo.content
        label = translate("Reports", "第 {page} / {pages} 页").format(page=number, pages=total)
        ops = list(self.ops.ops)
        room = box.width() - T.width(label, T.TINY) - 6 * T.UNIT
        ops.append((TEXT, T.TINY, box.left(), self.info_baseline, T.elide(self.info, T.TINY, room)))
        ops.append((TEXT, T.TINY, box.right() - T.width(label, T.TINY), self.info_baseline, label))
        paint_ops(painter, ops, {})


def paint_pages(painter: QPainter, device, pages: list[Page], pagerefs: dict | None = None,
                tick: Callable[[int], None] | None = None) -> None:
    """Paint `pages` on a paged device (PDF writer or printer), one device page each."""
    total = len(pages)
    for i, page in enumerate(pages):
        if i:
            device.newPage()
        painter.save()
        paint_ops(painter, page.ops, pagerefs or {})
        if page.footer is not None:
            page.footer.paint(painter, i + 1, total)
        painter.restore()
        if tick:
            tick(i)


def print_pages(printer, pages: list[Page], geo: Geometry, pagerefs: dict | None = None) -> None:
    """Paint `pages` on a QPrinter (or the print preview's), scaled from the PDF's units to the printer's."""
    printer.setPageLayout(QPageLayout(QPageSize(_SIZES[geo.paper][0]), QPageLayout.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    painter = QPainter(printer)
    scale = printer.resolution() / DPI
    painter.scale(scale, scale)
    try:
        paint_pages(painter, printer, pages, pagerefs)
    finally:
        painter.end()


def page_links(pages: list[Page], geo: Geometry, pagerefs: dict) -> list[Link]:
    """The pages' link areas (device units, top left origin) as PDF links (points, bottom left origin)."""
    out = []
    height = geo.height / T.UNIT
    for i, page in enumerate(pages):
        for rect, key in page.links:
            target = pagerefs.get(key)
            if target:
                out.append(Link(i, (rect.left() / T.UNIT, height - rect.bottom() / T.UNIT,
                                    rect.right() / T.UNIT, height - rect.top() / T.UNIT), target - 1))
    return out


def write_pdf(path: str | Path, pages: list[Page], geo: Geometry, meta: Metadata | str,
              pagerefs: dict | None = None, tick: Callable[[int], None] | None = None,
              outline: list[OutlineItem] = ()) -> bool:
    """Paint `pages` into a PDF at `path`, with `meta` (title, author, subject, language), bookmarks and the
    pages' links. `tick(i)` runs after each page and may raise Cancelled. WriteError when the file cannot
    be written (checked before painting). Returns whether the document information, bookmarks and links
    could be added."""
    if isinstance(meta, str):
        meta = Metadata(meta)
    with written_atomically(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(DPI)
        writer.setPageLayout(QPageLayout(QPageSize(_SIZES[geo.paper][0]), QPageLayout.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        writer.setTitle(meta.title)
        writer.setCreator(meta.creator)
        if meta.author:
            writer.setAuthor(meta.author)
        painter = QPainter()
        if not painter.begin(writer):
            raise WriteError(translate("Reports", "{path}：无法创建文件").format(path=path))
        try:
            paint_pages(painter, writer, pages, pagerefs, tick)
        finally:
            painter.end()
        del painter, writer
        return finish(tmp, meta, outline, page_links(pages, geo, pagerefs or {}))
