#!/usr/bin/env bash
# A throwaway local PostgreSQL for the tests (never for real data).
#
#   scripts/pg-test-server.sh start   initdb + pg_ctl on a new temporary folder and a
#                                     free loopback port; creates the role and database
#                                     vinhdanh_test; prints KEY=value lines:
#                                       VINHDANH_TEST_PG_DIR=/tmp/vinhdanh-pg.XXXXXX
#                                       VINHDANH_TEST_PG_URL=postgresql://vinhdanh_test@127.0.0.1:PORT/vinhdanh_test
#                                       PGPASSFILE=/tmp/vinhdanh-pg.XXXXXX/pgpass
#   scripts/pg-test-server.sh env  [DIR]   prints the same lines for a running server
#   scripts/pg-test-server.sh stop [DIR]   stops the server and removes the folder
#
# DIR defaults to $VINHDANH_TEST_PG_DIR. Use:  set -a; eval "$(scripts/pg-test-server.sh start)"; set +a
# Run as root, the server runs as the `postgres` user (runuser). The role
# vinhdanh_test (CREATEDB CREATEROLE, not a superuser) logs in with a random
# password that only the pgpass file holds; libpq reads it through PGPASSFILE.
set -euo pipefail

PG_BIN=${PG_BIN:-}
if [ -z "$PG_BIN" ]; then
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/pg_ctl" ] && PG_BIN=$d
    done
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "pg-test-server: PostgreSQL server binaries not found (package postgresql)" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    SERVER_USER=postgres
    as_server() { runuser -u postgres -- "$@"; }
else
    SERVER_USER=$(id -un)
    as_server() { "$@"; }
fi

print_env() {
    local dir=$1
    # shellcheck disable=SC1091
    . "$dir/state"
    echo "VINHDANH_TEST_PG_DIR=$dir"
    echo "VINHDANH_TEST_PG_URL=postgresql://vinhdanh_test@127.0.0.1:$PORT/vinhdanh_test"
    echo "PGPASSFILE=$dir/pgpass"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
    local dir
    dir=$(mktemp -d "${TMPDIR:-/tmp}/vinhdanh-pg.XXXXXX")
    chmod 755 "$dir"
    mkdir -p "$dir/data" "$dir/socket"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir/data" "$dir/socket"
    fi
    chmod 700 "$dir/data"

    as_server "$PG_BIN/initdb" -D "$dir/data" -U "$SERVER_USER" --auth-local=peer --auth-host=reject \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    }
    cat >"$dir/hba" <<EOF
local all all peer
host all vinhdanh_test 127.0.0.1/32 scram-sha-256
host all $SERVER_USER 127.0.0.1/32 reject
host all all 127.0.0.1/32 trust
EOF
    as_server tee "$dir/data/pg_hba.conf" <"$dir/hba" >/dev/null

    local port started=0
    for _ in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        port_in_use "$port" && continue
        if as_server "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/socket \
                -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
                -c max_connections=60 -c shared_buffers=16MB -c autovacuum=off" start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    if [ "$started" -ne 1 ]; then
        echo "pg-test-server: the server did not start:" >&2
        as_server cat "$dir/data/server.log" >&2 || true
        rm -rf "$dir"
        exit 1
    fi
    echo "PORT=$port" >"$dir/state"

    local password
    password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    as_server "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -d postgres \
        -c "CREATE ROLE vinhdanh_test LOGIN CREATEDB CREATEROLE PASSWORD '$password'" \
        -c "GRANT pg_signal_backend TO vinhdanh_test" \
        -c "CREATE DATABASE vinhdanh_test OWNER vinhdanh_test" >/dev/null
    (umask 077 && echo "127.0.0.1:$port:*:vinhdanh_test:$password" >"$dir/pgpass")
    print_env "$dir"
}

stop() {
    local dir=${1:-${VINHDANH_TEST_PG_DIR:-}}
    if [ -z "$dir" ] || [ ! -f "$dir/state" ]; then
        echo "pg-test-server: no test server folder given (VINHDANH_TEST_PG_DIR)" >&2
        exit 1
    fi
    as_server "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    case "$dir" in
        */vinhdanh-pg.*) rm -rf "$dir" ;;
    esac
}

case "${1:-}" in
    start) start ;;
    stop) stop "${2:-}" ;;
    env)
        dir=${2:-${VINHDANH_TEST_PG_DIR:-}}
        [ -n "$dir" ] && [ -f "$dir/state" ] || { echo "pg-test-server: no running test server" >&2; exit 1; }
        print_env "$dir"
        ;;
    *)
        echo "usage: $0 start|stop [DIR]|env [DIR]" >&2
        exit 2
        ;;
esac
