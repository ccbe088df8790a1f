#!/usr/bin/env bash
# Render sample fact sheets (one per kind) and a brochure of the bundled catalogue to PNG for review.
# Usage: tools/render_previews.sh [PYTHON]   (default: python3; output in out/previews/)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-${PYTHON:-python3}}
OUT=out/previews
mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.pdf
export QT_QPA_PLATFORM=offscreen
run() { "$PY" -m desktopapp "$@"; }
run factsheet enterprise 华虹仪表 -o "$OUT/enterprise.pdf"
run factsheet enterprise 中科光智 -o "$OUT/enterprise-letter.pdf" --paper letter
run factsheet chain 传感器及仪器仪表 -o "$OUT/chain.pdf"
run factsheet facility 渝西高铁北碚南站 -o "$OUT/facility.pdf"
run factsheet park -o "$OUT/park.pdf"
run brochure -o "$OUT/brochure.pdf"
for pdf in "$OUT"/*.pdf; do
  base=${pdf%.pdf}
  if [ "$(basename "$base")" = brochure ]; then
    pdftoppm -png -r 70 -f 1 -l 8 "$pdf" "$base"   # cover, contents and the first sheets
  else
    pdftoppm -png -r 70 "$pdf" "$base"
  fi
done
ls -1 "$OUT"/*.png
