"""Top-to-bottom layout of a sheet's blocks in the content box, continuing on new pages by design.

Every block measures itself first and never draws below the footer or beside the margins: paragraphs and
tables split between lines and rows, everything else moves whole to the next page.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF

from desktopapp import style
from desktopapp.reports import text as T
from desktopapp.reports.page import Page

U = T.UNIT


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0
    style: T.TextStyle = T.BODY
    max_lines: int = 6


@dataclass(frozen=True)
class Chip:
    text: str
    fill: str = style.ACCENT_LIGHT
    colour: str = style.ACCENT_DARK
    stroke: str | None = None
    dashed: bool = False


class Flow:
    def __init__(self, pages: list[Page], geo, footer, running_head: str = "", running_suffix: str = ""):
        self.pages = pages
        self.footer = footer
        box = geo.content
        self.left, self.right = box.left(), box.right()
        self.top, self.bottom = box.top(), footer.content_bottom
        self.running_head = running_head
        self.running_suffix = running_suffix  # kept whole when the head is elided, e.g. "（续）"
        self.page: Page | None = None
        self.y = self.top
        self.page_top = self.top
        self.new_page(first=True)

    # ------------------------------------------------------------------ pages and space

    @property
    def width(self) -> float:
        return self.right - self.left

    def new_page(self, first: bool = False) -> None:
        self.page = Page(self.footer)
        self.pages.append(self.page)
        self.y = self.top
        if not first and self.running_head:
            suffix = self.running_suffix
            head = T.elide(self.running_head, T.SMALL, self.width - T.width(suffix, T.SMALL)) + suffix
            self.page.text(self.left, self.y + T.ascent(T.SMALL), head, T.SMALL)
            self.y += T.line_height(T.SMALL) + 1 * U
            self.page.line(self.left, self.y, self.right, self.y, style.BORDER, 0.5)
            self.y += 4 * U
        self.page_top = self.y

    @property
    def capacity(self) -> float:
        """The height a block can have on an empty page."""
        return self.bottom - self.page_top

    def fits(self, h: float) -> bool:
        return self.y + h <= self.bottom + 0.01

    def need(self, h: float) -> None:
        """Start a new page unless `h` fits below the cursor (or the page is still empty)."""
        if not self.fits(h) and self.y > self.page_top:
            self.new_page()

    def gap(self, h: float) -> None:
        if self.y > self.page_top:
            self.y = min(self.y + h, self.bottom)

    # ------------------------------------------------------------------ text

    def lines(self, lines: Sequence[str], st: T.TextStyle, indent: float = 0.0) -> None:
        lead = T.line_height(st)
        for line in lines:
            self.need(lead)
            self.page.text(self.left + indent, self.y + T.ascent(st), line, st)
            self.y += lead

    def paragraph(self, text: str, st: T.TextStyle = T.BODY, indent: float = 0.0, after: float = 3 * U) -> None:
        lines = T.wrap(text, st, self.width - indent)
        if not lines:
            return
        lead = T.line_height(st)
        self.need(lead * min(len(lines), 2))  # no widowed first line
        self.lines(lines, st, indent)
        self.gap(after)

    def heading(self, text: str, keep: float = 40 * U) -> None:
        """A section title with an accent bar, kept with the start of what follows."""
        self.gap(5 * U)
        h = T.line_height(T.H2)
        self.need(h + 3 * U + keep)
        self.page.rect(QRectF(self.left, self.y + 0.22 * h, 2.2 * U, 0.62 * h), fill=style.ACCENT)
        lines = T.wrap(text, T.H2, self.width - 5 * U, max_lines=2)
        for line in lines:
            self.page.text(self.left + 5 * U, self.y + T.ascent(T.H2), line, T.H2)
            self.y += h
        self.y += 1 * U
        self.page.line(self.left, self.y, self.right, self.y, style.BORDER, 0.5)
        self.y += 3 * U

    def fields(self, pairs: Sequence[tuple[str, str]], label_width: float = 22 * T.MM) -> None:
        """Label : value rows (values wrap; empty values are left out)."""
        lead = T.line_height(T.BODY)
        for label, value in pairs:
            if not value:
                continue
            lines = T.wrap(value, T.BODY, self.width - label_width)
            label_lines = T.wrap(label, T.LABEL, label_width - 2 * U, max_lines=2)
            rows = max(len(lines), len(label_lines))
            self.need(lead * min(rows, 3))
            for i in range(rows):
                self.need(lead)
                base = self.y + T.ascent(T.BODY)
                if i < len(label_lines):
                    self.page.text(self.left, base, label_lines[i], T.LABEL)
                if i < len(lines):
                    self.page.text(self.left + label_width, base, lines[i], T.BODY)
                self.y += lead
            self.y += 1.2 * U

    # ------------------------------------------------------------------ tables

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> None:
        """A table with a header row (repeated on continuation pages), wrapped cells and zebra rows."""
        if not rows:
            return
        pad = 2.2 * U
        total = sum(c.weight for c in columns)
        widths = [self.width * c.weight / total for c in columns]
        xs = [self.left]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        head_st = T.TextStyle(style.SIZE_SMALL, True, style.ACCENT_DARK)
        head_lines = [T.wrap(c.title, head_st, w - 2 * pad, max_lines=2) for c, w in zip(columns, widths)]
        head_h = max(len(l) for l in head_lines) * T.line_height(head_st) + 2 * pad

        def header() -> None:
            self.page.rect(QRectF(self.left, self.y, self.width, head_h), fill=style.ACCENT_LIGHT)
            for x, lines in zip(xs, head_lines):
                y = self.y + pad
                for line in lines:
                    self.page.text(x + pad, y + T.ascent(head_st), line, head_st)
                    y += T.line_height(head_st)
            self.y += head_h

        cells_rows = []
        for row in rows:
            cells = [T.wrap(str(v or ""), c.style, w - 2 * pad, max_lines=c.max_lines)
                     for v, c, w in zip(row, columns, widths)]
            h = max(max(len(l), 1) * T.line_height(c.style) for l, c in zip(cells, columns))
            cells_rows.append((cells, h + 2 * pad))
        first_h = cells_rows[0][1]
        self.need(head_h + first_h)
        header()
        for n, (cells, h) in enumerate(cells_rows):
            if not self.fits(h):
                self.new_page()
                header()
            if n % 2:
                self.page.rect(QRectF(self.left, self.y, self.width, h), fill=style.SURFACE_ALT)
            for x, lines, c in zip(xs, cells, columns):
                y = self.y + pad
                for line in lines:
                    self.page.text(x + pad, y + T.ascent(c.style), line, c.style)
                    y += T.line_height(c.style)
            self.y += h
            self.page.line(self.left, self.y, self.right, self.y, style.BORDER, 0.4)
        self.y += 2 * U

    # ------------------------------------------------------------------ chips and custom blocks

    def chips(self, chips: Sequence[Chip], st: T.TextStyle = T.TextStyle(style.SIZE_SMALL)) -> None:
        """Rounded labels flowing left to right, wrapping to new rows."""
        if not chips:
            return
        pad_x, pad_y, space = 2.6 * U, 1.1 * U, 2 * U
        h = T.line_height(st) + 2 * pad_y
        x = self.left
        self.need(h)
        for chip in chips:
            label = T.elide(chip.text, st, self.width - 2 * pad_x)
            w = T.width(label, st) + 2 * pad_x
            if x > self.left and x + w > self.right:
                x = self.left
                self.y += h + space
                self.need(h)
            self.page.rect(QRectF(x, self.y, w, h), fill=chip.fill, stroke=chip.stroke, radius=h / 2,
                           dashed=chip.dashed)
            self.page.text(x + pad_x, self.y + pad_y + T.ascent(st), label, st._replace(colour=chip.colour))
            x += w + space
        self.y += h + 3 * U

    def block(self, height: float, paint: Callable[[QRectF], None]) -> None:
        """A block of fixed height drawn by `paint(rect)` (which adds operations to `self.page`)."""
        height = min(height, self.capacity)
        self.need(height)
        paint(QRectF(self.left, self.y, self.width, height))
        self.y += height
