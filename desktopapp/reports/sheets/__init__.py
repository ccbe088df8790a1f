"""One sheet per kind (enterprise, chain, facility, park), laid out into pages; `render_sheet` writes one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktopapp.i18n import translate
from desktopapp.reports.language import Language, labels_in
from desktopapp.reports.document import Paper, check_target, geometry, write_pdf
from desktopapp.reports.outline import Metadata
from desktopapp.reports.qtapp import ensure_app
from desktopapp.reports.sheets.chain import layout_chain
from desktopapp.reports.sheets.common import Context, Sheet, doc_info
from desktopapp.reports.sheets.enterprise import layout_enterprise
from desktopapp.reports.sheets.facility import layout_facility
from desktopapp.reports.sheets.park import layout_park

SHEET_KINDS = ("enterprise", "chain", "facility", "park")


def layout_sheet(ctx: Context, entity_id: int | None, d=None) -> Sheet:
    """The sheet of an entity (by its kind; projects and organisations use the enterprise layout), or of the
    park when `entity_id` is None. `d`: the entity's details when already loaded."""
    if entity_id is None:
        return layout_park(ctx)
    d = d or ctx.cat.details(entity_id)
    if d is None:
        raise KeyError(entity_id)
    if d.kind == "chain":
        return layout_chain(ctx, d)
    if d.kind == "facility":
        return layout_facility(ctx, d)
    if d.kind == "enterprise":
        return layout_enterprise(ctx, d)
    labels = {"project": translate("Reports", "项目名片"), "organisation": translate("Reports", "机构名片"),
              "figure": translate("Reports", "园区数据")}
    return layout_enterprise(ctx, d, labels.get(d.kind))


def render_sheet(cat, path: str | Path, entity_id: int | None = None, paper: Paper | str = Paper.A4,
                 generated: date | str | None = None, all_figures: bool = False, lang: str | None = None) -> int:
    """Write the sheet of `entity_id` (None: the park) to `path`; return the page count. The park sheet
    shows investor figures only, unless `all_figures`. `lang`: zh, en or both (bilingual); None: the interface's language."""
    ensure_app()
    language = Language(cat, lang)
    check_target(path)  # before the layout: a wrong folder fails at once (in the interface's language)
    with labels_in(language.lang):  # the sheet's own labels, painted footers too, in the sheet's language
        ctx = Context(cat, geometry(paper), doc_info(cat, generated), all_figures, language=language)
        sheet = layout_sheet(ctx, entity_id)
        park = cat.meta.get("park") or cat.name
        subject = translate("Reports", "{park}招商资料").format(park=park)
        from desktopapp.catalogue import publisher

        write_pdf(path, sheet.pages, ctx.geo, Metadata(sheet.title, author=publisher.read(cat).office,
                                                       subject=subject, language=PDF_LANGUAGE[language.lang]))
    return len(sheet.pages)


PDF_LANGUAGE = {"zh": "zh-CN", "en": "en", "both": "zh-CN"}
