"""The 进展时间轴 board: every dated stage of projects, enterprises and facilities on one time axis, with the
speed records the articles give (从签约到投产 90天) — its data (`load_timeline`) and its painter
(`paint_timeline`), shared by the screen, PNG and PDF. (One entity's own stage line is reports/timeline.py.)"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from desktopapp import i18n, style
from desktopapp.catalogue import Catalogue, Filters
from desktopapp.i18n import translate
from desktopapp.labels import kind_label
from desktopapp.reports import text as T
from desktopapp.reports.boardstyle import BODY, SMALL, SMALL_BOLD, SMALL_DARK, TINY, centred, draw

DURATION = re.compile(r"(用时|工期|从.+到.+)")


@dataclass
class Milestone:
    stage: str
    when: str  # as stated: YYYY, YYYY-MM or YYYY-MM-DD
    inferred: bool
    note: str | None
    label: str = ""  # the stage as shown (English, see localise_timeline); the stage itself when empty


@dataclass
class Track:
    id: int
    name: str
    kind: str
    milestones: list[Milestone]
    undated: list[str]
    records: list[str]  # "从签约到投产 90天"

    def first(self) -> float:
        return min((_position(m.when)[0] for m in self.milestones), default=9999.0)


def _position(when: str) -> tuple[float, float]:
    """(middle, span) in fractional years: a year is a span of 1, a month 1/12, a day a point."""
    parts = [int(x) for x in re.findall(r"\d+", when)[:3]]
    if not parts:
        return 0.0, 0.0
    if len(parts) == 1:
        return parts[0] + 0.5, 1.0
    if len(parts) == 2:
        return parts[0] + (parts[1] - 0.5) / 12, 1 / 12
    try:
        d = date(*parts)
        start = date(parts[0], 1, 1)
        return parts[0] + (d - start).days / 365.25, 0.0
    except ValueError:
        return parts[0] + (parts[1] - 0.5) / 12, 1 / 12


# At most this many tracks (a page of the timeline's PDF holds about 460).
MAX_TRACKS = 400


def load_timeline(cat: Catalogue, kinds=("project", "enterprise", "facility")) -> tuple[list[Track], int]:
    """Entities with dated stages or speed records (days from one stage to another). Returns the tracks and
    how many candidates were left out (a large catalogue keeps the ones with a stage date, newest first)."""
    candidates: list[int] = []
    for kind in kinds:
        candidates.extend(cat.ids(Filters(kind=kind)))
    left_out = 0
    if len(candidates) > MAX_TRACKS:
        rows = cat.rows(candidates)
        dated = sorted((i for i in candidates if rows.get(i, {}).get("stage_date")),
                       key=lambda i: rows[i]["stage_date"], reverse=True)
        left_out = len(candidates) - min(len(dated), MAX_TRACKS)
        candidates = dated[:MAX_TRACKS]
    tracks = []
    from desktopapp.catalogue.publictext import public_text, source_names

    names = source_names(cat.sources())
    from desktopapp.catalogue.english import localiser, showing_english

    note = localiser(cat).note if showing_english() else (lambda text: text)  # editors' notes in English
    for eid in candidates:
        d = cat.details(eid)
        if d is None:
            continue
        milestones = [Milestone(s.stage, s.date, s.date_inferred, public_text(note(s.note), names) or None)
                      for s in d.stages if s.date]
        dated_stages = {m.stage for m in milestones}
        undated = []
        for s in d.stages:
            if not s.date and s.stage not in dated_stages and s.stage not in undated:
                undated.append(s.stage)
        records = [f"{f.field} {f.value}" for f in d.facts if DURATION.search(f.field) and "天" in (f.value or "")]
        if milestones or records:
            seen = set()
            unique = []
            for m in sorted(milestones, key=lambda m: _position(m.when)[0]):
                if (m.stage, m.when) not in seen:
                    seen.add((m.stage, m.when))
                    unique.append(m)
            tracks.append(Track(eid, d.name, d.kind, unique, undated, records))
    tracks.sort(key=lambda t: (t.first(), t.name))
    return tracks, left_out


def localise_timeline(tracks: list[Track], english) -> None:
    """Names, stages and speed records in English where the catalogue has them (`english`: a
    catalogue.english.Localiser), as the chain map shows them; the stage colours still follow the Chinese
    stage. Records read "Signing to production 90 days"; a value or field without English stays as stated."""
    from desktopapp.catalogue.english import fact_english
    from desktopapp.reports.chainmap import short_english

    if english is None:
        return
    for t in tracks:
        t.name = short_english(english.names[t.id]) if t.id in english.names else t.name  # a label 170 pt wide
        for m in t.milestones:
            m.label = english.term("stage", m.stage) or m.stage
        t.undated = [english.term("stage", s) or s for s in t.undated]
        records = []
        for record in t.records:
            field, _, value = record.rpartition(" ")
            records.append(f"{english.term('field', field) or field} {fact_english(value, None, english.terms) or value}"
                           if field else record)
        t.records = records


TL_ROW = 30.0
TL_LABEL = 170.0
TL_RECORD = 150.0


def timeline_height(tracks: list[Track]) -> float:
    return 40 + max(1, len(tracks)) * TL_ROW + 40


def timeline_span(tracks: list[Track]) -> tuple[int, int]:
    years = [_position(m.when)[0] for t in tracks for m in t.milestones]
    if not years:
        today = date.today().year
        return today - 1, today + 1
    return int(min(years)), int(max(years)) + 1


def paint_timeline(p: QPainter, rect: QRectF, tracks: list[Track], unit: float, hits: list | None = None) -> None:
    p.save()
    p.setRenderHint(QPainter.Antialiasing)
    u = unit
    first, last = timeline_span(tracks)
    ax0 = rect.left() + TL_LABEL * u
    ax1 = rect.right() - TL_RECORD * u
    span = max(1, last - first)

    def xpos(year: float) -> float:
        return ax0 + (ax1 - ax0) * (year - first) / span

    y = rect.top()
    # legend
    lx = rect.left()
    for label, hollow in ((translate("Dashboard", "日期见于报道"), False), (translate("Dashboard", "日期为推断（如“去年10月”）"), True)):
        p.setPen(T.pen(style.ACCENT_DARK, 1.2, u))
        p.setBrush(QColor(style.SURFACE) if hollow else QColor(style.ACCENT_DARK))
        p.drawEllipse(QPointF(lx + 4 * u, y + 6 * u), 3.5 * u, 3.5 * u)
        draw(p, lx + 11 * u, y, label, SMALL, u)
        lx += T.width(label, SMALL, u) + 26 * u
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(style.ACCENT_LIGHT))
    p.drawRect(QRectF(lx, y + 2 * u, 14 * u, 8 * u))
    label = translate("Dashboard", "浅色条：报道只给出年份或月份")
    draw(p, lx + 18 * u, y, label, SMALL, u)
    y += 18 * u
    # axis
    for year in range(first, last + 1):
        x = xpos(year)
        p.setPen(T.pen(style.BORDER, 0.6, u))
        p.drawLine(QPointF(x, y + 14 * u), QPointF(x, y + 14 * u + len(tracks) * TL_ROW * u))
        if year < last or first == last:
            centred(p, xpos(year + 0.5), y, str(year), SMALL_BOLD, u)
    draw(p, ax1 + 10 * u, y, translate("Dashboard", "速度记录"), SMALL_BOLD, u)
    y += 18 * u
    if not tracks:
        draw(p, rect.left(), y, translate("Dashboard", "来源报道中没有带日期的进展。"), BODY, u, style.TEXT_MUTED)
    for i, t in enumerate(tracks):
        ry = y + i * TL_ROW * u
        if i % 2:
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(style.SURFACE_ALT))
            p.drawRect(QRectF(rect.left(), ry, rect.width(), TL_ROW * u))
        mid = ry + TL_ROW * u / 2
        name_st = SMALL_DARK
        kind = kind_label(t.kind)
        kw = T.width(kind, TINY, u) + 6 * u
        p.setPen(Qt.NoPen)
        p.setBrush(QColor(style.KIND_COLOURS.get(t.kind, style.TEXT_MUTED)))
        p.drawRoundedRect(QRectF(rect.left(), mid - 6 * u, kw, 12 * u), 2 * u, 2 * u)
        draw(p, rect.left() + 3 * u, mid - T.line_height(TINY, u) / 2, kind, TINY, u, "#ffffff")
        name = T.elide(t.name, name_st, TL_LABEL * u - kw - 10 * u, u)
        name_rect = QRectF(rect.left(), ry, TL_LABEL * u - 6 * u, TL_ROW * u)
        draw(p, rect.left() + kw + 4 * u, mid - T.line_height(name_st, u) / 2, name, name_st, u)
        if hits is not None:
            hits.append((name_rect, "entity", t.id, escape(t.name) + "<br>" + escape(translate("Dashboard", "点击查看详情"))))
        points = []
        for m in t.milestones:
            centre, width = _position(m.when)
            x = xpos(centre)
            if width:
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(style.ACCENT_LIGHT))
                p.drawRoundedRect(QRectF(xpos(centre - width / 2), mid - 5 * u, max(2 * u, xpos(centre + width / 2)
                                                                                     - xpos(centre - width / 2)),
                                         10 * u), 2 * u, 2 * u)
            points.append((x, m))
        if len(points) > 1:
            p.setPen(T.pen(style.TEXT_MUTED, 1.0, u))
            p.drawLine(QPointF(points[0][0], mid), QPointF(points[-1][0], mid))
        last_right = -1e9
        for x, m in points:
            colour = QColor(style.stage_colour(m.stage))
            p.setPen(T.pen(colour.name(), 1.4, u))
            p.setBrush(QColor(style.SURFACE) if m.inferred else colour)
            p.drawEllipse(QPointF(x, mid), 4 * u, 4 * u)
            label = f"{m.label or m.stage} {m.when}" + (translate("Dashboard", "（推断）") if m.inferred else "")
            lw = T.width(label, TINY, u)
            lx = x + 6 * u
            if lx < last_right:
                lx = last_right
            lx = min(lx, ax1 - lw)
            draw(p, lx, mid - T.line_height(TINY, u) - 3 * u, label, TINY, u, style.TEXT)
            last_right = lx + lw + 4 * u
            if hits is not None:
                tip = f"<b>{escape(t.name)}</b><br>{escape(m.label or m.stage)}{i18n.colon()}{escape(m.when)}"
                if m.inferred:
                    tip += escape(translate("Dashboard", "（日期为推断）"))
                if m.note:
                    tip += "<br>" + escape(m.note)
                hits.append((QRectF(x - 6 * u, mid - 6 * u, 12 * u, 12 * u), "entity", t.id, tip))
        if not points:
            text = translate("Dashboard", "日期未说明") + (i18n.parenthesised(i18n.joined(t.undated)) if t.undated else "")
            draw(p, ax0 + 4 * u, mid - T.line_height(TINY, u) / 2, T.elide(text, TINY, ax1 - ax0, u), TINY, u)
        if t.records:
            rx = ax1 + 10 * u
            text = ("; " if i18n.english_text() else "；").join(t.records)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(style.WARNING_LIGHT))
            tw = min(T.width(text, SMALL_BOLD, u) + 8 * u, rect.right() - rx)
            p.drawRoundedRect(QRectF(rx, mid - 8 * u, tw, 16 * u), 3 * u, 3 * u)
            draw(p, rx + 4 * u, mid - T.line_height(SMALL_BOLD, u) / 2, T.elide(text, SMALL_BOLD, tw - 8 * u, u),
                  SMALL_BOLD, u, style.WARNING)
            if hits is not None:
                hits.append((QRectF(rx, mid - 8 * u, tw, 16 * u), "entity", t.id,
                             f"<b>{escape(t.name)}</b><br>{escape(text)}"))
    p.restore()


