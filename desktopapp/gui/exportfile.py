"""Saving what the app draws: where to (a save dialog in the user's Documents folder) and as what (PNG or PDF
of a `Picture`), with one message when the file cannot be written. Used by the fact-sheet and brochure
exports and by the chain map, dashboard and timeline tabs."""

from __future__ import annotations

from pathlib import Path

from desktopapp.i18n import translate


def safe_name(text: str, fallback: str = "export") -> str:
    """`text` as a file name: characters that file systems refuse become underscores."""
    return "".join("_" if ch in '\\/:*?"<>|' else ch for ch in text).strip() or fallback


def ask_path(parent, suggested: str, suffix: str) -> str | None:
    """A path chosen in a save dialog (None if cancelled), ending in `suffix` (.png or .pdf)."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    folder = last_folder("export", parent) or QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation) or str(Path.home())
    title = translate("Export", "导出 PNG") if suffix == ".png" else translate("Export", "导出 PDF")
    kinds = translate("Export", "PNG 图片 (*.png)") if suffix == ".png" else translate("Export", "PDF 文件 (*.pdf)")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / (suggested + suffix)), kinds)
    if path and not path.lower().endswith(suffix):
        path += suffix
    if path:
        remember_folder("export", path, parent)
    return path or None


def _settings(parent):
    """The main window's settings (tests give it their own file), else the app's."""
    window = parent.window() if parent is not None else None
    settings = getattr(window, "settings", None)
    if settings is None:
        from PySide6.QtCore import QSettings

        settings = QSettings()
    return settings


def last_folder(purpose: str, parent=None) -> str | None:
    """The folder a file was last chosen in for `purpose` ("export", "open"), if it still exists."""
    folder = _settings(parent).value(f"dialogs/{purpose}")
    return str(folder) if folder and Path(str(folder)).is_dir() else None


def remember_folder(purpose: str, path: str, parent=None) -> None:
    _settings(parent).setValue(f"dialogs/{purpose}", str(Path(path).parent))


def cannot_write(parent, exc: OSError, title: str | None = None) -> None:
    """Say that a file could not be written, and why."""
    from desktopapp.gui.plaintext import message

    message(parent, title or translate("Export", "导出"), translate("Export", "无法写入文件：%1").replace("%1", str(exc)))


def export_picture(parent, picture, suffix: str, suggested: str, path: str | None = None) -> str | None:
    """Write `picture` (reports.canvas.Picture) as PNG (200 dpi) or PDF to `path`, or to a path the user
    chooses; returns the path written, or None."""
    from desktopapp.reports.canvas import render_pdf, render_png

    if picture is None:
        return None
    path = path or ask_path(parent, safe_name(suggested), suffix)
    if not path:
        return None
    try:
        if suffix == ".png":
            render_png(picture, path, dpi=200)
        else:
            render_pdf(picture, path)
    except OSError as exc:
        cannot_write(parent, exc, translate("Export", "导出 PNG") if suffix == ".png" else translate("Export", "导出 PDF"))
        return None
    return path

