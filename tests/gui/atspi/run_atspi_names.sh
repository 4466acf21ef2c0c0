#!/bin/sh
# Runs atspi_names.py in its own session bus and X server (xvfb-run) with the
# AT-SPI bus launcher; exit 77 (skipped) when one of them is missing.
# usage: run_atspi_names.sh PYTHON PATH_TO_VINHDANH
python=$1
program=$2
here=$(dirname "$0")
command -v xvfb-run >/dev/null 2>&1 || { echo "xvfb-run missing: skipped"; exit 77; }
command -v dbus-run-session >/dev/null 2>&1 || { echo "dbus-run-session missing: skipped"; exit 77; }
launcher=
for l in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$l" ] && launcher=$l && break
done
[ -n "$launcher" ] || { echo "at-spi-bus-launcher missing: skipped"; exit 77; }
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1366x768x24" sh -c '
    "$0" --launch-immediately &
    bus=$!
    sleep 1
    "$1" "$2" "$3"
    status=$?
    kill $bus 2>/dev/null
    exit $status' "$launcher" "$python" "$here/atspi_names.py" "$program"
