#!/usr/bin/env bash
# Load test of the API: throughput and p50/p99 latency of GET /api/deals and GET /api/reps/{rep}/plan
# at 200 concurrent connections on loopback, with wrk (Debian/Ubuntu package "wrk").
#
#   bench/http-load.sh                 # 200 reps x 250 working days, like needle bench
#   REPS=20 DAYS=120 bench/http-load.sh
#
# It generates and imports an org into a temporary home (embedded SQLite), mints a token for a rep and for
# their manager, starts `needle serve`, warms it up, runs wrk for each endpoint and stops the server.
# BENCH_HOME=DIR keeps the home (and reuses it on the next run, skipping generate and import).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${REPS:-200}"; days="${DAYS:-250}"; seed="${SEED:-7}"
connections="${CONNECTIONS:-200}"; threads="${THREADS:-2}"; duration="${DURATION:-30s}"
port="${PORT:-7171}"; heap="${HEAP:-2g}"
command -v wrk >/dev/null || { echo "http-load: wrk is needed (apt-get install wrk)" >&2; exit 1; }

home="${BENCH_HOME:-$(mktemp -d /tmp/needle-http-load.XXXXXX)}"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  [ -n "${BENCH_HOME:-}" ] || rm -rf "$home"
}
trap cleanup EXIT
needle() { "$here/needle" --home "$home" "$@"; }

if [ ! -f "$home/org/User.csv" ]; then
  echo "== org: $reps reps x $days working days (seed $seed) into $home"
  needle generate "$home/org" --reps "$reps" --days "$days" --seed "$seed" >/dev/null
  needle import "$home/org" >/dev/null
fi
# a rep who has a manager and no reports of their own, and that manager (from the generated User.csv)
read -r rep_email manager_id < <(python3 - "$home/org/User.csv" <<'PY'
import csv, sys
users = list(csv.DictReader(open(sys.argv[1], newline='')))
managers = {u['ManagerId'] for u in users if u['ManagerId']}
rep = next(u for u in users if u['ManagerId'] and u['Id'] not in managers)
print(rep['Email'], rep['ManagerId'])
PY
)
manager_email="$(python3 -c "import csv,sys; print(next(u['Email'] for u in csv.DictReader(open(sys.argv[1], newline='')) if u['Id']==sys.argv[2]))" "$home/org/User.csv" "$manager_id")"
rep_token="$(needle token create --user "$rep_email" --label bench)"
manager_token="$(needle token create --user "$manager_email" --label bench)"

echo "== needle serve on 127.0.0.1:$port (-Xmx$heap)"
java "-Xmx$heap" ${NEEDLE_JAVA_OPTS:-} -jar "$here/target/needle.jar" --home "$home" serve --port "$port" >"$home/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/openapi.json" >/dev/null && break
  sleep 1
done
auth() { echo "Authorization: Bearer $1"; }
rep_id="$(curl -sf -H "$(auth "$rep_token")" "http://127.0.0.1:$port/api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["rep"]["id"])')"
plan_date="$(date -u -d 'next monday' +%F)"

declare -a names=("deals (rep)" "deals (manager)" "plan (rep)")
declare -a urls=("/api/deals" "/api/deals" "/api/reps/$rep_id/plan?date=$plan_date")
declare -a tokens=("$rep_token" "$manager_token" "$rep_token")

# the first calls read the store and derive the hygiene report and workloads once; then a short warm-up
for i in "${!urls[@]}"; do
  first="$(curl -sf -o /dev/null -w '%{time_total}' -H "$(auth "${tokens[$i]}")" "http://127.0.0.1:$port${urls[$i]}")"
  echo "first GET ${urls[$i]}: ${first}s"
  wrk -t"$threads" -c"$connections" -d5s -H "$(auth "${tokens[$i]}")" "http://127.0.0.1:$port${urls[$i]}" >/dev/null
done

printf '\n%-18s %12s %10s %10s %10s  %s\n' "endpoint" "requests/s" "p50" "p99" "errors" "(wrk -t$threads -c$connections -d$duration --latency)"
for i in "${!urls[@]}"; do
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "$(auth "${tokens[$i]}")" "http://127.0.0.1:$port${urls[$i]}")"
  echo "$out" >"$home/wrk-$i.txt"
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")"
  printf '%-18s %12s %10s %10s %10s  GET %s\n' "${names[$i]}" "$rps" "$p50" "$p99" "${errors:-0}" "${urls[$i]}"
done
echo
echo "deals bodies: rep $(curl -s -H "$(auth "$rep_token")" "http://127.0.0.1:$port/api/deals" | wc -c) bytes, manager $(curl -s -H "$(auth "$manager_token")" "http://127.0.0.1:$port/api/deals" | wc -c) bytes"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
if [ -n "${BENCH_HOME:-}" ]; then echo "server log: $home/serve.log"; fi
