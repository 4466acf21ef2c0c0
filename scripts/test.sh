#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "${BUILD_DIR:-build}"
ctest --output-on-failure --no-tests=error -j"${JOBS:-$(nproc 2>/dev/null || echo 2)}" --timeout 600
