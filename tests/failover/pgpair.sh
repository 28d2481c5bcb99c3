#!/usr/bin/env bash
# The failover test's servers (scripts/lib/pgcluster.sh): a primary and its synchronous hot
# standby in DIR. Run as root (PostgreSQL then runs as postgres) or as an ordinary user.
#   pgpair.sh start DIR          prints primary_port=, standby_port=, password= lines
#   pgpair.sh kill-primary DIR   pg_ctl stop -m immediate on the primary
#   pgpair.sh promote DIR        promotes the standby
#   pgpair.sh stop-standby DIR   stops the standby (commits on the primary then wait for it)
#   pgpair.sh start-standby DIR  starts it again
#   pgpair.sh stop DIR           stops what runs and removes DIR
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/scripts/lib/pgcluster.sh"
command=${1:?start, kill-primary, promote or stop}
dir=${2:?a folder for the clusters}
case $command in
start)
    if [ ! -x "$venuemap_pg_bin/pg_ctl" ] || [ ! -x "$venuemap_pg_bin/pg_basebackup" ]; then
        echo "PostgreSQL 15 server programs are not installed ($venuemap_pg_bin)" >&2
        exit 2
    fi
    if ! venuemap_pg_pair_start "$dir"; then
        VENUEMAP_PG_DIR=$dir venuemap_pg_stop no
        exit 1
    fi
    echo "primary_port=$VENUEMAP_PG_PRIMARY_PORT"
    echo "standby_port=$VENUEMAP_PG_STANDBY_PORT"
    echo "password=$VENUEMAP_PG_PASSWORD"
    ;;
kill-primary) venuemap_pg_pair_kill_primary "$dir" ;;
promote) venuemap_pg_pair_promote "$dir" ;;
stop-standby) venuemap_pg_pair_stop_standby "$dir" ;;
start-standby) venuemap_pg_pair_start_standby "$dir" ;;
stop) VENUEMAP_PG_DIR=$dir venuemap_pg_stop yes ;;
*) echo "unknown command $command" >&2; exit 64 ;;
esac
