#!/usr/bin/env bash
# Makes tests/data/schema-vN.sqlite with the CURRENT build (N = its schema
# version): the nominees of import-excel-vi.csv (Vietnamese names), one of them
# approved, an attachment, a setting, a budget cost line (version 4 on), a
# review (version 6 on), and the audit entries these leave.
# Run once per released schema version and commit the result; never regenerate
# an older one.   Usage: tests/data/make_schema_db.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli="$1/src/cli/vinhdanh-cli"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
db="$tmp/db.sqlite"
export QT_QPA_PLATFORM=offscreen VINHDANH_TODAY=2024-07-20
"$cli" --db "$db" init >/dev/null
"$cli" --db "$db" import "$here/import-excel-vi.csv" --skip-invalid >/dev/null
id=$("$cli" --db "$db" check --json | python3 -c '
import json, sys
print(next(n["id"] for n in json.load(sys.stdin)["nominees"] if n["verdict"] == "eligible"))')
"$cli" --db "$db" approve "$id" >/dev/null
# From version 4 on: a cost line of the budget estimate.
if "$cli" budget add --help >/dev/null 2>&1; then
    "$cli" --db "$db" budget add "Hoa tươi" --unit bó --quantity 10 --unit-price 250000 >/dev/null
fi
# From version 6 on: a warnings-only nominee reviewed ("đã xem xét").
if "$cli" review --help >/dev/null 2>&1; then
    rid=$("$cli" --db "$db" check --json | python3 -c '
import json, sys
print(next((n["id"] for n in json.load(sys.stdin)["nominees"] if n["verdict"] == "review"), ""))')
    if [ -n "$rid" ]; then
        "$cli" --db "$db" review "$rid" --note "Đơn vị nộp bổ sung bản giấy" >/dev/null
    fi
fi
# No CLI for these two yet: plain SQL, as the program stores them.
sqlite3 "$db" <<SQL
INSERT INTO attachment (nominee_id, document_code, file_name, mime_type, size, data, added_at)
VALUES ($id, 'TO_TRINH', 'Tờ trình đề nghị.pdf', 'application/pdf', 20,
        CAST('%PDF-1.4 tờ trình' AS BLOB), '2024-07-10T09:00:00');
INSERT INTO setting (key, value) VALUES ('certificate.layout', '{"font":"Times New Roman","cỡ":14}');
PRAGMA wal_checkpoint(TRUNCATE);
SQL
version=$(sqlite3 "$db" 'PRAGMA user_version')
cp "$db" "$here/schema-v$version.sqlite"
echo "wrote $here/schema-v$version.sqlite"
