#!/bin/sh
# A PostgreSQL variant that cannot run must be reported as "Skipped" by ctest,
# never as passed or failed (docs/data-safety.md, "Tests that cannot fail"): runs
# one discovered case that has a PostgreSQL variant through ctest without a test
# server and reads ctest's verdict. Catches test properties lost on the way
# (SKIP_RETURN_CODE) as well as a test executable that returns 0 after skipping.
# Usage: pg-skip-is-skip.sh BUILD_DIR
set -u
build=$1
out=$(env -u VINHDANH_TEST_PG_URL -u VINHDANH_TEST_PG_REQUIRED \
    ctest --test-dir "$build" -R "^tests_core:ChangeNotifier reports" 2>&1)
echo "$out"
echo "$out" | grep -q "Not Run\|\*\*\*Skipped" || { echo "FAIL: the case was not reported as skipped" >&2; exit 1; }
echo "$out" | grep -q "1 tests failed\|Failed" && { echo "FAIL: a skipped variant counted as failed" >&2; exit 1; }
echo "OK: reported as skipped"
