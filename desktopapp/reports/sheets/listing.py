"""The compact list (名录) of a brochure: entities without published figures, one row each (name, chain,
stage, one line of description with its sources) instead of a near-empty page per entity."""

from __future__ import annotations

import re

from desktopapp import style
from desktopapp.catalogue.details import Details
from desktopapp.i18n import translate
from desktopapp.labels import kind_label
from desktopapp.reports import text as T
from desktopapp.reports.clean import for_print
from desktopapp.reports.flow import Column
from desktopapp.reports.notes import Notes
from desktopapp.reports.sheets.common import Context, Sheet, close, current_facts, fact_value, start

def columns(stage_width: float = 0.55) -> tuple[Column, ...]:
    """The list's columns, translated when the list is laid out (in the handout's language)."""
    return (
        Column(translate("Reports", "名称"), 1.7, T.TextStyle(style.SIZE_SMALL, True), max_lines=8),
        Column(translate("Reports", "产业链"), 1.3, T.SMALL, max_lines=8),
        Column(translate("Reports", "阶段"), stage_width, T.SMALL, max_lines=3),
        Column(translate("Reports", "简介"), 3.2, T.TextStyle(style.SIZE_SMALL), max_lines=20),  # never cut
        Column(translate("Reports", "来源"), 0.55, T.SMALL, max_lines=4),
    )


THIN_FACTS = 3


def listed(d: Details) -> bool:
    """Whether an entity goes on the compact list rather than a near-empty sheet of its own: it has no
    figures (no fact with a number, at most THIN_FACTS facts, which the list row then states) and no dated
    stage to draw a timeline of."""
    facts = current_facts(d)
    if any(f.num is not None for f in facts) or len(facts) > THIN_FACTS:
        return False
    return not any(s.date for s in d.stages)


def first_sentence(text: str | None) -> str:
    """The first sentence of the printable description (whole: never cut mid-way)."""
    clean = for_print(text)
    m = re.match(r"[^。！？!?]*[。！？!?]", clean)
    return (m.group(0) if m else clean).strip()


def title_of(kind: str, n: int) -> str:
    return translate("Reports", "{kind}名录（{n}）").format(kind=kind_label(kind), n=n)


def layout_list(ctx: Context, kind: str, details: list[Details]) -> Sheet:
    notes = Notes((), ctx.language)
    rows = []
    lang = ctx.language
    for d in details:
        e = d.entity
        chains = (e.get("chains") or "").replace("·", " → ")
        facts = current_facts(d)
        line = first_sentence(e.get("summary"))
        if facts:
            line = "；".join(p for p in [line.rstrip("。"), *(f"{f.field}：{fact_value(f)}" for f in facts)] if p)
            line += "。"
        stage = e.get("stage") or e.get("status") or ""
        name = d.name
        if not lang.zh:  # names, chains and stage in English too; the line in English on an English sheet
            raw = e.get("chains") or ""
            english_chains = lang.english.chains(raw).replace(" · ", " → ") if raw else ""
            chains = lang.pair(chains, english_chains, "\n") if chains else chains
            stage = lang.term("stage" if e.get("stage") else "status", stage, "\n") if stage else stage
            name = lang.name(e["id"], d.name, "\n")
            if lang.lang == "en":
                summary = lang.english.summaries.get(e["id"])
                first = re.match(r".*?[.;](?=\s|$)", summary or "")
                line = "; ".join(p for p in [(first.group(0) if first else summary or "").rstrip(".;"),
                                             *(f"{lang.term('field', f.field)}: {fact_value(f, lang)}"
                                               for f in facts)] if p)
                line = f"{line}." if line else ""
        rows.append([name, chains, stage, line,
                     notes.ref(list(d.mentions) + [c for f in facts for c in f.citations])])
    title = title_of(kind, len(details))
    sheet, flow = start(ctx, f"list:{kind}", title, f"list:{kind}", notes)
    flow.lines([title], T.TextStyle(style.SIZE_H1, True))
    flow.paragraph(translate("Reports", "以下{kind}暂无公开的经营数据，列出名称、产业链、阶段与简介（含报道所述要点）；"
                                        "园区更新资料后将以单页资料列出。").format(kind=kind_label(kind)), T.SMALL)
    flow.table(columns(0.55 if lang.zh else 0.9), rows)
    close(flow, notes)
    return sheet
