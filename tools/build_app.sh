#!/usr/bin/env bash
# Build the officers' app bundle dist/desktopapp/ (one folder, no Python needed to run it) with PyInstaller from
# packaging/desktopapp.spec, then smoke-test the built program as an officer's machine would run it.
#   tools/build_app.sh           build, then smoke-test
#   tools/build_app.sh --smoke   smoke-test the existing dist/desktopapp only
# Python: $PYTHON, else .venv/bin/python (made by tools/install.sh); PyInstaller is installed into it if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python="${PYTHON:-.venv/bin/python}"
bundle="$root/dist/desktopapp"
app="$bundle/desktopapp"
smoke_only=0
[ "${1:-}" = "--smoke" ] && smoke_only=1

if [ "$smoke_only" = 0 ]; then
  # PyInstaller appends its archive to the program with objcopy (binutils) on Linux.
  if ! command -v objcopy >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends binutils >/dev/null
  fi
  "$python" -c 'import PyInstaller' 2>/dev/null || "$python" -m pip install -q "pyinstaller>=6.10,<7"
  start=$(date +%s)
  # The compiled translations (.qm) are generated files: compile them from the .ts now, so the bundle carries
  # the current ones (the spec takes every resources/i18n/*.qm).
  lrelease="$(dirname "$python")/pyside6-lrelease"
  if [ -x "$lrelease" ]; then
    for ts in resources/i18n/*.ts; do
      [ -e "$ts" ] && "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
  fi
  rm -rf "$bundle" build/pyinstaller
  "$python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/desktopapp.spec
  # A Python built from source keeps its debug information (18 MB in libpython alone): remove it from Python's
  # own libraries. The wheels' libraries are left alone: stripping breaks their relocated ELF files.
  if command -v strip >/dev/null 2>&1; then
    find "$bundle/_internal" -maxdepth 1 -name 'libpython3*.so*' -type f -exec strip --strip-debug {} +
    find "$bundle/_internal" -path '*/lib-dynload/*.so' -type f -exec strip --strip-debug {} +
  fi
  # What a Linux install needs beside the program: the menu entry, its icon and the script that installs both.
  cp packaging/desktopapp.desktop packaging/install_linux.sh resources/icons/desktopapp.png "$bundle/"
  echo "Built $bundle in $(( $(date +%s) - start )) s: $(du -sh "$bundle" | cut -f1)" \
       "($(find "$bundle" -type f | wc -l) files)"
fi

[ -x "$app" ] || { echo "no built program at $app (run tools/build_app.sh first)" >&2; exit 1; }

# The smoke run: a clean environment (no Python on PATH, no PYTHONPATH, a new home), from another folder, on
# the bundled catalogue; the command line's commands cover Qt and the fonts (fact sheet, brochure), numpy and
# the pinyin index (search), openpyxl (export) and pypdf (the brochure's bookmarks).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
run() {
  (cd "$work" && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
     timeout 180 "$app" "$@")
}
seconds_since() {  # seconds_since NANOSECONDS: the time since then, as 1.2
  local ms=$(( ($(date +%s%N) - $1) / 1000000 ))
  printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100))
}
timed() {  # timed LABEL COMMAND…: run, print the wall time, fail on a non-zero exit
  local label=$1 t0 rc=0
  shift
  t0=$(date +%s%N)
  "$@" >"$work/out.txt" 2>"$work/err.txt" || rc=$?
  printf '  exit %d, %4s s  %s\n' "$rc" "$(seconds_since "$t0")" "$label"
  if [ "$rc" != 0 ]; then cat "$work/out.txt" "$work/err.txt" >&2; exit 1; fi
}

echo "Smoke run of $app:"
timed "factsheet enterprise 华虹仪表" run factsheet enterprise 华虹仪表 -o "$work/sheet.pdf"
timed "search hhyb --kind enterprise" run search hhyb --kind enterprise
if ! grep -q "华虹仪表" "$work/out.txt"; then
  echo "search hhyb did not find 华虹仪表:" >&2
  cat "$work/out.txt" >&2
  exit 1
fi
timed "export 仪表 -o list.xlsx" run export 仪表 -o "$work/list.xlsx"
timed "brochure (the whole catalogue)" run brochure -o "$work/brochure.pdf"

# The reference: the same sheet from the source tree. The bundle's PDF must carry the same text, and that
# text must come back exactly (the name as typed, no Kangxi radicals for common characters, no boxes).
QT_QPA_PLATFORM=offscreen PYTHONPATH="$root" "$python" -m desktopapp factsheet enterprise 华虹仪表 \
  -o "$work/reference.pdf" >/dev/null
"$python" - "$work" "$bundle" "$root" <<'EOF'
import sys
import zipfile
from pathlib import Path

from pypdf import PdfReader

work = Path(sys.argv[1])


def text(name: str) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(work / name).pages)


sheet, reference = text("sheet.pdf"), text("reference.pdf")
problems = []
if sheet != reference:
    problems.append("the bundle's fact sheet text differs from the source tree's")
if "重庆华虹仪表有限公司" not in sheet or "华虹仪表" not in sheet:
    problems.append("the enterprise's name does not extract exactly")
odd = sorted({c for c in sheet if "\u2e80" <= c <= "\u2fdf" or c == "\ufffd"})
if odd:
    problems.append(f"radical or replacement characters in the text: {odd}")
brochure = PdfReader(work / "brochure.pdf")
if len(brochure.pages) < 2 or not brochure.outline:
    problems.append("the brochure has no pages or no bookmarks")
if not zipfile.is_zipfile(work / "list.xlsx"):
    problems.append("the export is not an XLSX file")
bundled_i18n = Path(sys.argv[2]) / "_internal" / "desktopapp" / "_data" / "resources" / "i18n"
for ts in sorted((Path(sys.argv[3]) / "resources" / "i18n").glob("*.ts")):
    if not (bundled_i18n / f"{ts.stem}.qm").is_file():
        problems.append(f"the bundle has no {ts.stem}.qm")
if problems:
    sys.exit("smoke check failed: " + "; ".join(problems))
print(f"  fact sheet text extracts exactly ({len(sheet)} characters, same as the source tree's); "
      f"brochure {len(brochure.pages)} pages with bookmarks; export is XLSX")
EOF
if command -v pdftotext >/dev/null 2>&1; then
  pdftotext -enc UTF-8 "$work/sheet.pdf" - | grep -q "重庆华虹仪表有限公司" \
    || { echo "pdftotext does not find 重庆华虹仪表有限公司 in the fact sheet" >&2; exit 1; }
  echo "  pdftotext finds 重庆华虹仪表有限公司"
fi

# The window, on a real X server (the xcb platform plugin, not offscreen), where Xvfb and xdotool exist: it
# must show within 30 s and still be running; a screenshot is kept in build/smoke/ to look at.
if command -v xvfb-run >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
  mkdir -p build/smoke
  cat >"$work/window.sh" <<'EOF'
start=$(date +%s%N)
"$APP" & pid=$!
for _ in $(seq 1 150); do
  wid=$(xdotool search --onlyvisible --name '招商' 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
echo "window_ms=$(( ($(date +%s%N) - start) / 1000000 ))"
sleep 3
alive=0
kill -0 "$pid" 2>/dev/null && alive=1
if [ -n "$wid" ] && [ "$alive" = 1 ] && command -v import >/dev/null 2>&1; then
  import -window root "$SHOT"
fi
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -n "$wid" ] && [ "$alive" = 1 ]
EOF
  if (cd "$work" && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 APP="$app" \
        SHOT="$root/build/smoke/window.png" timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" \
        bash "$work/window.sh") >"$work/out.txt" 2>&1; then
    ms=$(sed -n 's/^window_ms=//p' "$work/out.txt")
    printf '  window shown on X (xcb) after %d.%d s, still running 3 s later (build/smoke/window.png)\n' \
      $((ms / 1000)) $((ms % 1000 / 100))
  else
    echo "the window did not show, or the program ended early:" >&2
    cat "$work/out.txt" >&2
    exit 1
  fi
fi
echo "Smoke run passed."
