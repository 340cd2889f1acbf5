#!/usr/bin/env bash
# Health spider at scale: times `wtp check` (creator mode) on a party of N resources over 20 local mirrors against a
# plain concurrent download of exactly the same files with the spider's client settings, in the same run.
#
#   scripts/bench-check.sh [--files N] [--rounds R] [--scratch DIR]
#
# Generates (deterministically; reused when there) a site of N files (default 10,000: index.html linking to a few
# pages, plus N-1 files of 1-8 KiB), builds it with 20 mirrors http://127.0.0.1:18101/ .. :18120/, --replicas 3
# --list-size 4, serves it with `wtp serve`, then runs R rounds (default 3), alternating which step goes first:
#   (a) wtp check PARTY --key K --json REPORT   (default --per-host 4 --parallel 32)
#   (b) party.wtp.bench.CheckScale PARTY 4 32    (every file of every mirror folder over HTTP, same caps, URLs queued
#       round-robin over mirrors; --by-mirror also times (c) the same download queued mirror after mirror, as the
#       spider queues its copy checks)
# and prints a Markdown table of medians. The check's requests are counted from its JSON report: one per copy it
# tried (held, missing or filtered out), plus entry page, mirror list and bridge page per mirror (the site map too).
# Kills the server it started (by pid) at the end.
# Needs java 17, python3, and the jar: mvn -q -pl transformer-cli -am package -DskipTests
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$root/transformer-cli/target/wtp.jar"
files=10000
rounds=3
scratch="${WTP_BENCH_DIR:-/var/tmp/wtp-bench-check}"
by_mirror=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --files) files="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --scratch) scratch="$2"; shift ;;
    --by-mirror) by_mirror=1 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-check: unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ -f "$jar" ]] || { echo "bench-check: $jar is missing; run: mvn -q -pl transformer-cli -am package -DskipTests" >&2; exit 1; }

mkdir -p "$scratch"
site="$scratch/site-$files"
party="$scratch/party-$files"
key="$scratch/party.key"
classes="$scratch/classes"
results="$scratch/results-$files-$(date -u +%Y%m%dT%H%M%SZ).tsv"

if [[ ! -f "$site/index.html" ]]; then
  python3 - "$site" "$files" <<'PY'
import os, random, sys
site, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(20261124)
os.makedirs(site, exist_ok=True)
names = []
for i in range(1, n):
    d = os.path.join(site, "d%02d" % (i % 50))
    os.makedirs(d, exist_ok=True)
    size = rnd.randint(1024, 8192)
    if i % 10 == 0:
        name = "d%02d/page%05d.html" % (i % 50, i)
        body = ("<!doctype html><title>p%d</title><p>" % i).encode()
        body += b"x" * max(0, size - len(body) - 5) + b"</p>\n"
    else:
        name = "d%02d/file%05d.bin" % (i % 50, i)
        body = rnd.randbytes(size)
    with open(os.path.join(site, name), "wb") as f:
        f.write(body)
    names.append(name)
pages = [m for m in names if m.endswith(".html")][:5]
with open(os.path.join(site, "index.html"), "w") as f:
    f.write("<!doctype html><title>scale</title><ul>\n" + "".join('<li><a href="%s">%s</a>\n' % (p, p) for p in pages) + "</ul>\n")
PY
fi
[[ -f "$key" ]] || java -jar "$jar" keygen --out "$key" >/dev/null
if [[ ! -f "$party/mirrors.txt" ]]; then
  mirrors=()
  for p in $(seq 18101 18120); do mirrors+=(--mirror "http://127.0.0.1:$p/"); done
  /usr/bin/env time -f "build wall %e s" java -jar "$jar" build "$site" --out "$party" --key "$key" "${mirrors[@]}" \
    --replicas 3 --list-size 4 >/dev/null
fi
mkdir -p "$classes"
javac -cp "$jar" -d "$classes" "$root/transformer-cli/src/test/java/party/wtp/bench/CheckScale.java"

java -jar "$jar" serve "$party" >"$scratch/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for p in $(seq 18101 18120); do
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && break
    sleep 0.2
  done
done
total=$(find "$party" -mindepth 2 -type f | wc -l)
echo "bench-check: $files site files, $total files in 20 mirror folders; results in $results"

run_check() {
  local json="$scratch/check.json" s e rc=0
  s=$(date +%s.%N)
  java -jar "$jar" check "$party" --key "$key" --json "$json" >"$scratch/check.out" 2>/dev/null || rc=$?
  e=$(date +%s.%N)
  local copies
  copies=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(sum(len(m["copies"]) + 3 for m in r["mirrors"]), sum(m["ok"] for m in r["mirrors"]), r["healthy"])' "$json")
  echo -e "check\t$(python3 -c "print(round($e-$s,3))")\t$copies\trc=$rc" | tee -a "$results"
}
run_plain() {
  local s e out order="${1:-interleaved}" tag=plain
  [[ "$order" == by-mirror ]] && tag=bymirror
  s=$(date +%s.%N)
  out=$(java -cp "$jar:$classes" party.wtp.bench.CheckScale "$party" 4 32 "$order")
  e=$(date +%s.%N)
  echo -e "$tag\t$(python3 -c "print(round($e-$s,3))")\t$out" | tee -a "$results"
}
for r in $(seq 1 "$rounds"); do
  if (( r % 2 )); then run_check; run_plain; else run_plain; run_check; fi
  if (( by_mirror )); then run_plain by-mirror; fi
done
kill "$server"; wait "$server" 2>/dev/null || true; trap - EXIT

python3 - "$results" "$total" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
total = int(sys.argv[2])
check = [float(r[1]) for r in rows if r[0] == "check"]
plain = [float(r[1]) for r in rows if r[0] == "plain"]
inner = [float(r[2].split()[2]) for r in rows if r[0] == "plain"]
copies = [int(r[2].split()[0]) for r in rows if r[0] == "check"]
c, p, pi = statistics.median(check), statistics.median(plain), statistics.median(inner)
n = statistics.median(copies)
print("| step | median wall s | requests | requests/s |")
print("|---|---|---|---|")
print("| wtp check (JVM start to exit) | %.1f | %d (copies tried + 3 pages per mirror) | %.0f |" % (c, n, n / c))
print("| plain download (JVM start to exit) | %.1f | %d | %.0f |" % (p, total, total / p))
print("| plain download (transfer only) | %.1f | %d | %.0f |" % (pi, total, total / pi))
bym = [float(r[1]) for r in rows if r[0] == "bymirror"]
if bym:
    b = statistics.median(bym)
    print("| plain download, queued mirror by mirror (JVM start to exit) | %.1f | %d | %.0f |" % (b, total, total / b))
print("ratio check / plain wall: %.2f (vs transfer only: %.2f)" % (c / p, c / pi))
PY
