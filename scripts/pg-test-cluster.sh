#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (docs/postgresql.md).
#
#   scripts/pg-test-cluster.sh start OWNER_PID   prints two lines: the cluster's folder, then
#                                                postgresql://postgres@127.0.0.1:PORT
#   scripts/pg-test-cluster.sh stop FOLDER       stops the server and removes the folder
#
# The cluster lives in a new folder under the temporary directory and listens on a free loopback
# port only (its socket in the same folder). The harness's superuser `postgres` is trusted
# (nothing but this machine's loopback reaches it, and it holds nothing but test data); every
# other role signs in with its password by SCRAM-SHA-256, as TrialDesk's users do on a real
# server, so the tests check sign-in for real. PostgreSQL refuses to run
# as root: as root the server runs as the `postgres` user of the Debian package. A watchdog
# stops the server and removes the folder as soon as OWNER_PID is gone, so a test run that
# crashes or is killed leaves no server behind.
set -euo pipefail

bin=${TRIALDESK_PG_BIN:-/usr/lib/postgresql/15/bin}
self=$(readlink -f "$0")

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    local dir=$1
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start)
    owner=${2:?"start needs the process id whose end stops the cluster"}
    if [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL is not installed ($bin/initdb is missing): run scripts/install-deps.sh" >&2
        exit 1
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/trialdesk-pg.XXXXXX")
    chmod 700 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        if ! id postgres >/dev/null 2>&1; then
            echo "Running as root, but there is no postgres user to run the server as" >&2
            rm -rf "$dir"
            exit 1
        fi
        chown postgres: "$dir"
    fi
    if ! as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    fi
    # First match wins: the socket and the superuser without a password, the rest by SCRAM.
    as_owner sh -c 'printf "%s\n" "local all all trust" "host all postgres 127.0.0.1/32 trust" \
        "host all all 127.0.0.1/32 scram-sha-256" >"$1"' sh "$dir/data/pg_hba.conf"
    started=""
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        port=$((20000 + RANDOM % 20000))
        # Something already listens there: try another port.
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 \
-c password_encryption=scram-sha-256" >/dev/null 2>&1; then
            started=$port
            break
        fi
    done
    if [ -z "$started" ]; then
        cat "$dir/server.log" >&2 2>/dev/null || true
        stop_cluster "$dir"
        echo "Could not start a PostgreSQL server on a free loopback port" >&2
        exit 1
    fi
    # The watchdog: when the owner is gone, so is the cluster.
    setsid bash -c "while kill -0 $owner 2>/dev/null && [ -d '$dir' ]; do sleep 1; done; \
        '$self' stop '$dir'" </dev/null >/dev/null 2>&1 &
    echo "$dir"
    echo "postgresql://postgres@127.0.0.1:$started"
    ;;
stop)
    dir=${2:?"stop needs the cluster's folder"}
    case "$dir" in
    "${TMPDIR:-/tmp}"/trialdesk-pg.*) stop_cluster "$dir" ;;
    *)
        echo "Not a test cluster's folder: $dir" >&2
        exit 1
        ;;
    esac
    ;;
*)
    echo "usage: $0 start OWNER_PID | stop FOLDER" >&2
    exit 2
    ;;
esac
