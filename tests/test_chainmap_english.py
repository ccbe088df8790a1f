"""The chain map in English: cards wrap a long English name to two lines instead of cutting it, no two cards
of a bundled map read alike, and the English window's map tab shows the catalogue's English names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from desktopapp.catalogue.english import has_cjk, localiser
from desktopapp.reports import chainmap as CM

SHEET_WIDTH = 515.0  # points: an A4 sheet's flow, where the chain sheet draws its map


def english_map(cat, chain_id):
    model = CM.load_map(cat, chain_id)
    CM.localise_chain_map(model, localiser(cat))
    return model


def drawn_cards(model, width, unit=1.0):
    """(member, lines drawn on its card, card rect) of every card `paint_chain_map` draws `width` wide."""
    height = CM.chain_map_height(model, width, unit)
    image = QImage(int(width * 2), int(height * 2) + 2, QImage.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.scale(2, 2)
    hits = []
    CM.paint_chain_map(painter, QRectF(0, 0, width, height), model, unit, hits=hits)
    painter.end()
    out = []
    for rect, what, member in hits:
        if what != "member":
            continue
        row = next(r for r in model.rows if any(m is member for c in CM._columns(r) for m in c.members))
        lines = CM._name_lines(row, model.wrap_names, width, unit, 10)
        out.append((member, CM.card_text(member, rect.width(), lines, unit)[0], rect))
    return out


def test_a_long_english_name_wraps_to_a_second_line(qapp, catalogue):
    cid = catalogue.find("传感器及仪器仪表", "chain")[0]
    cards = {m.name: (lines, rect) for m, lines, rect in drawn_cards(english_map(catalogue, cid), SHEET_WIDTH)}
    lines, rect = cards["Huahong Instrument"]
    assert lines == ["Huahong Instrument ·", "leader"]  # was "Huahong Instru…" on one line
    assert rect.height() > CM._Metrics(1.0).chip_h
    assert cards["Zhongke Guangzhi Technology"][0] == ["Zhongke Guangzhi", "Technology · core"]  # no "(Chongqing)"
    chinese = CM.load_map(catalogue, cid)  # a Chinese map keeps one-line cards
    assert all(r.height() == pytest.approx(CM._Metrics(1.0).chip_h) for _m, _l, r in drawn_cards(chinese, SHEET_WIDTH))


def test_no_two_cards_of_a_bundled_map_read_alike(qapp, catalogue):
    from desktopapp.gui.chainmapview import layout_width

    chains = [r[0] for r in catalogue.conn.execute(
        "SELECT id FROM entities WHERE kind = 'chain' AND coalesce(level, '') != 'segment'")]
    total = cut = 0
    for cid in chains:
        for model in (english_map(catalogue, cid), CM.load_map(catalogue, cid)):
            english = model.wrap_names
            for width in (SHEET_WIDTH, layout_width(model)):
                read: dict[str, int] = {}
                for member, lines, _rect in drawn_cards(model, width):
                    text = " ".join(lines)
                    assert read.setdefault(text, member.id) == member.id, (model.name, width, text)
                    if english:
                        assert not has_cjk(text), text  # every member has an English name
                        total += 1
                        cut += text.endswith("…")
    assert total > 100 and cut <= total // 10, (cut, total)  # 4 of 120 at the sheet's width, 26 unwrapped


def test_the_english_window_map_tab_shows_english_names(window, qtbot):
    from desktopapp import i18n

    i18n.set_content_language("en")
    try:
        view = window.chain_map
        window.tabs.setCurrentWidget(view)
        view.ensure_loaded()
        view.set_catalogue(window.catalogue)  # the chain selector filled in English
        cid = window.catalogue.find("传感器及仪器仪表", "chain")[0]
        view.show_chain(cid)
        qtbot.waitUntil(lambda: view.model is not None and view.chain_id == cid, timeout=3000)
        names = [m.name for m in CM.map_members(view.model)]
        assert "Huahong Instrument" in names and "华虹仪表" not in names
        assert [s.name for s in view.model.rows[0].segments][:3] == ["Materials", "R&D and design", "Manufacturing"]
        assert view.chain_combo.currentText().strip() == "Sensors and instruments"
        grab = view.grab()
        assert not grab.isNull() and grab.width() > 300
    finally:
        i18n.set_content_language("zh")
