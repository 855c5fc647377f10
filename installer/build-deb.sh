#!/usr/bin/env bash
# A .deb from the PyInstaller one-folder bundle: the bundle in /opt/receiving-desk,
# /usr/bin/receiving-desk, a desktop entry and the icon in the hicolor theme.
# Usage: installer/build-deb.sh BUNDLE_DIR VERSION OUT_DIR   (prints the .deb's path)
# Needs dpkg-deb (Debian/Ubuntu). DEB_MAINTAINER sets the package's Maintainer field.
set -euo pipefail
BUNDLE=$(cd "$1" && pwd)
VERSION=$2
OUT=$(mkdir -p "$3" && cd "$3" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS="$BUNDLE/_internal/receiving_desk/resources/icons"
ARCH=$(dpkg --print-architecture)

ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
chmod 0755 "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/icons/hicolor/48x48/apps" \
  "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/doc/receiving-desk"
cp -a "$BUNDLE" "$ROOT/opt/receiving-desk"
install -m 0755 "$HERE/linux/receiving-desk.sh" "$ROOT/usr/bin/receiving-desk"
install -m 0644 "$HERE/linux/receiving-desk.desktop" "$ROOT/usr/share/applications/"
install -m 0644 "$ICONS/receiving-desk.png" "$ROOT/usr/share/icons/hicolor/256x256/apps/"
install -m 0644 "$ICONS/receiving-desk-48.png" \
  "$ROOT/usr/share/icons/hicolor/48x48/apps/receiving-desk.png"
install -m 0644 "$ICONS/receiving-desk.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/"
install -m 0644 "$BUNDLE/_internal/receiving_desk/resources/fonts/LICENSES.md" \
  "$ROOT/usr/share/doc/receiving-desk/FONT-LICENSES.md"

# Qt's xcb platform plugin and Qt Multimedia load these from the system (see .ci/run).
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: receiving-desk
Version: $VERSION
Architecture: $ARCH
Maintainer: ${DEB_MAINTAINER:-Receiving Desk release team <releases@receiving-desk.invalid>}
Installed-Size: $(du -sk "$ROOT" | cut -f1)
Depends: libc6, libegl1, libgl1, libfontconfig1, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0, libpulse0
Recommends: fonts-noto-cjk
Section: misc
Priority: optional
Description: Returns receiving desk for warehouse docks
 Scan returned parcels and their items with serial or keyboard-wedge scanners,
 grade each unit, dispose, put away with restock labels, and sync to the
 central returns database. Check an installation with: receiving-desk --self-test
CONTROL
cat > "$ROOT/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
POSTINST
chmod 0755 "$ROOT/DEBIAN/postinst"
cp "$ROOT/DEBIAN/postinst" "$ROOT/DEBIAN/postrm"

DEB="$OUT/receiving-desk_${VERSION}_${ARCH}.deb"
# gzip: a few seconds; DEB_COMPRESSION="-Zxz -z6" makes a third smaller package in minutes.
# shellcheck disable=SC2086
dpkg-deb --root-owner-group ${DEB_COMPRESSION:--Zgzip -z6} --build "$ROOT" "$DEB" >/dev/null
echo "$DEB"
