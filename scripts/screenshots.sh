#!/usr/bin/env bash
# Regenerates the screenshots of the user guides and the README
# (docs/screenshots/) so they never go stale:
#   - a demo database (200 sample nominees, part of each bloc approved) written
#     by the hidden test case tests_gui "[.demo]";
#   - the main window, the pages and the dossier form at 1366x768 under
#     xvfb-run (vinhdanh --screenshot DIR), then the main window in English
#     (--lang en → main-window-en.png);
#   - the import wizard's column mapping and problem report on
#     tests/data/import-bad.csv (the hidden test case tests_gui "[.screenshots]"
#     → import-mapping.png, import-errors.png);
#   - page 1 of the approved list and of the conference programme (PDF through
#     vinhdanh-cli, rasterised with pdftoppm -r 60);
#   - docs/documents.md's pictures (OUTDIR/documents): page 1 of every document
#     as our PDF beside LibreOffice's rendering of its DOCX, ODT (and XLSX),
#     from the files of the office test suite (tests/office/office_check.py).
# Usage: scripts/screenshots.sh [OUTDIR]   (default docs/screenshots; BUILD=dir to use another build)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
BUILD="${BUILD:-build}"
for tool in xvfb-run pdftoppm soffice; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb poppler-utils)" >&2; exit 3; }
done
if [ ! -f "$BUILD/build.ninja" ] && [ ! -f "$BUILD/Makefile" ]; then
    cmake -S . -B "$BUILD" -G Ninja
fi
cmake --build "$BUILD" -j2 --target vinhdanh vinhdanh-cli tests_gui vinhdanh-datagen

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/vinhdanh.sqlite"
# Settings of this run stay in the temp folder: the user's window layout,
# language and recent files are neither used nor changed.
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
export VINHDANH_TODAY=2024-07-20

VINHDANH_DEMO_DB="$DB" "$BUILD/tests/tests_gui" "[.demo]" >/dev/null
mkdir -p "$OUT"
run_gui() {
    xvfb-run -a -s "-screen 0 1366x768x24" "$BUILD/src/gui/vinhdanh" --db "$DB" "$@"
}
run_gui --lang vi --screenshot "$OUT"
run_gui --lang en --screenshot "$OUT"
VINHDANH_SCREENSHOT_DIR="$OUT" xvfb-run -a -s "-screen 0 1366x768x24" \
    "$BUILD/tests/tests_gui" "[.screenshots]" >/dev/null
echo "saved $OUT/import-mapping.png $OUT/import-errors.png"

CLI="$BUILD/src/cli/vinhdanh-cli"
"$CLI" --db "$DB" export --approved --format pdf -o "$WORK/approved-list.pdf" --date 2024-07-20
"$CLI" --db "$DB" programme --format pdf -o "$WORK/programme.pdf"
for doc in approved-list programme; do
    pdftoppm -r 60 -f 1 -l 1 -singlefile -png "$WORK/$doc.pdf" "$OUT/$doc"
    echo "saved $OUT/$doc.png"
done

# Debian's python3-fitz serves /usr/bin/python3.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
OFFICE=tests/office/office_check.py
"$PY" "$OFFICE" prepare --cli "$CLI" --datagen "$BUILD/bench/vinhdanh-datagen" --out "$WORK/office"
"$PY" "$OFFICE" render --out "$WORK/office" --png "$OUT/documents" --page 1
"$PY" "$OFFICE" render --out "$WORK/office" --png "$WORK/page2" --page 2
cp "$WORK/page2/list-page2.png" "$OUT/documents/list-page2.png"
echo "saved $OUT/documents/list-page2.png"
