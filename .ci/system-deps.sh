#!/usr/bin/env bash
# System packages the test suite uses: PostgreSQL 15 (store tests), Debian chromium and Arabic
# fonts (dashboard browser tests). Idempotent; skipped when not root or without apt (tests
# that need them then skip).
set -euo pipefail
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/pg_ctl ] || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: cannot install ${need[*]} (not root or no apt-get); their tests will skip" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || true
apt-get install -y -qq "${need[@]}" >/dev/null
