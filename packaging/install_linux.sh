#!/usr/bin/env bash
# Install the app bundle this script sits in (the desktopapp/ folder built by tools/build_app.sh) with a menu
# entry and an icon: for the current user, or for every user when run as root.
#   ./install_linux.sh              copy the folder, link the program, add the menu entry
#   ./install_linux.sh --uninstall  remove them again
# No Python needed. Per user: ~/.local/opt/desktopapp, ~/.local/bin/desktopapp, ~/.local/share/{applications,
# icons}. As root: /opt/desktopapp, /usr/local/bin/desktopapp, /usr/local/share/{applications,icons}.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" -eq 0 ]; then
  opt=/opt/desktopapp bin=/usr/local/bin share=/usr/local/share
else
  opt="$HOME/.local/opt/desktopapp" bin="$HOME/.local/bin" share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
entry="$share/applications/desktopapp.desktop"
icon="$share/icons/hicolor/512x512/apps/desktopapp.png"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$entry" "$icon"
  [ -L "$bin/desktopapp" ] && rm -f "$bin/desktopapp"
  echo "Removed desktopapp."
  exit 0
fi

if [ ! -x "$here/desktopapp" ] || [ ! -d "$here/_internal" ]; then
  echo "run this script from the built desktopapp/ folder" >&2
  exit 1
fi
if [ "$here" != "$opt" ]; then
  rm -rf "$opt"
  mkdir -p "$(dirname "$opt")"
  cp -a "$here" "$opt"
fi
mkdir -p "$bin" "$(dirname "$entry")" "$(dirname "$icon")"
ln -sfn "$opt/desktopapp" "$bin/desktopapp"
cp "$here/desktopapp.png" "$icon"
# The entry names the program by its full path (quoted: a home folder may have spaces), so the menu finds it
# whether or not $bin is on PATH.
sed "s|^Exec=desktopapp$|Exec=\"$opt/desktopapp\"|" "$here/desktopapp.desktop" >"$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$(dirname "$entry")" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Installed desktopapp in $opt; it is in the applications menu as 招商图鉴, and runs as $bin/desktopapp."
