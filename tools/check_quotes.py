"""Check that every quote in the catalogue source files is found in its article.

Usage: python tools/check_quotes.py [resources/catalogue/facts/a1.toml ...]

A quick check for editors of the catalogue sources; `desktopapp build` performs the same check (and more).
"""
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "resources" / "catalogue"


def article(source_id):
    text = (ROOT / "articles" / f"{source_id}.txt").read_text(encoding="utf-8")
    return text, re.sub(r"\s*\n\s*", "", text)


def walk(node, path=""):
    if isinstance(node, dict):
        if "quote" in node:
            yield path, node["quote"], node.get("source")
        for k, v in node.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            label = v.get("key") or v.get("field") or v.get("alias") or v.get("tag") or v.get("to") or i if isinstance(v, dict) else i
            yield from walk(v, f"{path}[{label}]")


def main(files):
    files = [Path(f) for f in files] or sorted((ROOT / "facts").glob("*.toml")) + [ROOT / "chains.toml"]
    bad = 0
    for f in files:
        data = tomllib.loads(f.read_text(encoding="utf-8"))
        for path, quote, src in walk(data):
            src = src or data.get("source")
            raw, joined = article(src)
            if quote in raw:
                continue
            if quote in joined:
                continue
            bad += 1
            print(f"{f.name}{path}: quote not found in {src}: {quote!r}")
    print("all quotes found" if not bad else f"{bad} quotes not found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
