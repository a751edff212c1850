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

cannot_run() { printf '[browser-setup] %s\n' "$*" >&2; exit 3; }

# 1. A Chromium: the given path, else a browser the machine already has (GitHub's Ubuntu runners ship
# Google Chrome), else Debian's chromium package. Ubuntu's "chromium" package is only a snap stub, which
# does not run in CI, so it is not installed there. Exit 3 ("cannot run here") when none can be had.
find_browser() {
  local c
  for c in "$CHROMIUM_PATH" /usr/bin/chromium /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    [ -x "$c" ] && "$c" --version >/dev/null 2>&1 && { echo "$c"; return 0; }
  done
  return 1
}
if found=$(find_browser); then
  CHROMIUM_PATH=$found
else
  if [ "$(id -u)" -eq 0 ]; then SUDO=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"
  else cannot_run "no Chromium or Chrome found, and neither root nor password-less sudo to install Debian's chromium"; fi
  command -v apt-get >/dev/null 2>&1 || cannot_run "no Chromium or Chrome found and apt-get is not available"
  if grep -qi '^ID=ubuntu' /etc/os-release 2>/dev/null; then
    cannot_run "no Chromium or Chrome found; Ubuntu's chromium package is a snap stub that cannot run here"
  fi
  log "installing chromium with apt-get (~30 s)"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  found=$(find_browser) || { echo "[browser-setup] apt-get installed chromium but no runnable browser was found; set CHROMIUM_PATH" >&2; exit 1; }
  CHROMIUM_PATH=$found
fi
log "browser: $CHROMIUM_PATH ($("$CHROMIUM_PATH" --version 2>/dev/null | head -1))"
mkdir -p "$ROOT/.cache" && echo "$CHROMIUM_PATH" > "$ROOT/.cache/chromium-path"

# 2. playwright-core (the driver only; it never downloads a browser)
if node -e "require.resolve('playwright-core')" >/dev/null 2>&1; then
  log "playwright-core: $(node -p "require('playwright-core/package.json').version")"
else
  version=${PLAYWRIGHT_CORE_VERSION:-$(node -p "(require('./package.json').devDependencies||{})['playwright-core']||'1.65.1'")}
  log "installing playwright-core@$version (npm, --no-save)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-audit --no-fund "playwright-core@$version"
  log "playwright-core: $(node -p "require('playwright-core/package.json').version")"
fi
