#!/bin/sh
# VinhDanh benchmark (docs/performance.md): generated nominees of 10 000 and
# 100 000 rows; for each size the median wall time and peak memory of
#   vinhdanh-cli import FILE --skip-invalid  vs  sqlite3 DB ".import --csv FILE t"
#   vinhdanh-cli import the same rows as XLSX vs the CSV import (vinhdanh-datagen --xlsx)
#   vinhdanh-cli check --json                vs  sqlite3 -json DB "select * from nominee"
# measured in the same run, interleaved, so the ratios hold on a busy machine;
# then the scaling ratio check(largest) / check(smallest); when the build has
# them, `export --approved --format xlsx` of 95 and 10 000 approved nominees,
# and the GUI: `vinhdanh --quit-after-load` on the largest database vs an empty
# one, and the list timings of `tests_gui "[.perf]"` (filter keystroke, sort).
#
# Usage: scripts/bench.sh [--runs N] [--sizes "10000 100000"] [--quick]
#                         [--build DIR] [--no-build] [--keep DIR]
#   --runs N     measured runs per figure (default 5; one unmeasured warm-up first)
#   --quick      3 runs of 1 000 and 10 000 rows (a minute or so)
#   --build DIR  build directory (default build); --no-build uses it as it is
#   --keep DIR   leave the generated CSV and databases in DIR
#   --no-gui     leave out the GUI figures
set -eu
cd "$(dirname "$0")/.."
. bench/benchlib.sh

runs=5
sizes="10000 100000"
build=build
do_build=1
keep=
gui=1
while [ $# -gt 0 ]; do
    case $1 in
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --quick) runs=3; sizes="1000 10000" ;;
    --build) build=$2; shift ;;
    --no-build) do_build=0 ;;
    --keep) keep=$2; shift ;;
    --no-gui) gui=0 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
case $runs in ''|*[!0-9]*|0) echo "bench.sh: --runs needs a positive number" >&2; exit 2 ;; esac

for tool in sqlite3 /usr/bin/time awk; do
    command -v "$tool" > /dev/null || { echo "bench.sh: $tool is missing (apt-get install sqlite3 time)" >&2; exit 2; }
done
if [ "$do_build" = 1 ]; then
    [ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
    targets="vinhdanh-cli vinhdanh-datagen"
    if [ "$gui" = 1 ]; then
        grep -q '^build src/gui/vinhdanh:' "$build/build.ninja" && targets="$targets vinhdanh"
        grep -q '^build tests/tests_gui:' "$build/build.ninja" && targets="$targets tests_gui"
    fi
    cmake --build "$build" -j"${JOBS:-2}" --target $targets > /dev/null
fi
cli=$build/src/cli/vinhdanh-cli
datagen=$build/bench/vinhdanh-datagen
[ -x "$cli" ] && [ -x "$datagen" ] || { echo "bench.sh: build $cli and $datagen first" >&2; exit 2; }

if [ -n "$keep" ]; then
    mkdir -p "$keep"
    dir=$keep
else
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
fi
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

"$cli" --db "$dir/empty.sqlite" init > /dev/null
rows=$dir/rows.txt
: > "$rows"

echo "VinhDanh benchmark: $runs runs per figure, sizes $sizes ($(nproc) cores, $(sqlite3 --version | cut -d' ' -f1-2))" >&2
echo "$(git describe --always --dirty 2>/dev/null || echo '?') $(date -u '+%Y-%m-%d %H:%M UTC')" >&2

fresh_vd() { cp "$dir/empty.sqlite" "$1"; rm -f "$1-wal" "$1-shm"; }
fresh_sq() { rm -f "$1" "$1-journal"; }

for n in $sizes; do
    csv=$dir/nominees-$n.csv
    xlsx=$dir/nominees-$n.xlsx
    "$datagen" --csv "$csv" --count "$n" --invalid-per-mille 5
    "$datagen" --xlsx "$xlsx" --count "$n" --invalid-per-mille 5   # the same rows
    vd_db=$dir/vd-$n.sqlite
    sq_db=$dir/sq-$n.sqlite
    vx_db=$dir/vx-$n.sqlite
    for f in vd_import sq_import vx_import vd_check sq_check; do : > "$dir/$f-$n.txt"; done

    echo "  $n rows: import ..." >&2
    fresh_vd "$vd_db"; "$cli" --db "$vd_db" import "$csv" --skip-invalid > /dev/null 2>&1  # warm-up
    fresh_sq "$sq_db"; sqlite3 "$sq_db" ".import --csv $csv t"
    fresh_vd "$vx_db"; "$cli" --db "$vx_db" import "$xlsx" --skip-invalid > /dev/null 2>&1
    i=0
    while [ $i -lt "$runs" ]; do
        fresh_vd "$vd_db"
        measure "$dir/vd_import-$n.txt" "$cli" --db "$vd_db" import "$csv" --skip-invalid
        fresh_sq "$sq_db"
        measure "$dir/sq_import-$n.txt" sqlite3 "$sq_db" ".import --csv $csv t"
        fresh_vd "$vx_db"
        measure "$dir/vx_import-$n.txt" "$cli" --db "$vx_db" import "$xlsx" --skip-invalid
        i=$((i + 1))
    done
    # The XLSX must store what the CSV stored (every column but the time stamps).
    cols=$(sqlite3 "$vd_db" "select group_concat(name, ',') from pragma_table_info('nominee')
                             where name not in ('created_at', 'updated_at', 'approved_at', 'reviewed_at')")
    [ "$(sqlite3 "$vd_db" "select $cols from nominee order by id" | cksum)" = \
      "$(sqlite3 "$vx_db" "select $cols from nominee order by id" | cksum)" ] ||
        echo "bench.sh: the XLSX of $n rows did not store the same nominees as the CSV" >&2

    echo "  $n rows: check --json ..." >&2
    "$cli" --db "$vd_db" check --json > /dev/null   # warm-up
    sqlite3 -json "$vd_db" "select * from nominee" > /dev/null
    i=0
    while [ $i -lt "$runs" ]; do
        measure "$dir/vd_check-$n.txt" "$cli" --db "$vd_db" check --json
        measure "$dir/sq_check-$n.txt" sqlite3 -json "$vd_db" "select * from nominee"
        i=$((i + 1))
    done
    imported=$(sqlite3 "$vd_db" "select count(*) from nominee")
    echo "$n $imported" >> "$rows"
done

row() { # name n vdfile sqfile target
    vt=$(median "$3" 1); vm=$(median "$3" 2)
    st=$(median "$4" 1); sm=$(median "$4" 2)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$(fmt_s "$vt")" "$(fmt_mb "$vm")" \
        "$(fmt_s "$st")" "$(fmt_mb "$sm")" "$(ratio "$vt" "$st")" "$5"
}
echo
echo "Medians of $runs runs (wall seconds, peak resident MB):"
echo
echo "| operation | rows | VinhDanh s | VinhDanh MB | sqlite3 s | sqlite3 MB | ratio | target |"
echo "|---|---:|---:|---:|---:|---:|---:|---|"
for n in $sizes; do
    row "import CSV (vs sqlite3 .import)" "$n" "$dir/vd_import-$n.txt" "$dir/sq_import-$n.txt" "≤ 3×"
done
for n in $sizes; do
    # Here the baseline columns hold the CSV import of the same rows.
    row "import XLSX (vs import CSV)" "$n" "$dir/vx_import-$n.txt" "$dir/vd_import-$n.txt" "≤ 1.5× at 100 000"
done
for n in $sizes; do
    row "check --json (vs sqlite3 -json)" "$n" "$dir/vd_check-$n.txt" "$dir/sq_check-$n.txt" "≤ 3×; ≤ 300 MB at 100 000"
done
first=$(echo "$sizes" | awk '{ print $1 }')
last=$(echo "$sizes" | awk '{ print $NF }')
if [ "$first" != "$last" ]; then
    scale=$(ratio "$(median "$dir/vd_check-$last.txt" 1)" "$(median "$dir/vd_check-$first.txt" 1)")
    echo
    echo "Scaling: check($last) / check($first) = $scale (rows ×$(ratio "$last" "$first"); target ≤ 12 for ×10)"
fi
echo
while read -r n imported; do
    echo "$n generated rows: $imported imported (the rest spoiled on purpose, left out by --skip-invalid)."
done < "$rows"
echo "In the XLSX rows the baseline (sqlite3) columns hold the CSV import of the same rows."

# --- documents export (only when this build has the command) -------------------
last_db=$dir/vd-$last.sqlite
if "$cli" --help 2>&1 | grep -q '^ *export'; then
    echo >&2 "  export --approved --format xlsx ..."
    echo
    echo "Documents export (\`export --approved --format xlsx\`), medians of $runs runs; the approvals are"
    echo "set with SQL on a copy of the $last-row database (a fixture: 10 000 is beyond any quota):"
    echo
    echo "| approved | s | MB | target |"
    echo "|---:|---:|---:|---|"
    for k in 95 10000; do
        db=$dir/export-$k.sqlite
        cp "$last_db" "$db"
        sqlite3 "$db" "update nominee set approved = 1, approved_at = '2024-07-20T08:00:00Z'
                       where id in (select id from nominee order by id limit $k)"
        : > "$dir/export-$k.txt"
        "$cli" --db "$db" export --approved --format xlsx -o "$dir/export-$k.xlsx" > /dev/null 2>&1  # warm-up
        i=0
        while [ $i -lt "$runs" ]; do
            rm -f "$dir/export-$k.xlsx"
            measure "$dir/export-$k.txt" "$cli" --db "$db" export --approved --format xlsx -o "$dir/export-$k.xlsx"
            i=$((i + 1))
        done
        approved=$(sqlite3 "$db" "select count(*) from nominee where approved = 1")
        printf '| %s | %s | %s | none set by the issue |\n' "$approved" "$(fmt_s "$(median "$dir/export-$k.txt" 1)")" \
            "$(fmt_mb "$(median "$dir/export-$k.txt" 2)")"
    done
else
    echo
    echo "(No export command in this build: the export rows are left out.)"
fi

# --- GUI (only when the GUI and its tests are built) ----------------------------
app=$build/src/gui/vinhdanh
tests_gui=$build/tests/tests_gui
if [ "$gui" = 1 ] && [ -x "$app" ]; then
    echo >&2 "  GUI --quit-after-load ..."
    : > "$dir/gui-empty.txt"; : > "$dir/gui-full.txt"; : > "$dir/gui-ready-empty.txt"; : > "$dir/gui-ready-full.txt"
    "$cli" --db "$dir/gui-empty.sqlite" init > /dev/null
    gui_run() { # db times readyfile
        "$app" --db "$1" --quit-after-load > "$dir/gui.out" 2> /dev/null
        # window_ready_ms (everything, verdicts included) and list_ready_ms (the rows on screen)
        sed -n 's/.*window_ready_ms=\([0-9]*\).*list_ready_ms=\([0-9]*\).*/\1 \2/p' "$dir/gui.out" \
            | awk '{ printf "%.3f %.3f\n", $1 / 1000, $2 / 1000 }' >> "$3"
    }
    gui_run "$dir/gui-empty.sqlite" x "$dir/gui-ready-empty.txt"   # warm-up
    gui_run "$last_db" x "$dir/gui-ready-full.txt"
    : > "$dir/gui-ready-empty.txt"; : > "$dir/gui-ready-full.txt"
    i=0
    while [ $i -lt "$runs" ]; do
        measure "$dir/gui-empty.txt" "$app" --db "$dir/gui-empty.sqlite" --quit-after-load
        measure "$dir/gui-full.txt" "$app" --db "$last_db" --quit-after-load
        gui_run "$dir/gui-empty.sqlite" x "$dir/gui-ready-empty.txt"
        gui_run "$last_db" x "$dir/gui-ready-full.txt"
        i=$((i + 1))
    done
    ready_empty=$(median "$dir/gui-ready-empty.txt" 1)
    ready_full=$(median "$dir/gui-ready-full.txt" 1)
    echo
    echo "GUI start (\`vinhdanh --quit-after-load\`, offscreen), medians of $runs runs"
    echo "(rows shown: list_ready_ms, the list filled before its verdicts; window_ready: verdicts and every view too):"
    echo
    echo "| database | process s | MB | rows shown s | window_ready s | target |"
    echo "|---|---:|---:|---:|---:|---|"
    printf '| empty | %s | %s | %s | %s | |\n' "$(fmt_s "$(median "$dir/gui-empty.txt" 1)")" \
        "$(fmt_mb "$(median "$dir/gui-empty.txt" 2)")" "$(fmt_s "$(median "$dir/gui-ready-empty.txt" 2)")" \
        "$(fmt_s "$ready_empty")"
    printf '| %s nominees | %s | %s | %s | %s | ≤ 1.5× empty (is %s×) and < 1.5 s |\n' "$last" \
        "$(fmt_s "$(median "$dir/gui-full.txt" 1)")" "$(fmt_mb "$(median "$dir/gui-full.txt" 2)")" \
        "$(fmt_s "$(median "$dir/gui-ready-full.txt" 2)")" "$(fmt_s "$ready_full")" "$(ratio "$ready_full" "$ready_empty")"
    if [ -x "$tests_gui" ]; then
        echo >&2 "  GUI list timings (tests_gui [.perf]) ..."
        # Twice: on the test's own evenly spread sample rows, and on a copy of
        # the database the import wrote above (names repeat a lot, most rows
        # carry a CCCD), which is what a search meets in practice.
        gui_perf() { # outfile [database]
            : > "$1"
            i=0
            while [ $i -lt "$runs" ]; do
                VINHDANH_BENCH_DB=${2:-} "$tests_gui" "[.perf]" 2> /dev/null > "$dir/gui-perf.out" || true
                key=$(sed -n 's/^typing "[^"]*" (\([0-9]*\) keys): \([0-9]*\) ms in all, slowest key \([0-9]*\) ms.*/\2 \1 \3/p' "$dir/gui-perf.out" | head -n 1)
                unit=$(sed -n 's/^sort by unit: \([0-9]*\) ms.*/\1/p' "$dir/gui-perf.out")
                name=$(sed -n 's/^sort by name[^:]*: \([0-9]*\) ms.*/\1/p' "$dir/gui-perf.out")
                filled=$(sed -n 's/^list filled after \([0-9]*\) ms.*/\1/p' "$dir/gui-perf.out")
                [ -n "$key" ] && echo "$key $unit $name $filled" | awk '{ printf "%.1f %d %d %d %d\n", $1 / $2, $3, $4, $5, $6 }' >> "$1"
                i=$((i + 1))
            done
        }
        gui_perf "$dir/gui-perf.txt"
        gui_perf "$dir/gui-perf-import.txt" "$last_db"
        if [ -s "$dir/gui-perf.txt" ] || [ -s "$dir/gui-perf-import.txt" ]; then
            echo
            echo "GUI list (\`tests_gui \"[.perf]\"\`), medians of $runs runs, ms:"
            echo
            echo "| data | filter keystroke (mean) | slowest keystroke | sort by unit | sort by name | list filled after | targets |"
            echo "|---|---:|---:|---:|---:|---:|---|"
            for f in gui-perf gui-perf-import; do
                [ -s "$dir/$f.txt" ] || continue
                label="100 000 sample rows of the test"
                [ "$f" = gui-perf-import ] && label="$last nominees imported above"
                printf '| %s | %s | %s | %s | %s | %s | keystroke ≤ 50, sort ≤ 300 |\n' "$label" \
                    "$(median "$dir/$f.txt" 1)" "$(median "$dir/$f.txt" 2)" "$(median "$dir/$f.txt" 3)" \
                    "$(median "$dir/$f.txt" 4)" "$(median "$dir/$f.txt" 5)"
            done
        fi
    fi
else
    echo
    echo "(No GUI in this build, or --no-gui: the GUI rows are left out.)"
fi
