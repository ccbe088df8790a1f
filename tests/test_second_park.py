"""A second, fictional park built entirely through the commands (new, template, import, factsheet, brochure)
and opened in the window: nothing of the bundled park may show anywhere.

Test fixture: every name below (示例园区, 示例甲科技 …) is invented for this test; none is a real park or firm."""

from __future__ import annotations

import sqlite3

import pytest

from desktopapp import cli

BUNDLED_WORDS = ("北碚", "科学城", "重庆", "缙云", "西部", "华虹", "两江")
PARK = "示例园区"


def _visible_texts(window) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QLineEdit, QTabBar, QTextEdit, QWidget

    texts = [window.windowTitle(), window.about_html()]
    for w in [window, *window.findChildren(QWidget)]:
        texts.append(w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for r in range(min(model.rowCount(), 200)):
                for c in range(model.columnCount()):
                    for role in (Qt.DisplayRole, Qt.ToolTipRole):
                        value = model.data(model.index(r, c), role)
                        texts.append(value if isinstance(value, str) else "")
    texts += [a.text() + a.toolTip() for a in window.findChildren(QAction)]
    return texts


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def second_park(tmp_path, capsys):
    from openpyxl import load_workbook

    db = tmp_path / "示例园区.db"
    assert cli.main(["new", "-o", str(db), "--park", PARK, "--short", "示例园", "--district", "示例区",
                     "--city", "示例市"]) == 0
    template = tmp_path / "企业模板.xlsx"
    assert cli.main(["template", "--kind", "enterprise", "-o", str(template)]) == 0
    book = load_workbook(template)
    sheet = book["数据"]
    headers = [str(c.value).lstrip("*") for c in sheet[1]]
    for values in ({"名称": "示例甲科技有限公司", "简称": "示例甲科技", "简介": "测试用虚构企业：生产示例零件",
                    "范围": "园区", "阶段": "投产", "阶段日期": "2024-05", "产值（亿元）": 3.5, "标签": "专精特新"},
                   {"名称": "示例乙材料有限公司", "简称": "示例乙材料", "范围": "park", "阶段": "签约",
                    "阶段日期": "2025-01"}):
        sheet.append([values.get(h) for h in headers])
    rows = tmp_path / "企业.xlsx"
    book.save(rows)
    assert cli.main(["--catalogue", str(db), "import", str(rows), "--kind", "enterprise", "--source", "示例园区台账"]) == 0
    for argv in (["factsheet", "park", "-o", str(tmp_path / "park.pdf")],
                 ["factsheet", "enterprise", "示例甲科技", "-o", str(tmp_path / "ent.pdf")],
                 ["brochure", "-o", str(tmp_path / "brochure.pdf")]):
        assert cli.main(["--catalogue", str(db), *argv]) == 0, capsys.readouterr().err
    assert cli.main(["--catalogue", str(db), "publish", "-o", str(tmp_path / "site")]) == 0
    capsys.readouterr()
    return db


def test_a_new_catalogue_holds_its_park_and_nothing_else(tmp_path):
    from desktopapp.catalogue import Catalogue
    from tests.conftest import assert_derived_as_rebuilt

    db = tmp_path / "new.db"
    assert cli.main(["new", "-o", str(db), "--park", PARK]) == 0
    cat = Catalogue(db)
    try:
        assert cat.meta["park"] == PARK and cat.meta["scope.park"] == PARK and cat.name == "示例园区招商图鉴"
        assert cat.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 0
        assert not any(w in v for v in cat.meta.values() for w in BUNDLED_WORDS)
    finally:
        cat.close()
    assert_derived_as_rebuilt(db)
    assert cli.main(["new", "-o", str(db), "--park", "另一个"]) == 1  # never overwrites a catalogue


def test_a_second_park_shows_nothing_of_the_bundled_one(second_park, tmp_path, open_window, qtbot):
    for pdf in ("park.pdf", "ent.pdf", "brochure.pdf"):
        text = _pdf_text(tmp_path / pdf)
        assert PARK in text
        assert not [w for w in BUNDLED_WORDS if w in text], pdf
    assert "示例甲科技有限公司" in _pdf_text(tmp_path / "brochure.pdf")
    site = tmp_path / "site"
    published = (site / "metadata.yml").read_text(encoding="utf-8") + (site / "README.txt").read_text(encoding="utf-8")
    conn = sqlite3.connect(site / "catalogue.db")
    try:
        published += "\n".join(r[0] or "" for r in conn.execute("SELECT sql FROM sqlite_master"))
        published += "\n".join(str(r) for r in conn.execute("SELECT * FROM meta"))
    finally:
        conn.close()
    assert PARK in published and not [w for w in BUNDLED_WORDS if w in published]
    window = open_window(second_park)
    from desktopapp.gui.mainwindow import KINDS

    texts = []
    for kind in KINDS:
        section = window.show_section(kind)
        qtbot.wait(50)
        if kind == "enterprise":
            qtbot.waitUntil(lambda s=section: s.model.rowCount() == 2, timeout=5000)
            section.select_row(0)
            qtbot.waitUntil(lambda s=section: "示例" in s.detail.browser.toPlainText(), timeout=5000)
        texts += _visible_texts(window)
    joined = "\n".join(t for t in texts if t)
    assert "示例甲科技有限公司" in joined and PARK in joined
    found = {w: [t for t in texts if t and w in t][:2] for w in BUNDLED_WORDS}
    assert not {w: t for w, t in found.items() if t}


def test_file_new_catalogue_makes_and_opens_an_empty_park(window, tmp_path, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktopapp.gui.newcatalogue import NewCatalogueDialog
    from tests.conftest import type_text

    assert window.file_menu.actions()[0] is window.new_catalogue_action
    dialog = NewCatalogueDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.buttons.button(QDialogButtonBox.Ok).click()  # no name, no file: said, nothing made
    assert dialog.isVisible() and dialog.error.text()
    type_text(dialog.park, PARK)
    target = tmp_path / "新园区.db"
    dialog.file.setText(str(target))
    assert not dialog.grab().isNull()
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.created == target and target.exists()
    assert window.catalogue.path == target and window.catalogue.meta["park"] == PARK
    assert PARK in window.windowTitle()
