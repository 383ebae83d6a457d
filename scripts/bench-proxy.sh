#!/usr/bin/env bash
# Load on GET /api/devices three ways, in one run, against the same playground (release
# builds, demo data plus 1,000 devices, a page of 20): straight to the playground, through
# nginx doing a plain proxy_pass (adding the API key), and through the console proxy
# (verifying the operator's token, checking the query, answering from its fleet index:
# every device of the page checked against the operator's scope, only its allowed fields
# written; the index reads the whole fleet again every 30 s meanwhile). Each is measured
# BENCH_ROUNDS times, interleaved; medians.
# nginx runs one worker process and the console one worker thread (WORKERS): the same
# share of the machine.
#
# Two placements are measured, because on a small machine the proxy and the playground
# compete for the same CPUs:
#   shared  everything may run on every CPU;
#   split   the playground has CPU 1 to itself (as Kustom has its own machines); wrk and
#           the proxy or nginx share CPU 0.
#
# With everything on 2 shared CPUs one round's ratio ranged from 0.66 to 0.96 within a
# run, and the median of 5 rounds moved from 0.76 to 0.90 between two runs minutes
# apart on the same build: 15 short rounds, whose median held within 0.81-0.85 over
# three runs of two builds.
#
#   make bench-proxy     BENCH_SECONDS (default 4), BENCH_CONNECTIONS (16), BENCH_ROUNDS (15),
#                        CONSOLE_WORKERS (1)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${BENCH_SECONDS:-4}
CONNS=${BENCH_CONNECTIONS:-16}
ROUNDS=${BENCH_ROUNDS:-15}
PG=18501 NGINX=18502 CONSOLE=18503
# A first page as the console asks for it (it always names the page): nginx passes it to
# the playground as it is; the console answers it from its fleet index.
QUERY="page_number=0&page_size=20"
KEY=kco_test_api_DemoMerchantPlaygroundKey
dir=target/bench-proxy
rm -rf "$dir" && mkdir -p "$dir"
cargo build --release -q -p playground -p proxy --features proxy/playground
[ -f dist/index.html ] || { echo "build the console first (make build)"; exit 1; }
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; pids=(); sleep 0.3; }
trap stop EXIT
wait_up() { for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "not up: $1"; exit 1; }

cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
error_log $PWD/$dir/nginx-error.log warn;
pid $PWD/$dir/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  upstream playground { server 127.0.0.1:$PG; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX;
    location = /api/devices {
      proxy_pass http://playground/ipp/v1/devices;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Authorization "Basic $KEY";
      proxy_set_header x-merchant-id DM10000001;
    }
  }
}
CONF

# start PLACEMENT: the playground, nginx and the console proxy, placed on CPUs.
start() {
  local up="" front=""
  if [ "$1" = split ]; then up="taskset -c 1"; front="taskset -c 0"; fi
  rm -f "$dir"/pg.sqlite*
  $up target/release/playground --listen "127.0.0.1:$PG" --db "$dir/pg.sqlite" --seed demo --seed-devices 1000 >"$dir/playground.log" 2>&1 &
  pids+=($!)
  wait_up "http://127.0.0.1:$PG/healthz"
  $front nginx -c "$PWD/$dir/nginx.conf" -g 'daemon off;' &
  pids+=($!)
  # The access log off, as nginx's is (access_log off above); the audit log stays.
  RUST_LOG=warn,audit=info WORKERS=${CONSOLE_WORKERS:-1} $front target/release/device-console --playground-url "http://127.0.0.1:$PG" --listen "127.0.0.1:$CONSOLE" \
    --dist dist --data-dir "$dir" --log-format json >"$dir/proxy.log" 2>&1 &
  pids+=($!)
  wait_up "http://127.0.0.1:$CONSOLE/healthz"
  wait_up "http://127.0.0.1:$NGINX/api/devices"
  TOKEN=$(curl -sf -X POST -H 'content-type: application/json' -d '{"role":"viewer"}' "http://127.0.0.1:$CONSOLE/api/dev/sign-in" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  WRK="wrk"
  if [ "$1" = split ]; then WRK="taskset -c 0 wrk"; fi
}

# one PLACEMENT NAME URL HEADER: one wrk run; appends "placement name rps p50 p99" (ms).
one() {
  $WRK -t1 -c"$CONNS" -d"${SECONDS_EACH}s" --latency -H "$4" "$3" >"$dir/last.txt"
  awk -v p="$1" -v n="$2" '
    function ms(v) { if (v ~ /us$/) { sub(/us/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms/, "", v); return v + 0 } sub(/s/, "", v); return v * 1000 }
    /Requests\/sec/ { rps = $2 } $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    / Non-2xx/ { bad = $NF }
    END { if (bad) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 } print p, n, rps, p50, p99 }' "$dir/last.txt" >>"$dir/results.txt"
}

# CPU time the host gave to other machines while we measured (a virtual machine's "steal"):
# when it is more than a few percent, the figures say more about the host than about us.
steal() { awk '/^cpu / { print $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
steal_before=$(steal)

placements="shared"
[ "$(nproc)" -ge 2 ] && command -v taskset >/dev/null && placements="shared split"
for placement in $placements; do
  start "$placement"
  for _ in $(seq 1 "$ROUNDS"); do
    one "$placement" direct "http://127.0.0.1:$PG/ipp/v1/devices?$QUERY" "Authorization: Basic $KEY"
    one "$placement" nginx "http://127.0.0.1:$NGINX/api/devices?$QUERY" "Accept: application/json"
    one "$placement" console "http://127.0.0.1:$CONSOLE/api/devices?$QUERY" "Authorization: Bearer $TOKEN"
  done
  stop
done

echo "$steal_before $(steal)" | awk '{ printf "CPU stolen by the host during the run: %.1f%%\n", 100 * ($3 - $1) / ($4 - $2) }'
echo "GET /api/devices, page of 20 of 1,012 devices; wrk 1 thread, $CONNS connections, ${SECONDS_EACH}s x $ROUNDS rounds; medians"
awk '
  function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t } return a[int((n + 1) / 2)] }
  { k = $1 SUBSEP $2; n[k]++; r[k, n[k]] = $3; p5[k, n[k]] = $4; p9[k, n[k]] = $5; seen[$1] = 1 }
  END {
    for (pl in seen) {
      printf "\n%s:\n", pl
      for (w = 1; w <= 3; w++) {
        name = (w == 1 ? "direct" : w == 2 ? "nginx" : "console"); k = pl SUBSEP name
        delete a; delete b; delete c
        for (i = 1; i <= n[k]; i++) { a[i] = r[k, i]; b[i] = p5[k, i]; c[i] = p9[k, i] }
        R[name] = median(a, n[k]); P50[name] = median(b, n[k]); P99[name] = median(c, n[k])
        printf "  %-8s %9.0f req/s   p50 %6.2f ms   p99 %6.2f ms\n", name, R[name], P50[name], P99[name]
      }
      # Per round, the two ran one after the other: the ratio of each round is immune to
      # the machine getting slower or faster between rounds.
      kc = pl SUBSEP "console"; kn = pl SUBSEP "nginx"; delete q; list = ""
      for (i = 1; i <= n[kc]; i++) { q[i] = r[kc, i] / r[kn, i]; list = list sprintf(" %.2f", q[i]) }
      printf "  throughput console/nginx: %.2fx (median of rounds:%s; target >= 1.5x)\n", median(q, n[kc]), list
      printf "  p99 added over direct: nginx %+.2f ms, console %+.2f ms\n", P99["nginx"] - P99["direct"], P99["console"] - P99["direct"]
    }
  }' "$dir/results.txt"
