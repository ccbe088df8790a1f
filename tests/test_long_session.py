"""Regression: PySide6 6.12.0 on CPython 3.11 leaks references to None on void calls and aborts long
sessions ("Fatal Python error: deallocating None"). The dependency rules keep 3.11 off that release; this
test makes tens of thousands of such calls in a fresh process and requires a clean exit."""

import subprocess
import sys
import textwrap


def test_tens_of_thousands_of_void_calls_exit_cleanly(tmp_path):
    script = textwrap.dedent("""
        import os, sys
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
        from PySide6.QtWidgets import QApplication
        from PySide6.QtGui import QStandardItemModel
        app = QApplication([])
        image = QImage(64, 64, QImage.Format_ARGB32)
        painter = QPainter(image)
        doc = QTextDocument()
        model = QStandardItemModel(4, 4)
        before = sys.getrefcount(None)
        for i in range(30000):
            painter.save()
            painter.fillRect(0, 0, 8, 8, QColor("#1f6feb"))
            painter.restore()
            if i % 10 == 0:
                doc.setHtml("<b>招商</b>")
            model.index(0, 0).data(Qt.ToolTipRole)
            model.headerData(0, Qt.Horizontal, Qt.ToolTipRole)
        painter.end()
        print("ok", before, sys.getrefcount(None))
    """)
    path = tmp_path / "long_session.py"
    path.write_text(script, encoding="utf-8")
    result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")


def test_dependency_rules_exclude_the_broken_combination():
    import tomllib
    from pathlib import Path

    deps = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]["dependencies"]
    pyside = [d for d in deps if d.lower().startswith("pyside6")]
    assert any("<6.12" in d and "python_version < '3.12'" in d for d in pyside), pyside
