# A throwaway PostgreSQL 15 cluster on a private port and socket directory.
# Sourced by scripts/test and scripts/bench: venuemap_pg_start sets VENUEMAP_PG_URL and
# registers venuemap_pg_stop, which must run on every exit path (the caller traps it).
# VENUEMAP_PG_MAX_CONNECTIONS sets max_connections (200 by default).

venuemap_pg_bin=/usr/lib/postgresql/15/bin

venuemap_pg_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

venuemap_pg_free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

venuemap_pg_start() {
    local keep_dir=${1:-}
    VENUEMAP_PG_DIR=${keep_dir:-$(mktemp -d /tmp/venuemap-pg.XXXXXX)}
    mkdir -p "$VENUEMAP_PG_DIR"
    VENUEMAP_PG_PASSWORD=${VENUEMAP_PG_PASSWORD:-venuemap-test-$RANDOM$RANDOM}
    VENUEMAP_PG_PORT=$(venuemap_pg_free_port)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres "$VENUEMAP_PG_DIR"
    fi
    chmod 700 "$VENUEMAP_PG_DIR"
    if [ ! -f "$VENUEMAP_PG_DIR/data/PG_VERSION" ]; then
        local pwfile="$VENUEMAP_PG_DIR/pw"
        printf '%s\n' "$VENUEMAP_PG_PASSWORD" > "$pwfile"
        [ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
        venuemap_pg_as_owner "$venuemap_pg_bin/initdb" -D "$VENUEMAP_PG_DIR/data" -U postgres \
            --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >"$VENUEMAP_PG_DIR/initdb.log" 2>&1 || {
                cat "$VENUEMAP_PG_DIR/initdb.log" >&2; return 1; }
        rm -f "$pwfile"
        printf '%s\n' "$VENUEMAP_PG_PASSWORD" > "$VENUEMAP_PG_DIR/password"
    else
        VENUEMAP_PG_PASSWORD=$(cat "$VENUEMAP_PG_DIR/password")
    fi
    mkdir -p "$VENUEMAP_PG_DIR/sock"
    [ "$(id -u)" -eq 0 ] && chown postgres "$VENUEMAP_PG_DIR/sock"
    venuemap_pg_as_owner "$venuemap_pg_bin/pg_ctl" -D "$VENUEMAP_PG_DIR/data" -w -t 60 \
        -l "$VENUEMAP_PG_DIR/server.log" \
        -o "-p $VENUEMAP_PG_PORT -k $VENUEMAP_PG_DIR/sock -c listen_addresses=127.0.0.1 \
            -c max_connections=${VENUEMAP_PG_MAX_CONNECTIONS:-200} -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
            -c shared_buffers=512MB -c work_mem=16MB -c maintenance_work_mem=512MB \
            -c max_wal_size=4GB -c checkpoint_timeout=30min" start >/dev/null || {
                cat "$VENUEMAP_PG_DIR/server.log" >&2; return 1; }
    VENUEMAP_PG_URL="postgresql://postgres:${VENUEMAP_PG_PASSWORD}@127.0.0.1:${VENUEMAP_PG_PORT}/postgres"
    export VENUEMAP_PG_DIR VENUEMAP_PG_PORT VENUEMAP_PG_PASSWORD VENUEMAP_PG_URL
    echo "PostgreSQL 15 test cluster on 127.0.0.1:$VENUEMAP_PG_PORT ($VENUEMAP_PG_DIR)"
}

venuemap_pg_stop() {
    local remove=${1:-yes}
    [ -n "${VENUEMAP_PG_DIR:-}" ] || return 0
    if [ -f "$VENUEMAP_PG_DIR/data/postmaster.pid" ]; then
        venuemap_pg_as_owner "$venuemap_pg_bin/pg_ctl" -D "$VENUEMAP_PG_DIR/data" -m immediate -w stop \
            >/dev/null 2>&1 || true
    fi
    [ "$remove" = yes ] && rm -rf "$VENUEMAP_PG_DIR"
    VENUEMAP_PG_DIR=
}
