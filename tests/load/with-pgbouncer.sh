#!/usr/bin/env bash
# with-pgbouncer.sh MODE COMMAND...: runs COMMAND with VENUEMAP_TEST_PG_URL pointing at a
# PgBouncer (Debian's package) that pools MODE (session or transaction) in front of the server
# VENUEMAP_TEST_PG_URL names, and stops it afterwards. For example the suite through it:
#   VENUEMAP_TEST_PG_URL=$(cat /tmp/pg-main.url) tests/load/with-pgbouncer.sh session \
#       ctest --test-dir build/testing -R 'tst_venuerepository|tst_holds'
set -euo pipefail
mode=${1:?usage: with-pgbouncer.sh session|transaction COMMAND...}
shift
[ "$mode" = session ] || [ "$mode" = transaction ] || { echo "MODE is session or transaction" >&2; exit 2; }
server=${VENUEMAP_TEST_PG_URL:?set VENUEMAP_TEST_PG_URL to a superuser URL of the server}
pgbouncer=/usr/sbin/pgbouncer
[ -x "$pgbouncer" ] || { echo "PgBouncer is not installed: apt-get install pgbouncer" >&2; exit 1; }

# postgresql://user:password@host:port/db
rest=${server#postgresql://}
creds=${rest%%@*}
hostpart=${rest#*@}
hostport=${hostpart%%/*}
user=${creds%%:*}
password=${creds#*:}
host=${hostport%%:*}
port=${hostport##*:}
[ "$port" = "$hostport" ] && port=5432

dir=$(mktemp -d /tmp/venuemap-pgbouncer.XXXXXX)
listen=$((20000 + RANDOM % 20000))
printf '"%s" "%s"\n' "$user" "$password" > "$dir/users.txt"
cat > "$dir/pgbouncer.ini" <<INI
[databases]
* = host=$host port=$port
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $listen
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $dir/users.txt
# Roles the tests create sign in too: PgBouncer asks the server for their password hashes.
auth_user = $user
pool_mode = $mode
max_client_conn = 2000
default_pool_size = ${VENUEMAP_PGBOUNCER_POOL:-20}
logfile = $dir/pgbouncer.log
pidfile = $dir/pgbouncer.pid
INI
chmod -R go-rwx "$dir"
run=()
if [ "$(id -u)" -eq 0 ]; then # PgBouncer refuses to run as root
    chown -R postgres "$dir"
    run=(runuser -u postgres --)
fi
"${run[@]}" "$pgbouncer" -d "$dir/pgbouncer.ini"
stop() {
    [ -f "$dir/pgbouncer.pid" ] && kill "$(cat "$dir/pgbouncer.pid")" 2>/dev/null || true
    sleep 0.2
    [ -n "${VENUEMAP_PGBOUNCER_KEEP_LOG:-}" ] && cp "$dir/pgbouncer.log" "$VENUEMAP_PGBOUNCER_KEEP_LOG"
    rm -rf "$dir"
}
trap stop EXIT
for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$listen") 2>/dev/null && break
    sleep 0.1
done
option=
[ "$mode" = transaction ] && option=${VENUEMAP_PGBOUNCER_OPTION-?pooler=transaction}
export VENUEMAP_TEST_PG_URL="postgresql://$creds@127.0.0.1:$listen/${hostpart#*/}$option"
echo "PgBouncer ($mode pooling) on 127.0.0.1:$listen in front of $host:$port" >&2
"$@"
