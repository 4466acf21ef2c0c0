#!/bin/sh
# Performance regression guard for CI, without timing anything: callgrind
# counts the instructions of `vinhdanh-cli import` and `check --json` on 2 000
# and 4 000 generated nominees (repeatable to a fraction of a percent), then
#  1. complexity: instructions(4 000) <= 2.5 x instructions(2 000) for each
#     command (linear work gives ~2; a pairwise search or per-row query gives ~4);
#  2. with --baseline FILE (optimised builds only): the instructions per extra
#     row, (I(4 000) - I(2 000)) / 2 000, at most 1.5 x the committed figure.
# Exit 77 (ctest: skipped) when valgrind is missing.
#
# Usage: bench/callgrind-guard.sh CLI DATAGEN [--baseline FILE] [--update]
#   --update  rewrites FILE with the figures of this run (after a deliberate change).
set -eu
cli=$1
datagen=$2
shift 2
baseline=
update=0
while [ $# -gt 0 ]; do
    case $1 in
    --baseline) baseline=$2; shift ;;
    --update) update=1 ;;
    *) echo "callgrind-guard: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
command -v valgrind > /dev/null || { echo "callgrind-guard: valgrind is not installed: skipped" >&2; exit 77; }

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen VINHDANH_TODAY=2024-08-01

# instructions CMD...: total instructions callgrind counts for CMD.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file="$dir/cg.out" "$@" > /dev/null 2> "$dir/vg.err" || {
        cat "$dir/vg.err" >&2
        echo "callgrind-guard: failed: $*" >&2
        exit 1
    }
    awk '/^summary:/ { print $2 }' "$dir/cg.out"
}

"$cli" --db "$dir/empty.sqlite" init > /dev/null
for n in 2000 4000; do
    "$datagen" --csv "$dir/n$n.csv" --count "$n" --invalid-per-mille 5
    cp "$dir/empty.sqlite" "$dir/n$n.sqlite"
    eval "import_$n=\$(instructions \"\$cli\" --db \"\$dir/n\$n.sqlite\" import \"\$dir/n\$n.csv\" --skip-invalid)"
    eval "check_$n=\$(instructions \"\$cli\" --db \"\$dir/n\$n.sqlite\" check --json)"
done

status=0
for op in import check; do
    eval "one=\$${op}_2000 two=\$${op}_4000"
    ratio=$(awk -v a="$two" -v b="$one" 'BEGIN { printf "%.3f", a / b }')
    per_row=$(awk -v a="$two" -v b="$one" 'BEGIN { printf "%d", (a - b) / 2000 }')
    echo "$op: $one instructions at 2 000 rows, $two at 4 000: x$ratio; $per_row per extra row"
    if awk -v r="$ratio" 'BEGIN { exit !(r > 2.5) }'; then
        echo "FAIL: $op grows faster than linearly (x$ratio > x2.5 for twice the rows)" >&2
        status=1
    fi
    if [ -n "$baseline" ] && [ "$update" = 0 ]; then
        base=$(awk -v k="$op" '$1 == k { print $2 }' "$baseline")
        if [ -z "$base" ]; then
            echo "FAIL: no '$op' figure in $baseline" >&2
            status=1
        elif awk -v m="$per_row" -v b="$base" 'BEGIN { exit !(m > 1.5 * b) }'; then
            echo "FAIL: $op costs $per_row instructions per row, more than 1.5 x the baseline $base ($baseline)." >&2
            echo "      Profile it (docs/performance.md); if the extra work is intended, rerun with --update." >&2
            status=1
        else
            echo "      baseline $base per row: within 1.5x"
        fi
    fi
    eval "per_row_$op=$per_row"
done
if [ -n "$baseline" ] && [ "$update" = 1 ]; then
    {
        echo "# Instructions per extra nominee (callgrind, RelWithDebInfo), written by"
        echo "# bench/callgrind-guard.sh --update; the CI guard allows 1.5x these."
        echo "import $per_row_import"
        echo "check $per_row_check"
    } > "$baseline"
    echo "baseline written to $baseline"
fi
exit $status
