#!/usr/bin/env bash
# Builds the .deb with CPack, extracts it into a clean folder (dpkg -x) and runs
# both programs from there; validates the desktop entry and the AppStream file.
# Usage: check-package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

desktop-file-validate "$src/resources/linux/vinhdanh.desktop"
appstreamcli validate --no-net "$src/resources/linux/vn.vinhdanh.VinhDanh.metainfo.xml"

(cd "$build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/pkg/vinhdanh_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --info "$deb" | grep -E 'Package|Version|Depends'
dpkg -x "$deb" "$work/root"
for f in usr/bin/vinhdanh usr/bin/vinhdanh-cli usr/share/applications/vinhdanh.desktop \
         usr/share/metainfo/vn.vinhdanh.VinhDanh.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/vinhdanh.svg \
         usr/share/icons/hicolor/48x48/apps/vinhdanh.png usr/share/man/man1/vinhdanh-cli.1; do
    [ -e "$work/root/$f" ] || { echo "missing in package: $f" >&2; exit 1; }
done
# grep reads all the output (not grep -q): a writer cut off by SIGPIPE would
# fail the pipeline under pipefail, now and then.
dpkg-deb --field "$deb" Depends | grep libqt6sql6-sqlite >/dev/null
"$work/root/usr/bin/vinhdanh-cli" --help | grep "vinhdanh-cli" >/dev/null
"$work/root/usr/bin/vinhdanh-cli" --version | grep "^vinhdanh-cli [0-9]" >/dev/null
"$work/root/usr/bin/vinhdanh-cli" --db "$work/x.sqlite" init
"$work/root/usr/bin/vinhdanh-cli" --db "$work/x.sqlite" list --json | grep '"nominees"' >/dev/null
# The desktop program too, offscreen, with its settings kept in the temp folder.
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen \
    "$work/root/usr/bin/vinhdanh" --db "$work/x.sqlite" --quit-after-load | grep "^nominees=0 " >/dev/null
echo "package OK"
