#!/usr/bin/env bash
# Screenshots of the app in a real window under Xvfb, into out/screenshots/: at 1440×900, at 1366×768 (a
# laptop), at 2× scale (2880×1800 pixels, 1440×900 points) and with a dark system palette; each run also
# checks the print preview and that the first window fits the screen (see tools/screenshots.py).
# Usage: tools/screenshots.sh [CATALOGUE.db]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p out/screenshots
py=${PYTHON:-.venv/bin/python}
[ -x "$py" ] || py=python3
run() {  # screen prefix [options…]
    local screen=$1 prefix=$2
    shift 2
    xvfb-run -a -s "-screen 0 ${screen}x24" "$py" tools/screenshots.py out/screenshots "$@" --prefix "$prefix"
}
run 1440x900 "1440-"
run 1366x768 "1366-"
QT_SCALE_FACTOR=2 run 2880x1800 "2x-"
run 1440x900 "dark-" --dark
ls -1 out/screenshots
