#!/usr/bin/env bash
# Prepares the real-browser test (test/browser/): a system Chromium and playwright-core.
# Idempotent and download-free apart from Debian apt and the npm registry (no Playwright browser
# downloads). Run: bash scripts/browser-setup.sh
#
# Environment: CHROMIUM_PATH (default /usr/bin/chromium), PLAYWRIGHT_CORE_VERSION (default: the version
# in package.json devDependencies, else 1.65.1).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
log() { printf '[browser-setup] %s\n' "$*"; }

# 1. Chromium from Debian apt
if [ -x "$CHROMIUM_PATH" ]; then
  log "chromium: $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null | head -1))"
else
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
      echo "[browser-setup] $CHROMIUM_PATH is missing and this is not root (no sudo): install chromium with apt-get" >&2; exit 1
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || { echo "[browser-setup] $CHROMIUM_PATH is missing and apt-get is not available" >&2; exit 1; }
  log "installing chromium with apt-get (~30 s)"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  [ -x "$CHROMIUM_PATH" ] || { echo "[browser-setup] apt-get installed chromium but $CHROMIUM_PATH is missing; set CHROMIUM_PATH" >&2; exit 1; }
  log "chromium: $("$CHROMIUM_PATH" --version 2>/dev/null | head -1)"
fi

# 2. playwright-core (the driver only; it never downloads a browser)
if node -e "require.resolve('playwright-core')" >/dev/null 2>&1; then
  log "playwright-core: $(node -p "require('playwright-core/package.json').version")"
else
  version=${PLAYWRIGHT_CORE_VERSION:-$(node -p "(require('./package.json').devDependencies||{})['playwright-core']||'1.65.1'")}
  log "installing playwright-core@$version (npm, --no-save)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-audit --no-fund "playwright-core@$version"
  log "playwright-core: $(node -p "require('playwright-core/package.json').version")"
fi
