"""The package's layers point one way (README, Architecture): the three catalogue rooms import no Qt, reports
never reach into the window or the write side, the speed machinery never writes, and no import cycle runs
through imports made at module load."""

import importlib.util
import subprocess
import sys

from conftest import ROOT

spec = importlib.util.spec_from_file_location("import_graph", ROOT / "tools" / "import_graph.py")
import_graph = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_graph)


def graph():
    return import_graph.imports(import_graph.modules())


def edges_from(prefix: str, to: str, eager_only: bool = False) -> list[str]:
    return sorted(f"{source} → {target}" for source, targets in graph().items() if source.startswith(prefix)
                  for target, eager in targets.items() if target.startswith(to) and (eager or not eager_only))


def test_the_catalogue_rooms_import_no_qt():
    for room in ("catalogue", "index", "write"):
        for path in (ROOT / "desktopapp" / room).glob("*.py"):
            assert "PySide6" not in path.read_text(encoding="utf-8"), path.name


def test_reports_do_not_import_the_window_or_the_write_side():
    assert edges_from("desktopapp.reports", "desktopapp.gui") == []
    assert edges_from("desktopapp.reports", "desktopapp.write") == []


def test_the_index_never_writes_and_the_read_face_loads_no_writer():
    assert edges_from("desktopapp.index", "desktopapp.write") == []
    # Only inside functions (an old file's migration offer, the export's column list shared with the import).
    assert edges_from("desktopapp.catalogue", "desktopapp.write", eager_only=True) == []


def test_no_import_cycle_at_module_load():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "import_graph.py"), "--check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout
    assert "module cycles through imports at module load: 0" in result.stdout


def test_the_graph_sees_a_cycle_when_there_is_one(tmp_path):
    edges = {"a": {"b": True}, "b": {"a": True}, "c": {"a": False}, "d": {"c": False}, "e": {"d": False}}
    edges["c"]["e"] = False
    assert import_graph.cycles(edges, eager_only=True) == [["a", "b"]]
    assert import_graph.cycles(edges, eager_only=False) == [["a", "b"], ["c", "d", "e"]]


def test_window_reports_and_command_line_read_through_the_catalogue_layer():
    """The GUI, the reports and the command line hold no SQL: they read through `Catalogue` and write through
    the write side."""
    for package in ("gui", "reports", "cli"):
        for path in (ROOT / "desktopapp" / package).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert ".execute(" not in source and ".executemany(" not in source, path.relative_to(ROOT)
