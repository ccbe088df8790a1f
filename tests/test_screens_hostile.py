"""Catalogue text reaches every widget as plain text, stored thumbnails are decoded only as PNG or JPEG, and
an exception while painting is caught inside the paint event (issue 19.1, 19.3)."""

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

IMG = '<img src="file:///dev/zero">'


@pytest.fixture
def hostile_db(tmp_path, bundled_db):
    """The bundled catalogue with an image tag in a summary, facet values, the edition, the park's name,
    source titles and names, and a BLOB as a figure's number."""
    path = tmp_path / "hostile.db"
    shutil.copyfile(bundled_db, path)
    conn = sqlite3.connect(path)
    eid = conn.execute("SELECT entity_id FROM aliases WHERE alias = '华虹仪表'").fetchone()[0]
    conn.execute("UPDATE entities SET summary = ? WHERE id = ?", (IMG + "简介", eid))
    conn.execute("UPDATE entities SET name = ? || name WHERE kind = 'organisation'", (IMG,))
    conn.execute("UPDATE entities SET category = ? WHERE kind = 'facility'", (IMG + "类别",))
    conn.execute("UPDATE facet_values SET value = ?, label = ? WHERE facet = 'category'", (IMG + "类别", IMG + "类别"))
    conn.execute("UPDATE facet_values SET label = ? || label WHERE facet IN ('source', 'chain')", (IMG,))
    conn.execute("UPDATE tags SET tag = ? WHERE entity_id = ?", (IMG + "标签", eid))
    conn.execute("UPDATE meta SET value = ? WHERE key IN ('edition', 'park', 'name')", (IMG,))
    conn.execute("UPDATE sources SET title = ? || title", (IMG,))
    conn.execute("UPDATE entities SET num = x'00ff10' WHERE kind = 'figure'")
    conn.execute("DELETE FROM packed")  # facet arrays are recomputed from the changed values
    conn.commit()
    conn.close()
    return path


def shown_plainly(text: str | None) -> bool:
    """Whether Qt shows `text` (a tooltip or label text) without interpreting catalogue markup: either not
    rich text at all, or rich text in which the catalogue's tag is escaped."""
    if not text:
        return True
    if not GuiQt.mightBeRichText(text):
        return True
    doc = QTextDocument()
    doc.setHtml(text)
    return "<img" not in text and (IMG not in doc.toPlainText() or "&lt;img" in text)


def _all_items(tree):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(j) for j in range(item.childCount()))


def test_every_surface_shows_catalogue_text_as_plain_text(open_window, hostile_db, qtbot):
    from PySide6.QtWidgets import QLabel

    window = open_window(hostile_db)  # the edition used to abort the app as the window opened
    assert window.catalogue_label.textFormat() == Qt.PlainText and IMG in window.catalogue_label.text()
    section = window.current_section()
    model = section.model
    tooltips = [model.index(r, c).data(Qt.ToolTipRole) for r in range(model.rowCount())
                for c in range(model.columnCount())]
    summary_tip = next(t for t in tooltips if t and "简介" in t)
    assert "&lt;img" in summary_tip and all(shown_plainly(t) for t in tooltips)
    qtbot.waitUntil(lambda: section._shown == section._request, timeout=5000)
    for kind in ("enterprise", "facility", "organisation"):
        s = window.show_section(kind)
        qtbot.waitUntil(lambda s=s: s._shown == s._request and s.model.rowCount() > 0, timeout=5000)
        pane = s.filter_pane
        for group in range(pane.tree.topLevelItemCount()):
            pane._open(pane.tree.topLevelItem(group).data(0, Qt.UserRole + 1))
        items = list(_all_items(pane.tree))
        assert all(shown_plainly(i.toolTip(0)) for i in items)
        if kind == "facility":
            assert any("&lt;img" in i.toolTip(0) for i in items), "the hostile category is a facet value"
        s.grab()
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.ensure_loaded()
    title = window.dashboard.title
    assert title.textFormat() == Qt.PlainText and IMG in title.text()
    labels = [l for l in window.findChildren(QLabel) if l.text()]
    assert all(l.textFormat() == Qt.PlainText or shown_plainly(l.text()) for l in labels)
    window.grab()


def test_an_exception_while_painting_the_dashboard_is_caught_and_said(open_window, hostile_db, qtbot,
                                                                      monkeypatch):
    """A BLOB in a figure's number is cleaned by the read face, so the board paints; a value that still makes
    painting raise gives a message on the canvas and in the status bar; the app keeps running and repaints."""
    window = open_window(hostile_db)
    window.tabs.setCurrentWidget(window.dashboard)
    window.dashboard.ensure_loaded()
    canvas = window.dashboard.canvas
    canvas.repaint()
    window.grab()
    assert "无法绘制" not in window.statusBar().currentMessage()

    def broken(*args, **kwargs):
        raise TypeError("bad value in the catalogue")

    monkeypatch.setattr(canvas.board, "paint_board", broken)
    canvas.repaint()
    window.grab()
    assert "无法绘制" in window.statusBar().currentMessage()
    monkeypatch.undo()
    canvas.repaint()  # a second paint starts from a clean painter
    window.tabs.setCurrentWidget(window.chain_map)
    window.chain_map.ensure_loaded()
    window.grab()


def test_a_failing_paint_inside_a_graphics_item_restores_the_painter(window, qtbot, monkeypatch):
    from desktopapp.gui import chainmapview

    window.tabs.setCurrentWidget(window.chain_map)
    window.chain_map.ensure_loaded()

    def broken(*args, **kwargs):
        raise TypeError("bad value in the catalogue")

    monkeypatch.setattr(chainmapview, "paint_chain_map", broken)
    image = window.chain_map.view.grab()
    assert not image.isNull()
    window.chain_map.view.viewport().repaint()


def test_thumbnails_are_decoded_only_as_png_or_jpeg():
    from desktopapp.gui.app import make_application
    from desktopapp.gui.avatar import decode_thumbnail

    make_application()
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" '
           b'height="10"><image xlink:href="file:///etc/hostname" width="10" height="10"/></svg>')
    assert decode_thumbnail(svg) is None
    assert decode_thumbnail(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") is None
    assert decode_thumbnail(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20) is None, "a broken PNG is no picture"
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format_RGB32)
    image.fill(QColor("#1f6feb"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    pixmap = decode_thumbnail(bytes(data.data()))
    assert pixmap is not None and pixmap.width() == 8


def test_a_huge_summary_is_cut_for_the_detail_pane(catalogue):
    import dataclasses

    from desktopapp.gui import detailhtml

    details = catalogue.details(catalogue.find("华虹仪表")[0])
    entity = dict(details.entity, summary="长" * 20_000_000)
    page = detailhtml.render(dataclasses.replace(details, entity=entity), catalogue.scope_label)
    assert len(page.html) < 200_000 and "只显示前" in page.html
