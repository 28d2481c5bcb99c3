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
    local data
    for data in "$VENUEMAP_PG_DIR/data" "$VENUEMAP_PG_DIR/primary" "$VENUEMAP_PG_DIR/standby"; do
        if [ -f "$data/postmaster.pid" ]; then
            venuemap_pg_as_owner "$venuemap_pg_bin/pg_ctl" -D "$data" -m immediate -w stop \
                >/dev/null 2>&1 || true
        fi
    done
    [ "$remove" = yes ] && rm -rf "$VENUEMAP_PG_DIR"
    VENUEMAP_PG_DIR=
}

# A primary and a streaming hot standby on this machine (the failover test): the standby is a
# pg_basebackup -R copy of the primary, and every commit waits until the standby has applied it
# (synchronous_standby_names = '*', synchronous_commit = remote_apply), so a save the app was told
# about survives the primary's loss and is already visible to a reader on the standby. Both listen
# on 127.0.0.1 with the same postgres password.
#   venuemap_pg_pair_start DIR   sets VENUEMAP_PG_PRIMARY_PORT, VENUEMAP_PG_STANDBY_PORT,
#                                VENUEMAP_PG_PASSWORD (and VENUEMAP_PG_DIR=DIR for _stop)
#   venuemap_pg_pair_kill_primary DIR   pg_ctl stop -m immediate: a crash, as far as clients see
#   venuemap_pg_pair_promote DIR        the standby becomes the primary
#   venuemap_pg_pair_stop_standby DIR / venuemap_pg_pair_start_standby DIR
#   venuemap_pg_stop                    stops both (immediate) and removes DIR
venuemap_pg_server_start() { # datadir port sockdir log [-c settings...]
    local data=$1 port=$2 sock=$3 log=$4
    shift 4
    mkdir -p "$sock"
    [ "$(id -u)" -eq 0 ] && chown postgres "$sock"
    venuemap_pg_as_owner "$venuemap_pg_bin/pg_ctl" -D "$data" -w -t 90 -l "$log" \
        -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c max_connections=100 \
            -c fsync=off -c full_page_writes=off -c shared_buffers=32MB $*" start >/dev/null || {
            cat "$log" >&2; return 1; }
}

venuemap_pg_pair_start() {
    VENUEMAP_PG_DIR=$1
    mkdir -p "$VENUEMAP_PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$VENUEMAP_PG_DIR"
    chmod 700 "$VENUEMAP_PG_DIR"
    VENUEMAP_PG_PASSWORD=${VENUEMAP_PG_PASSWORD:-venuemap-failover-$RANDOM$RANDOM}
    local pwfile="$VENUEMAP_PG_DIR/pw"
    printf '%s\n' "$VENUEMAP_PG_PASSWORD" > "$pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres "$pwfile"
    venuemap_pg_as_owner "$venuemap_pg_bin/initdb" -D "$VENUEMAP_PG_DIR/primary" -U postgres \
        --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$VENUEMAP_PG_DIR/initdb.log" 2>&1 || {
            cat "$VENUEMAP_PG_DIR/initdb.log" >&2; return 1; }
    rm -f "$pwfile"
    VENUEMAP_PG_PRIMARY_PORT=$(venuemap_pg_free_port)
    venuemap_pg_server_start "$VENUEMAP_PG_DIR/primary" "$VENUEMAP_PG_PRIMARY_PORT" \
        "$VENUEMAP_PG_DIR/sock-primary" "$VENUEMAP_PG_DIR/primary.log" \
        "-c synchronous_standby_names='*' -c synchronous_commit=remote_apply" || return 1
    # The copy connects over the primary's socket (local replication is trusted); -R writes
    # primary_conninfo and standby.signal, so it starts as a standby streaming from the primary.
    venuemap_pg_as_owner "$venuemap_pg_bin/pg_basebackup" -h "$VENUEMAP_PG_DIR/sock-primary" \
        -p "$VENUEMAP_PG_PRIMARY_PORT" -U postgres -D "$VENUEMAP_PG_DIR/standby" -R -X stream \
        -c fast >"$VENUEMAP_PG_DIR/basebackup.log" 2>&1 || {
            cat "$VENUEMAP_PG_DIR/basebackup.log" >&2; return 1; }
    VENUEMAP_PG_STANDBY_PORT=$(venuemap_pg_free_port)
    while [ "$VENUEMAP_PG_STANDBY_PORT" = "$VENUEMAP_PG_PRIMARY_PORT" ]; do
        VENUEMAP_PG_STANDBY_PORT=$(venuemap_pg_free_port)
    done
    printf '%s %s\n' "$VENUEMAP_PG_PRIMARY_PORT" "$VENUEMAP_PG_STANDBY_PORT" >"$VENUEMAP_PG_DIR/ports"
    venuemap_pg_pair_start_standby "$VENUEMAP_PG_DIR" || return 1
    # Ready when the primary sees its standby as synchronous.
    local state=
    for _ in $(seq 1 120); do
        state=$(venuemap_pg_as_owner "$venuemap_pg_bin/psql" -h "$VENUEMAP_PG_DIR/sock-primary" \
            -p "$VENUEMAP_PG_PRIMARY_PORT" -U postgres -d postgres -Atc \
            "SELECT sync_state FROM pg_stat_replication" 2>/dev/null || true)
        [ "$state" = sync ] && break
        sleep 0.5
    done
    if [ "$state" != sync ]; then
        echo "the standby did not become synchronous (state: '${state:-none}')" >&2
        cat "$VENUEMAP_PG_DIR/standby.log" >&2
        return 1
    fi
    export VENUEMAP_PG_DIR VENUEMAP_PG_PASSWORD VENUEMAP_PG_PRIMARY_PORT VENUEMAP_PG_STANDBY_PORT
}

# After a promotion the standby is the primary: it waits for no standby of its own.
venuemap_pg_pair_start_standby() {
    local port
    port=$(cut -d' ' -f2 "$1/ports")
    venuemap_pg_server_start "$1/standby" "$port" "$1/sock-standby" "$1/standby.log" \
        "-c hot_standby=on -c synchronous_standby_names=''"
}

# The standby away (a commit on the primary then waits for it).
venuemap_pg_pair_stop_standby() {
    venuemap_pg_as_owner "$venuemap_pg_bin/pg_ctl" -D "$1/standby" -m fast -w stop >/dev/null
}

venuemap_pg_pair_kill_primary() {
    venuemap_pg_as_owner "$venuemap_pg_bin/pg_ctl" -D "$1/primary" -m immediate -w stop >/dev/null
}

venuemap_pg_pair_promote() {
    venuemap_pg_as_owner "$venuemap_pg_bin/pg_ctl" -D "$1/standby" -w -t 60 promote >/dev/null
}
