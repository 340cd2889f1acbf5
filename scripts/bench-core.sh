#!/usr/bin/env bash
# Benchmarks the TeaVM-compiled core against the noble libraries in headless Chromium (docs/BENCHMARKS.md):
# installs the rival npm packages from bench/package-lock.json, bundles them, runs CoreBenchmarkTest, prints the
# Markdown table. Raw results: browser-tests/target/bench/core.json. Extra arguments go to Maven, e.g.
#   scripts/bench-core.sh -Dwtp.bench.rounds=15
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null; then
  echo "bench-core.sh: npm is missing (apt-get install -y npm)" >&2
  exit 1
fi
(cd bench && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build -- --log-level=warning)
mkdir -p browser-tests/target
rm -f browser-tests/target/bench/core.json browser-tests/target/bench/core.md
mvn -B -ntp -q -pl browser-tests -am verify -Dwtp.browsers=chromium -Dwtp.bench=true \
  -Dtest=CoreBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false "$@" > browser-tests/target/bench-core.log 2>&1 || {
  tail -60 browser-tests/target/bench-core.log >&2
  exit 1
}
echo
cat browser-tests/target/bench/core.md
echo
echo "raw results: browser-tests/target/bench/core.json"
