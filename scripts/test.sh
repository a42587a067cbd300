#!/usr/bin/env bash
# `npm test`: everything a change must pass, from a fresh clone on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Playwright drives Debian's Chromium: its own browser download cannot reach the internet here.
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "Installing Chromium (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing at $CHROMIUM_PATH. Install it (Debian/Ubuntu: sudo apt-get install chromium)" >&2
    echo "or point CHROMIUM_PATH at a Chromium binary, then run npm test again." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH

# The front-cache test runs the shipped nginx site in front of the server (e2e/front-cache.spec.ts).
if ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "Installing nginx (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  else
    echo "nginx is missing. Install it (Debian/Ubuntu: sudo apt-get install nginx), then run npm test again." >&2
    exit 1
  fi
fi

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
