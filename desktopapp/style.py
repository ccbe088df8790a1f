"""The visual language shared by the screens and the printed sheets: font, colours, type scale.

Plain constants (no Qt), so the GUI, the chain map and the PDF reports draw alike.
"""

# The bundled subset of Noto Sans CJK SC, renamed so a system-wide Noto CJK is never used instead.
FONT_FAMILY = "Noto Sans CJK SC Subset"
FONT_FILES = ("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf")

# Colours (hex). One accent, neutral greys, and one colour per pipeline stage.
ACCENT = "#1f6feb"
ACCENT_DARK = "#174ea6"
ACCENT_LIGHT = "#e8f0fe"
TEXT = "#1f2328"
TEXT_MUTED = "#59636e"
BORDER = "#d0d7de"
SURFACE = "#ffffff"
SURFACE_ALT = "#f6f8fa"
WARNING = "#9a6700"
WARNING_LIGHT = "#fff8c5"
GAP = "#cf222e"
GAP_LIGHT = "#ffebe9"

STAGE_COLOURS = {
    "线索": "#8c959f",
    "在谈": "#bf8700",
    "签约": "#8250df",
    "落地": "#0969da",
    "入驻": "#0969da",
    "孵化": "#1b7c83",
    "开工": "#bc4c00",
    "在建": "#bc4c00",
    "建成": "#1a7f37",
    "投产": "#1a7f37",
    "达产": "#116329",
    "延期": "#9a6700",
    "停滞": "#6e7781",
    "终止": "#cf222e",
}

KIND_COLOURS = {
    "enterprise": "#1f6feb",
    "project": "#8250df",
    "chain": "#1a7f37",
    "facility": "#bc4c00",
    "organisation": "#1b7c83",
    "figure": "#9a6700",
}

# Type scale in points (screen) — the sheets use the same ratios.
SIZE_BODY = 10
SIZE_SMALL = 8.5
SIZE_H2 = 12
SIZE_H1 = 17
SIZE_TITLE = 22


def stage_colour(stage: str | None) -> str:
    return STAGE_COLOURS.get(stage or "", TEXT_MUTED)
