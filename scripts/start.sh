#!/usr/bin/env bash
# The README's first command (`npm start`): install what is missing, build, create the DuckDB
# file from the corpus when it is missing or stale, and serve API and dashboard on one port.
# Settings: PORT (8787), HOST (127.0.0.1: loopback), GWR_CORPUS (seeds/), GWR_DB (data/gwr.duckdb); README.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
export PATH="$PWD/.tools/node_modules/.bin:$PATH"
exec node apps/api/dist/server.js
