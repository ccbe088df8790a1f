"""Every interface text goes through Qt's translator under a real context.

The catalogue of strings (resources/i18n/desktopapp_en.ts) is filled with marker translations ("§" and the
placeholders, no Chinese), compiled, and installed as the English translation. The real window is then walked
— every tab, menu, tooltip, list header, filter pane, detail pane, painted chart and dialog — and so is a PDF
sheet: any Chinese character left is either catalogue content (names, quotes, values from catalogue.db) or a
string that escaped translation (never extracted, translated at import time, or under a wrong context).
"""

from __future__ import annotations

import html
import re
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QTabBar,
    QTextEdit, QTreeWidget, QWidget,
)

# Imported when the tests are collected, before any translator: text translated at import time stays Chinese
# and is caught below.
from desktopapp.reports.sheets import render_sheet  # noqa: E402
from desktopapp import translators  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "desktopapp_en.ts"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
PLACEHOLDERS = re.compile(r"%\d|%n|\{[^}]*\}")
# Shown the same in every language, so that whoever cannot read the current one finds the choice.
LANGUAGE_NAMES = {"语言", "中文"}


def lrelease() -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / "lrelease")


def compile_markers(folder: Path) -> tuple[Path, set[str]]:
    """desktopapp_en.qm with every translation replaced by a marker; also every source text."""
    tree = ET.parse(TS)
    sources = set()
    for message in tree.iter("message"):
        source = message.findtext("source")
        sources.add(source)
        marker = "§" + " ".join(PLACEHOLDERS.findall(source))
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = marker
        else:
            translation.text = marker
    ts = folder / "desktopapp_en.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(folder / "desktopapp_en.qm")], check=True)
    return folder, sources


def catalogue_content(db: Path) -> tuple[set[str], str]:
    """Every Chinese text of the catalogue (whole values and their list items), and all of them joined, for
    recognising elided or wrapped pieces. Article bodies are left out: they contain nearly every word."""
    con = sqlite3.connect(db)
    values: set[str] = set()
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
              if not r[0].startswith("entities_fts") and r[0] != "packed"]
    for table in tables:
        for row in con.execute(f'SELECT * FROM "{table}"'):
            for v in row:
                if isinstance(v, str) and CJK.search(v) and len(v) < 2000:
                    values.add(v)
                    values.update(p for p in re.split(r"[、，,；;/·|\n\s]+", v) if CJK.search(p))
    con.close()
    return values, "\x00".join(sorted(values))


class Checker:
    def __init__(self, sources: set[str], content: tuple[set[str], str]):
        self.sources = {s for s in sources if CJK.search(s)}
        self.values, self.blob = content
        self.problems: dict[str, str] = {}
        self.seen = 0

    def check(self, where: str, text) -> None:
        if not isinstance(text, str):
            return
        if not text or not CJK.search(text):
            self.seen += bool(text)
            return
        self.seen += 1
        if "<" in text:
            text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        for line in text.splitlines():
            line = line.strip()
            if line in self.sources and line not in self.values:
                self.problems.setdefault(line, where)
                continue
            for run in CJK.findall(line):
                if run not in self.blob and run not in LANGUAGE_NAMES:
                    self.problems.setdefault(line, where)


def widget_texts(root: QWidget, checker: Checker, where: str) -> None:
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{where}/{type(w).__name__}"
        checker.check(name + ".toolTip", w.toolTip())
        if w.isWindow():
            checker.check(name + ".windowTitle", w.windowTitle())
        if isinstance(w, QLabel):
            checker.check(name, w.text())
        elif isinstance(w, QAbstractButton):
            checker.check(name, w.text())
        elif isinstance(w, QLineEdit):
            checker.check(name + ".placeholder", w.placeholderText())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                checker.check(name, w.tabText(i))
                checker.check(name + ".tip", w.tabToolTip(i))
        elif isinstance(w, QTextEdit):
            checker.check(name, w.toPlainText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                checker.check(name, w.itemText(i))
        elif isinstance(w, QGroupBox):
            checker.check(name, w.title())
        elif isinstance(w, QMenu):
            checker.check(name, w.title())
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            for c in range(w.columnCount()):
                checker.check(name + ".header", header.text(c))
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item = stack.pop()
                for c in range(w.columnCount()):
                    checker.check(name, item.text(c))
                    checker.check(name + ".tip", item.toolTip(c))
                stack.extend(item.child(j) for j in range(item.childCount()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                checker.check(name + ".header", model.headerData(c, Qt.Horizontal, Qt.DisplayRole))
            for r in range(min(model.rowCount(), 40)):
                for c in range(model.columnCount()):
                    index = model.index(r, c)
                    for role in (Qt.DisplayRole, Qt.ToolTipRole):
                        value = model.data(index, role)
                        checker.check(name + ".cell", value if isinstance(value, str) else None)
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip(), action.statusTip()):
            checker.check(f"{where}/QAction", text)


class PaintedText:
    """Records the text painted by our own code (charts, the chain map, PDF pages) while active."""

    def __init__(self):
        self.texts: list[str] = []

    def __enter__(self):
        self._original = QPainter.drawText
        original, texts = self._original, self.texts

        def draw_text(painter, *args):
            texts.extend(a for a in args if isinstance(a, str))
            return original(painter, *args)

        QPainter.drawText = draw_text
        return self

    def __exit__(self, *exc):
        QPainter.drawText = self._original


@pytest.fixture
def marker_english(tmp_path, qapp):
    """The app in 'English' with marker translations; Chinese again afterwards."""

    folder, sources = compile_markers(tmp_path)
    assert translators.install_translators(qapp, "en", qm_dir=folder)
    qapp._language = "en"
    try:
        yield sources
    finally:
        qapp._language = "zh"
        translators.install_translators(qapp, "zh")


def modal_texts(qtbot, checker: Checker, where: str, open_dialog) -> None:
    """Open a modal dialog as the user would, read it once painted, then close it."""
    seen = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read)
            return
        dialog.grab()
        widget_texts(dialog, checker, where)
        seen.append(dialog)
        dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    QTimer.singleShot(0, read)
    open_dialog()
    assert seen, f"{where}: no dialog was shown"


def test_english_window_shows_no_untranslated_interface_text(marker_english, qtbot, bundled_db, tmp_path):
    from desktopapp.catalogue import Catalogue
    from desktopapp.gui import language
    from desktopapp.gui.mainwindow import MainWindow

    checker = Checker(marker_english, catalogue_content(bundled_db))
    window = MainWindow(Catalogue(bundled_db), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitUntil(lambda: window.current_section().model.rowCount() > 0, timeout=5000)
    con = sqlite3.connect(bundled_db)
    first = dict(con.execute("SELECT kind, min(id) FROM entities GROUP BY kind").fetchall())
    source = con.execute("SELECT id FROM sources ORDER BY id LIMIT 1").fetchone()[0]
    con.close()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        widget = window.tabs.currentWidget()
        kind = getattr(widget, "kind", None)
        if i < 6:  # a section: its list loaded and one entity's details shown
            section = window.current_section()
            qtbot.waitUntil(lambda s=section: s.model.rowCount() > 0, timeout=5000)
            window.navigate_to(first[section.kind])
            qtbot.waitUntil(lambda s=section: s.detail.entity_id() == first[s.kind], timeout=5000)
        else:
            qtbot.wait(300)
        with PaintedText() as painted:
            window.grab()
        for text in painted.texts:
            checker.check(f"tab {i} ({kind}) painted", text)
        widget_texts(window, checker, f"tab {i} ({kind})")
    window.statusBar().currentMessage() and checker.check("status", window.statusBar().currentMessage())

    # Dialogs: about, import, the language restart offer, an article.
    modal_texts(qtbot, checker, "about", window.show_about)
    from desktopapp.gui.maintenance import ImportDialog

    modal_texts(qtbot, checker, "import", lambda: ImportDialog(window).exec())
    modal_texts(qtbot, checker, "restart", lambda: language.ask_restart(window, "zh"))
    window.show_article(source, None)
    qtbot.waitUntil(lambda: window.article_dialog is not None and window.article_dialog.isVisible(), timeout=5000)
    dialog = window.article_dialog
    for w in dialog.findChildren(QTextEdit):  # the article itself is catalogue content
        w.setPlainText("")
    widget_texts(dialog, checker, "article")
    dialog.close()

    assert checker.seen > 300
    assert not checker.problems, "untranslated interface text:\n" + "\n".join(
        f"  {where}: {text!r}" for text, where in sorted(checker.problems.items(), key=lambda x: x[1]))


def test_english_pdf_sheets_have_translated_headers(marker_english, bundled_db, tmp_path):
    from pypdf import PdfReader

    from desktopapp.catalogue import Catalogue

    checker = Checker(marker_english, catalogue_content(bundled_db))
    cat = Catalogue(bundled_db)
    con = sqlite3.connect(bundled_db)
    picks = [con.execute("SELECT id FROM entities WHERE kind=? ORDER BY id LIMIT 1", (k,)).fetchone()[0]
             for k in ("enterprise", "chain", "facility")]
    con.close()
    for entity_id in [*picks, None]:  # None: the park sheet
        out = tmp_path / f"sheet-{entity_id}.pdf"
        render_sheet(cat, out, entity_id)
        for n, page in enumerate(PdfReader(out).pages):
            lines = [line.strip() for line in page.extract_text().splitlines()]
            for i, line in enumerate(lines):
                before = [piece.rsplit("§", 1)[-1] for piece in lines[max(i - 3, 0):i]]  # after a translated label
                if any("".join(before[-k:]) + line in checker.blob for k in range(1, len(before) + 1)):
                    continue  # the end of a catalogue value wrapped onto its own line ("“1+3+X”" / "产业体系")
                checker.check(f"sheet {entity_id} page {n + 1}", line)
    cat.close()
    assert "§" in "".join(PdfReader(tmp_path / "sheet-None.pdf").pages[0].extract_text())
    assert not checker.problems, "untranslated text in PDF sheets:\n" + "\n".join(
        f"  {where}: {text!r}" for text, where in sorted(checker.problems.items(), key=lambda x: x[1]))


def test_language_follows_the_setting_else_the_system_locale(monkeypatch, tmp_path):
    from desktopapp import i18n

    assert [i18n.language_for_locale(n) for n in ("zh_CN", "zh_TW", "en_GB", "de_DE", "C", "")] == \
        ["zh", "zh", "en", "en", "zh", "zh"]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    monkeypatch.delenv(translators.ENVIRONMENT, raising=False)
    monkeypatch.setattr(translators.QLocale, "system", staticmethod(lambda: translators.QLocale("en_US")))
    assert translators.chosen_language(settings) == "en"
    settings.setValue(translators.SETTINGS_KEY, "zh")
    assert translators.chosen_language(settings) == "zh"
    monkeypatch.setenv(translators.ENVIRONMENT, "en")
    assert translators.chosen_language(settings) == "en"


def test_language_menu_remembers_the_choice_and_offers_a_restart(window, qtbot, monkeypatch):
    from desktopapp.gui import language

    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["设置(&S)", "帮助(&H)"]
    menu = window.settings_menu.actions()[0].menu()
    assert menu.title() == "语言 / Language"
    assert [a.text() for a in menu.actions()] == ["中文", "English"]
    assert window.language_actions["zh"].isChecked()
    offers = []
    monkeypatch.setattr(language, "ask_restart", lambda w, lang: offers.append(lang) or False)
    window.language_actions["en"].trigger()
    assert window.settings.value(translators.SETTINGS_KEY) == "en"
    assert offers == ["en"]  # declined: the window stays open, English applies at the next start
    assert window.isVisible()
    restarted = []
    monkeypatch.setattr(language, "ask_restart", lambda w, lang: True)
    monkeypatch.setattr(language.QProcess, "startDetached", lambda *a: restarted.append(a) or True)
    monkeypatch.setattr(language.QCoreApplication, "quit", lambda: restarted.append("quit"))
    window.language_actions["en"].trigger()  # the offer accepted: the window closes, the app starts again
    assert window.settings.value(translators.SETTINGS_KEY) == "en"
    assert not window.isVisible() and restarted[-1] == "quit"


def test_qt_own_dialog_buttons_follow_the_language(qapp, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox


    def cancel_text() -> str:
        box = QDialogButtonBox(QDialogButtonBox.Cancel)
        return box.button(QDialogButtonBox.Cancel).text()

    folder, _ = compile_markers(tmp_path)
    try:
        translators.install_translators(qapp, "en", qm_dir=folder)
        assert cancel_text().replace("&", "") == "Cancel"
        translators.install_translators(qapp, "zh")
        assert "取消" in cancel_text()
    finally:
        translators.install_translators(qapp, "zh")


def test_translations_inside_f_strings_are_handed_to_lupdate(tmp_path):
    """lupdate skips calls inside f-strings; tools/i18n_fstrings.py finds them with their context."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("i18n_fstrings", ROOT / "tools" / "i18n_fstrings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    source = (
        "class Pane:\n"
        "    def show(self):\n"
        "        a = f\"{self.tr('来源')}：{x}\"\n"
        "        b = self.tr('不在 f-string 里')\n"
        "def f():\n"
        "    return f\"<b>{translate('Reports', '关键数据')}</b>{QT_TRANSLATE_NOOP('Labels', '阶段')}\"\n"
    )
    assert module.nested_calls(source) == [("Pane", "来源"), ("Reports", "关键数据"), ("Labels", "阶段")]
    # And every such call of the code base is in the .ts (update_translations.sh ran after the last change).
    messages = {(c.findtext("name"), m.findtext("source"))
                for c in ET.parse(TS).getroot().iter("context") for m in c.iter("message")}
    for path in (ROOT / "desktopapp").rglob("*.py"):
        for call in module.nested_calls(path.read_text(encoding="utf-8"), str(path)):
            assert call in messages, f"{path.name}: {call} is not in desktopapp_en.ts: run tools/update_translations.sh"
