#!/usr/bin/env bash
# Build what a site installs and try it the way the site's IT person would:
#   1. the wheel, installed in a fresh virtualenv in a temporary folder away from the checkout:
#      `receiving-desk --version`, `receiving-desk demo --no-gui`, `receiving-desk --self-test`;
#   2. the PyInstaller one-folder bundle built from that installed wheel, self-tested;
#   3. a .deb from the bundle: `dpkg -i`, `receiving-desk --self-test`, `dpkg --purge`;
#   4. the Windows installer script compiled by makensis (a check of the script: the bundle
#      inside it is this machine's, not a Windows one).
# Prints sizes and start-up times at the end. Run alone or from .ci/run:
#   installer/ci-package.sh            (artefacts in dist/: the wheel, the bundle, the .deb)
# Environment: PYTHON (default python3, 3.11+), OUT_DIR (default <checkout>/dist).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
OUT=$(mkdir -p "${OUT_DIR:-$ROOT/dist}" && cd "${OUT_DIR:-$ROOT/dist}" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/receiving-desk-package.XXXXXX")
trap 'rm -rf "$WORK" "$ROOT/build"' EXIT
SUMMARY=()

step() { printf '\n== %s\n' "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }
size() { du -sh "$1" | cut -f1; }
note() { SUMMARY+=("$(printf '%-44s %s' "$1" "$2")"); }
# pip, without this machine's notes about unused index locations; its exit status kept.
pip_() { "$VENV/python" -m pip "$@" 2> >(grep -v '^WARNING: Location' >&2); }

# The desk as on a site's machine: a home of its own (no developer config or store), no
# checkout on the path, no offscreen platform forced from outside.
desk() {
  (cd "$WORK" && env -u PYTHONPATH -u QT_QPA_PLATFORM -u RECEIVING_DESK_CONFIG \
    -u RECEIVING_DESK_DATA_DIR -u RECEIVING_DESK_LOG_DIR -u XDG_CONFIG_HOME \
    -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME HOME="$WORK/home" "$@")
}

# Run a self-test twice (first: cold for this install; second: warm) and record the times.
self_test() {
  local label=$1
  shift
  local t0
  t0=$(now)
  desk "$@" --self-test
  note "$label --self-test, first run" "$(since "$t0")"
  t0=$(now)
  desk "$@" --self-test >/dev/null
  note "$label --self-test, second run" "$(since "$t0")"
  t0=$(now)
  desk "$@" --version >/dev/null
  note "$label --version" "$(since "$t0")"
}

step "wheel"
mkdir -p "$WORK/home"
"$PYTHON" -m venv "$WORK/venv"
VENV="$WORK/venv/bin"
rm -rf "$ROOT/build"  # stale files of an earlier build would slip into the wheel
t0=$(now)
pip_ wheel -q --no-deps -w "$WORK/dist" "$ROOT"
WHEEL=$(ls "$WORK"/dist/receiving_desk-*.whl)
cp "$WHEEL" "$OUT/"
VERSION=$(basename "$WHEEL" | cut -d- -f2)
note "wheel $(basename "$WHEEL")" "$(size "$WHEEL"), built in $(since "$t0")"
"$VENV/python" - "$WHEEL" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
resources = [n for n in names if "/resources/" in n]
print(f"{len(names)} files, {len(resources)} of them resources")
for needed in ("rules/returns.toml", "fonts/DroidSansFallback.ttf", "sounds/good.wav",
               "translations/receiving_desk_ko.qm", "icons/receiving-desk.png"):
    assert f"receiving_desk/resources/{needed}" in names, f"the wheel lacks resources/{needed}"
assert not [n for n in resources if n.endswith((".ts", ".py"))], "sources in the wheel"
PY

step "wheel in a fresh virtualenv ($WORK/venv)"
t0=$(now)
pip_ install -q -c "$ROOT/requirements.lock" "$WHEEL"
note "wheel install with dependencies" "$(since "$t0")"
SITE=$("$VENV/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
note "installed virtualenv (site-packages)" "$(size "$SITE")"
desk "$VENV/receiving-desk" --version
desk "$VENV/receiving-desk" demo --no-gui
self_test "wheel:" "$VENV/receiving-desk"

step "PyInstaller one-folder bundle"
pip_ install -q "pyinstaller>=6.10"
t0=$(now)
rm -rf "$OUT/receiving-desk"
"$VENV/pyinstaller" --noconfirm --log-level WARN --distpath "$OUT" --workpath "$WORK/pyinstaller" \
  "$ROOT/installer/receiving-desk.spec"
BUNDLE="$OUT/receiving-desk"
note "bundle $BUNDLE" "$(size "$BUNDLE"), built in $(since "$t0")"
desk "$BUNDLE/receiving-desk" --data-dir "$WORK/bundle-demo" demo --no-gui
self_test "bundle:" "$BUNDLE/receiving-desk"

step ".deb from the bundle"
if ! command -v dpkg-deb >/dev/null 2>&1; then
  echo "dpkg-deb not found (not Debian/Ubuntu): no .deb built"
else
  t0=$(now)
  DEB=$("$ROOT/installer/build-deb.sh" "$BUNDLE" "$VERSION" "$OUT")
  note "deb $(basename "$DEB")" "$(size "$DEB"), built in $(since "$t0")"
  if [ "$(id -u)" != 0 ]; then
    echo "not root: $DEB built but not installed (dpkg -i needs root)"
  elif dpkg-query -W -f='${Status}' receiving-desk 2>/dev/null | grep -q 'ok installed'; then
    echo "receiving-desk is already installed on this machine: left alone, $DEB not tried"
  else
    dpkg -i "$DEB"
    trap 'dpkg --purge receiving-desk >/dev/null 2>&1 || true; rm -rf "$WORK" "$ROOT/build"' EXIT
    test -x /usr/bin/receiving-desk
    test -f /usr/share/applications/receiving-desk.desktop
    test -f /usr/share/icons/hicolor/256x256/apps/receiving-desk.png
    if command -v desktop-file-validate >/dev/null 2>&1; then
      desktop-file-validate /usr/share/applications/receiving-desk.desktop
    fi
    self_test "deb: /usr/bin/receiving-desk" /usr/bin/receiving-desk
    dpkg --purge receiving-desk
    test ! -e /usr/bin/receiving-desk && test ! -e /opt/receiving-desk
    echo "installed, self-tested and removed: $DEB"
  fi
fi

step "Windows installer script (NSIS)"
if command -v makensis >/dev/null 2>&1; then
  # A compile check: every instruction, page, language and path of the script is checked;
  # the files packed are this machine's bundle (a release packs the Windows one).
  t0=$(now)
  makensis -V2 -DFAST "-DVERSION=$VERSION" "-DBUNDLE_DIR=$BUNDLE" \
    "-DOUTFILE=$WORK/receiving-desk-$VERSION-setup-check.exe" "$ROOT/installer/receiving-desk.nsi"
  note "NSIS script compiled ($(makensis -VERSION))" "$(since "$t0")"
else
  echo "makensis not found: installer/receiving-desk.nsi NOT compiled"
  echo "(Debian/Ubuntu: apt-get install nsis; .ci/run installs it where apt-get works)"
fi

step "summary"
printf '%s\n' "${SUMMARY[@]}"
