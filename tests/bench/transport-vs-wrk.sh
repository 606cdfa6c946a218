#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Compares the ScaleScope transports with wrk against a local nginx.
#   transport-vs-wrk.sh [path/to/scalescope-transport-bench]
# Environment: DURATION (seconds per run, default 10).
# Throughput: wrk -t2 -c50 on "/" (small 200 body) vs the lean and qnam transports, same shape.
# Latency: wrk -t1 -c10 on "/slow" (answers after 10 ms) vs lean and qnam, p50 compared.
# Goals: lean >= 0.8x wrk requests/s; lean p50 within 0.3 ms of wrk's on /slow.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bench=${1:-${BENCH:-$here/../../build/dev/tests/bench/scalescope-transport-bench}}
duration=${DURATION:-10}

die() { echo "transport-vs-wrk: $*" >&2; exit 2; }
[[ -x $bench ]] || die "benchmark binary not found or not executable: $bench (pass its path as the first argument)"
command -v wrk >/dev/null || die "wrk is not installed"
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $nginx_bin ]] || die "nginx is not installed"
echo_module=""
for dir in /usr/lib/nginx/modules /usr/share/nginx/modules; do
    [[ -f $dir/ngx_http_echo_module.so ]] && { echo_module=$dir/ngx_http_echo_module.so; break; }
done
[[ -n $echo_module ]] || die "the nginx echo module (libnginx-mod-http-echo) is not installed: /slow needs echo_sleep"

tmp=$(mktemp -d -t scalescope-bench.XXXXXX)
nginx_pid=""
cleanup() {
    if [[ -n $nginx_pid ]] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
mkdir -p "$tmp/logs"
cat >"$tmp/nginx.conf" <<CONF
load_module $echo_module;
daemon off;
master_process off;
worker_processes 1;
error_log $tmp/logs/error.log warn;
pid $tmp/nginx.pid;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    keepalive_requests 10000000;
    keepalive_timeout 300s;
    default_type text/plain;
    server {
        listen 127.0.0.1:$port;
        location = / { return 200 "hello from nginx\n"; }
        location = /slow { echo_sleep 0.01; echo ok; }
    }
}
CONF

"$nginx_bin" -p "$tmp" -c "$tmp/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    kill -0 "$nginx_pid" 2>/dev/null || die "nginx did not start: $(cat "$tmp/logs/error.log" 2>/dev/null)"
    sleep 0.1
done
base="http://127.0.0.1:$port"

# wrk's "Requests/sec" and "50%"/"99%" lines; latencies converted to ms.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.4f", n }'; }
run_wrk() { # threads connections path -> "rps p50 p99"
    local out cpu="-"
    if [[ -x /usr/bin/time ]]; then
        out=$(/usr/bin/time -f '%U %S' -o "$tmp/wrk-cpu.txt" wrk -t"$1" -c"$2" -d"${duration}s" --latency "$base$3")
    else
        out=$(wrk -t"$1" -c"$2" -d"${duration}s" --latency "$base$3")
    fi
    local rps p50 p99 requests errors
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
    if [[ -s $tmp/wrk-cpu.txt && ${requests:-0} -gt 0 ]]; then
        cpu=$(awk -v r="$requests" '{ printf "%.2f", ($1 + $2) * 1e6 / r }' "$tmp/wrk-cpu.txt")
    fi
    echo "$rps $p50 $p99 $cpu $errors"
}
run_bench() { # transport threads connections path -> "rps p50 p99 cpu_us_per_req failed"
    local line
    line=$("$bench" --url "$base$4" --transport "$1" --threads "$2" --connections "$3" --duration "$duration" | tail -n 1)
    [[ $line == RESULT* ]] || die "unexpected output from $bench: $line"
    local field
    field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    echo "$(field rps) $(field p50_ms) $(field p99_ms) $(field cpu_us_per_req) $(field failed)"
}

printf '%-28s %12s %10s %10s %12s %8s\n' "run" "requests/s" "p50 ms" "p99 ms" "cpu us/req" "failed"
row() { printf '%-28s %12.0f %10.3f %10.3f %12s %8s\n' "$1" $2 $3 $4 $5 $6; }

read -r w_rps w_p50 w_p99 w_cpu w_fail <<<"$(run_wrk 2 50 /)"
row "wrk -t2 -c50 /" "$w_rps" "$w_p50" "$w_p99" "$w_cpu" "$w_fail"
read -r l_rps l_p50 l_p99 l_cpu l_fail <<<"$(run_bench lean 2 50 /)"
row "lean -t2 -c50 /" "$l_rps" "$l_p50" "$l_p99" "$l_cpu" "$l_fail"
read -r q_rps q_p50 q_p99 q_cpu q_fail <<<"$(run_bench qnam 2 50 /)"
row "qnam -t2 -c50 /" "$q_rps" "$q_p50" "$q_p99" "$q_cpu" "$q_fail"

read -r ws_rps ws_p50 ws_p99 ws_cpu ws_fail <<<"$(run_wrk 1 10 /slow)"
row "wrk -t1 -c10 /slow" "$ws_rps" "$ws_p50" "$ws_p99" "$ws_cpu" "$ws_fail"
read -r ls_rps ls_p50 ls_p99 ls_cpu ls_fail <<<"$(run_bench lean 1 10 /slow)"
row "lean -t1 -c10 /slow" "$ls_rps" "$ls_p50" "$ls_p99" "$ls_cpu" "$ls_fail"
read -r qs_rps qs_p50 qs_p99 qs_cpu qs_fail <<<"$(run_bench qnam 1 10 /slow)"
row "qnam -t1 -c10 /slow" "$qs_rps" "$qs_p50" "$qs_p99" "$qs_cpu" "$qs_fail"

echo
awk -v l="$l_rps" -v w="$w_rps" -v q="$q_rps" -v lp="$ls_p50" -v wp="$ws_p50" -v qp="$qs_p50" 'BEGIN {
    ratio = l / w; delta = lp - wp
    printf "lean/wrk requests/s on /:     %.2f (goal >= 0.80) %s\n", ratio, (ratio >= 0.8 ? "OK" : "MISSED")
    printf "qnam/wrk requests/s on /:     %.2f\n", q / w
    printf "lean p50 - wrk p50 on /slow:  %+.3f ms (goal within 0.3 ms) %s\n", delta, (delta <= 0.3 && delta >= -0.3) ? "OK" : "MISSED"
    printf "qnam p50 - wrk p50 on /slow:  %+.3f ms\n", qp - wp
    printf "SUMMARY lean_wrk_rps_ratio=%.3f lean_wrk_p50_delta_ms=%.4f qnam_wrk_rps_ratio=%.3f\n", ratio, delta, q / w
}'
