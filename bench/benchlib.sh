# Helpers for scripts/bench.sh (POSIX sh; sourced, not run).
#
# measure OUT CMD...   runs CMD once (stdout to /dev/null) and appends
#                      "SECONDS PEAK_KB" to OUT: wall time from date +%s%N
#                      around it (ms resolution), peak resident set size of
#                      the command from /usr/bin/time -f %M. Fails when CMD fails.
# median OUT COL       median of column COL (1 = seconds, 2 = KB) of OUT.
# ratio A B            A / B with two decimals ("-" when B is 0).

measure() {
    _out=$1
    shift
    _mem=$(mktemp)
    _t0=$(date +%s%N)
    if ! /usr/bin/time -f '%M' -o "$_mem" "$@" > /dev/null 2> "$_mem.err"; then
        echo "bench: command failed: $*" >&2
        cat "$_mem.err" >&2
        rm -f "$_mem" "$_mem.err"
        return 1
    fi
    _t1=$(date +%s%N)
    # /usr/bin/time appends its line after anything else written to -o.
    _kb=$(tail -n 1 "$_mem")
    rm -f "$_mem" "$_mem.err"
    awk -v a="$_t0" -v b="$_t1" -v kb="$_kb" 'BEGIN { printf "%.3f %d\n", (b - a) / 1e9, kb }' >> "$_out"
}

median() {
    sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c }
        END { if (NR == 0) { print 0; exit }
              if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2f\n", a / b }'
}

# seconds with 3 decimals, KB as MB with 1 decimal
fmt_s() { awk -v v="$1" 'BEGIN { printf "%.3f\n", v }'; }
fmt_mb() { awk -v v="$1" 'BEGIN { printf "%.1f\n", v / 1024 }'; }
