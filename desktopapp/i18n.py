"""Translation hook shared by the GUI and the Qt-free layers.

User-facing strings outside Qt classes are written as `translate("Context", "中文")`, which `pyside6-lupdate`
extracts like `QCoreApplication.translate`. Until the GUI installs Qt's translator, the Chinese source text
is returned unchanged (the command line and tests use it that way).
"""

from __future__ import annotations

from typing import Callable

_translator: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    """Route `translate` through `translator` (e.g. QCoreApplication.translate); None restores identity."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for extraction into the translation files without translating it here."""
    return text
