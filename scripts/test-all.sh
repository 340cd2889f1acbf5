#!/usr/bin/env bash
# Runs every test of the project, browser suites included, on a fresh Debian machine:
# installs the browsers it needs when they are missing, then builds and tests all modules.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x scripts/ensure-browsers.sh ]; then
  scripts/ensure-browsers.sh
fi
exec mvn -B -ntp verify "$@"
