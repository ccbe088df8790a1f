"""Qt's own dialogs and buttons (QMessageBox's 确定, QFileDialog, the print preview) in the UI's language.

Qt's strings come from the qtbase_*.qm files shipped with PySide6. They must follow the language the app's
own text is shown in, not the system locale: the UI is Chinese unless an app translation was loaded, so an
English or C locale without one still gets Chinese buttons (qtbase_zh_CN).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

UI_DEFAULT = "zh_CN"  # the language the app's text is written in


def qt_translator(app, language: str | None) -> QTranslator | None:
    """A loaded translator for Qt's own strings in `language` ("en", "zh_CN"; None: the UI default)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    name = language or UI_DEFAULT
    if translator.load(QLocale(name), "qtbase", "_", folder) or translator.load(f"qtbase_{name}", folder):
        return translator
    return None


def install_qt_translation(app, app_translation_language: str | None) -> QTranslator | None:
    """Install Qt's translation for the UI's language: that of the app's own translation when one was
    loaded, else Chinese. Replaces a translator installed by an earlier call."""
    old = getattr(app, "_qt_translator", None)
    if old is not None:
        app.removeTranslator(old)
        app._qt_translator = None
    translator = qt_translator(app, app_translation_language)
    if translator is not None:
        app.installTranslator(translator)
        app._qt_translator = translator
    return translator
