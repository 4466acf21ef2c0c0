#!/usr/bin/env bash
# Builds the test suites with AddressSanitizer + UBSan into ./build-asan and runs them.
# SANITIZE_GUI=ON adds the widgets program and its suite (CI leaves it out to stay
# within its 30 minutes: the GUI calls the same core that runs here).
# PostgreSQL variants run when VINHDANH_TEST_PG_URL is set, and are skipped otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
gui=${SANITIZE_GUI:-OFF}
BUILD_DIR=build-asan scripts/build.sh -DVINHDANH_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DVINHDANH_BUILD_GUI="$gui"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# Qt and fontconfig keep some allocations until exit; leaks are not what this build checks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd build-asan
# The test suites only: the office, packaging and callgrind checks test the same
# files and binaries as the plain build, under tools that gain nothing from ASan.
ctest --output-on-failure --no-tests=error -j"${JOBS:-$(nproc 2>/dev/null || echo 2)}" --timeout 900 -R '^tests_'
