# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by the benchmarks: starts a local nginx on a free loopback port and stops it (by PID) on exit, runs wrk.
#   start_nginx [worker_connections]   sets $base (http://127.0.0.1:PORT), $nginx_pid and $tmp
#   run_wrk THREADS CONNECTIONS PATH    prints "rps p50_ms p99_ms cpu_us_per_request errors" ($duration seconds)
# Locations: "/" answers a small 200 at once, "/slow" after 10 ms (the echo module's echo_sleep).
# Needs: nginx, libnginx-mod-http-echo (scripts/install-deps.sh --bench).

die() { echo "$(basename "$0"): $*" >&2; exit 2; }

tmp=$(mktemp -d -t scalescope-bench.XXXXXX)
nginx_pid=""
bench_cleanup() {
    if [[ -n $nginx_pid ]] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap bench_cleanup EXIT INT TERM

start_nginx() {
    local connections=${1:-4096}
    local nginx_bin echo_module="" dir
    nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
    [[ -x $nginx_bin ]] || die "nginx is not installed (scripts/install-deps.sh --bench)"
    for dir in /usr/lib/nginx/modules /usr/share/nginx/modules; do
        [[ -f $dir/ngx_http_echo_module.so ]] && { echo_module=$dir/ngx_http_echo_module.so; break; }
    done
    [[ -n $echo_module ]] || die "the nginx echo module (libnginx-mod-http-echo) is not installed: /slow needs echo_sleep"
    local port
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    mkdir -p "$tmp/logs"
    cat >"$tmp/nginx.conf" <<CONF
load_module $echo_module;
daemon off;
master_process off;
worker_processes 1;
worker_rlimit_nofile $((connections * 2 + 64));
error_log $tmp/logs/error.log warn;
pid $tmp/nginx.pid;
events { worker_connections $((connections + 64)); }
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
        listen 127.0.0.1:$port backlog=16384;
        location = / { return 200 "hello from nginx\n"; }
        location = /slow { echo_sleep 0.01; echo ok; }
    }
}
CONF
    "$nginx_bin" -p "$tmp" -c "$tmp/nginx.conf" &
    nginx_pid=$!
    local _
    for _ in $(seq 1 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
        kill -0 "$nginx_pid" 2>/dev/null || die "nginx did not start: $(cat "$tmp/logs/error.log" 2>/dev/null)"
        sleep 0.1
    done
    base="http://127.0.0.1:$port"
}

# wrk's latencies ("12.34us", "1.2ms", "1.01s") in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.4f", n }'; }

# wrk's "Requests/sec" and "50%"/"99%" lines; latencies converted to ms.
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
