"""Maintenance in the main window: the import dialog, exporting the current list, images dropped on the detail
pane, and the monogram avatar. Screenshots of the dialogs go to out/ (not committed)."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from conftest import type_text
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QDragEnterEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktopapp import style
from desktopapp.catalogue import Catalogue

OUT = Path(__file__).resolve().parents[1] / "out"


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def window(open_window, tmp_path, bundled_db):
    import shutil

    original = tmp_path / "bundled.db"
    shutil.copyfile(bundled_db, original)
    return open_window(original)



def test_file_menu_has_the_maintenance_actions(window):
    texts = [a.text() for a in window.file_menu.actions()]
    for text in ("打开目录…", "导入…", "导出列表…", "添加图片…"):
        assert text in texts
    assert texts.index("打开目录…") < texts.index("导入…")


def test_import_dialog_reports_problems_then_imports(window, qtbot, tmp_path, user_dirs):
    from desktopapp.gui.maintenance import ImportDialog

    original = window.catalogue.path
    before = sha(original)
    bad = tmp_path / "企业台账.csv"
    with open(bad, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([
            ["名称", "简称", "范围", "阶段", "产业链", "成立年份"],
            ["重庆示例传感科技有限公司", "华虹仪表", "园区", "量产", "不存在的链", "二〇一六"],
            ["", "无名", "park", "投产", "", ""],
        ])
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(bad))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("enterprise"))
    dialog.show()
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)  # checked in a task, off the GUI thread
    assert not dialog.import_button.isEnabled()
    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert ["2", "简称", "目录中已有企业“重庆华虹仪表有限公司”（名称或别名“华虹仪表”相同）"] in rows \
        or any(r[:2] == ["2", "简称"] for r in rows)
    assert ["2", "阶段", "“量产”不是允许的值；可选：" + "、".join(
        ("线索", "在谈", "签约", "落地", "入驻", "孵化", "开工", "在建", "建成", "投产", "达产", "延期", "停滞", "终止"))] in rows
    assert ["3", "名称", "必填，不能为空"] in rows
    assert "未导入任何内容" in dialog.summary.text()
    OUT.mkdir(exist_ok=True)
    dialog.grab().save(str(OUT / "import-report.png"))
    good = tmp_path / "企业台账-修正.csv"
    with open(good, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["名称", "简称", "范围", "阶段", "产业链"],
                                  ["重庆示例传感科技有限公司", "示例传感", "园区", "投产", "传感器及仪器仪表"]])
    dialog.file_edit.setText(str(good))
    qtbot.mouseClick(dialog.check_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert dialog.import_button.isEnabled() and dialog.table.rowCount() == 0
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert window.catalogue.path.parent == user_dirs / "catalogues"
    assert "已写入工作副本" in dialog.summary.text() and "备份" in dialog.summary.text()
    assert sha(original) == before
    dialog.close()
    section = window.show_section("enterprise")
    type_text(section.search, "示例传感")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
    assert section.catalogue.row(section.model.id_at(0))["name"] == "重庆示例传感科技有限公司"


def test_export_current_list_with_its_filters(window, qtbot, tmp_path):
    from desktopapp.gui.maintenance import export_current

    section = window.current_section()
    item = section.filter_pane.value_item("stage", "投产")
    rect = section.filter_pane.tree.visualItemRect(item)
    total = section.model.rowCount()
    qtbot.mouseClick(section.filter_pane.tree.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: section.model.rowCount() < total, timeout=5000)
    out = tmp_path / "list.csv"
    n = export_current(window, out)
    assert n == section.model.rowCount()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert "阶段：投产" in lines[0] and len(lines) == n + 2


def jpeg_file(path, size=(900, 600)):
    Image.new("RGB", size, (10, 120, 60)).save(path, "JPEG")
    return path


def drop(widget, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    accepted = enter.isAccepted()
    if accepted:
        QApplication.sendEvent(widget, QDropEvent(QPoint(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    return accepted


def test_dropping_an_image_on_the_detail_pane(window, qtbot, tmp_path, user_dirs):
    from desktopapp.gui.avatar import monogram

    original = window.catalogue.path
    before = sha(original)
    section = window.current_section()
    eid = section.catalogue.find("华虹仪表")[0]
    section.select_entity(eid)
    qtbot.waitUntil(lambda: section.detail.entity_id() == eid, timeout=5000)
    pane = section.detail
    assert pane.picture.isVisible()
    as_monogram = pane.picture.pixmap().toImage()
    assert as_monogram == monogram("华虹仪表", "enterprise", 40).toImage()
    assert not drop(pane, tmp_path / "notes.txt")  # not an image: refused at the door
    assert drop(pane.browser.viewport(), jpeg_file(tmp_path / "厂房 照片.jpg"))
    qtbot.waitUntil(lambda: not window.image_task.running, timeout=10000)  # written as a task, off the GUI thread
    assert window.catalogue.path.parent == user_dirs / "catalogues" and sha(original) == before
    section = window.current_section()
    qtbot.waitUntil(lambda: section.detail.entity_id() == eid, timeout=5000)
    image = section.detail.picture.pixmap().toImage()
    assert image != as_monogram
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    assert (colour.red(), colour.green(), colour.blue()) == pytest.approx((10, 120, 60), abs=12)


def test_a_broken_image_drop_says_why(window, qtbot, tmp_path, monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: seen.append(a[1:3])))
    section = window.current_section()
    eid = section.catalogue.find("华虹仪表")[0]
    section.select_entity(eid)
    qtbot.waitUntil(lambda: section.detail.entity_id() == eid, timeout=5000)
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    path = window.catalogue.path
    assert drop(section.detail, fake)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen and seen[0][0] == "无法添加图片" and "fake.png" in seen[0][1]
    assert window.catalogue.path == path


def test_monogram_uses_the_kind_colour_and_first_character():
    from desktopapp.gui.app import make_application
    from desktopapp.gui.avatar import monogram, short_name

    make_application()
    pixmap = monogram("华虹仪表", "project", 64)
    assert not pixmap.isNull() and pixmap.width() == 64
    image = pixmap.toImage()
    assert image.pixelColor(32, 4).name() == style.KIND_COLOURS["project"]
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corner
    assert short_name({"key": "华虹仪表", "name": "重庆华虹仪表有限公司"}) == "华虹仪表"
    assert short_name({"key": "chain:x", "name": "传感器"}) == "传感器"
    assert not monogram("", None, 32).isNull() and not monogram("🙂!", "figure", 32).isNull()


def test_screenshot_of_a_bad_file_warning(window, tmp_path):
    from desktopapp.catalogue import CatalogueError

    bad = tmp_path / "园区目录 副本.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(CatalogueError) as info:
        Catalogue(bad)
    box = QMessageBox(QMessageBox.Warning, "无法打开目录", str(info.value), QMessageBox.Ok, window)
    box.show()
    OUT.mkdir(exist_ok=True)
    box.grab().save(str(OUT / "bad-file-warning.png"))
    box.close()


def test_file_menu_actions_on_the_map_and_board_tabs(window, qtbot, tmp_path, monkeypatch):
    """添加图片 asks for an entity (the tabs have no detail pane) and 导出列表 exports the tab's filtered list,
    instead of failing."""
    from desktopapp.gui.maintenance import export_current

    seen = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: seen.append(a[1:3])))
    for tab in window.insight_tabs:
        window.tabs.setCurrentWidget(tab)
        tab.ensure_loaded()
        window.image_action.trigger()
        assert seen[-1][1] == "请先在企业、项目或配套设施中选择一个条目。"
        assert export_current(window, tmp_path / f"{tab.kind}.csv") > 0
