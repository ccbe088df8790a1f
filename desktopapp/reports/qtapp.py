"""The Qt application the renderers need (fonts and the PDF writer require a QGuiApplication)."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication


def ensure_app(headless: bool = False) -> QGuiApplication:
    """The running QGuiApplication, or a new one. `headless` picks the offscreen platform when the caller
    has not chosen one (the command line never shows a window)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(["desktopapp"])
    if os.environ.get("DESKTOPAPP_LANG"):  # sheets made outside the app in another language: DESKTOPAPP_LANG=en
        from desktopapp.translators import chosen_language, install_translators

        install_translators(app, chosen_language())
    return app
