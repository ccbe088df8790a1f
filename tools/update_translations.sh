#!/usr/bin/env bash
# Extract every user-facing string (tr(), translate()) into resources/i18n/desktopapp_en.ts for translators,
# then compile the translations that exist into .qm files the app loads for the user's locale.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/pyside6-lupdate" ] || bin="$(dirname "$(command -v python3)")"
files=$(git ls-files 'desktopapp/*.py')
"$bin/pyside6-lupdate" $files -no-obsolete -source-language zh_CN -target-language en -ts resources/i18n/desktopapp_en.ts
for ts in resources/i18n/*.ts; do
  # Compile only translations that have translated text (an empty .qm would change nothing).
  if grep -q '<translation>[^<]' "$ts"; then
    "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm" -nounfinished
  fi
done
