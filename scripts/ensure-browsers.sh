#!/usr/bin/env bash
# Installs the browsers the browser-tests module drives (Debian packages), only what is missing, and Sphinx
# (python3-sphinx), which builds the documentation site the reader's tests publish as a party, and Node.js with
# npm when missing (client-legacy's build lowers the legacy bundle to ES5 with Babel and checks it with acorn).
# Idempotent and silent when everything is present; runs `apt-get update` at most once.
set -euo pipefail

want=(chromium chromium-driver firefox-esr python3-sphinx)
missing=()
for pkg in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "ensure-browsers: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for bin in /usr/bin/chromium /usr/bin/chromedriver /usr/bin/firefox-esr /usr/bin/sphinx-build; do
  [ -x "$bin" ] || { echo "ensure-browsers: $bin still missing after install" >&2; exit 1; }
done
command -v npm >/dev/null || { echo "ensure-browsers: npm still missing after install" >&2; exit 1; }
