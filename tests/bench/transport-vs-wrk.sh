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

# shellcheck source=benchlib.sh
source "$here/benchlib.sh"
[[ -x $bench ]] || die "benchmark binary not found or not executable: $bench (pass its path as the first argument)"
command -v wrk >/dev/null || die "wrk is not installed"
start_nginx

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
