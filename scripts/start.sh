#!/usr/bin/env bash
# `npm start`: build, pack, start the Flexport simulator, install the package into a real n8n and
# open it on http://127.0.0.1:5678 with a credential and example workflows. Ctrl-C stops everything.
#
#   npm start                      # against the simulator (default)
#   FLEXPORT_REAL=1 FLEXPORT_CLIENT_ID=... FLEXPORT_CLIENT_SECRET=... npm start   # against real Flexport
#   npm start -- --fresh           # wipe the demo n8n folder first (costs a new token)
#
# Environment: N8N_PORT (5678), SIM_PORT (4010), DEMO_DIR (.e2e/demo), N8N_LINE=v1 (n8n 1.x),
# FLEXPORT_BASE_URL / FLEXPORT_TOKEN_URL (real mode, optional). See docs/running.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
E2E_DIR=${E2E_DIR:-$ROOT/.e2e}
DEMO_DIR=${DEMO_DIR:-$E2E_DIR/demo}
N8N_PORT=${N8N_PORT:-5678}
SIM_PORT=${SIM_PORT:-4010}
MODEL_PORT=${MODEL_PORT:-4020}
OWNER_EMAIL=${N8N_OWNER_EMAIL:-owner@example.com}
OWNER_PASSWORD=${N8N_OWNER_PASSWORD:-Flexport-demo-1}
log() { printf '\033[1m[start]\033[0m %s\n' "$*"; }

for a in "$@"; do
  case "$a" in
    --fresh) log "--fresh: removing $DEMO_DIR"; rm -rf "$DEMO_DIR" ;;
    -h|--help) sed -n 2,11p "$0"; exit 0 ;;
    *) echo "unknown argument $a" >&2; exit 2 ;;
  esac
done

PIDS=()
cleanup() {
  trap - INT TERM EXIT
  echo
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  rm -f "$DEMO_DIR/connection.json"
  log "stopped everything this script started"
}
trap cleanup INT TERM EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 1. build and pack
log "building (npm run build)"
npm run --silent build
mkdir -p "$E2E_DIR/pack"
rm -f "$E2E_DIR"/pack/*.tgz
TARBALL="$E2E_DIR/pack/$(npm pack --silent --pack-destination "$E2E_DIR/pack" | tail -1)"
log "packed $(basename "$TARBALL")"

# 2. n8n (idempotent; ~4 min the first time)
bash "$ROOT/scripts/setup-n8n.sh"
# shellcheck source=/dev/null
. "$ROOT/scripts/n8n-env.sh"

mkdir -p "$DEMO_DIR"
chmod 700 "$DEMO_DIR"
export N8N_USER_FOLDER="$DEMO_DIR"
export N8N_PORT
export N8N_RUNNERS_BROKER_PORT=${N8N_RUNNERS_BROKER_PORT:-$((N8N_PORT + 1))}
# N8N_ENCRYPTION_KEY is left to n8n: it generates one on first run and keeps it in $DEMO_DIR/.n8n/config.

# 3. Flexport: simulator or real
CONNECTION="$DEMO_DIR/connection.json"
if [ "${FLEXPORT_REAL:-0}" = 1 ]; then
  : "${FLEXPORT_CLIENT_ID:?FLEXPORT_REAL=1 needs FLEXPORT_CLIENT_ID}"
  : "${FLEXPORT_CLIENT_SECRET:?FLEXPORT_REAL=1 needs FLEXPORT_CLIENT_SECRET}"
  (umask 077; node -e 'const e=process.env;require("fs").writeFileSync(process.argv[1],JSON.stringify({mode:"real",clientId:e.FLEXPORT_CLIENT_ID,clientSecret:e.FLEXPORT_CLIENT_SECRET,url:e.FLEXPORT_BASE_URL||"",tokenUrl:e.FLEXPORT_TOKEN_URL||""}))' "$CONNECTION")
  log "FLEXPORT_REAL=1: no simulator; the credential \"Flexport\" talks to ${FLEXPORT_BASE_URL:-https://api.flexport.com}"
else
  if port_in_use "$SIM_PORT"; then
    echo "[start] port $SIM_PORT is in use; set SIM_PORT to a free port (the credential stores the simulator URL)" >&2; exit 1
  fi
  SIM_INFO="$DEMO_DIR/simulator.json"; rm -f "$SIM_INFO"
  node "$ROOT/scripts/simulator.js" --port "$SIM_PORT" --info "$SIM_INFO" --key-file "$DEMO_DIR/simulator.key" &
  PIDS+=($!)
  for _ in $(seq 1 100); do [ -s "$SIM_INFO" ] && break; sleep 0.1; done
  [ -s "$SIM_INFO" ] || { echo "[start] the simulator did not start" >&2; exit 1; }
  (umask 077; node -e 'const i=require(process.argv[1]);require("fs").writeFileSync(process.argv[2],JSON.stringify({mode:"simulator",...i}))' "$SIM_INFO" "$CONNECTION")
fi

# 3b. the scripted OpenAI-compatible model for the agent example (no API key needed)
if port_in_use "$MODEL_PORT"; then echo "[start] port $MODEL_PORT is in use; set MODEL_PORT to a free port" >&2; exit 1; fi
MODEL_INFO="$DEMO_DIR/model.json"; rm -f "$MODEL_INFO"
node "$ROOT/test/agent/start-model-server.js" --port "$MODEL_PORT" --info "$MODEL_INFO" &
PIDS+=($!)
for _ in $(seq 1 100); do [ -s "$MODEL_INFO" ] && break; sleep 0.1; done
[ -s "$MODEL_INFO" ] || { echo "[start] the scripted model server did not start" >&2; exit 1; }

# 4. package, credential (only once), examples
MODEL_INFO="$MODEL_INFO" node "$ROOT/scripts/e2e-demo.js" prepare "$TARBALL" "$CONNECTION"
rm -f "$CONNECTION"

# 5. n8n
if port_in_use "$N8N_PORT"; then echo "[start] port $N8N_PORT is in use; set N8N_PORT" >&2; exit 1; fi
log "starting n8n $("$N8N_BIN" --version 2>/dev/null | tail -1) on http://127.0.0.1:$N8N_PORT (log: $DEMO_DIR/n8n.log)"
"$N8N_BIN" start >"$DEMO_DIR/n8n.log" 2>&1 &
N8N_PID=$!
PIDS+=("$N8N_PID")
ready=0
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$N8N_PORT/healthz/readiness" >/dev/null 2>&1; then ready=1; break; fi
  kill -0 "$N8N_PID" 2>/dev/null || break
  sleep 0.5
done
if [ "$ready" != 1 ]; then echo "[start] n8n did not start; last lines of $DEMO_DIR/n8n.log:" >&2; tail -20 "$DEMO_DIR/n8n.log" >&2; exit 1; fi

# 6. owner account (first run) or check the login (later runs)
body=$(printf '{"email":"%s","firstName":"Demo","lastName":"Owner","password":"%s"}' "$OWNER_EMAIL" "$OWNER_PASSWORD")
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$N8N_PORT/rest/owner/setup" -H 'content-type: application/json' -d "$body")
if [ "$code" = 200 ]; then log "owner account created"; else log "owner account already set up"; fi

cat <<MSG

  n8n with n8n-nodes-flexport is running: http://127.0.0.1:$N8N_PORT
  Sign in:  $OWNER_EMAIL  /  $OWNER_PASSWORD   (local demo account; change it with N8N_OWNER_EMAIL/N8N_OWNER_PASSWORD on a fresh folder)

  Try:
   - Workflows -> "Flexport: list shipments" -> Execute workflow
   - "Flexport: get a shipment with its legs" (Resolve Links = legs)
   - "Flexport: create a booking" and "Flexport: download a document" (need the booking/document resources)
   - Credentials -> "$( [ "${FLEXPORT_REAL:-0}" = 1 ] && echo Flexport || echo 'Flexport (simulator)')" -> Test: reuses the stored token
   - "Flexport: AI agent (shipment assistant)" -> Execute workflow, or Open chat (scripted model on http://127.0.0.1:$MODEL_PORT/v1, no API key)
   - "Flexport: MCP server" -> activate (2.x: publish); MCP clients connect to http://127.0.0.1:$N8N_PORT/mcp/flexport
     with the Bearer token in $DEMO_DIR/mcp-token
MSG
if [ "${FLEXPORT_REAL:-0}" != 1 ]; then
  cat <<MSG
   - "Flexport Logistics: order from a webhook": activate (2.x: publish) it, then POST a shop order (the curl line is in its note);
     the same order number twice -> one fulfilment order (credential "Flexport Logistics (simulator)")
   - "Flexport Logistics: daily inventory report" -> Execute workflow: the inventory CSV as binary data
   - Simulator counters: curl -s http://127.0.0.1:$SIM_PORT/__sim/stats   (tokenRequests should stay at 1)
     Logistics orders:  curl -s http://127.0.0.1:$SIM_PORT/__sim/logistics/orders/stats
MSG
fi
echo "  Ctrl-C stops n8n$( [ "${FLEXPORT_REAL:-0}" = 1 ] || echo ' and the simulator'). The n8n folder $DEMO_DIR (DB, stored token) is kept."
echo
wait "$N8N_PID" || true
