#!/usr/bin/env bash
# Builds the test suites with AddressSanitizer + UBSan into ./build-asan and runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR=build-asan scripts/build.sh -DVINHDANH_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# Qt and fontconfig keep some allocations until exit; leaks are not what this build checks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd build-asan
ctest --output-on-failure --no-tests=error -j"${JOBS:-$(nproc 2>/dev/null || echo 2)}" --timeout 900 -E '^packaging:'
