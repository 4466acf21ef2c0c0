#!/usr/bin/env bash
# Checks that the C++ sources follow .clang-format (CI runs it from .ci/run).
#   scripts/check-format.sh          list the files that differ, exit 1 if any
#   scripts/check-format.sh --fix    rewrite them in place
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$CLANG_FORMAT" >/dev/null 2>&1; then
    echo "check-format: $CLANG_FORMAT not found (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
# The tree is formatted with clang-format 14 (Debian 12); other versions break
# lines differently, so they only check when asked (CHECK_FORMAT_ANY_VERSION=1).
version=$("$CLANG_FORMAT" --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [ "${1:-}" != "--fix" ] && [ "$version" != "14" ] && [ -z "${CHECK_FORMAT_ANY_VERSION:-}" ]; then
    echo "check-format: clang-format $version is not 14, the version the tree follows: not checked"
    exit 0
fi
mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' 'fuzz/*.cpp' 'fuzz/*.h')
if [ "${1:-}" = "--fix" ]; then
    "$CLANG_FORMAT" -i --style=file "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    if ! "$CLANG_FORMAT" --style=file --dry-run -Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if [ ${#bad[@]} -ne 0 ]; then
    printf 'check-format: not formatted (run scripts/check-format.sh --fix):\n' >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
