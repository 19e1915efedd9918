#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (never a downloaded browser),
# and need a CJK font so screenshots show Chinese rather than empty boxes.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if ! (command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh | grep -q .); then need+=(fonts-wqy-zenhei); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} from Debian for the browser tests…" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
elif [[ " ${need[*]} " == *" chromium "* ]]; then
  echo "The browser tests need /usr/bin/chromium: run 'sudo apt-get install -y chromium fonts-wqy-zenhei'." >&2
  exit 1
else
  echo "warning: no CJK font; screenshots will show boxes for Chinese (sudo apt-get install fonts-wqy-zenhei)." >&2
fi
