#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the program-store tests (issue 16).
#
#   source scripts/throwaway-postgres.sh     # starts it, exports WORKLIST_TEST_DATABASE
#   throwaway_postgres_stop                  # stops it and removes its data
#
# The server runs as the postgres user (initdb refuses root), with trust authentication
# on loopback only, a private socket folder and a free port; nothing outside its temporary
# folder is touched. Installs Debian's postgresql package when no server binaries exist.

throwaway_postgres_start() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -z "$bin" ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
        bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    local run=()
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
        run=(runuser -u postgres --)
    fi
    THROWAWAY_PG_DIR=$(mktemp -d /tmp/worklist-pg.XXXXXX)
    chmod 755 "$THROWAWAY_PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$THROWAWAY_PG_DIR"
    THROWAWAY_PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${run[@]}" "$bin/initdb" -D "$THROWAWAY_PG_DIR/data" -U postgres -A trust --no-sync >"$THROWAWAY_PG_DIR/initdb.log" 2>&1 \
        || { cat "$THROWAWAY_PG_DIR/initdb.log"; return 1; }
    "${run[@]}" "$bin/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -l "$THROWAWAY_PG_DIR/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $THROWAWAY_PG_PORT -k $THROWAWAY_PG_DIR -c fsync=off" start >/dev/null \
        || { cat "$THROWAWAY_PG_DIR/server.log"; return 1; }
    THROWAWAY_PG_BIN=$bin
    THROWAWAY_PG_RUN=("${run[@]}")
    export WORKLIST_TEST_DATABASE="postgres://postgres@127.0.0.1:$THROWAWAY_PG_PORT/postgres"
    echo "throwaway PostgreSQL on 127.0.0.1:$THROWAWAY_PG_PORT ($THROWAWAY_PG_DIR)"
}

throwaway_postgres_stop() {
    [ -n "${THROWAWAY_PG_DIR:-}" ] || return 0
    "${THROWAWAY_PG_RUN[@]}" "$THROWAWAY_PG_BIN/pg_ctl" -D "$THROWAWAY_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$THROWAWAY_PG_DIR"
    unset THROWAWAY_PG_DIR WORKLIST_TEST_DATABASE
}

throwaway_postgres_start
