"""The app's own light palette, applied whatever the system's.

The screens draw on the light surfaces of `style` (style sheet backgrounds, the detail pane's HTML, the
painted chain map and dashboard). Under a dark system palette, widgets that take their text colour from the
palette then wrote light text on those light surfaces (list and filter text vanished). Setting the whole
palette from the same constants keeps every text colour and its background consistent.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from desktopapp import style


def light_palette() -> QPalette:
    p = QPalette()
    colours = {
        QPalette.Window: style.SURFACE_ALT,
        QPalette.WindowText: style.TEXT,
        QPalette.Base: style.SURFACE,
        QPalette.AlternateBase: style.SURFACE_ALT,
        QPalette.Text: style.TEXT,
        QPalette.Button: style.SURFACE_ALT,
        QPalette.ButtonText: style.TEXT,
        QPalette.BrightText: "#ffffff",
        QPalette.Highlight: style.ACCENT,
        QPalette.HighlightedText: "#ffffff",
        QPalette.ToolTipBase: "#ffffff",
        QPalette.ToolTipText: style.TEXT,
        QPalette.PlaceholderText: style.TEXT_MUTED,
        QPalette.Link: style.ACCENT,
        QPalette.LinkVisited: style.ACCENT_DARK,
        QPalette.Light: "#ffffff",
        QPalette.Midlight: "#eaeef2",
        QPalette.Mid: style.BORDER,
        QPalette.Dark: "#8c959f",
        QPalette.Shadow: "#6e7781",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#8c959f"))
    return p


def dark_palette() -> QPalette:
    """A typical dark system palette (screenshots and tests use it to stand for a dark desktop)."""
    p = QPalette()
    for role, colour in {QPalette.Window: "#202124", QPalette.WindowText: "#e8eaed", QPalette.Base: "#171717",
                         QPalette.AlternateBase: "#2a2a2a", QPalette.Text: "#e8eaed", QPalette.Button: "#303134",
                         QPalette.ButtonText: "#e8eaed", QPalette.Highlight: "#8ab4f8",
                         QPalette.HighlightedText: "#202124", QPalette.ToolTipBase: "#303134",
                         QPalette.ToolTipText: "#e8eaed", QPalette.PlaceholderText: "#9aa0a6"}.items():
        p.setColor(role, QColor(colour))
    return p


def install_look(app) -> None:
    """The light palette on the application and its tooltips."""
    from PySide6.QtWidgets import QToolTip

    palette = light_palette()
    app.setPalette(palette)
    QToolTip.setPalette(palette)
