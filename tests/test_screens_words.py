"""No internal words on screen (issue 20.8): source ids and file names never reach a detail pane."""

import re

from PySide6.QtGui import QTextDocument

INTERNAL = re.compile(r"(?<![A-Za-z0-9])a[0-9](?![0-9A-Za-z])|[A-Za-z0-9_-]+\.(?:txt|toml|md|csv)\b")


def test_no_detail_pane_shows_an_internal_id(catalogue):
    from desktopapp.catalogue import Filters
    from desktopapp.gui import detailhtml
    from desktopapp.gui.mainwindow import KINDS

    names = detailhtml.source_names(catalogue.sources())
    found = []
    count = 0
    for kind in KINDS:
        for entity_id in catalogue.ids(Filters(kind=kind)):
            doc = QTextDocument()
            doc.setHtml(detailhtml.render(catalogue.details(entity_id), catalogue.scope_label, names).html)
            text = doc.toPlainText()
            count += 1
            found += [(catalogue.row(entity_id)["name"], m.group(0)) for m in INTERNAL.finditer(text)]
    assert count > 300 and not found, found[:10]


def test_notes_name_sources_by_date_and_title():
    from desktopapp.gui.detailhtml import public_text

    names = {"a1": "2023-10《蓄势腾飞》", "a1.txt": "2023-10《蓄势腾飞》"}
    assert public_text("a1称2023年10月迎来投产一周年；见chains.toml", names) == \
        "2023-10《蓄势腾飞》称2023年10月迎来投产一周年；见目录资料"
    assert public_text("data1 and a12 stay", names) == "data1 and a12 stay"


def test_the_article_viewer_joins_lines_broken_inside_a_paragraph():
    from desktopapp.gui.articledialog import reading_text

    clipped = "标题\n\n园区引进的传感器产业链代表企业，中科光智自签约落户到正式\n投产，不过短短90天。\n\n下一段。"
    assert reading_text(clipped) == "标题\n\n园区引进的传感器产业链代表企业，中科光智自签约落户到正式投产，不过短短90天。\n\n下一段。"
