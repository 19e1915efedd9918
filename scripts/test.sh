#!/usr/bin/env bash
# The README's second command (`npm test`): every check and every test — lint, types, unit and
# API tests, and the browser tests in headless Chromium — then one line `tests: N passed, N failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh || exit 1
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
bash scripts/ensure-chromium.sh || exit 1

# Reports are turbo outputs: delete them first so a cached run restores exactly this run's.
rm -rf apps/*/.reports packages/*/.reports
pnpm exec turbo run lint typecheck test test:e2e --continue --output-logs=new-only
status=$?
node scripts/count-tests.mjs "$status"
