#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The ScaleScope authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scalescope-cli's load mode side by side with wrk against a local nginx on loopback; prints ratios.
#   load-vs-wrk.sh [path/to/scalescope-cli]
# Environment:
#   DURATION       seconds of each throughput/latency run (default 10)
#   CONNECTIONS    connections of the throughput runs (default 50)
#   MANY           connections of the many-connections run (default 10000; 0 skips it)
#   MANY_DURATION  seconds the many connections are held (default 60)
#   SOAK_DURATION  seconds of the full-rate memory run (default 600; 0 skips it)
#   ROUNDS         wrk and scalescope take turns this many times in runs 1 and 2; the median ratio counts (default 3),
#                  so that a neighbour's burst of load on a shared machine does not decide the result
# Runs:
#   1. throughput: wrk -t2 -cC on "/" vs a closed-model load test with C users, 0 think time, same duration
#      → ratio of requests/s and of CPU time per request (goal: >= 0.9x wrk's requests/s)
#   2. latency: wrk -t1 -c10 on "/slow" (answers after 10 ms) vs 10 users → p50 added (goal: <= 0.1 ms)
#   3. many connections: MANY users (spawned at 2,000/s) with 1 s think time on "/" for MANY_DURATION s → errors (goal: none)
#   4. memory: C users at full rate for SOAK_DURATION s → the generator's RSS, first vs last minute (goal: within 10 %)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-${CLI:-$here/../../build/dev/app/cli/scalescope-cli}}
duration=${DURATION:-10}
connections=${CONNECTIONS:-50}
many=${MANY:-10000}
many_duration=${MANY_DURATION:-60}
soak_duration=${SOAK_DURATION:-600}
rounds=${ROUNDS:-3}

# shellcheck source=benchlib.sh
source "$here/benchlib.sh"
[[ -x $cli ]] || die "scalescope-cli not found or not executable: $cli (pass its path as the first argument)"
command -v wrk >/dev/null || die "wrk is not installed (scripts/install-deps.sh --bench)"
# Enough descriptors for the many-connections run: nginx's side, ours, and the margin.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if (( many > 0 )) && (( $(ulimit -n) < many + 1000 )); then
    echo "note: the open-files limit $(ulimit -n) is too low for $many connections; the run uses fewer" >&2
    many=$(( $(ulimit -n) - 1000 ))
fi
start_nginx "$(( many > 4096 ? many : 4096 ))"

plan() { # path -> a plan file: no login, no dataset, one endpoint
    cat >"$tmp/plan.json" <<JSON
{ "version": 1, "name": "load-vs-wrk", "target": { "base_url": "$base", "timeout_ms": 10000 },
  "auth": { "type": "none" }, "dataset": { "mode": "seed", "sizes": [] },
  "endpoints": [ { "name": "nginx $1", "method": "GET", "path": "$1", "expect": [200] } ],
  "load": { "kind": "load", "model": "closed", "users": 1, "spawn_rate": 0 } }
JSON
    echo "$tmp/plan.json"
}

run_load() { # users think_s path seconds [spawn_rate] -> "rps p50 p99 cpu_us_per_req failures rss_first rss_last"
    local file
    file=$(plan "$3")
    /usr/bin/time -f '%U %S' -o "$tmp/cli-cpu.txt" "$cli" run "$file" --no-history --quiet --users "$1" \
        --think "$2" --duration "$4" --spawn-rate "${5:-0}" --json "$tmp/load.json" >"$tmp/cli.log" 2>&1 || {
        tail -n 20 "$tmp/cli.log" >&2
        die "scalescope-cli run failed"
    }
    python3 - "$tmp/load.json" "$tmp/cli-cpu.txt" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))
user, system = (float(x) for x in open(sys.argv[2]).read().split())
load = run["load"]
hold = [s for s in load["stages"] if s["role"] == "hold"][0]
series = load["series"]
rss = [(t, r) for t, r, st in zip(series["second"], series["generator_rss_mb"], series["stage"]) if st >= 0 and r > 0]
first = [r for t, r in rss if t - rss[0][0] < 60] if rss else [0]
last = [r for t, r in rss if rss[-1][0] - t < 60] if rss else [0]
requests = max(1, load["total_requests"])
print(f'{hold["throughput"]:.1f} {hold["p50_ms"]:.4f} {hold["p99_ms"]:.4f} {(user + system) * 1e6 / requests:.2f} '
      f'{hold["failures"]} {sum(first) / len(first):.1f} {sum(last) / len(last):.1f}')
if hold["failures"]:
    print("failures by kind:", hold["failures_by_kind"], file=sys.stderr)
PY
}

printf '%-44s %12s %10s %10s %12s %8s\n' "run" "requests/s" "p50 ms" "p99 ms" "cpu us/req" "failed"
row() { printf '%-44s %12.0f %10.3f %10.3f %12s %8s\n' "$1" "$2" "$3" "$4" "$5" "$6"; }

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratios="" cpu_ratios="" deltas=""
for round in $(seq 1 "$rounds"); do
    read -r w_rps w_p50 w_p99 w_cpu w_fail <<<"$(run_wrk 2 "$connections" /)"
    row "wrk -t2 -c$connections / (round $round)" "$w_rps" "$w_p50" "$w_p99" "$w_cpu" "$w_fail"
    read -r s_rps s_p50 s_p99 s_cpu s_fail _ _ <<<"$(run_load "$connections" 0 / "$duration")"
    row "scalescope, $connections users / (round $round)" "$s_rps" "$s_p50" "$s_p99" "$s_cpu" "$s_fail"
    read -r ws_rps ws_p50 ws_p99 ws_cpu ws_fail <<<"$(run_wrk 1 10 /slow)"
    row "wrk -t1 -c10 /slow (round $round)" "$ws_rps" "$ws_p50" "$ws_p99" "$ws_cpu" "$ws_fail"
    read -r ss_rps ss_p50 ss_p99 ss_cpu ss_fail _ _ <<<"$(run_load 10 0 /slow "$duration")"
    row "scalescope, 10 users /slow (round $round)" "$ss_rps" "$ss_p50" "$ss_p99" "$ss_cpu" "$ss_fail"
    ratios+="$(awk -v s="$s_rps" -v w="$w_rps" 'BEGIN { print s / w }')"$'\n'
    cpu_ratios+="$(awk -v s="$s_cpu" -v w="$w_cpu" 'BEGIN { print (w > 0 ? s / w : 0) }')"$'\n'
    deltas+="$(awk -v s="$ss_p50" -v w="$ws_p50" 'BEGIN { print s - w }')"$'\n'
done
ratio=$(printf '%s' "$ratios" | median)
cpu_ratio=$(printf '%s' "$cpu_ratios" | median)
delta=$(printf '%s' "$deltas" | median)

m_fail="-"
if (( many > 0 )); then
    # Users start at 2,000 a second (Locust's spawn rate), as one would bring up 10,000 users.
    read -r m_rps m_p50 m_p99 m_cpu m_fail _ _ <<<"$(run_load "$many" 1 / "$many_duration" 2000)"
    row "scalescope, $many users, 1 s think" "$m_rps" "$m_p50" "$m_p99" "$m_cpu" "$m_fail"
fi
rss_first=0 rss_last=0
if (( soak_duration > 0 )); then
    read -r k_rps k_p50 k_p99 k_cpu k_fail rss_first rss_last <<<"$(run_load "$connections" 0 / "$soak_duration")"
    row "scalescope, ${soak_duration} s at full rate" "$k_rps" "$k_p50" "$k_p99" "$k_cpu" "$k_fail"
fi

echo
awk -v ratio="$ratio" -v cpu="$cpu_ratio" -v delta="$delta" -v mf="$m_fail" -v m="$many" -v rounds="$rounds" \
    -v rf="$rss_first" -v rl="$rss_last" 'BEGIN {
    printf "scalescope/wrk requests/s on /:          %.2f (median of %d; goal >= 0.90) %s\n", ratio, rounds, (ratio >= 0.9 ? "OK" : "MISSED")
    printf "scalescope/wrk CPU per request on /:     %.2f (median)\n", cpu
    printf "scalescope p50 - wrk p50 on /slow:       %+.3f ms (median; goal <= 0.1 ms) %s\n", delta, (delta <= 0.1 ? "OK" : "MISSED")
    if (m > 0) printf "%d connections held, failed requests:   %s (goal 0) %s\n", m, mf, (mf == 0 ? "OK" : "MISSED")
    if (rf > 0) { g = (rl - rf) / rf; printf "generator RSS first vs last minute:      %.1f -> %.1f MB (%+.1f %%, goal within 10 %%) %s\n", rf, rl, 100 * g, (g <= 0.1 && g >= -0.1 ? "OK" : "MISSED") }
    printf "SUMMARY rps_ratio=%.3f cpu_ratio=%.3f p50_delta_ms=%.4f many_failed=%s rss_growth=%.3f\n", ratio, cpu, delta, mf, (rf > 0 ? (rl - rf) / rf : 0)
}'
