#!/usr/bin/env bash
# `npm test`: everything a change must pass, from a fresh clone on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Installs a Debian package the tests need when it is missing: as root with apt-get, otherwise
# the run stops and says how.
require_package() {
  local package="$1" present="$2" hint="$3"
  if eval "$present"; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "Installing $package (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  else
    echo "$package is missing. Install it (Debian/Ubuntu: sudo apt-get install $package)$hint, then run npm test again." >&2
    exit 1
  fi
}

# Playwright drives Debian's Chromium: its own browser download cannot reach the internet here.
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
require_package chromium '[ -x "$CHROMIUM_PATH" ]' " or point CHROMIUM_PATH at a Chromium binary"
export CHROMIUM_PATH
# The front-cache test runs the shipped nginx site in front of the server (e2e/front-cache.spec.ts).
require_package nginx 'command -v nginx >/dev/null' ""

if [ ! -x node_modules/.bin/next ]; then
  step "Installing dependencies (npm ci)"
  npm ci
fi

step "Typecheck"
npm run typecheck

step "Lint"
npm run lint

step "Unit tests"
npm run test:unit

# End-to-end tests get their own database, rebuilt from the migrations and demo content each run.
export DATABASE_URL="${E2E_DATABASE_URL:-data/e2e.db}"
rm -f "$DATABASE_URL" "$DATABASE_URL-wal" "$DATABASE_URL-shm"
step "Database for end-to-end tests ($DATABASE_URL)"
npm run setup

step "Production build"
npm run build

step "End-to-end tests (Playwright, Chromium)"
npm run test:e2e
