#!/usr/bin/env bash
# Services for the queue-mode (scale-out) test: Redis and PostgreSQL from Debian's packages, run on
# 127.0.0.1 from a temporary folder. Idempotent. Needs root, or sudo without a password (as on GitHub's
# runners), for apt-get and for running postgres as the `postgres` user; without either it exits 3
# ("cannot run here") and says why, and the test command reports the stage as skipped.
#
#   bash scripts/queue-setup.sh                # install redis-server and postgresql when missing
#   bash scripts/queue-setup.sh start DIR      # start both with data in DIR (created); prints KEY=VALUE lines
#   bash scripts/queue-setup.sh stop DIR       # stop what `start DIR` started (bounded waits), remove DIR
#
# `start` prints QUEUE_REDIS_PORT, QUEUE_PG_PORT, QUEUE_PG_USER, QUEUE_PG_PASSWORD, QUEUE_PG_DATABASE.
# test/queue/lib/cluster.js calls `start` in beforeAll and `stop` in afterAll.
set -euo pipefail

log() { printf '[queue-setup] %s\n' "$*" >&2; }
cannot_run() { log "$*"; exit 3; }

# Root runs commands as they are; otherwise sudo -n (no password prompt) when it works.
if [ "$(id -u)" -eq 0 ]; then AS_ROOT=(); elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then AS_ROOT=(sudo -n); else AS_ROOT=(unavailable); fi
as_root() { # command...
  [ "${AS_ROOT[0]:-}" != unavailable ] || cannot_run "needs root or password-less sudo to run: $*"
  "${AS_ROOT[@]}" "$@"
}

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && echo "$d"
}

install() {
  local need=()
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  [ -n "$(pg_bin || true)" ] || need+=(postgresql)
  if [ ${#need[@]} -eq 0 ]; then
    log "redis-server $(redis-server --version | sed -n 's/.* v=\([^ ]*\).*/\1/p') and PostgreSQL $(basename "$(dirname "$(pg_bin)")") already installed"
    return 0
  fi
  [ "${AS_ROOT[0]:-}" != unavailable ] || cannot_run "redis-server and PostgreSQL are needed (${need[*]} missing) and this user has neither root nor password-less sudo to install them"
  command -v apt-get >/dev/null 2>&1 || cannot_run "${need[*]} missing and apt-get is not available"
  log "installing ${need[*]} (apt-get)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # The packages' own services (systemd/init) are not used: this script starts private instances.
  command -v redis-server >/dev/null
  pg_bin >/dev/null
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

as_postgres() { # command...
  if [ "${#AS_ROOT[@]}" -gt 0 ]; then as_root -u postgres -- "$@"
  elif command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"
  else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

start() {
  local dir="$1" bin redis_port pg_port password
  bin=$(pg_bin) || { log "PostgreSQL is not installed (run: bash scripts/queue-setup.sh)"; exit 1; }
  command -v redis-server >/dev/null || { log "redis-server is not installed (run: bash scripts/queue-setup.sh)"; exit 1; }
  id postgres >/dev/null 2>&1 || { log "no postgres user (install the postgresql package)"; exit 1; }
  mkdir -p "$dir/redis" "$dir/pg"
  chmod 755 "$dir"
  as_root chown postgres: "$dir/pg"; as_root chmod 700 "$dir/pg"

  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$dir/redis" --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" >/dev/null
  for _ in $(seq 1 100); do
    redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG && break
    sleep 0.1
  done
  redis-cli -h 127.0.0.1 -p "$redis_port" ping | grep -q PONG || { log "redis did not start"; cat "$dir/redis/redis.log" >&2; exit 1; }
  echo "$redis_port" > "$dir/redis/port"
  log "redis on 127.0.0.1:$redis_port"

  password="queue-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$password" | as_postgres tee "$dir/pg/.pwfile" >/dev/null; as_postgres chmod 600 "$dir/pg/.pwfile"
  as_postgres "$bin/initdb" -D "$dir/pg/data" -U postgres --pwfile="$dir/pg/.pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale >"$dir/pg/initdb.log" 2>&1 \
    || { log "initdb failed"; cat "$dir/pg/initdb.log" >&2; exit 1; }
  as_postgres rm -f "$dir/pg/.pwfile"
  pg_port=$(free_port)
  as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/postgres.log" -w -t 60 \
    -o "-p $pg_port -h 127.0.0.1 -k $dir/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { log "postgres did not start"; cat "$dir/pg/postgres.log" >&2; exit 1; }
  as_postgres "$bin/psql" -h "$dir/pg" -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc 'CREATE DATABASE n8n' >/dev/null
  echo "$pg_port" > "$dir/pg/port"
  log "postgres $(basename "$(dirname "$bin")") on 127.0.0.1:$pg_port (data in $dir/pg/data)"

  echo "QUEUE_REDIS_PORT=$redis_port"
  echo "QUEUE_PG_PORT=$pg_port"
  echo "QUEUE_PG_USER=postgres"
  echo "QUEUE_PG_PASSWORD=$password"
  echo "QUEUE_PG_DATABASE=n8n"
}

stop() {
  local dir="$1" bin pid
  [ -d "$dir" ] || return 0
  if [ -f "$dir/redis/redis.pid" ]; then
    pid=$(cat "$dir/redis/redis.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    log "redis stopped"
  fi
  if [ -f "$dir/pg/data/postmaster.pid" ] && bin=$(pg_bin); then
    as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || as_postgres "$bin/pg_ctl" -D "$dir/pg/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    log "postgres stopped"
  fi
  [ "${QUEUE_KEEP:-0}" = 1 ] || { rm -rf "$dir" 2>/dev/null || as_root rm -rf "$dir"; }
}

case "${1:-install}" in
  install) install ;;
  start) [ -n "${2:-}" ] || { log "usage: $0 start DIR"; exit 2; }; install; start "$2" ;;
  stop) [ -n "${2:-}" ] || { log "usage: $0 stop DIR"; exit 2; }; stop "$2" ;;
  -h|--help) sed -n 2,12p "$0" ;;
  *) log "unknown command $1"; exit 2 ;;
esac
