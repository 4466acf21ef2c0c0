#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the desktop app on
# the embedded default database (QStandardPaths AppDataLocation/vinhdanh.sqlite).
# Extra arguments go to the app, e.g. scripts/run.sh --db /tmp/x.sqlite --lang en
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no display found; starting under xvfb-run (the window is invisible)." >&2
    exec xvfb-run -a build/src/gui/vinhdanh "$@"
fi
exec build/src/gui/vinhdanh "$@"
