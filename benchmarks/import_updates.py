"""Updating 1,000 existing enterprises of the bundled catalogue from a spreadsheet (issue goal: the result
reported in under 2 s). Made before timing: a copy of the bundled catalogue with 1,000 added enterprises
(fictional, benchmark data), exported to CSV and every row edited in three cells (output, stage and its
date, summary). Timed: the `desktopapp import` process from start to exit, and `importer.run` in process
(check, backup, write, derive).

    python benchmarks/import_updates.py
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ROWS = 1000


def main() -> None:
    from desktopapp.catalogue import Catalogue, Filters, exporting
    from desktopapp.write import importer

    tmp = Path(tempfile.mkdtemp(prefix="import-updates-"))
    env = {**os.environ, "DESKTOPAPP_DATA_DIR": str(tmp / "data"), "DESKTOPAPP_LOG_DIR": str(tmp / "log"),
           "PYTHONPATH": str(ROOT)}
    os.environ.update({k: env[k] for k in ("DESKTOPAPP_DATA_DIR", "DESKTOPAPP_LOG_DIR")})
    try:
        source = tmp / "catalogue.db"
        shutil.copyfile(ROOT / "catalogue.db", source)
        new = tmp / "new.csv"
        with open(new, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["名称", "简介", "阶段", "阶段日期", "产值（亿元）"])
            for i in range(ROWS):
                w.writerow([f"基准测试示例企业{i:04d}有限公司", "基准测试数据", "签约", "2025-01", f"{1 + i % 7}"])
        db = importer.run(source, new, "enterprise").catalogue
        cat = Catalogue(db)
        out = tmp / "export.csv"
        exporting.export_list(cat, Filters(kind="enterprise", text="基准测试示例企业"), out)
        cat.close()
        lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
        header = lines[1]
        for row in lines[2:]:
            row[header.index("产值（亿元）")] = str(float(row[header.index("产值（亿元）")]) + 0.5)
            row[header.index("阶段")], row[header.index("阶段日期")] = "开工", "2026-11"
            row[header.index("简介")] = "基准测试数据（已更新）"
        edited = tmp / "edited.csv"
        with open(edited, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(lines)
        work = tmp / "work.db"
        shutil.copyfile(db, work)  # in-process run on a copy; the process run on the working copy itself
        start = time.perf_counter()
        report = importer.run(work, edited, "enterprise")
        in_process = time.perf_counter() - start
        assert report.written and len(report.updated) == ROWS, report.summary()
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "desktopapp", "--catalogue", str(db), "import", str(edited),
                               "--kind", "enterprise"], env=env, capture_output=True, text=True)
        process = time.perf_counter() - start
        assert done.returncode == 0, done.stderr
        print(f"{ROWS} updated rows (3 cells each) into the bundled catalogue: importer.run {in_process:.2f} s, "
              f"`desktopapp import` process {process:.2f} s (goal: under 2 s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
