"""The interface language: which one (setting, else the system locale), its translators, and the
设置 → 语言 / Language menu. Only QtCore at import: the command line's PDF sheets install translators too.

Widgets translate their text when they are built, so a new language takes effect after a restart, which the
menu offers at once (retranslating every widget live would need a `changeEvent` in each of them).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess

from desktopapp import i18n
from desktopapp.translators import SETTINGS_KEY

# Not translated: whoever cannot read the current language must still find the menu and the choices.
MENU_TITLE = "语言 / Language"

def restart_arguments() -> tuple[str, list[str]]:
    """The program and arguments that start this app again the way it was started."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:])


def restart(window) -> None:
    """Close the window (it saves its state, including the open catalogue) and start the app again."""
    if not window.close():
        return
    program, arguments = restart_arguments()
    QProcess.startDetached(program, arguments)
    QCoreApplication.quit()


def ask_restart(window, language: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(MENU_TITLE)
    box.setText(i18n.translate("Language", "界面语言将改为 %1，重新启动后生效。现在重新启动吗？")
                .replace("%1", i18n.LANGUAGES[language]))
    now = box.addButton(i18n.translate("Language", "现在重新启动"), QMessageBox.AcceptRole)
    box.addButton(i18n.translate("Language", "稍后"), QMessageBox.RejectRole)
    box.setDefaultButton(now)
    box.exec()
    return box.clickedButton() is now


def choose_language(window, language: str) -> None:
    settings = window.settings
    if i18n.normalise_language(settings.value(SETTINGS_KEY)) == language and language == current_language():
        return
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()
    if language != current_language() and ask_restart(window, language):
        restart(window)


def current_language() -> str:
    """The language the running app shows (chosen at start-up by app.install_translators)."""
    app = QCoreApplication.instance()
    return getattr(app, "_language", None) or i18n.SOURCE_LANGUAGE


def install_language_menu(window) -> None:
    """设置 → 语言 / Language, placed before the Help menu; the running language is checked."""
    from PySide6.QtGui import QAction, QActionGroup

    bar = window.menuBar()
    settings_menu = bar.addMenu(i18n.translate("Language", "设置(&S)"))
    actions = bar.actions()
    if len(actions) >= 2:  # keep 帮助 last
        bar.insertMenu(actions[-2], settings_menu)
    menu = settings_menu.addMenu(MENU_TITLE)
    group = QActionGroup(menu)
    group.setExclusive(True)
    window.language_actions = {}
    for code, name in i18n.LANGUAGES.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[code] = action
    window.settings_menu = settings_menu
    install_handout_language_menu(window, settings_menu)


def handout_languages() -> dict[str | None, str]:
    """The languages a fact sheet, brochure or print can be made in (None: the interface's)."""
    return {None: i18n.translate("Language", "与界面相同"), "zh": i18n.translate("Language", "仅中文"),
            "en": i18n.translate("Language", "仅英文"), "both": i18n.translate("Language", "中英对照")}


def install_handout_language_menu(window, settings_menu) -> None:
    """设置 → 资料语言: the language of the PDFs and prints made from the window (window.handout_language),
    remembered in the settings; by default the interface's."""
    from PySide6.QtGui import QAction, QActionGroup

    stored = window.settings.value("handouts/language") or None
    window.handout_language = stored if stored in ("zh", "en", "both") else None
    menu = settings_menu.addMenu(i18n.translate("Language", "资料语言（导出与打印）"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    window.handout_language_actions = {}

    def choose(code) -> None:
        window.handout_language = code
        window.settings.setValue("handouts/language", code or "")

    for code, name in handout_languages().items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == window.handout_language)
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
        group.addAction(action)
        menu.addAction(action)
        window.handout_language_actions[code] = action
