#!/bin/sh
# Register vzworkshop with the Linux desktop for the current user: menu entry, icon, and .vzw files opening
# in the app on double-click. Run after `pip install .` (or with the frozen build's folder on PATH).
#   sh packaging/install-linux.sh            install into ~/.local/share
#   sh packaging/install-linux.sh --remove   undo
set -eu
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../resources/icons"
[ -d "$icons" ] || icons="$here/../vzworkshop/resources/icons"   # inside the frozen build's folder
data=${XDG_DATA_HOME:-$HOME/.local/share}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/vzworkshop.desktop" "$data/mime/packages/vzworkshop-mime.xml"
  for size in 16 24 32 48 64 128 256 512; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/vzworkshop.png" \
          "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-vzworkshop.png"
  done
  rm -f "$data/icons/hicolor/scalable/apps/vzworkshop.svg"
else
  mkdir -p "$data/applications" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
  install -m 644 "$here/vzworkshop.desktop" "$data/applications/vzworkshop.desktop"
  install -m 644 "$here/vzworkshop-mime.xml" "$data/mime/packages/vzworkshop-mime.xml"
  install -m 644 "$icons/vzworkshop.svg" "$data/icons/hicolor/scalable/apps/vzworkshop.svg"
  for size in 16 24 32 48 64 128 256 512; do
    dir="$data/icons/hicolor/${size}x${size}"
    mkdir -p "$dir/apps" "$dir/mimetypes"
    install -m 644 "$icons/vzworkshop-$size.png" "$dir/apps/vzworkshop.png"
    install -m 644 "$icons/vzworkshop-$size.png" "$dir/mimetypes/application-x-vzworkshop.png"
  done
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default vzworkshop.desktop application/x-vzworkshop || true
echo "done"
