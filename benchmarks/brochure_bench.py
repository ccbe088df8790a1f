"""Brochure speed: pages per second for a brochure of a 2,000-enterprise park (goal: at least 150), and the
finishing pass (document information, bookmarks, links) that must not reread the whole file.

    python benchmarks/brochure_bench.py [--enterprises 2000] [--repeat 3] [--out benchmarks/results/brochure.json]

The synthetic catalogue is built once into benchmarks/data/ (`desktopapp synth`) and reused. Two brochures
are timed: every enterprise on a sheet of its own (the most pages: what the goal is about) and the default
brochure of the park (entities without figures on compact list pages). Each is built `--repeat` times and
the best run is reported (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from desktopapp.catalogue import Catalogue, Filters  # noqa: E402
from desktopapp.reports import build_brochure, ensure_app  # noqa: E402
from desktopapp.reports import document  # noqa: E402
from bench import ensure_catalogue  # noqa: E402

GOAL_PAGES_PER_SECOND = 150


def timed_brochure(cat, out: Path, repeat: int, **kwargs) -> dict:
    finish_times: list[float] = []
    original = document.finish

    def finish(*args, **kw):
        start = time.perf_counter()
        try:
            return original(*args, **kw)
        finally:
            finish_times.append(time.perf_counter() - start)

    document.finish = finish
    best = None
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            result = build_brochure(cat, out, generated="2025-06-01", **kwargs)
            seconds = time.perf_counter() - start
            if best is None or seconds < best[0]:
                best = (seconds, result, finish_times[-1])
    finally:
        document.finish = original
    seconds, result, finishing = best
    return {"pages": result.pages, "entities": result.sheets, "seconds": round(seconds, 2),
            "pages_per_second": round(result.pages / seconds, 1), "finish_ms": round(finishing * 1000, 1),
            "file_mib": round(out.stat().st_size / 2**20, 1), "bookmarks": result.bookmarks}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--enterprises", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "brochure.json")
    args = ap.parse_args(argv)
    ensure_app()
    path = ensure_catalogue(args.enterprises)
    results: dict = {"enterprises": args.enterprises}
    with Catalogue(path) as cat, tempfile.TemporaryDirectory() as tmp:
        every = [Filters(kind="enterprise")]
        results["every_sheet"] = timed_brochure(cat, Path(tmp) / "every.pdf", args.repeat, filters=every,
                                                every_sheet=True)
        results["default"] = timed_brochure(cat, Path(tmp) / "default.pdf", args.repeat)
    for name, r in (("every enterprise on a sheet", results["every_sheet"]),
                    ("default brochure of the park", results["default"])):
        print(f"{name}: {r['pages']} pages ({r['entities']} entities) in {r['seconds']} s = "
              f"{r['pages_per_second']} pages/s; finishing pass {r['finish_ms']} ms; {r['file_mib']} MiB")
    ok = results["every_sheet"]["pages_per_second"] >= GOAL_PAGES_PER_SECOND
    print(f"goal ≥ {GOAL_PAGES_PER_SECOND} pages/s: {'met' if ok else 'NOT met'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
