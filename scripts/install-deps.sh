#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages VinhDanh needs to build, test and run.
# Idempotent: installs only what is missing. Works as root or through sudo, with
# no terminal (CI): apt runs non-interactively.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev libgl-dev
    catch2 libxlsxwriter-dev libminizip-dev libsqlite3-dev libfreexl-dev
    fonts-liberation2 poppler-utils python3-openpyxl sqlite3 xvfb xauth
    desktop-file-utils appstream dpkg-dev file
    postgresql
    clang  # scripts/fuzz.sh: libFuzzer + ASan/UBSan (the main build uses g++)
    clang-format  # scripts/check-format.sh (CI)
    python3-pyatspi at-spi2-core  # ctest gui:atspi_names: the screen reader's view of the window
    valgrind time  # bench/callgrind-guard.sh (ctest perf:*), scripts/bench.sh
    libreoffice-writer-nogui libreoffice-calc-nogui python3-fitz  # ctest office:* (tests/office), scripts/screenshots.sh
    fonts-crosextra-carlito  # Calibri's metric twin: spreadsheet column widths are counted in it
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    echo "install-deps: these packages are missing and I am not root (and no sudo): ${missing[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
