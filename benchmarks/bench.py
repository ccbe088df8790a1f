"""Benchmarks: each goal measured on synthetic catalogues of 100k and 1M enterprises, beside the raw-SQLite
floor for the same work, in the same run. Prints a table of medians and ratios and writes JSON.

    python benchmarks/bench.py [--sizes 100000 1000000] [--repeat 15] [--out benchmarks/results/latest.json]

Synthetic catalogues are built once into benchmarks/data/ (`desktopapp synth`) and reused.
Start-up and memory are measured as whole processes (see startup_probe.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
sys.path.insert(0, str(ROOT))

from desktopapp.catalogue import Catalogue, Filters  # noqa: E402

GOALS = {
    "facets": 15.0,
    "search_first_page": 30.0,
    "search_full": 200.0,
    "sort_jump": 16.0,
    "startup_ratio_1m": 1.5,
    "startup_ratio_bundled": 1.3,
    "memory_mib": 200.0,
    "pdf_pages_per_s": 100.0,
}


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def ensure_catalogue(n: int) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"synth-{n}.db"
    if not path.exists():
        print(f"building {path.name} …", flush=True)
        subprocess.run([sys.executable, "-m", "desktopapp", "synth", "--enterprises", str(n), "-o", str(path)],
                       check=True, cwd=ROOT)
    return path


def popular(cat: Catalogue, facet: str, k: int = 2) -> list[str]:
    counts = cat.facet_counts(Filters(kind="enterprise"))[facet]
    return [v.value for v in counts[:k]]


# ---------------------------------------------------------------------- raw SQLite floors

def sql_facets(conn: sqlite3.Connection, selections: dict[str, list[str]], facets: list[str]) -> None:
    """Facet counts with multi-select semantics in plain SQL over facet_values (covering index)."""
    for facet in facets:
        where = ["e.kind = 'enterprise'"]
        args: list = []
        for other, values in selections.items():
            if other == facet:
                continue
            marks = ",".join("?" * len(values))
            where.append(f"fv.entity_id IN (SELECT entity_id FROM facet_values WHERE facet = ? AND value IN ({marks}))")
            args += [other, *values]
        conn.execute(
            f"SELECT fv.value, COUNT(*) FROM facet_values fv JOIN entities e ON e.id = fv.entity_id "
            f"WHERE fv.facet = ? AND {' AND '.join(where)} GROUP BY fv.value", [facet, *args]).fetchall()


def sql_search_all(conn: sqlite3.Connection, term: str) -> int:
    return conn.execute(
        "SELECT COUNT(*) FROM entities WHERE kind = 'enterprise' AND (instr(lower(name), ?) OR "
        "instr(lower(coalesce(aliases, '')), ?) OR instr(coalesce(pinyin, ''), ?))", (term, term, term)).fetchone()[0]


def sql_search_page(conn: sqlite3.Connection, term: str) -> list:
    return conn.execute(
        "SELECT id FROM entities WHERE kind = 'enterprise' AND (instr(lower(name), ?) OR "
        "instr(lower(coalesce(aliases, '')), ?) OR instr(coalesce(pinyin, ''), ?)) LIMIT 50",
        (term, term, term)).fetchall()


def sql_sort_jump(conn: sqlite3.Connection, column: str, offset: int) -> list:
    return conn.execute(f"SELECT id, name, {column} FROM entities WHERE kind = 'enterprise' "
                        f"ORDER BY ({column} IS NULL), {column} LIMIT 40 OFFSET ?", (offset,)).fetchall()


# ---------------------------------------------------------------------- one size

def bench_size(n: int, repeat: int) -> dict:
    path = ensure_catalogue(n)
    results: dict = {"enterprises": n, "file_mib": round(path.stat().st_size / 2**20, 1)}
    start = time.perf_counter()
    cat = Catalogue(path)
    cat.facet_index("enterprise")
    results["open_and_index_ms"] = round((time.perf_counter() - start) * 1000, 1)
    facets = list(cat.facet_index("enterprise").facets)
    stages = popular(cat, "stage")
    scopes = popular(cat, "scope", 1)
    tags = popular(cat, "tag", 2)
    selections = {"stage": stages, "tag": tags}
    filters = Filters(kind="enterprise", facets=selections)
    cat.facet_counts(filters)
    results["facets"] = median_ms(lambda: cat.facet_counts(filters), repeat)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    results["facets_sql"] = median_ms(lambda: sql_facets(conn, selections, facets), max(3, repeat // 5))

    # Search as you type: the first page (the list's first rows) and the full result with facet counts.
    # Typed: each keystroke of the term in turn, as the search box sends them (the time of the slowest
    # keystroke counts). Pasted: the whole term at once, nothing kept from earlier searches (the worst case).
    terms = ["科", "科技", "hh", "zhineng", "有限公司"]
    typed, pasted, full, sql_first, sql_full = [], [], [], [], []
    for term in terms:
        def first_page(text):
            # What the list shows first: its first rows (PAGE_ROWS), before the whole list is sorted.
            ids = cat.first_ids(Filters(kind="enterprise", text=text, facets={"scope": scopes}), limit=100)
            cat.rows(ids[:50].tolist())

        def typing():
            cat.search.forget()
            times = []
            for i in range(1, len(term) + 1):
                start = time.perf_counter()
                first_page(term[:i])
                times.append((time.perf_counter() - start) * 1000)
            return times

        keystrokes = [typing() for _ in range(max(3, repeat // 3))]
        typed.append(max(statistics.median(k[i] for k in keystrokes) for i in range(len(term))))
        pasted.append(median_ms(lambda: (cat.search.forget(), first_page(term)), repeat))
        full.append(median_ms(lambda: (cat.search.forget(),
                                       cat.query(Filters(kind="enterprise", text=term, facets={"scope": scopes}))),
                              max(3, repeat // 3)))
        sql_first.append(median_ms(lambda: sql_search_page(conn, term), max(3, repeat // 5)))
        sql_full.append(median_ms(lambda: sql_search_all(conn, term), max(3, repeat // 5)))
    results["search_terms"] = terms
    results["search_first_page"] = max(typed)
    results["search_first_page_pasted"] = max(pasted)
    results["search_first_page_by_term"] = dict(zip(terms, typed))
    results["search_first_page_pasted_by_term"] = dict(zip(terms, pasted))
    results["search_full"] = max(full)
    results["search_first_page_sql"] = max(sql_first)
    results["search_full_sql"] = max(sql_full)
    results["search_matches"] = {t: int(len(cat.id_array(Filters(kind="enterprise", text=t)))) for t in terms}

    # Sort by a column and jump to the middle: the visible rows' data.
    jump, jump_sql = [], []
    for column in ("name", "year", "stage", "amount"):
        unfiltered = Filters(kind="enterprise")
        cat.id_array(unfiltered, sort=column)  # the order is loaded once per column

        def sorted_middle():
            ids = cat.id_array(unfiltered, sort=column, descending=True)
            middle = len(ids) // 2
            cat.rows(ids[middle:middle + 40].tolist())

        jump.append(median_ms(sorted_middle, repeat))
        expr = "sort_key" if column == "name" else column
        jump_sql.append(median_ms(lambda: sql_sort_jump(conn, expr, n // 2), 3))
    results["sort_jump"] = max(jump)
    results["sort_jump_sql"] = max(jump_sql)
    conn.close()
    cat.close()
    return results


# ---------------------------------------------------------------------- processes

def startup(path: Path | None, repeat: int) -> dict:
    probe = ROOT / "benchmarks" / "startup_probe.py"
    # Measure an installed app: its modules read as bytecode (tools/install.sh compiles them).
    import compileall

    compileall.compile_dir(str(ROOT / "desktopapp"), quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))

    def run(mode: str, *extra: str) -> dict:
        env["STARTUP_PROBE_T0"] = repr(time.time())
        out = subprocess.run([sys.executable, str(probe), mode, *extra], capture_output=True, text=True, env=env,
                             cwd=ROOT, timeout=600)
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-2000:])
        return json.loads(out.stdout.strip().splitlines()[-1])

    empty, app, phases = [], [], []
    for _ in range(repeat):  # alternately, so that both see the same load on the machine
        empty.append(run("empty")["first_paint_ms"])
        phases.append(run("app", str(path) if path else ""))
        app.append(phases[-1]["first_paint_ms"])
    browse = run("browse", str(path) if path else "")
    return {"empty_ms": statistics.median(empty), "app_ms": statistics.median(app),
            "ratio": statistics.median(app) / statistics.median(empty), "peak_mib": browse["peak_mib"],
            "phases": {k: statistics.median(p[k] for p in phases) for k in phases[0] if k != "first_paint_ms"},
            "browse": browse}


def pdf_rate(path: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "desktopapp", "brochure", "--kind", "enterprise", "--no-park",
                          "--catalogue", str(path), "-o", str(DATA / "brochure-1000.pdf")],
                         capture_output=True, text=True, cwd=ROOT, timeout=600,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    start = time.perf_counter()
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    from pypdf import PdfReader

    pages = len(PdfReader(DATA / "brochure-1000.pdf").pages)
    return {"stdout": out.stdout.strip(), "pages": pages, "bytes": (DATA / "brochure-1000.pdf").stat().st_size,
            "_": time.perf_counter() - start}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--startup-repeat", type=int, default=9)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json")
    ap.add_argument("--skip-processes", action="store_true", help="skip start-up, memory and PDF")
    args = ap.parse_args()
    report = {"machine": {"python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
                          "numpy": np.__version__, "cpus": os.cpu_count(), "platform": platform.platform()},
              "goals": GOALS, "sizes": {}}
    for n in args.sizes:
        print(f"== {n:,} enterprises", flush=True)
        report["sizes"][n] = bench_size(n, args.repeat)
        if not args.skip_processes:
            report["sizes"][n]["startup"] = startup(ensure_catalogue(n), args.startup_repeat)
    if not args.skip_processes:
        report["bundled_startup"] = startup(None, args.startup_repeat)
        small = ensure_catalogue(1000)
        report["pdf_1000"] = pdf_rate(small)
    print_table(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


def print_table(report: dict) -> None:
    print()
    print(f"{'work':44} {'size':>9} {'ours ms':>9} {'SQL ms':>9} {'SQL/ours':>9} {'goal':>8}  met")
    rows = [("facet recount, 2 facets selected (multi-select)", "facets", "facets_sql", GOALS["facets"]),
            ("search: first page, typed (slowest key)", "search_first_page", "search_first_page_sql",
             GOALS["search_first_page"]),
            ("search: first page, whole term pasted", "search_first_page_pasted", "search_first_page_sql",
             GOALS["search_first_page"]),
            ("search: full result + facet counts", "search_full", "search_full_sql", GOALS["search_full"]),
            ("sort by a column, rows at the middle", "sort_jump", "sort_jump_sql", GOALS["sort_jump"])]
    def met(value, goal, unit=""):
        """'yes', or by how much the goal is missed."""
        if value <= goal:
            return "yes"
        over = value - goal
        return f"NO, by {over:.2f}{unit}" if unit == "x" or over < 0.1 else f"NO, by {over:.1f}{unit}"

    for n, r in report["sizes"].items():
        for label, key, sql_key, goal in rows:
            ours, sql = r[key], r[sql_key]
            print(f"{label:44} {int(n):>9,} {ours:>9.1f} {sql:>9.1f} {sql / ours:>9.1f} {goal:>8.0f}  "
                  f"{met(ours, goal, ' ms')}")
    for n, r in report["sizes"].items():
        s = r.get("startup")
        if s:
            goal = GOALS["startup_ratio_1m"]
            print(f"{'start-up to first paint / empty window':44} {int(n):>9,} {s['app_ms']:>9.0f} "
                  f"{s['empty_ms']:>9.0f} {s['ratio']:>9.2f}x {goal:>7}x  {met(s['ratio'], goal, 'x')}")
            print(f"{'peak memory, opened and browsed (MiB)':44} {int(n):>9,} {s['peak_mib']:>9.0f} {'':>9} {'':>9} "
                  f"{GOALS['memory_mib']:>8.0f}  {met(s['peak_mib'], GOALS['memory_mib'], ' MiB')}")
            b = s["browse"]
            print(f"{'  browsing: rows shown at / longest stall':44} {int(n):>9,} {b.get('rows_shown_ms', 0):>9.0f} "
                  f"{b.get('max_stall_ms', 0):>9.0f}")
    s = report.get("bundled_startup")
    if s:
        goal = GOALS["startup_ratio_bundled"]
        print(f"{'start-up, bundled catalogue / empty window':44} {'bundled':>9} {s['app_ms']:>9.0f} "
              f"{s['empty_ms']:>9.0f} {s['ratio']:>9.2f}x {goal:>7}x  {met(s['ratio'], goal, 'x')}")
    p = report.get("pdf_1000")
    if p:
        print(f"PDF brochure of 1,000 enterprises: {p['stdout']}  ({p['pages']} pages, {p['bytes'] / 2**20:.1f} MiB)")
    print_reasons(report)


def print_reasons(report: dict) -> None:
    """Where the time and memory of the process measures go (what a missed goal is made of)."""
    print()
    for n, r in report["sizes"].items():
        terms = r.get("search_first_page_pasted_by_term", {})
        if terms:
            slowest = max(terms, key=terms.get)
            print(f"search at {int(n):,}: slowest term pasted {slowest} {terms[slowest]:.1f} ms "
                  f"({r['search_matches'].get(slowest, 0):,} matches); typed, per term: "
                  + ", ".join(f"{t} {v:.1f}" for t, v in r["search_first_page_by_term"].items()))
        b = r.get("startup", {}).get("browse", {})
        if "rss_search_mib" in b:
            print(f"memory at {int(n):,}: window {b['rss_window_mib']:.0f} MiB; with the list and facet columns "
                  f"{b['rss_list_mib']:.0f}; after the first search (names, aliases, codes and pinyin held for "
                  f"search) {b['rss_search_mib']:.0f}; peak {b['peak_mib']:.0f}")
    for name, s in [(f"{int(n):,}", r["startup"]) for n, r in report["sizes"].items() if "startup" in r] + \
            ([("bundled", report["bundled_startup"])] if "bundled_startup" in report else []):
        ph = s.get("phases")
        if ph:
            print(f"start-up ({name}), ms from process start: Qt imported {ph['qt_imported_ms']:.0f}, app modules "
                  f"{ph['app_imported_ms']:.0f}, application {ph['application_ms']:.0f}, window built "
                  f"{ph['window_built_ms']:.0f}, painted {s['app_ms']:.0f} (empty window painted {s['empty_ms']:.0f})")


if __name__ == "__main__":
    sys.exit(main())
