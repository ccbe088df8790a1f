"""Test setup: Qt offscreen, and fontconfig limited to the bundled fonts (as on a machine without CJK fonts)."""

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface in its source language (Chinese) whatever the user chose in 设置 → 语言; tests of English set it.
os.environ["DESKTOPAPP_LANG"] = "zh"
_FONTCONF_DIR = Path(tempfile.mkdtemp(prefix="desktopapp-fontconfig-"))
(_FONTCONF_DIR / "fonts.conf").write_text(
    f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{ROOT / "resources" / "fonts"}</dir>
  <cachedir>{_FONTCONF_DIR / "cache"}</cachedir>
</fontconfig>
""",
    encoding="utf-8",
)
os.environ["FONTCONFIG_FILE"] = str(_FONTCONF_DIR / "fonts.conf")
# Property tests: a fast, repeatable budget by default (CI); DESKTOPAPP_FUZZ_DEPTH=20 pytest … digs deeper, with
# random seeds, on demand. Tests size their budgets with examples(n).
FUZZ_DEPTH = max(1, int(os.environ.get("DESKTOPAPP_FUZZ_DEPTH", "1") or 1))
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("ci", deadline=None, derandomize=True, database=None)
    _hypothesis_settings.register_profile("deep", deadline=None)
    _hypothesis_settings.load_profile("deep" if FUZZ_DEPTH > 1 else "ci")
except ImportError:  # hypothesis is a test dependency; without it the property tests are not collected
    pass


def examples(n: int) -> int:
    """A property test's example budget: `n` by default, FUZZ_DEPTH times more on demand."""
    return n * FUZZ_DEPTH


# Working copies, backups and crash reports of the tests go to a temporary folder, never the user's.
_USER_DIRS = Path(tempfile.mkdtemp(prefix="desktopapp-userdirs-"))
os.environ.setdefault("DESKTOPAPP_DATA_DIR", str(_USER_DIRS / "data"))
os.environ.setdefault("DESKTOPAPP_LOG_DIR", str(_USER_DIRS / "log"))


@pytest.fixture(scope="session")
def bundled_db() -> Path:
    return ROOT / "catalogue.db"


@pytest.fixture(scope="session")
def catalogue(bundled_db):
    from desktopapp.catalogue import Catalogue

    cat = Catalogue(bundled_db)
    yield cat
    cat.close()


@pytest.fixture
def settings(tmp_path):
    """QSettings in a temporary INI file, so tests never touch the user's settings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path, monkeypatch):
    """Each test gets its own user data and log folders (working copies, backups, crash reports)."""
    monkeypatch.setenv("DESKTOPAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DESKTOPAPP_LOG_DIR", str(tmp_path / "log"))
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def message_boxes_as_static_calls(monkeypatch):
    """A message box built by hand (plain-text body) is shown through QMessageBox's static function for its
    icon, so a test that replaces QMessageBox.warning/critical/… records it instead of blocking on exec()."""
    from PySide6.QtWidgets import QMessageBox

    kinds = {QMessageBox.Warning: "warning", QMessageBox.Critical: "critical",
             QMessageBox.Information: "information", QMessageBox.Question: "question"}

    def exec_(box):
        show = getattr(QMessageBox, kinds.get(box.icon(), "information"))
        return show(box.parent(), box.windowTitle(), box.text(), box.standardButtons())

    monkeypatch.setattr(QMessageBox, "exec", exec_)


@pytest.fixture
def source(tmp_path, bundled_db):
    """A copy standing for the bundled catalogue (a file outside the user's data folder), for write tests."""
    import shutil

    path = tmp_path / "bundled" / "catalogue.db"
    path.parent.mkdir()
    shutil.copyfile(bundled_db, path)
    return path


def alter(path, *statements) -> Path:
    """Run SQL statements (text, or (text, parameters)) on a catalogue file and commit; returns the path.
    Tests use it on copies, to make damaged, stale, hostile or old catalogues."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            sql, args = (statement, ()) if isinstance(statement, str) else statement
            conn.execute(sql, args)
        conn.commit()
    finally:
        conn.close()
    return Path(path)


def altered_copy(source, target, *statements) -> Path:
    """A copy of the catalogue `source` at `target`, changed by `statements` (see alter)."""
    import shutil

    shutil.copyfile(source, target)
    return alter(target, *statements)


def type_text(widget, text):
    """Type like an input method does (qtbot.keyClicks cannot send Chinese)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def open_window(qtbot, settings):
    """Open the main window on a catalogue file, shown at 1440×900, its first list loaded."""
    from desktopapp.catalogue import Catalogue
    from desktopapp.gui.app import make_application
    from desktopapp.gui.mainwindow import MainWindow

    opened = []

    def open_(path):
        make_application()
        w = MainWindow(Catalogue(path), settings)
        qtbot.addWidget(w)
        w.resize(1440, 900)
        w.show()
        qtbot.waitUntil(lambda: w.current_section().model.rowCount() > 0, timeout=5000)
        opened.append(w)
        return w

    yield open_
    for w in opened:
        w.close()


@pytest.fixture
def window(open_window, bundled_db):
    """The main window on the bundled catalogue."""
    return open_window(bundled_db)


def assert_derived_as_rebuilt(path) -> None:
    """The derived data of the catalogue at `path` (entity columns, facet values, full-text index, packed
    arrays) equals what a full derive makes of its stated rows, and its packed arrays are trusted as current."""
    import sqlite3

    from desktopapp.index import facets, packing
    from desktopapp.write import derive
    from desktopapp.index.search import letter_codes, text_arrays

    conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert all(packing.current_kinds(conn).values()), packing.current_kinds(conn)
        rebuilt = sqlite3.connect(":memory:", isolation_level=None)
        conn.backup(rebuilt)
        # The full-text index holds exactly the entities' current text (FTS5 compares it with the table).
        rebuilt.execute("INSERT INTO entities_fts (entities_fts, rank) VALUES ('integrity-check', 1)")
        rebuilt.execute("BEGIN")
        derive.derive(rebuilt)
        rebuilt.execute("COMMIT")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'name_keys'").fetchone():  # made by a write
            assert derive.name_keys_current(conn)
            got = conn.execute("SELECT * FROM name_keys ORDER BY entity_id, field, key, kind").fetchall()
            want = rebuilt.execute("SELECT * FROM name_keys ORDER BY entity_id, field, key, kind").fetchall()
            assert got == want, ("name_keys", set(got) ^ set(want))
        for table, order in (("entities", "id"), ("facet_values", "entity_id, facet, value")):
            cols = "*" if table == "entities" else "entity_id, facet, value, label"
            got = conn.execute(f"SELECT {cols} FROM {table} ORDER BY {order}").fetchall()
            want = rebuilt.execute(f"SELECT {cols} FROM {table} ORDER BY {order}").fetchall()
            assert got == want, (table, set(got) ^ set(want))
        for kind in facets.KIND_FACETS:
            packed, fresh = packing.load_facets(conn, kind, True), facets.compute(rebuilt, kind)
            assert packed.ids.tolist() == fresh.ids.tolist(), kind
            for facet, column in fresh.columns.items():
                other = packed.columns[facet]
                assert (other.values, other.labels) == (column.values, column.labels), (kind, facet)
                assert [a.tolist() for a in other.entries() if a is not None] == \
                    [a.tolist() for a in column.entries() if a is not None], (kind, facet)
            texts = text_arrays(rebuilt, kind)
            for field, (units, offsets) in texts.items():
                got_units, got_offsets = packing.load_text(conn, kind, field, True)
                assert got_units.tolist() == units.tolist() and got_offsets.tolist() == offsets.tolist(), field
            words, wholes = packing.load_text(conn, kind, "letters", True)
            assert words.tolist() == letter_codes(*texts["pinyin"])[0].tolist()
            for column in packing.SORT_COLUMNS:
                order, nulls, runs = packing.load_order(conn, kind, packed.ids, column, True)
                assert order.tolist() == packing.compute_order(rebuilt, kind, fresh.ids, column).tolist(), column
                assert nulls == packing.null_counts(rebuilt, kind, column), column
                if column not in packing.UNIQUE_SORT_COLUMNS:
                    assert runs.tolist() == packing.value_runs(rebuilt, kind, column).tolist(), column
    finally:
        conn.close()
