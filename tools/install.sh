#!/usr/bin/env bash
# Install desktopapp into .venv (created with python3 ≥ 3.11, or $PYTHON), with the system libraries Qt needs.
#   tools/install.sh          the app
#   tools/install.sh --test   the app, the test dependencies (with Datasette, for the publishing kit's test) and
#                             the tools the tests use (poppler, Xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[ "${1:-}" = "--test" ] && with_tests=1

runtime_pkgs="libglib2.0-0 libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
  libxcb-randr0 libxkbcommon-x11-0"
test_pkgs="poppler-utils xvfb xauth xdotool imagemagick x11-apps"
pkgs="$runtime_pkgs"
[ "$with_tests" = 1 ] && pkgs="$pkgs $test_pkgs"

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
else
  echo "Note: not a Debian/Ubuntu system; make sure Qt's system libraries (OpenGL/EGL, fontconfig, xkbcommon, xcb) are installed."
fi

python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "desktopapp needs Python 3.11 or newer; set PYTHON=/path/to/python3.x" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$with_tests" = 1 ]; then
  # publish: Datasette, which the publishing kit's test starts on 127.0.0.1
  .venv/bin/python -m pip install -q -e '.[test,publish]'
else
  .venv/bin/python -m pip install -q -e .
fi
# The English interface: compile the translations (resources/i18n/*.ts) into the .qm files the app loads and
# the wheel ships (generated, so not kept in git). Without them the interface stays Chinese.
for ts in resources/i18n/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm" || echo "Note: could not compile $ts" >&2
done
# An editable install leaves the package as source: compile it once, as a wheel install would, so that
# each start of the app reads bytecode instead of compiling every module.
.venv/bin/python -m compileall -q desktopapp >/dev/null || true
echo "Installed into .venv ($(.venv/bin/python --version))."
