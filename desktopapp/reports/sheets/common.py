"""What every sheet shares: its context (catalogue, page geometry, footer info), the header block and
the small formatting helpers for figures, stages and links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktopapp import i18n, style
from desktopapp.catalogue.details import Details, Fact, Link
from desktopapp.catalogue.english import fact_english
from desktopapp.i18n import translate
from desktopapp.labels import value_label
from desktopapp.reports import text as T
from desktopapp.reports.clean import for_print, inferred
from desktopapp.reports.document import DocInfo, Footer, Geometry
from desktopapp.reports.flow import Chip, Column, Flow
from desktopapp.reports.language import Language
from desktopapp.reports.marks import add_image, image_size
from desktopapp.reports.notes import Notes
from desktopapp.reports.page import Page
from desktopapp.reports.timeline import Step

U = T.UNIT
def not_stated() -> str:
    """Shown where a source states no value or date (translated when drawn, not at import)."""
    return translate("Reports", "未披露")



@dataclass
class Context:
    cat: object  # Catalogue
    geo: Geometry
    info: DocInfo
    all_figures: bool = False  # also the park's internal figures (廉政, 党建 …), not only investor ones
    cache: dict = field(default_factory=dict)  # what several sheets of a brochure look up (chains' members)
    language: Language | None = None  # the handout's language (zh, en, both); the interface's when not given

    def __post_init__(self):
        if self.language is None:  # the interface's language
            self.language = Language(self.cat, None)
        if self.language.lang == "en":  # the footer: the park's English name, the date in English
            from dataclasses import replace

            self.info = replace(self.info, catalogue=self.park or self.info.catalogue,
                                generated=self.language.date(self.info.generated))

    def scope(self, scope: str | None) -> str:
        """A scope's label (科学城北碚园区 …) in the sheet's language."""
        if not scope:
            return ""
        chinese = self.cat.scope_label(scope)
        english = self.language.english.term("scope", scope) if self.language.english else None
        return self.language.pair(chinese, english if english != scope else None)

    @property
    def label_width(self) -> float:
        """The label column of field rows: wider for English labels ("Role in the chain")."""
        return {"zh": 22, "en": 37, "both": 40}[self.language.lang] * T.MM

    @property
    def park(self) -> str:
        """The park's name in the sheet's language."""
        chinese = self.cat.meta.get("park", "")
        english = self.language.english.term("scope", "park") if self.language.english else None
        return self.language.pair(chinese, english if english != "park" else None, " · ") if chinese else chinese


def doc_info(cat, generated: date | str | None = None) -> DocInfo:
    from desktopapp.catalogue import publisher

    if generated is None:
        generated = date.today()
    return DocInfo(cat.name, cat.meta.get("edition", ""), str(generated), publisher.read(cat).line())


@dataclass
class Sheet:
    """A laid-out sheet: its pages, and what the brochure's contents and bookmarks need."""

    key: str
    kind: str
    title: str
    pages: list[Page] = field(default_factory=list)


def start(ctx: Context, kind: str, title: str, key: str, notes: Notes) -> tuple[Sheet, Flow]:
    sheet = Sheet(key, kind, title)
    footer = Footer(ctx.geo, ctx.info, notes.lines())
    return sheet, Flow(sheet.pages, ctx.geo, footer, running_head=title,
                       running_suffix=translate("Reports", "（续）"))


NOTE_STYLE = T.TextStyle(7.5, colour=style.TEXT_MUTED)


def close(flow: Flow, notes: Notes) -> None:
    """Print, at the end of the sheet, every source note its footer does not show (all of them when there
    are too many for a footer, or those cited only after the footer was made): every [n] has its note."""
    lines = notes.lines()[flow.footer.notes_shown:]
    if not lines:
        return
    lead = T.line_height(NOTE_STYLE)
    flow.heading(translate("Reports", "来源"), keep=3 * lead)
    if len(lines) <= 12:
        for line in lines:
            flow.paragraph(line, NOTE_STYLE, after=0.6 * U)
        return
    # Many notes: two balanced columns per page, a note never split between columns.
    gap = 6 * U
    col_w = (flow.width - gap) / 2
    items = [T.wrap(line, NOTE_STYLE, col_w) for line in lines]
    heights = [lead * len(w) + 0.6 * U for w in items]
    i = 0
    while i < len(items):
        room = flow.bottom - flow.y

        def fill(start: int) -> int:
            used, end = 0.0, start
            while end < len(items) and used + heights[end] <= room:
                used += heights[end]
                end += 1
            return end

        mid = fill(i)
        if mid == i:
            if flow.y > flow.page_top:
                flow.new_page()
                continue
            mid = i + 1  # taller than a page: printed anyway
        end = fill(mid)
        if end == len(items):  # the rest fits here: balance the two columns
            total = sum(heights[i:end])
            mid, acc = i, 0.0
            while mid < end and acc + heights[mid] / 2 < total / 2:
                acc += heights[mid]
                mid += 1
        top = flow.y
        bottoms = []
        for col, (lo, hi) in enumerate(((i, mid), (mid, end))):
            y = top
            for k in range(lo, hi):
                for piece in items[k]:
                    flow.page.text(flow.left + col * (col_w + gap), y + T.ascent(NOTE_STYLE), piece, NOTE_STYLE)
                    y += lead
                y += 0.6 * U
            bottoms.append(y)
        flow.y = max(bottoms)
        i = end
        if i < len(items):
            flow.new_page()


def header(flow: Flow, label: str, park: str, name: str, aliases: list[str] = (), subtitle: str = "",
           chips: list[Chip] = (), logo: bytes | None = None, second_name: str = "",
           translated: bool = False) -> None:
    """Kind label and park on a rule, the name (shrunk to fit two lines, else wrapped), its name in the other
    language (`second_name`: English under the Chinese on a bilingual sheet, the Chinese under the English on
    an English one), aliases, chips; the entity's logo, when one is attached, at the right of the name.
    `translated`: the sheet's English is the editors' translation, said once under the header."""
    lab = T.TextStyle(style.SIZE_SMALL, True, style.ACCENT)
    base = flow.y + T.ascent(lab)
    label = T.elide(label, lab, flow.width / 2)
    flow.page.text(flow.left, base, label, lab)
    park = T.elide(park, T.SMALL, flow.width - T.width(label, lab) - 8 * U)
    flow.page.text(flow.right - T.width(park, T.SMALL), base, park, T.SMALL)
    flow.y += T.line_height(lab) + 1 * U
    flow.page.rect(flow_rect(flow, 1.4 * U), fill=style.ACCENT)
    flow.y += 5 * U
    text_w = flow.width
    if logo and image_size(logo):
        from PySide6.QtCore import QRectF

        box = QRectF(flow.right - LOGO_W, flow.y, LOGO_W, LOGO_H)
        add_image(flow.page, box, logo)
        text_w -= LOGO_W + 4 * U
    size, lines = style.SIZE_TITLE, []
    while True:
        st = T.TextStyle(size, True)
        lines = T.wrap(name, st, text_w)
        if len(lines) <= 2 or size <= 14:
            break
        size -= 1
    flow.lines(lines, st)
    if second_name and second_name != name:
        st2 = T.TextStyle(style.SIZE_BODY + 2, True, style.TEXT_MUTED)
        flow.lines(T.wrap(second_name, st2, text_w, max_lines=2), st2)
    if aliases:
        intro = translate("Reports", "又称：")  # its colon tells the sheet's language: "：" only on a Chinese one
        text = intro + i18n.joined(aliases, not intro.endswith("："))
        flow.lines(T.wrap(text, T.SMALL, flow.width, max_lines=3), T.SMALL)
    if subtitle:
        flow.lines(T.wrap(subtitle, T.TextStyle(style.SIZE_BODY, colour=style.TEXT_MUTED), flow.width,
                          max_lines=4), T.TextStyle(style.SIZE_BODY, colour=style.TEXT_MUTED))
    if translated:
        note = translate("Reports", "英文为编者翻译；中文引文与来源为原文。")
        if note == "英文为编者翻译；中文引文与来源为原文。":  # bilingual: the sentence in both languages
            from desktopapp.reports.language import english_label

            note = f"{note} {english_label('Reports', note)}"
        st3 = T.TextStyle(7.5, colour=style.TEXT_MUTED)
        flow.lines(T.wrap(note, st3, flow.width, max_lines=2), st3)
    flow.y += 2 * U
    flow.chips(list(chips))
    flow.gap(1 * U)


def names_of(ctx: Context, chinese: str, entity_id: int | None) -> tuple[str, str]:
    """(title, second name) of an entity in the sheet's language: English over Chinese (en), Chinese over
    English (both), the Chinese alone (zh)."""
    lang = ctx.language
    english = lang.english_name(entity_id, chinese)
    if lang.lang == "en":
        return english, chinese
    if lang.lang == "both":
        return chinese, english
    return chinese, ""


def contents_title(title: str, second: str, lang: Language) -> str:
    """The title in contents, bookmarks and running heads: both names on a bilingual sheet."""
    return f"{title} {second}" if lang.lang == "both" and second and second != title else title


LOGO_W, LOGO_H = 30 * T.MM, 12 * T.MM
PHOTO_W, PHOTO_H = 80 * T.MM, 55 * T.MM


def add_photo(flow: Flow, data: bytes | None) -> None:
    """An attached photo, at most PHOTO_W × PHOTO_H, kept whole on one page."""
    size = image_size(data) if data else None
    if not size:
        return
    w, h = size
    scale = min(PHOTO_W / w, PHOTO_H / h)
    flow.gap(2 * U)
    flow.need(h * scale)
    from PySide6.QtCore import QRectF

    add_image(flow.page, QRectF(flow.left, flow.y, w * scale, h * scale), data)
    flow.y += h * scale + 3 * U


def flow_rect(flow: Flow, height: float):
    from PySide6.QtCore import QRectF

    return QRectF(flow.left, flow.y, flow.width, height)


def stage_chip(stage: str | None, lang: Language | None = None) -> list[Chip]:
    shown = lang.term("stage", stage) if lang else stage
    return [Chip(shown, style.stage_colour(stage), "#ffffff")] if stage else []


def tag_chips(tags, notes: Notes | None = None, lang: Language | None = None) -> list[Chip]:
    """Honours and tags, each with the marker of its sources."""
    out = []
    for t in tags:
        tag = lang.term("tag", t.tag) if lang else t.tag
        out.append(Chip(f"{tag} {notes.ref(t.citations)}".strip() if notes else tag, style.WARNING_LIGHT,
                        style.WARNING))
    return out


def profile(flow: Flow, summary: str | None, citations, notes: Notes, title: str | None = None,
            lang: Language | None = None, entity_id: int | None = None) -> None:
    """The description without editors' notes, with the marker of the articles that mention the entity; on
    an English sheet the editors' English summary (the Chinese when there is none), on a bilingual one both."""
    text = for_print(summary)
    if text and lang is not None and not lang.zh and entity_id is not None:
        text = lang.summary(entity_id, text)
    if not text:
        return
    flow.heading(title or translate("Reports", "简介"))
    ref = notes.ref(citations)
    flow.paragraph(f"{text} {ref}".strip())


def current_facts(d: Details) -> list[Fact]:
    """The facts a sheet shows: where sources disagree, only the current value."""
    return [f for f in d.facts if f.current or not f.conflict]


def figure_columns(english: bool = False) -> tuple[Column, ...]:
    """The figure table's columns; a wider indicator column for English labels ("Companies in incubation"),
    and more lines for a value in English (a worded value runs about three times its Chinese length; a
    bilingual cell holds both)."""
    return (
        Column(translate("Reports", "指标"), 1.7 if english else 1.3),
        Column(translate("Reports", "数值"), 2.2 if english else 2.6, T.TextStyle(style.SIZE_BODY, True),
               12 if english else 6),
        Column(translate("Reports", "时期"), 0.9, T.SMALL),
        Column(translate("Reports", "截至"), 0.9, T.SMALL),
        Column(translate("Reports", "来源"), 0.6, T.SMALL),
    )


_RELATIVE = re.compile(r"^(未来|今后|近|过去|前)\s*(\d+|[一二三四五六七八九十两]+)\s*(年|个月)")


def period_text(period: str | None, counted_from: str | None) -> str:
    """The period as stated; a relative one ("未来3年") with the year it counts from (the article's)."""
    period = period or ""
    year = (counted_from or "")[:4]
    m = _RELATIVE.match(period)
    if m and year.isdigit():
        if m.group(1) in ("未来", "今后"):
            return translate("Reports", "{period}（{year}年起）").format(period=period, year=year)
        return translate("Reports", "{period}（截至{year}年）").format(period=period, year=year)
    return period


def fact_value(f: Fact, lang: Language | None = None) -> str:
    """The value as stated, with the unit when the value does not already carry it, and its basis; on an
    English or bilingual sheet its English too: the editors' translation of a worded value, or a number
    phrase, date or period put into English (超5亿元 → over CNY 500 million); see english.fact_english."""
    value = f.value or not_stated()
    if f.unit and f.unit not in value:
        value = f"{value} {f.unit}"
    if lang is not None and not lang.zh and f.value:
        english = fact_english(f.value, f.unit, lang.english.terms if lang.english is not None else None)
        value = lang.pair(value, english or value, "\n")
    if f.basis and f.basis != "actual":
        value += translate("Reports", "（{basis}）").format(basis=value_label("basis", f.basis))
    if not f.current and not f.conflict and f.as_of:  # an earlier value an update replaced: history
        value = translate("Reports", "{year}：{value}（已更新）").format(year=f.as_of[:4], value=value)
    return value


def disagreeing(f: Fact, all_facts: list[Fact]) -> list[Fact]:
    """The other values of `f`'s conflict group (what other articles reported), oldest first."""
    if not f.conflict:
        return []
    others = [g for g in all_facts if g.conflict == f.conflict and g is not f]
    return sorted(others, key=lambda g: (g.as_of or (g.citations[0].source_date if g.citations else "")))


def value_with_others(f: Fact, all_facts: list[Fact], notes: Notes, lang: Language | None = None) -> str:
    """The current value, then "另有报道：20万方（2023-02）[1]" for every value other articles reported."""
    value = fact_value(f, lang)
    for g in disagreeing(f, all_facts):
        when = g.as_of or (g.citations[0].source_date if g.citations else "")
        if lang is not None:
            when = lang.date(when)
        other = fact_value(g, lang) + (translate("Reports", "（{when}）").format(when=when) if when else "")
        value += "\n" + translate("Reports", "另有报道：{value}").format(value=other) + notes.ref(g.citations)
    return value


def figure_rows(facts: list[Fact], notes: Notes, all_facts: list[Fact] | None = None,
                lang: Language | None = None) -> list[list[str]]:
    """One row per figure; the same value reported by several articles is one row citing them all, as of
    the latest report."""
    all_facts = facts if all_facts is None else all_facts
    merged: dict[tuple, list[Fact]] = {}
    for f in facts:
        merged.setdefault((f.field, fact_value(f), f.period or "", f.conflict), []).append(f)
    rows = []
    for group in merged.values():
        f = group[0]
        cites = [c for g in group for c in g.citations]
        as_of = max((g.as_of or "" for g in group), default="")
        ref = notes.ref(cites)  # numbered before the other reports' sources
        period = period_text(f.period, f.citations[0].source_date if f.citations else as_of)
        field_label = lang.term("field", f.field, "\n") if lang else f.field
        period = lang.period(period) if lang else period
        as_of = lang.date(as_of) if lang else as_of
        rows.append([field_label, value_with_others(f, all_facts, notes, lang), period, as_of or not_stated(), ref])
    return rows


def add_figures(flow: Flow, facts: list[Fact], notes: Notes, title: str | None = None,
                empty: str | None = None, all_facts: list[Fact] | None = None, lang: Language | None = None) -> None:
    if not facts and not empty:
        return
    flow.heading(title or translate("Reports", "关键数据"))
    if facts:
        rows = figure_rows(facts, notes, all_facts, lang)
        columns = figure_columns(lang is not None and not lang.zh)
        keep = [i for i, c in enumerate(columns) if i != 2 or any(r[2] for r in rows)]
        flow.table([columns[i] for i in keep], [[r[i] for i in keep] for r in rows])
    else:
        flow.paragraph(empty, T.SMALL)


def steps(d: Details, notes: Notes | None = None, lang: Language | None = None) -> list[Step]:
    """Stages in date order, each with the marker of its sources (an undated stage is dropped when the same
    stage also has a date, its sources kept). Editors' notes on stages are not printed; an inferred date
    carries the （推算） marker."""
    dated = {s.stage for s in d.stages if s.date}
    undated_sources: dict[str, list] = {}
    for s in d.stages:
        if not s.date and s.stage in dated:
            undated_sources.setdefault(s.stage, []).extend(s.citations)
    out = []
    for s in sorted(d.stages, key=lambda s: (s.date is None, s.date or "")):
        if not s.date and s.stage in dated:
            continue
        when = (lang.date(s.date) if lang else s.date) or translate("Reports", "日期未披露")
        if s.date and s.date_inferred:
            when += inferred()
        ref = notes.ref(list(s.citations) + undated_sources.get(s.stage, [])) if notes else ""
        out.append(Step(when, s.stage, ref, lang.term("stage", s.stage, "\n") if lang else ""))
    return out


def linked_names(links: list[Link], relation: str, outgoing: bool, kinds: tuple[str, ...] | None = None,
                 lang: Language | None = None):
    """Names of the linked entities, in the sheet's language (a bilingual sheet: "华虹仪表 (Huahong …)")."""
    names = []
    for l in links:
        if l.relation == relation and l.outgoing == outgoing and (kinds is None or l.other_kind in kinds):
            name = lang.name(l.other_id, l.other_name, " / ") if lang else l.other_name
            if name not in names:
                names.append(name)
    return names


def joined(names: list[str], limit: int = 40, lang: Language | None = None, total: int | None = None) -> str:
    """`names` joined, the first `limit` of them and then how many there are in all (`total`, when `names`
    holds only the first ones)."""
    between = lang.separator if lang is not None else i18n.list_separator(False)
    total = len(names) if total is None else total
    if total > limit:
        return between.join(names[:limit]) + translate("Reports", " 等 {n} 个").format(n=total)
    return between.join(names)
