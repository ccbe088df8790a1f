"""File → 目录属性…: the publisher block typed in a dialog reaches the working copy and the printed sheets."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from tests.conftest import type_text


def _open_dialog(window, qtbot):
    from desktopapp.gui.properties import PropertiesDialog

    assert window.properties_action in window.file_menu.actions()
    window.properties_action.trigger()
    dialog = window.properties_dialog
    assert isinstance(dialog, PropertiesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_properties_dialog_saves_the_publisher_and_the_park_sheet_prints_it(window, qtbot, tmp_path, bundled_db):
    from PIL import Image
    from pypdf import PdfReader

    from desktopapp.catalogue import publisher
    from desktopapp.reports.sheets import render_sheet

    dialog = _open_dialog(window, qtbot)
    assert dialog.park_label.text() == window.catalogue.meta["park"]  # read only, from the catalogue
    assert dialog.edition_label.text() == window.catalogue.meta["edition"]
    assert dialog.park_label.textFormat() == Qt.PlainText
    assert all(e.text() == "" for e in dialog.edits.values())  # nothing invented
    type_text(dialog.edits["office"], "北碚园区招商服务中心")
    type_text(dialog.edits["address"], "重庆市北碚区")
    qtbot.keyClicks(dialog.edits["phone"], "023-12345678")
    qtbot.keyClicks(dialog.edits["web"], "https://example.org")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), "navy").save(logo)
    dialog.choose_logo(str(logo))
    assert dialog.logo_view.pixmap() is not None and not dialog.logo_view.pixmap().isNull()
    assert not dialog.grab().isNull()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted and not dialog.isVisible(), timeout=10000)

    assert window.catalogue.path != bundled_db.resolve()  # the window reopened the working copy
    who = publisher.read(window.catalogue)
    assert (who.office, who.address, who.phone, who.web) == (
        "北碚园区招商服务中心", "重庆市北碚区", "023-12345678", "https://example.org") and who.logo
    from desktopapp.catalogue import Catalogue

    with Catalogue(bundled_db) as bundled:
        assert publisher.read(bundled).empty  # the bundled catalogue is never written
    sheet = tmp_path / "park.pdf"
    render_sheet(window.catalogue, sheet, None)
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages).replace("\n", "")
    assert "北碚园区招商服务中心" in text

    again = _open_dialog(window, qtbot)  # the dialog shows what is stored; clearing a field removes it
    assert again.edits["office"].text() == "北碚园区招商服务中心"
    again.edits["phone"].clear()
    qtbot.mouseClick(again.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10000)
    assert publisher.read(window.catalogue).phone == ""


def test_cancel_and_unchanged_write_nothing(window, qtbot, user_dirs):
    dialog = _open_dialog(window, qtbot)
    type_text(dialog.edits["office"], "招商中心")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton)
    assert not dialog.isVisible()
    dialog = _open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert not dialog.isVisible() and dialog.task is None
    assert not list(user_dirs.glob("catalogues/*.db"))


def _tick(qtbot, box):
    """Click a check box on its indicator, as a user does (its centre may lie beyond its text)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(6, box.height() // 2))


def test_brochure_options_and_the_dashboard_share_the_internal_figures_choice(window, qtbot, tmp_path,
                                                                              monkeypatch):
    from desktopapp.gui import printing
    from desktopapp.reports import brochure

    window.tabs.setCurrentWidget(window.dashboard)
    board = window.dashboard
    qtbot.waitUntil(lambda: board.data is not None)
    investor = {f.id for f in board.data.tiles}
    _tick(qtbot, board.internal_box)  # the dashboard's own box
    assert board.include_internal and {f.id for f in board.data.tiles} != investor
    _tick(qtbot, board.internal_box)
    assert {f.id for f in board.data.tiles} == investor

    seen = {}

    def fake(cat, path, **kwargs):
        seen.update(kwargs)
        Path(path).write_bytes(b"%PDF-1.4")
        return brochure.BrochureResult(path, 1, 1, 0.1, True)

    monkeypatch.setattr(brochure, "build_brochure", fake)
    monkeypatch.setattr(printing, "ask_path", lambda *a, **k: str(tmp_path / "册.pdf"))

    class Ticked(printing.BrochureOptions):
        """The options dialog as a user sees it: both boxes start unticked; tick both, then 导出…."""

        def exec(self):
            self.show()
            qtbot.waitExposed(self)
            assert not self.every_sheet.isChecked() and not self.all_figures.isChecked()
            assert not self.grab().isNull()
            _tick(qtbot, self.every_sheet)
            _tick(qtbot, self.all_figures)
            self.accept()
            return self.result()

    window.tabs.setCurrentIndex(0)
    task = printing.export_brochure(window, options_factory=Ticked)
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert task.result.path == str(tmp_path / "册.pdf")
    assert seen["every_sheet"] is True and seen["all_figures"] is True
    assert board.include_internal and board.internal_box.isChecked()  # the dashboard follows the choice
    seen.clear()
    task = printing.export_brochure(window, str(tmp_path / "b.pdf"))  # no dialog with a path
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert seen["every_sheet"] is False and seen["all_figures"] is True


def test_brochure_options_cancelled_write_nothing(window, tmp_path, monkeypatch):
    from desktopapp.gui import printing

    class Cancelled(printing.BrochureOptions):
        def exec(self):
            return 0

    monkeypatch.setattr(printing, "ask_path", lambda *a, **k: pytest.fail("no file asked after cancel"))
    assert printing.export_brochure(window, options_factory=Cancelled) is None
