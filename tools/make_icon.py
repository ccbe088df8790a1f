"""Draw the app icon: two interlocked chain links (产业链) in white on the app's accent blue.

Writes resources/icons/desktopapp.png (512 px, Linux and the window icon), desktopapp.ico (16–256 px,
Windows) and desktopapp.icns (macOS). Drawn with Pillow at 1024 px and scaled down, so the result is the
same on every machine; the colours come from desktopapp/style.py. Run from the repository root:

    python tools/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from desktopapp import style  # noqa: E402  (plain constants, no Qt)

SIZE = 1024
OUT = ROOT / "resources" / "icons"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _ring(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], width: float, value: int,
          grow: float = 0) -> None:
    """A stadium-shaped link outline; `grow` widens it on both sides (the gap around a strand lying over)."""
    x0, y0, x1, y1 = box
    x0, y0, x1, y1 = x0 - grow, y0 - grow, x1 + grow, y1 + grow
    draw.rounded_rectangle((x0, y0, x1, y1), radius=(y1 - y0) / 2, outline=value, width=round(width + 2 * grow))


def _links_mask() -> Image.Image:
    """White (255) where the two links are, on a SIZE×SIZE mask; the left link lies over the right one at the
    upper crossing and under it at the lower one, as real chain links do."""
    cx = cy = SIZE / 2
    w, h, t, gap = 440, 250, 70, 26  # link length, height, stroke, clearance around a strand lying over
    left = (cx - w + 95, cy - h / 2, cx + 95, cy + h / 2)
    right = (cx - 95, cy - h / 2, cx + w - 95, cy + h / 2)

    mask = Image.new("L", (SIZE, SIZE), 0)
    d = ImageDraw.Draw(mask)
    _ring(d, right, t, 255)
    _ring(d, left, t, 0, grow=gap)  # the left link over the right one at both crossings …
    _ring(d, left, t, 255)

    under = mask.copy()  # … then the right link over the left one in the lower half only
    du = ImageDraw.Draw(under)
    _ring(du, right, t, 0, grow=gap)
    _ring(du, right, t, 255)
    lower = Image.new("L", (SIZE, SIZE), 0)
    ImageDraw.Draw(lower).rectangle((0, cy, SIZE, SIZE), fill=255)
    mask.paste(under, (0, 0), lower)
    return mask.rotate(-35, resample=Image.BICUBIC, center=(cx, cy))


def _tile() -> Image.Image:
    """A rounded square in a vertical gradient from the accent to its dark shade, with a margin around it as
    the platforms' icon grids expect."""
    top, bottom = _rgb(style.ACCENT), _rgb(style.ACCENT_DARK)
    gradient = Image.new("RGBA", (1, SIZE))
    for y in range(SIZE):
        f = y / (SIZE - 1)
        gradient.putpixel((0, y), tuple(round(a + (b - a) * f) for a, b in zip(top, bottom)) + (255,))
    gradient = gradient.resize((SIZE, SIZE))
    shape = Image.new("L", (SIZE, SIZE), 0)
    margin = 80
    ImageDraw.Draw(shape).rounded_rectangle((margin, margin, SIZE - margin, SIZE - margin), radius=190, fill=255)
    tile = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    tile.paste(gradient, (0, 0), shape)
    return tile


def draw_icon() -> Image.Image:
    tile = _tile()
    links = _links_mask()
    white = Image.new("RGBA", (SIZE, SIZE), (255, 255, 255, 255))
    tile.paste(white, (0, 0), ImageChops.multiply(links, tile.getchannel("A")))
    return tile


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw_icon()
    icon.resize((512, 512), Image.LANCZOS).save(OUT / "desktopapp.png", optimize=True)
    icon.resize((256, 256), Image.LANCZOS).save(
        OUT / "desktopapp.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    icon.save(OUT / "desktopapp.icns")
    for name in ("desktopapp.png", "desktopapp.ico", "desktopapp.icns"):
        print(f"{OUT / name}  {(OUT / name).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
