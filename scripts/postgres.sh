#!/usr/bin/env bash
# A throwaway PostgreSQL (Debian's 15) for the tests: `start DIR` makes a new cluster in
# DIR on a free loopback port and prints its URL; `stop DIR` stops it. initdb and the
# server refuse to run as root, so as root they run as the unprivileged user `nobody`
# (DIR is handed to it). Trust authentication on 127.0.0.1 and a socket in DIR only;
# fsync off: the data is thrown away.
set -euo pipefail
BIN=${POSTGRES_BIN:-/usr/lib/postgresql/15/bin}
cmd=${1:?start|stop} dir=${2:?directory}
as_user() { if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown nobody:nogroup "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_user "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1
    as_user "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_user "$BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
