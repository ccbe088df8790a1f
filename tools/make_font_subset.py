"""Make the bundled Noto Sans CJK SC subsets (resources/fonts/*.otf).

Extracts the "Noto Sans CJK SC" face (Regular, Bold) from the Noto Sans CJK
collections and subsets it to every CJK Unified Ideograph (U+4E00-9FFF) and
Extension A (U+3400-4DBF) the font has, GB2312, every character of the catalogue
articles, Latin, punctuation and symbol ranges (see RANGES), without Kangxi /
CJK radicals (see EXCLUDED) and with one code point per shared glyph (see
dedupe_shared), so that PDF text extracts exactly. Output: unhinted CFF OpenType, all name records
kept, byte-for-byte reproducible.

Usage (from the repository root):
    python tools/make_font_subset.py [--regular TTC] [--bold TTC]
                                     [--text PATH ...] [--out-dir DIR]

--regular/--bold default to Debian's fonts-noto-cjk files in
/usr/share/fonts/opentype/noto/ (a single-face SC .otf works too); --text
(files, or folders read for *.txt) defaults to resources/catalogue/articles/;
--out-dir defaults to resources/fonts/.
"""
import argparse
import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parents[1]
# Debian/Ubuntu package fonts-noto-cjk; override with --regular/--bold elsewhere.
DEFAULT_FONT_DIR = Path("/usr/share/fonts/opentype/noto")
FAMILY = "Noto Sans CJK SC"
# The subset is renamed so that an installed system copy of Noto Sans CJK SC (with the radicals that break
# PDF text extraction) can never be picked in its place; desktopapp.style.FONT_FAMILY names it.
OUT_FAMILY = "Noto Sans CJK SC Subset"
OUTPUTS = {"Regular": "NotoSansCJKsc-Regular.otf", "Bold": "NotoSansCJKsc-Bold.otf"}

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x2000, 0x206F),  # general punctuation
    (0x20A0, 0x20CF),  # currency symbols
    (0x2190, 0x21FF),  # arrows
    (0x25A0, 0x25FF),  # geometric shapes (markers such as ● ▲)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A (rare characters of personal and company names)
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs (every one the source font has)
]
# Ideograph blocks, by preference when several code points share one glyph (see dedupe_shared).
IDEOGRAPH_BLOCKS = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))
EXTRA_CHARS = "①②③④⑤⑥⑦⑧⑨⑩·—…“”‘’《》「」【】"
# CJK radicals supplement + Kangxi radicals: they share glyphs with unified
# ideographs, and Qt's PDF writer maps each glyph back to its lowest code point,
# so keeping them would turn e.g. 文 into U+2F42 in extracted PDF text.
EXCLUDED = range(0x2E80, 0x2FE0)
# For the same reason: rare code points sharing a glyph with a common, higher
# one (an en dash would be extracted as a figure dash); left out unless the
# texts use them.
SHADOWING = {
    0x2003: 0x3000,  # EM SPACE / IDEOGRAPHIC SPACE
    0x2012: 0x2013,  # FIGURE DASH / EN DASH
    0x2035: 0xFF40,  # REVERSED PRIME / FULLWIDTH GRAVE ACCENT
    0x301C: 0xFF5E,  # WAVE DASH / FULLWIDTH TILDE
}


def _block_rank(cp):
    for rank, (lo, hi) in enumerate(IDEOGRAPH_BLOCKS):
        if lo <= cp <= hi:
            return rank
    return len(IDEOGRAPH_BLOCKS)


def dedupe_shared(unicodes, cmap, must_have):
    """Keep one code point per glyph among the ideographs requested.

    A few Extension A characters share their glyph with a unified ideograph (㬵 with 胶, 㫚 with 曶) or
    with each other, and two unified ones share one (墫 壿); Qt's PDF writer would extract the lowest code
    point for all of them, so 胶 would come back as 㬵. The preferred one stays: the texts' own characters,
    then the unified block over Extension A, then the lower code point. The others are left out (the
    import reports them as having no glyph).
    """
    by_glyph = {}
    for cp in unicodes:
        if cp in cmap and _block_rank(cp) < len(IDEOGRAPH_BLOCKS):
            by_glyph.setdefault(cmap[cp], []).append(cp)
    dropped = set()
    for cps in by_glyph.values():
        if len(cps) > 1:
            cps.sort(key=lambda cp: (cp not in must_have, _block_rank(cp), cp))
            dropped.update(cps[1:])
    return dropped


def gb2312_chars():
    """Every character of GB2312, by decoding each valid 2-byte sequence."""
    chars = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return {ord(c) for c in chars}


def text_chars(paths):
    """Code points used in the given text files (folders: *.txt, recursively)."""
    files = []
    for p in map(Path, paths):
        files += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    if not files:
        sys.exit(f"no text files found in {[str(p) for p in paths]}")
    used = set()
    for f in files:
        used |= set(f.read_text(encoding="utf-8"))
    return {ord(c) for c in used if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cs")}


def load_face(path, style):
    """The 'Noto Sans CJK SC' face of the given style from a TTC/OTC or OTF file."""
    with open(path, "rb") as f:
        is_collection = f.read(4) == b"ttcf"
    fonts = TTCollection(path, recalcTimestamp=False).fonts if is_collection else [TTFont(path, recalcTimestamp=False)]
    matches = []
    for i, font in enumerate(fonts):
        name = font["name"]
        family = name.getDebugName(16) or name.getDebugName(1)
        subfamily = name.getDebugName(17) or name.getDebugName(2)
        if family == FAMILY and subfamily == style:
            matches.append(i)
    if len(matches) != 1:
        sys.exit(f"{path}: expected one '{FAMILY} {style}' face, found indices {matches}")
    print(f"{path}: '{FAMILY} {style}' is face {matches[0]} of {len(fonts)}")
    return fonts[matches[0]]


def make_subset(src, style, unicodes, must_have, out_path):
    font = load_face(src, style)
    if "CFF " not in font:
        sys.exit(f"{src}: face has no CFF table")
    modified = font["head"].modified
    cmap = font.getBestCmap()
    missing = sorted(must_have - cmap.keys())
    if missing:
        sys.exit(f"{src}: article characters missing from the source font: {''.join(map(chr, missing))}")

    dropped = dedupe_shared(unicodes, cmap, must_have)
    if dropped:
        print(f"  left out, sharing a glyph with a preferred ideograph: {''.join(map(chr, sorted(dropped)))}")
    unicodes = set(unicodes) - dropped

    opts = subset.Options()
    opts.layout_closure = False  # --no-layout-closure
    opts.hinting = False  # --no-hinting
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_outline = True
    subsetter = subset.Subsetter(options=opts)
    subsetter.populate(unicodes=sorted(unicodes & cmap.keys()))
    subsetter.subset(font)

    # A TTC shares one CFF table between its faces (named after the JP face);
    # name it after this face, as in the upstream single-face OTFs.
    cff = font["CFF "].cff
    top = cff.topDictIndex[0]
    ps_name = OUT_FAMILY.replace(" ", "") + "-" + style
    full_name = f"{OUT_FAMILY} {style}"
    old_ps_name = cff.fontNames[0]
    cff.fontNames[0] = ps_name
    top.FullName, top.FamilyName = full_name, OUT_FAMILY
    for fd in getattr(top, "FDArray", []):
        fd.FontName = fd.FontName.replace(old_ps_name, ps_name)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(OUT_FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            names.setName(full_name, 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(ps_name, 6, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            names.setName(f"{ps_name};subset", 3, record.platformID, record.platEncID, record.langID)

    font.recalcTimestamp = False
    font["head"].modified = modified  # keep the source date: reproducible bytes
    out_path.parent.mkdir(parents=True, exist_ok=True)
    font.save(out_path)

    # Sanity checks on the written file.
    out = TTFont(out_path)
    out_cmap = out.getBestCmap()
    problems = [msg for bad, msg in (
        (out["name"].getDebugName(1) != OUT_FAMILY, "wrong family name"),
        (not must_have <= out_cmap.keys(), "text characters lost"),
        (any(cp in EXCLUDED for cp in out_cmap), "radicals in the cmap"),
    ) if bad]
    if problems:
        sys.exit(f"{out_path}: {', '.join(problems)}")
    shared = {}
    for cp, glyph in sorted(out_cmap.items()):
        shared.setdefault(glyph, []).append(f"U+{cp:04X}")
    shared = [" ".join(cps) for cps in shared.values() if len(cps) > 1]
    print(f"  glyphs shared by several code points (PDF text gets the first): {'; '.join(shared)}")
    print(f"{out_path}: {len(out_cmap)} characters, {out['maxp'].numGlyphs} glyphs, "
          f"{out_path.stat().st_size:,} bytes")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--regular", type=Path, default=DEFAULT_FONT_DIR / "NotoSansCJK-Regular.ttc")
    ap.add_argument("--bold", type=Path, default=DEFAULT_FONT_DIR / "NotoSansCJK-Bold.ttc")
    ap.add_argument("--text", type=Path, action="append",
                    help="text file or folder whose characters must be covered (repeatable; "
                         "default resources/catalogue/articles)")
    ap.add_argument("--out-dir", type=Path, default=ROOT / "resources" / "fonts")
    args = ap.parse_args(argv)

    must_have = text_chars(args.text or [ROOT / "resources" / "catalogue" / "articles"])
    radicals = sorted(cp for cp in must_have if cp in EXCLUDED)
    if radicals:
        print(f"warning: texts use radicals (left out of the font): {''.join(map(chr, radicals))}")
        must_have -= set(radicals)
    unicodes = gb2312_chars() | must_have | {ord(c) for c in EXTRA_CHARS}
    for lo, hi in RANGES:
        unicodes.update(range(lo, hi + 1))
    unicodes = {cp for cp in unicodes if cp not in EXCLUDED}
    unicodes -= SHADOWING.keys() - must_have
    print(f"{len(unicodes)} code points requested ({len(must_have)} from the texts)")

    for style, src in (("Regular", args.regular), ("Bold", args.bold)):
        make_subset(src, style, unicodes, must_have, args.out_dir / OUTPUTS[style])


if __name__ == "__main__":
    main()
