#!/usr/bin/env bash
# End-to-end tests of the dashboard against the real server in headless Chromium.
# Needs apps/api/dist and apps/dashboard/dist (turbo's test:e2e builds both first).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${CHROMIUM_PATH:-/usr/bin/chromium}: apt-get install -y chromium" >&2
  exit 1
fi
mkdir -p .reports screenshots
exec pnpm exec vitest run -c e2e/vitest.e2e.config.ts \
  --reporter=default --reporter=json --outputFile.json=.reports/e2e.json "$@"
