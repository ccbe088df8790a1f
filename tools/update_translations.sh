#!/usr/bin/env bash
# Extract every user-facing string (tr(), translate(), QT_TRANSLATE_NOOP()) into resources/i18n/desktopapp_en.ts
# (existing translations are kept; strings gone from the code are dropped), report what is left to translate,
# then compile the translations into the .qm files the app loads (tools/install.sh compiles them too).
# After merging: run this, translate the strings it lists as unfinished (Qt Linguist, or edit the .ts), run again.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/pyside6-lupdate" ] || bin="$(dirname "$(command -v pyside6-lupdate || command -v python3)")"
files=$(git ls-files 'desktopapp/*.py'; git ls-files --others --exclude-standard 'desktopapp/*.py')
# lupdate does not look inside f-strings: hand it the translations nested there as plain calls.
nested="$(mktemp -d)/fstrings.py"
trap 'rm -rf "$(dirname "$nested")"' EXIT
"$bin/python" tools/i18n_fstrings.py "$nested" $files
"$bin/pyside6-lupdate" $files "$nested" -no-obsolete -locations none -source-language zh_CN -target-language en \
  -ts resources/i18n/desktopapp_en.ts
for ts in resources/i18n/*.ts; do
  "$bin/python" - "$ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

ts = sys.argv[1]
left = [(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message") if m.find("translation").get("type") == "unfinished"]
print(f"{ts}: {len(left)} unfinished")
for context, source in left:
    print(f"  {context}: {source!r}")
PY
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
