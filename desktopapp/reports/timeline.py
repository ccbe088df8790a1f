"""The stage timeline of an enterprise, project or facility: dots on a line, date above, stage below."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from desktopapp import style
from desktopapp.reports import text as T
from desktopapp.reports.flow import Flow

U = T.UNIT


@dataclass(frozen=True)
class Step:
    date: str  # "2023-06-27", "日期未披露" …
    stage: str  # as the catalogue has it (its colour)
    note: str = ""
    label: str = ""  # the stage as shown, when not `stage` (an English or bilingual sheet)


def add_timeline(flow: Flow, steps: list[Step], min_column: float = 30 * T.MM,
                 max_column: float = 42 * T.MM) -> None:
    """Columns of at least `min_column` (more rows when needed), at most `max_column`, from the left."""
    if not steps:
        return
    per_row = max(1, min(len(steps), int(flow.width // min_column)))
    col = min(flow.width / per_row, max_column)
    date_st = T.TextStyle(style.SIZE_SMALL, colour=style.TEXT_MUTED)
    note_st = T.TINY
    for start in range(0, len(steps), per_row):
        row = steps[start:start + per_row]
        notes = [T.wrap(s.note, note_st, col - 3 * U, max_lines=2) for s in row]
        stage_lines = [T.wrap(s.label or s.stage, T.TextStyle(style.SIZE_BODY, True), col - 3 * U,
                              max_lines=3) for s in row]
        h = (T.line_height(date_st) + 9 * U + max(len(l) for l in stage_lines) * T.line_height(T.BODY)
             + max(len(n) for n in notes) * T.line_height(note_st) + 3 * U)
        flow.need(h)
        page, top = flow.page, flow.y
        line_y = top + T.line_height(date_st) + 4 * U
        x0 = flow.left + col / 2
        x1 = flow.left + col * (len(row) - 0.5)
        if len(row) > 1:
            page.line(x0, line_y, x1, line_y, style.BORDER, 1.2)
        for i, step in enumerate(row):
            cx = flow.left + col * (i + 0.5)
            colour = style.stage_colour(step.stage)
            date = T.elide(step.date, date_st, col - 2 * U)
            page.text(cx - T.width(date, date_st) / 2, top + T.ascent(date_st), date, date_st)
            r = 3.2 * U
            page.ellipse(QRectF(cx - r, line_y - r, 2 * r, 2 * r), fill=colour, stroke=style.SURFACE, width=1.2)
            y = line_y + 5 * U
            st = T.TextStyle(style.SIZE_BODY, True, colour)
            for line in stage_lines[i]:
                page.text(cx - T.width(line, st) / 2, y + T.ascent(st), line, st)
                y += T.line_height(st)
            for line in notes[i]:
                page.text(cx - T.width(line, note_st) / 2, y + T.ascent(note_st), line, note_st)
                y += T.line_height(note_st)
        flow.y = top + h
