"""Which interface language to use (setting, else the system locale) and installing its translators: Qt's
own and the app's. Only QtCore: the window and the command line's PDF sheets both install them."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktopapp import i18n
from desktopapp.catalogue import paths

SETTINGS_KEY = "ui/language"
# Overrides the setting (tests, screenshots of one language): DESKTOPAPP_LANG=en|zh.
ENVIRONMENT = "DESKTOPAPP_LANG"

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    return paths.resources_dir() / "i18n"


def chosen_language(settings: QSettings | None = None) -> str:
    """The environment's override, else the language chosen in the menu, else the system locale's."""
    forced = i18n.normalise_language(os.environ.get(ENVIRONMENT))
    if forced:
        return forced
    stored = i18n.normalise_language((settings if settings is not None else QSettings()).value(SETTINGS_KEY))
    return stored or i18n.language_for_locale(QLocale.system().name())


def install_translators(app: QCoreApplication, language: str, qm_dir: Path | None = None) -> bool:
    """Install Qt's own translation (dialog buttons) and the app's for `language`, replacing any installed
    before. Returns False when the app's translation file is missing (its text stays Chinese)."""
    for old in getattr(app, "_translators", []):
        app.removeTranslator(old)
    app._translators = []
    qt = QTranslator(app)
    qt_name = "qtbase_zh_CN" if language == "zh" else f"qtbase_{language}"
    if qt.load(qt_name, QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        app._translators.append(qt)
    ok = True
    if language != i18n.SOURCE_LANGUAGE:
        own = QTranslator(app)
        folder = qm_dir or translations_dir()
        if own.load(f"desktopapp_{language}", str(folder)):
            app.installTranslator(own)
            app._translators.append(own)
        else:
            ok = False
            log.warning("no translation file desktopapp_%s.qm in %s (run tools/update_translations.sh)",
                        language, folder)
    i18n.install(QCoreApplication.translate)
    i18n.set_content_language(language)  # catalogue names and labels in English where the catalogue has them
    return ok
