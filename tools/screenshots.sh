#!/usr/bin/env bash
# Screenshots of the app in a real window under Xvfb at 1440×900, into out/screenshots/.
# Usage: tools/screenshots.sh [CATALOGUE.db]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p out/screenshots
py=.venv/bin/python
[ -x "$py" ] || py=python3
xvfb-run -a -s "-screen 0 1440x900x24" "$py" tools/screenshots.py out/screenshots "$@"
ls -1 out/screenshots
