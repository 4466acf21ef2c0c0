#!/bin/sh
# Times `vinhdanh-cli check --json` on N generated nominees (default 100 000).
# Usage: bench/check-bench.sh [BUILD_DIR] [N]
set -eu
build=${1:-build}
count=${2:-100000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$build/bench/vinhdanh-datagen" --db "$dir/big.sqlite" --count "$count"
"$build/src/cli/vinhdanh-cli" --db "$dir/big.sqlite" check --json > /dev/null # warm the cache
/usr/bin/time -v "$build/src/cli/vinhdanh-cli" --db "$dir/big.sqlite" check --json 2>&1 > /dev/null |
    grep -E 'Elapsed|Maximum resident'
