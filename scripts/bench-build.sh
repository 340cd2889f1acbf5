#!/usr/bin/env bash
# Build throughput and memory benchmark: times `wtp build` against three plain `cp -r` copies of the same site.
#
#   scripts/bench-build.sh [--quick] [--rounds N] [--scratch DIR] [--drop-site] [--report RESULTS.tsv]
#
# Generates (deterministically; reused when already there) a large site in a scratch folder on the same disk
# (default: 1 GiB in 5,000 files of mixed sizes and kinds plus one 2 GiB file; --quick: 64 MiB in 500 files plus one
# 256 MiB file), then runs N rounds (default 3), alternating which step goes first:
#   (a) cp -r SITE three times, to three target folders, then sync;
#   (b) java -Xmx256m -jar transformer-cli/target/wtp.jar build SITE --out OUT --key K --mirror ... x3 --force, then sync.
# Each step starts with the page cache dropped when the kernel allows it, else with the site read once (both warm).
# Measures wall time, user+sys CPU and peak RSS (GNU time), the build's heap after GC (-Xlog:gc), and prints a
# Markdown table of medians (--report prints it again from a run's raw results). Outputs are removed after every step, so the disk needs about 3x the site free.
# Needs: java 17, python3, GNU time (/usr/bin/time; apt-get install -y time). Build the jar first:
#   mvn -q -pl transformer-cli -am package -DskipTests
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$root/transformer-cli/target/wtp.jar"
size=full
rounds=3
scratch="${WTP_BENCH_DIR:-/var/tmp/wtp-bench-build}"
keep_site=1
heap=256m
report_only=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) size=quick ;;
    full|quick) size="$1" ;;
    --rounds) rounds="$2"; shift ;;
    --scratch) scratch="$2"; shift ;;
    --drop-site) keep_site=0 ;;
    --keep-site) keep_site=1 ;;
    --report) report_only="$2"; shift ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-build: unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

[[ -f "$jar" ]] || { echo "bench-build: $jar is missing; run: mvn -q -pl transformer-cli -am package -DskipTests" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench-build: /usr/bin/time is missing; run: apt-get install -y time" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench-build: python3 is missing" >&2; exit 1; }

case "$size" in
  full)  small_bytes=$((1024 * 1024 * 1024)); files=5000; big_bytes=$((2 * 1024 * 1024 * 1024)) ;;
  quick) small_bytes=$((64 * 1024 * 1024));   files=500;  big_bytes=$((256 * 1024 * 1024)) ;;
esac

mkdir -p "$scratch"
site="$scratch/site-$size"
work="$scratch/run"
results="$scratch/results-$size-$(date -u +%Y%m%dT%H%M%SZ).tsv"
if [[ -z "$report_only" ]]; then
  rm -rf "$work"
  mkdir -p "$work"
fi

echo "bench-build: scratch $scratch"
df -h "$scratch" | sed 's/^/  /'

# ---- site generation (deterministic: fixed seeds; a marker records the parameters) ----
marker="$site/.bench-site"
want="size=$size files=$files small=$small_bytes big=$big_bytes v=1"
if [[ -f "$marker" && "$(cat "$marker")" == "$want" ]]; then
  echo "bench-build: reusing $site"
elif [[ -n "$report_only" ]]; then
  echo "bench-build: --report needs the generated site at $site (its size goes into the table)" >&2; exit 1
else
  echo "bench-build: generating $site ($want)"
  rm -rf "$site"
  mkdir -p "$site"
  python3 - "$site" "$files" "$small_bytes" "$big_bytes" <<'PY'
import os, random, sys

site, files, small_bytes, big_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(20240601)

# Kinds: ~80 % binary assets (random bytes: incompressible, no media magic so nothing is scrubbed),
# ~15 % HTML pages linking to each other and to assets and style sheets, ~5 % CSS with url() references.
n_pages = max(2, files * 15 // 100)
n_css = max(1, files * 5 // 100)
n_bin = files - n_pages - n_css - 1          # index.html is one of the pages' siblings
exts = ["bin", "woff2", "mp4", "zip", "dat", "ogg"]

# Binary sizes: log-uniform from 1 KiB to 8 MiB, scaled so the whole small-file set totals small_bytes.
raw = [2 ** rng.uniform(10, 23) for _ in range(n_bin)]
text_budget = n_pages * 12 * 1024 + n_css * 6 * 1024
scale = max(1, small_bytes - text_budget) / sum(raw)
bin_sizes = [max(1, int(r * scale)) for r in raw]
bins = ["assets/%02d/a%05d.%s" % (i // 100, i, exts[i % len(exts)]) for i in range(n_bin)]
pages = ["pages/%02d/p%05d.html" % (i // 200, i) for i in range(n_pages)]
sheets = ["css/s%04d.css" % i for i in range(n_css)]
big = "media/big-video.mp4"

def rel(src, dst):
    return os.path.relpath(dst, os.path.dirname(src) or ".").replace(os.sep, "/")

def write(path, data):
    full = os.path.join(site, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)

chunk_rng = random.Random(7)
for path, n in zip(bins, bin_sizes):
    write(path, chunk_rng.randbytes(n))

for i, path in enumerate(sheets):
    out = ["/* sheet %d */" % i]
    while sum(len(s) for s in out) < 6 * 1024:
        a = bins[rng.randrange(n_bin)]
        out.append(".c%d { color: #%06x; background: url(\"%s\") no-repeat; margin: %dpx; }"
                   % (rng.randrange(10 ** 6), rng.randrange(1 << 24), rel(path, a), rng.randrange(40)))
    write(path, "\n".join(out).encode())

words = "party mirror envelope static site censorship reader browser signed key fragment hash".split()
def page(path, title, links):
    body = ['<!doctype html><html><head><meta charset="utf-8"><title>%s</title>' % title]
    for s in rng.sample(sheets, min(2, len(sheets))):
        body.append('<link rel="stylesheet" href="%s">' % rel(path, s))
    body.append("</head><body><h1>%s</h1>" % title)
    for l in links:
        body.append('<p><a href="%s">%s</a></p>' % (rel(path, l), os.path.basename(l)))
    for _ in range(5):
        a = bins[rng.randrange(n_bin)]
        body.append('<p><a href="%s">download</a> <video src="%s"></video></p>' % (rel(path, a), rel(path, a)))
    while sum(len(s) for s in body) < 12 * 1024:
        body.append("<p>" + " ".join(rng.choice(words) for _ in range(60)) + "</p>")
    body.append("</body></html>")
    write(path, "\n".join(body).encode())

for i, path in enumerate(pages):
    page(path, "Page %d" % i, rng.sample(pages, 5))
page("index.html", "Bench site", pages[:50] + [big])

big_rng = random.Random(11)
full = os.path.join(site, big)
os.makedirs(os.path.dirname(full), exist_ok=True)
with open(full, "wb") as f:
    left = big_bytes
    while left:
        n = min(left, 8 << 20)
        f.write(big_rng.randbytes(n))
        left -= n
PY
  echo "$want" > "$marker"
fi

site_files=$(find "$site" -type f ! -name .bench-site | wc -l)
site_bytes=$(find "$site" -type f ! -name .bench-site -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s}')
echo "bench-build: site has $site_files files, $((site_bytes / 1024 / 1024)) MiB"

print_table() {
  python3 - "$1" "$site_bytes" "$site_files" "$heap" "$rounds" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
site_bytes, site_files, heap, rounds = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
mib = 1024 * 1024
def med(step, key):
    return statistics.median(float(r[key]) for r in rows if r["step"] == step)
rounds = len([r for r in rows if r["step"] == "build"])
print("Site: %d files, %.0f MiB; %s rounds; medians.\n" % (site_files, site_bytes / mib, rounds))
print("| step | wall s | user+sys s | cores busy (of 2) | peak RSS MiB | in MiB/s | out MiB/s | max heap after GC MiB |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for step, label, n_in in (("cp3", "3 × `cp -r`", 3), ("build", "`wtp build -Xmx%s`, 3 mirrors" % heap, 1)):
    wall = med(step, "wall_s")
    cpu = med(step, "user_s") + med(step, "sys_s")
    rss = med(step, "maxrss_kib") / 1024
    out = med(step, "out_bytes")
    heap_after = "-" if step == "cp3" else "%.0f" % max(float(r["heap_after_gc_mib"]) for r in rows if r["step"] == step)
    print("| %s | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f | %s |" % (
        label, wall, cpu, cpu / wall, rss, n_in * site_bytes / mib / wall, out / mib / wall, heap_after))
ratio = med("build", "wall_s") / med("cp3", "wall_s")
print("\nRatio build / (3 × cp) wall time: **%.2f** (target ≤ 2)." % ratio)
print("Per round (wall s): cp3 %s; build %s." % (
    ", ".join(r["wall_s"] for r in rows if r["step"] == "cp3"),
    ", ".join(r["wall_s"] for r in rows if r["step"] == "build")))
PY
}

if [[ -n "$report_only" ]]; then print_table "$report_only"; exit 0; fi

key="$work/bench.key"
java -jar "$jar" keygen --out "$key" >/dev/null

# ---- cache state before each step ----
cache_mode=""
prepare_cache() {
  sync
  if echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
    cache_mode="cold (page cache dropped before each step)"
  else
    cache_mode="warm (drop_caches not permitted; site read once before each step)"
    find "$site" -type f -exec cat {} + > /dev/null
  fi
}

# GNU time output: wall user sys maxrss_kib
tfmt='%e %U %S %M'

run_copies() {
  local r="$1" t="$work/time-cp-$r"
  prepare_cache
  /usr/bin/time -f "$tfmt" -o "$t" bash -c \
    'cp -r "$1" "$2/c1" && cp -r "$1" "$2/c2" && cp -r "$1" "$2/c3" && sync' _ "$site" "$work"
  local out_bytes
  out_bytes=$(du -sb "$work/c1" "$work/c2" "$work/c3" | awk '{s+=$1} END {printf "%.0f", s}')
  rm -rf "$work/c1" "$work/c2" "$work/c3"
  echo -e "cp3\t$r\t$(cat "$t" | tr ' ' '\t')\t$out_bytes\t-\t-" >> "$results"
}

run_build() {
  local r="$1" t="$work/time-build-$r" gc="$work/gc-$r.log" log="$work/build-$r.log"
  prepare_cache
  if ! /usr/bin/time -f "$tfmt" -o "$t" bash -c \
      'java -Xmx'"$heap"' -Xlog:gc*:file="$3" -jar "$1" build "$2" --out "$4/out" --key "$5" \
         --mirror http://m1.example:8001/ --mirror http://m2.example:8002/ --mirror http://m3.example:8003/ \
         --force > "$6" 2>&1 && sync' _ "$jar" "$site" "$gc" "$work" "$key" "$log"; then
    echo "bench-build: build failed in round $r (log: $log)" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  local out_bytes heap_after heap_before
  out_bytes=$(du -sb "$work/out" | awk '{print $1}')
  rm -rf "$work/out"
  # Pause lines look like: "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->35M(256M) 3.456ms"
  read -r heap_before heap_after < <(python3 - "$gc" <<'PY'
import re, sys
unit = {"K": 1 / 1024, "M": 1, "G": 1024}
before = after = 0.0
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"Pause.* (\d+)([KMG])->(\d+)([KMG])\((\d+)([KMG])\)", line)
    if m:
        before = max(before, int(m.group(1)) * unit[m.group(2)])
        after = max(after, int(m.group(3)) * unit[m.group(4)])
print("%.0f %.0f" % (before, after))
PY
)
  echo -e "build\t$r\t$(cat "$t" | tr ' ' '\t')\t$out_bytes\t$heap_before\t$heap_after" >> "$results"
}

echo -e "step\tround\twall_s\tuser_s\tsys_s\tmaxrss_kib\tout_bytes\theap_before_gc_mib\theap_after_gc_mib" > "$results"
for ((r = 1; r <= rounds; r++)); do
  if (( r % 2 == 1 )); then
    echo "bench-build: round $r/$rounds: copies, then build"; run_copies "$r"; run_build "$r"
  else
    echo "bench-build: round $r/$rounds: build, then copies"; run_build "$r"; run_copies "$r"
  fi
  tail -2 "$results" | sed 's/^/  /'
done

echo "bench-build: cache: $cache_mode"
echo "bench-build: raw results: $results"
echo
print_table "$results"

if (( keep_site == 0 )); then rm -rf "$site"; fi
rm -rf "$work"
