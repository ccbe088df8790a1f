"""The detail pane's content: one entity's Details as escaped HTML for QTextBrowser (Qt's rich-text subset).

Every text from the catalogue is escaped; links use the app's own schemes only: `entity:ID` (navigate),
`cite:N` (the N-th citation of this page: hover shows the quote, click opens the article), `copy:N`
(copy a figure with its citation), `source:ID` (open an article).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from desktopapp import style
from desktopapp.catalogue.details import Citation, Details
from desktopapp.catalogue.publictext import public_text, source_names
from desktopapp.catalogue.schema import ENTRY_PREFIX
from desktopapp import i18n
from desktopapp.i18n import translate
from desktopapp.labels import kind_label, relation_label, value_label


@dataclass
class Page:
    html: str
    citations: list[Citation] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)  # plain text for copy:N links


SUMMARY_LIMIT = 20_000  # characters of a summary shown (a hostile 20 MB summary froze the window)


def capped(text, limit: int = SUMMARY_LIMIT) -> str:
    text = str(text)
    if len(text) <= limit:
        return text
    return text[:limit] + translate("DetailPane", "……（全文共 %1 字，此处只显示前 %2 字）").replace(
        "%1", f"{len(text):,}").replace("%2", f"{limit:,}")


def _e(text) -> str:
    return escape(str(text), quote=True) if text is not None else ""


class _Builder:
    def __init__(self, scope_label, source_names: dict[str, str] | None = None):
        self.source_names = source_names or {}
        self.citations: list[Citation] = []
        self.copies: list[str] = []
        self.parts: list[str] = []
        self.scope_label = scope_label
        self.term = lambda field, value: value  # vocabulary values in English (render's `english`)
        self.name = lambda entity_id, name: name  # other entities' names, likewise
        self.chain = lambda name: name  # chain and segment names, likewise
        self.value = lambda value, unit=None: None  # a fact's value in English, None: it stays Chinese
        self.note_text = lambda note: note  # an editors' note on a link, fact or stage: in English when shown so
        self.english = False  # English content: English list punctuation (", ", " (…)")

    def joined(self, items) -> str:
        return i18n.joined(items, self.english)

    def note(self, html: str) -> str:
        """An escaped note after a name: "（链主）" / " (Chain leader)"."""
        return i18n.parenthesised(html, self.english)

    def fact_value(self, value: str | None, unit: str | None = None) -> tuple[str, str]:
        """A fact's value as escaped HTML, and what goes beneath it: its English in bold with the Chinese
        as stated beneath (muted), or the Chinese alone when there is no English or it reads the same."""
        english = self.value(value, unit) if value else None
        if not english or english == value:
            return f"<b>{_e(value)}</b>", ""
        return (f"<b>{_e(english)}</b>",
                f'<br><span style="color:{style.TEXT_MUTED};font-size:small;">{_e(value)}</span>')

    def period(self, text: str | None) -> str:
        return (self.value(text) or text) if text else ""

    def cite(self, citations: list[Citation] | Citation | None) -> str:
        if citations is None:
            return ""
        if isinstance(citations, Citation):
            citations = [citations]
        marks = []
        for c in citations:
            if c in self.citations:
                n = self.citations.index(c) + 1
            else:
                self.citations.append(c)
                n = len(self.citations)
            marks.append(f'<a href="cite:{n}" style="color:{style.ACCENT};text-decoration:none;">'
                         f'<sup>[{n}]</sup></a>')
        return "".join(marks)

    def copy_link(self, text: str) -> str:
        self.copies.append(text)
        return (f' <a href="copy:{len(self.copies)}" style="color:{style.TEXT_MUTED};text-decoration:none;'
                f'font-size:small;">{_e(translate("DetailPane", "复制"))}</a>')

    def add(self, html: str) -> None:
        self.parts.append(html)

    def heading(self, text: str) -> None:
        self.add(f'<h3 style="color:{style.TEXT};margin-top:14px;margin-bottom:4px;font-size:{style.SIZE_H2}pt;">'
                 f'{_e(text)}</h3>')


def _chip(text: str, colour: str, background: str | None = None) -> str:
    bg = background or "#ffffff"
    return (f'<span style="color:{colour};background-color:{bg};">&nbsp;{_e(text)}&nbsp;</span>')


def _cite_text(c: Citation) -> str:
    if c.source_id.startswith(ENTRY_PREFIX):  # an officer's entry, not a report: no quotation marks
        return f"{c.source_title}：{c.quote}"
    return f"{c.source_date}《{c.source_title}》：“{c.quote}”"


def render(details: Details, scope_label=lambda s: s or "", sources: dict[str, str] | None = None,
           populated: dict[int, bool] | None = None, english=None) -> Page:
    """The detail pane's HTML for one entity. `sources`: source id → name shown (see source_names); the
    entity's own sources are always known. `populated`: for a chain, which sub-chains have park members
    somewhere below them (see populated_children). With `english` (a catalogue.english.Localiser), the name,
    stage, category, status, tier, scope and tags are shown in English where the catalogue has them, the
    Chinese name beneath the English one, marked as an editors' translation."""
    names = source_names(details.sources)
    names.update(sources or {})
    b = _Builder(scope_label, names)
    b.populated = populated
    e = details.entity
    term = b.term = english.term if english else (lambda field, value: value)
    if english:
        b.english = True
        b.name = english.name
        b.chain = lambda name: english.chain_names.get(name, name)
        b.value = english.fact_value
        b.note_text = english.note
    if english:
        scope_label = b.scope_label = lambda s, chinese=scope_label: english.terms.get(("scope", s)) or chinese(s)
    kind = e["kind"]
    colour = style.KIND_COLOURS.get(kind, style.ACCENT)
    b.add(f'<p style="margin:0;color:{colour};font-size:{style.SIZE_SMALL}pt;">{_e(kind_label(kind))}'
          + (f" · {_e(scope_label(e['scope']))}" if e.get("scope") else "") + "</p>")
    shown = english.name(e.get("id"), e["name"]) if english else e["name"]
    b.add(f'<h1 style="margin-top:2px;margin-bottom:2px;font-size:{style.SIZE_H1}pt;color:{style.TEXT};">'
          f'{_e(shown)}{b.cite(details.mentions[:1])}</h1>')
    if shown != e["name"]:
        note = translate("DetailPane", "英文为编者译名")
        b.add(f'<p style="margin:0;color:{style.TEXT_MUTED};">{_e(e["name"])} · <i>{_e(note)}</i></p>')
    aliases = [a for a in details.aliases if a.alias != e["name"]]
    if aliases:
        items = b.joined(f"{_e(a.alias)}{b.cite(a.citation)}" for a in aliases)
        b.add(f'<p style="margin:0;color:{style.TEXT_MUTED};">{_e(translate("DetailPane", "又称"))}{i18n.colon(b.english)}{items}</p>')

    chips = []
    if e.get("stage"):
        chips.append(_chip(term("stage", e["stage"]), "#ffffff", style.stage_colour(e["stage"])))
    for key in ("category", "status", "tier"):
        if e.get(key):
            chips.append(_chip(term(key, e[key]), style.TEXT, style.SURFACE_ALT))
    if kind == "chain" and e.get("level"):
        chips.append(_chip(value_label("level", e["level"]), style.TEXT, style.SURFACE_ALT))
    if chips:
        b.add('<p style="margin-top:6px;">' + " ".join(chips) + "</p>")
    if details.tags:
        tags = " ".join(_chip(term("tag", t.tag), style.ACCENT_DARK, style.ACCENT_LIGHT) + b.cite(t.citations)
                        for t in details.tags)
        b.add(f'<p style="margin-top:4px;line-height:150%;">{tags}</p>')

    if kind == "chain":
        _chain_position(b, details)
    if kind == "figure":
        _figure_block(b, details)
    summary = english.summaries.get(e.get("id")) if english else None
    if summary:
        note = translate("DetailPane", "编者译文")
        b.add(f'<p style="margin-top:8px;color:{style.TEXT};line-height:140%;">{_e(capped(summary))} '
              f'<i style="color:{style.TEXT_MUTED};">({_e(note)})</i></p>')
    elif e.get("summary"):
        b.add(f'<p style="margin-top:8px;color:{style.TEXT};line-height:140%;">{_e(capped(e["summary"]))}</p>')

    chain_links = details.chain_links()
    if chain_links:
        b.heading(translate("DetailPane", "产业链位置"))
        rows = []
        for l in chain_links:
            path = " → ".join(b.chain(p) for p in l.path)
            role = b.note(_e(term('role', l.role))) if l.role else ""
            basis = ""
            if l.basis == "inferred":
                basis = (f' <span style="color:{style.WARNING};">{_e(translate("DetailPane", "推断"))}</span>'
                         + (f'<span style="color:{style.TEXT_MUTED};font-size:small;">{i18n.colon(b.english)}{_e(public_text(b.note_text(l.note), b.source_names))}</span>'
                            if l.note else ""))
            rows.append(f'<li><a href="entity:{l.other_id}" style="color:{style.ACCENT};">{_e(path)}</a>'
                        f'{role}{basis}{b.cite(l.citations)}</li>')
        b.add("<ul style='margin-top:0;'>" + "".join(rows) + "</ul>")

    if details.stages:
        _stage_block(b, details)
    facts = [f for f in details.facts if not (kind == "figure" and f.field == "value")]
    if facts:
        _facts_block(b, facts, e["name"])
    if kind == "chain":
        _chain_block(b, details)
    _links_block(b, details)
    if details.neighbours:
        b.heading(translate("DetailPane", "同链企业与项目"))
        items = b.joined(f'<a href="entity:{n["id"]}" style="color:{style.ACCENT};">{_e(b.name(n["id"], n["name"]))}</a>'
                         for n in details.neighbours[:40])
        b.add(f"<p>{items}</p>")
    _sources_block(b, details)
    if details.history:
        _history_block(b, details)
    body = "".join(b.parts)
    html = (f'<html><body style="color:{style.TEXT};font-size:{style.SIZE_BODY}pt;">{body}</body></html>')
    return Page(html, b.citations, b.copies)


def _history_block(b: _Builder, details: Details) -> None:
    """修改记录: the edits officers made in the app, newest first (time, user, what: old → new)."""
    b.heading(translate("DetailPane", "修改记录"))
    none = translate("DetailPane", "（无）")
    rows = [f'<tr><td style="padding:2px 8px 2px 0;color:{style.TEXT_MUTED};white-space:nowrap;font-size:small;">'
            f'{_e(c.created)}<br>{_e(c.user)}</td><td style="padding:2px 0;">{_e(c.what)}：'
            f'<span style="color:{style.TEXT_MUTED};">{_e(capped(c.old) or none)}</span> → {_e(capped(c.new) or none)}</td></tr>'
            for c in details.history]
    b.add('<table cellspacing="0" style="margin-top:2px;">' + "".join(rows) + "</table>")


def _chain_position(b: _Builder, details: Details) -> None:
    """Where a chain or segment sits, and — when the park has no enterprise or project on it — say so
    (a gap segment is a 补链 target), instead of leaving an empty page."""
    e = details.entity
    path = " → ".join(b.chain(p) for p in (e.get("chains") or "").split(" → ") if p)  # English where known
    segment = e.get("level") == "segment"
    if path:
        parent = path.split(" → ")[-1]
        text = (translate("DetailPane", "“%1”产业链的一个环节").replace("%1", parent) if segment
                else translate("DetailPane", "属于：%1").replace("%1", path))
        b.add(f'<p style="margin-top:4px;color:{style.TEXT_MUTED};">{_e(text)}'
              + (f'<br>{_e(translate("DetailPane", "完整位置"))}{i18n.colon(b.english)}{_e(path)}' if segment else "") + "</p>")
    if details.members:
        return
    if segment:
        note = translate("DetailPane", "园区暂无企业或项目 · 待补链（招商方向）。下方“来源”为报道中提到此环节的原文。")
    else:
        note = translate("DetailPane", "来源报道未提到园区在此产业链上的企业或项目。")
    colour = style.GAP if segment else style.TEXT_MUTED
    b.add(f'<p style="margin-top:6px;color:{colour};"><b>{_e(note)}</b></p>')


def _figure_block(b: _Builder, details: Details) -> None:
    e = details.entity
    value = next((f for f in details.facts if f.field == "value"), None)
    if value is None:
        return
    text = value.value
    english = b.value(text, value.unit) if text else None
    basis = value_label("basis", value.basis) if value.basis != "actual" else ""
    b.add(f'<p style="margin-top:10px;"><span style="font-size:{style.SIZE_TITLE}pt;color:{style.ACCENT_DARK};'
          f'font-weight:bold;">{_e(english or text)}</span>{b.cite(value.citations)}'
          + (f'&nbsp;&nbsp;<span style="color:{style.WARNING};">{_e(basis)}</span>' if basis else "")
          + b.copy_link(_figure_copy(e["name"], value)) + "</p>")
    if english and english != text:  # the Chinese as stated, beneath its English
        b.add(f'<p style="margin:0;color:{style.TEXT_MUTED};">{_e(text)}</p>')
    meta = []
    colon = i18n.colon(b.english)
    if value.period:
        meta.append(f"{_e(translate('DetailPane', '时期'))}{colon}{_e(b.period(value.period))}")
    meta.append(f"{_e(translate('DetailPane', '截至'))}{colon}{_e(value.as_of)}")
    if e.get("metric"):
        meta.append(f"{_e(translate('DetailPane', '指标'))}{colon}{_e(b.term('metric', e['metric']))}")
    b.add(f'<p style="margin:0;color:{style.TEXT_MUTED};">' + (" · " if b.english else "　").join(meta) + "</p>")
    if value.note:
        b.add(f'<p style="color:{style.TEXT_MUTED};font-size:small;">{_e(translate("DetailPane", "注"))}{colon}{_e(public_text(b.note_text(value.note), b.source_names))}</p>')


def _figure_copy(subject: str, f) -> str:
    value = f.value
    period = f"（{f.period}）" if f.period else ""
    label = subject if f.field == "value" else f"{subject} {f.field}"
    return f"{label}：{value}{period}\n" + translate("DetailPane", "来源") + "：" + _cite_text(f.citation)


def _stage_block(b: _Builder, details: Details) -> None:
    b.heading(translate("DetailPane", "进展"))
    stages = sorted(details.stages, key=lambda s: (s.date is None, s.date or ""))
    cells = []
    for s in stages:
        colour = style.stage_colour(s.stage)
        date = _e(s.date) if s.date else _e(translate("DetailPane", "日期未披露"))
        if s.date and s.date_inferred:
            date += f'<span style="color:{style.WARNING};">{b.note(_e(translate("DetailPane", "推算")))}</span>'
        note = f'<br><span style="color:{style.TEXT_MUTED};font-size:small;">{_e(public_text(b.note_text(s.note), b.source_names))}</span>' if s.note else ""
        cells.append(f'<tr><td style="padding:2px 8px 2px 0;color:{style.TEXT_MUTED};white-space:nowrap;">'
                     f'{date}</td><td style="padding:2px 0;"><span style="color:{colour};font-weight:bold;">'
                     f'● {_e(b.term("stage", s.stage))}</span>{b.cite(s.citations)}{note}</td></tr>')
    b.add('<table cellspacing="0" style="margin-top:2px;">' + "".join(cells) + "</table>")


def _facts_block(b: _Builder, facts, subject: str) -> None:
    b.heading(translate("DetailPane", "关键数据"))
    rows = []
    as_of_label = translate("DetailPane", "截至")
    for f in facts:
        extra = []
        if f.period:
            extra.append(_e(b.period(f.period)))
        basis = value_label("basis", f.basis) if f.basis != "actual" else ""
        if basis:
            extra.append(f'<span style="color:{style.WARNING};">{_e(basis)}</span>')
        conflict = ""
        if f.conflict:
            conflict = (f'<br><span style="color:{style.WARNING};font-size:small;">⚠ '
                        + _e(translate("DetailPane", "各来源说法不一，此为当前值") if f.current else translate("DetailPane", "较早来源的说法，已有更新值"))
                        + "</span>")
        elif not f.current:  # an earlier value an update replaced: kept as history
            conflict = (f'<br><span style="color:{style.TEXT_MUTED};font-size:small;">'
                        + _e(translate("DetailPane", "较早的值，已有更新值")) + "</span>")
        note = f'<br><span style="color:{style.TEXT_MUTED};font-size:small;">{_e(public_text(b.note_text(f.note), b.source_names))}</span>' if f.note else ""
        shown, chinese = b.fact_value(f.value, f.unit)
        rows.append(
            f'<tr><td style="padding:3px 10px 3px 0;color:{style.TEXT_MUTED};">{_e(b.term("field", f.field))}</td>'
            f'<td style="padding:3px 10px 3px 0;">{shown}{b.cite(f.citations)}'
            + (" · " + " · ".join(extra) if extra else "") + f"{chinese}{conflict}{note}</td>"
            f'<td style="padding:3px 0;color:{style.TEXT_MUTED};font-size:small;white-space:nowrap;">'
            f'{_e(as_of_label)} {_e(f.as_of)}{b.copy_link(_figure_copy(subject, f))}</td></tr>')
    b.add('<table cellspacing="0" width="100%">' + "".join(rows) + "</table>")


def _chain_block(b: _Builder, details: Details) -> None:
    if details.children:
        b.heading(translate("DetailPane", "下级产业链与环节"))
        by_chain: dict[int, list[dict]] = {}
        for m in details.members:
            by_chain.setdefault(m["chain_id"], []).append(m)
        rows = []
        known = {details.entity["id"], *(c["id"] for c in details.children)}
        deeper = any(m["chain_id"] not in known for m in details.members)  # members further down
        populated = getattr(b, "populated", None) or {}
        for child in details.children:
            members = by_chain.get(child["id"], [])
            if members:
                names = b.joined(
                    f'<a href="entity:{m["id"]}" style="color:{style.ACCENT};">{_e(b.name(m["id"], m["name"]))}</a>'
                    + (b.note(_e(b.term("role", m["role"]))) if m.get("role") else "") for m in members)
            elif child.get("level") == "segment":
                names = f'<span style="color:{style.GAP};">{_e(translate("DetailPane", "暂无园区企业 · 待补链"))}</span>'
            elif populated.get(child["id"], deeper and child["id"] not in populated):
                names = f'<span style="color:{style.TEXT_MUTED};">{_e(translate("DetailPane", "见下级"))}</span>'
            else:
                names = f'<span style="color:{style.TEXT_MUTED};">{_e(translate("DetailPane", "暂无园区企业"))}</span>'
            rows.append(f'<tr><td style="padding:3px 10px 3px 0;white-space:nowrap;">'
                        f'<a href="entity:{child["id"]}" style="color:{style.TEXT};"><b>{_e(b.name(child["id"], child["name"]))}</b></a>'
                        f'</td><td style="padding:3px 0;">{names}</td></tr>')
        b.add('<table cellspacing="0">' + "".join(rows) + "</table>")
    direct = [m for m in details.members if m["chain_id"] == details.entity["id"]]
    if direct:
        b.heading(translate("DetailPane", "链上主体"))
        b.add("<p>" + b.joined(
            f'<a href="entity:{m["id"]}" style="color:{style.ACCENT};">{_e(b.name(m["id"], m["name"]))}</a>'
            + (b.note(_e(b.term("role", m["role"]))) if m.get("role") else "") for m in direct) + "</p>")


def _links_block(b: _Builder, details: Details) -> None:
    groups: dict[str, list[str]] = {}
    for l in details.links:
        if l.relation == "chain":
            continue
        label = relation_label(l.relation, l.outgoing)
        role = b.note(_e(b.term("role", l.role))) if l.role else ""
        basis = f'<span style="color:{style.WARNING};">{b.note(_e(translate("DetailPane", "推断")))}</span>' if l.basis == "inferred" else ""
        groups.setdefault(label, []).append(
            f'<a href="entity:{l.other_id}" style="color:{style.ACCENT};">{_e(b.name(l.other_id, l.other_name))}</a>'
            f'<span style="color:{style.TEXT_MUTED};font-size:small;"> {_e(kind_label(l.other_kind))}</span>'
            f'{role}{basis}{b.cite(l.citations)}')
    if not groups:
        return
    b.heading(translate("DetailPane", "关联"))
    rows = "".join(
        f'<tr><td style="padding:3px 10px 3px 0;color:{style.TEXT_MUTED};white-space:nowrap;">{_e(label)}</td>'
        f'<td style="padding:3px 0;">{b.joined(items)}</td></tr>' for label, items in groups.items())
    b.add('<table cellspacing="0">' + rows + "</table>")


def _sources_block(b: _Builder, details: Details) -> None:
    if not b.citations and not details.sources:
        return
    b.heading(translate("DetailPane", "来源"))
    rows = []
    for n, c in enumerate(b.citations, 1):
        joined = f'<span style="color:{style.TEXT_MUTED};">{b.note(_e(translate("DetailPane", "原文跨行，已连接")))}</span>' if c.joined else ""
        rows.append(f'<tr><td style="padding:2px 6px 2px 0;color:{style.ACCENT};vertical-align:top;">[{n}]</td>'
                    f'<td style="padding:2px 0;color:{style.TEXT_MUTED};font-size:small;">'
                    f'<a href="source:{_e(c.source_id)}#{c.id}" style="color:{style.TEXT_MUTED};">'
                    + (f'{_e(c.source_title)}</a>：{_e(c.quote)}</td></tr>' if c.source_id.startswith(ENTRY_PREFIX) else
                       f'{_e(c.source_date)}《{_e(c.source_title)}》</a>：“{_e(c.quote)}”{joined}</td></tr>'))
    b.add('<table cellspacing="0">' + "".join(rows) + "</table>")


def plain_summary(details: Details, scope_label=lambda s: s or "") -> str:
    """The entity as plain text, for the clipboard."""
    e = details.entity
    lines = [f"{e['name']}（{kind_label(e['kind'])}）"]
    if details.aliases:
        lines.append(translate("DetailPane", "又称") + i18n.colon() + i18n.joined(a.alias for a in details.aliases if a.alias != e["name"]))
    for label, key in ((translate("DetailPane", "范围"), "scope"), (translate("DetailPane", "阶段"), "stage"), (translate("DetailPane", "类别"), "category"), (translate("DetailPane", "状态"), "status")):
        if e.get(key):
            lines.append(f"{label}：{scope_label(e[key]) if key == 'scope' else e[key]}")
    if e.get("summary"):
        lines.append(e["summary"])
    for l in details.chain_links():
        lines.append(translate("DetailPane", "产业链") + "：" + " → ".join(l.path) + (f"（{l.role}）" if l.role else ""))
    for f in details.facts:
        value = f.value
        lines.append(f"{f.field if f.field != 'value' else translate('DetailPane', '数值')}：{value}"
                     + (f"（{f.period}）" if f.period else "") + f"〔{f.citation.source_date}《{f.citation.source_title}》〕")
    if details.sources:
        lines.append(translate("DetailPane", "来源") + "：" + "；".join(f"{s['date']}《{s['title']}》" for s in details.sources))
    return "\n".join(lines)


def populated_children(catalogue, details: Details) -> dict[int, bool]:
    """For a chain: whether each sub-chain without members of its own has park members further down."""
    if details.kind != "chain" or not details.children:
        return {}
    direct = {m["chain_id"] for m in details.members}
    out = {}
    for child in details.children:
        if child["id"] in direct or child.get("level") == "segment":
            continue
        below = catalogue.details(child["id"])
        out[child["id"]] = bool(below and below.members)
    return out
