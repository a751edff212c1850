#!/usr/bin/env bash
# The project's one test command (`npm test`, also run by .ci/run): installs what it needs, then runs
# lint, type check, build, the community scanner, the jest suites (unit, simulator, n8n-core) and the
# end-to-end suite inside real n8n. The last line sums up every check and test as "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
REPORTS=$ROOT/.cache/test-reports
rm -rf "$REPORTS" .cache/test-reports/secret-scans.jsonl; mkdir -p "$REPORTS"

passed=0; failed=0; skipped=0
summary=()
# A setup script exits with SKIP_STATUS when its stage cannot run on this machine (say, no root and no
# sudo for the Debian packages it needs); its last stderr line says why. That stage is reported as
# skipped, never as passed.
SKIP_STATUS=3
record() { # name status(0 ok) detail
	if [ "$2" -eq 0 ]; then passed=$((passed + 1)); summary+=("PASS  $1 $3"); else failed=$((failed + 1)); summary+=("FAIL  $1 $3"); fi
}
record_skip() { # name reason
	skipped=$((skipped + 1)); summary+=("SKIP  $1: $2")
}
# Runs a setup script; prints its status. On SKIP_STATUS, records the stage as skipped with the reason.
run_setup() { # stage-name script args...
	local name="$1" status log; shift
	log=$(mktemp)
	bash "$@" 2>"$log"; status=$?
	cat "$log" >&2
	if [ "$status" -eq "$SKIP_STATUS" ]; then
		record_skip "$name" "$(grep -v '^\s*$' "$log" | tail -1 | sed 's/^\[[a-z0-9-]*\] //')"
	else
		record "$name setup" "$status" ""
	fi
	rm -f "$log"
	return "$status"
}
finish() {
	echo
	echo "=== summary ==="
	printf '%s\n' "${summary[@]}"
	if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
	[ "$failed" -eq 0 ]
	exit
}
stage() { echo; echo "=== $1 ==="; }

# Sums a jest --json report into the totals.
jest_totals() { # report-file label
	if [ ! -s "$1" ]; then record "$2" 1 "(no report)"; return; fi
	read -r p f s < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests+(r.numRuntimeErrorTestSuites||0),r.numPendingTests+(r.numTodoTests||0))' "$1")
	passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
	summary+=("$( [ "$f" -eq 0 ] && echo PASS || echo FAIL )  $2: $p passed, $f failed, $s skipped")
}

stage "install (npm ci: the lockfile as committed, no fallback)"
install_status=0
if [ -n "${CI:-}" ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund ; install_status=$?
	[ "$install_status" -eq 0 ] || echo "npm ci failed: package-lock.json must match package.json (run npm install and commit the lockfile)" >&2
else
	echo "node_modules is up to date with package-lock.json"
fi
record "npm ci" $install_status ""
[ "$install_status" -eq 0 ] || finish

stage "lint (eslint, @n8n/node-cli strict config)"
npx eslint . ; record "lint" $? ""

stage "type check"
npx tsc -p tsconfig.json --noEmit ; record "typecheck" $? ""

stage "build"
npm run build ; record "build" $? ""

stage "community package scanner (source tree and packed tarball)"
node scripts/scan.mjs ; record "scanner" $? ""

stage "jest: unit, simulator and n8n-core engine tests"
npx jest --ci --json --outputFile="$REPORTS/unit.json" 2>&1 | tee "$REPORTS/unit.log" ; jest_totals "$REPORTS/unit.json" "jest unit/simulator/n8n-core"

# Each stage below runs unless its SKIP_* variable is 1; a stage that is switched off or cannot run
# here is reported as skipped with its reason.
wanted() { # variable stage-name
	if [ "${!1:-0}" = "1" ]; then record_skip "$2" "$1=1 was set"; return 1; fi
}
needs_n8n() { # stage-name
	[ "$setup_status" -eq 0 ] || { record_skip "$1" "needs n8n 2.x, whose setup did not succeed"; return 1; }
}
setup_status=1
if wanted SKIP_E2E "real n8n 2.x"; then
	stage "real n8n: setup (n8n 2.x and a Node 24 runtime from the npm registry)"
	run_setup "n8n" scripts/setup-n8n.sh ; setup_status=$?
	if [ $setup_status -eq 0 ]; then
		stage "real n8n: end-to-end suite"
		npx jest -c test/e2e/jest.config.js --ci --runInBand --json --outputFile="$REPORTS/e2e.json" 2>&1 | tee "$REPORTS/e2e.log" ; jest_totals "$REPORTS/e2e.json" "jest e2e (real n8n)"
	fi
fi
if wanted SKIP_QUEUE "queue mode" && needs_n8n "queue mode"; then
	stage "queue mode: setup (redis-server, postgresql from Debian's packages)"
	run_setup "queue mode" scripts/queue-setup.sh ; queue_status=$?
	if [ $queue_status -eq 0 ]; then
		stage "queue mode: main + 3 workers, Redis, PostgreSQL"
		npx jest -c test/queue/jest.config.js --ci --runInBand --json --outputFile="$REPORTS/queue.json" 2>&1 | tee "$REPORTS/queue.log" ; jest_totals "$REPORTS/queue.json" "jest queue (n8n queue mode)"
	fi
fi
if wanted SKIP_E2E_V1 "real n8n 1.x"; then
	# The oldest supported n8n line (1.x on the system Node 20) gets the same end-to-end suite.
	stage "real n8n 1.x: setup"
	run_setup "n8n 1.x" scripts/setup-n8n.sh --v1-only ; v1_status=$?
	if [ $v1_status -eq 0 ]; then
		stage "real n8n 1.x: end-to-end suite"
		N8N_E2E_LINE=v1 npx jest -c test/e2e/jest.config.js --ci --runInBand --json --outputFile="$REPORTS/e2e-v1.json" 2>&1 | tee "$REPORTS/e2e-v1.log" ; jest_totals "$REPORTS/e2e-v1.json" "jest e2e (real n8n 1.x)"
	fi
fi
if wanted SKIP_BROWSER "browser" && needs_n8n "browser"; then
	stage "real browser: setup (Chromium, playwright-core)"
	run_setup "browser" scripts/browser-setup.sh ; browser_status=$?
	if [ $browser_status -eq 0 ]; then
		stage "real browser: n8n editor"
		npx jest -c test/browser/jest.config.js --ci --runInBand --json --outputFile="$REPORTS/browser.json" 2>&1 | tee "$REPORTS/browser.log" ; jest_totals "$REPORTS/browser.json" "jest browser (n8n editor in Chromium)"
	fi
fi

echo
echo "=== figures ==="
# One line per area, from the suites' own reports.
for log in "$REPORTS"/*.log; do
	[ -f "$log" ] || continue
	grep -h -a -o -E '(Spec coverage|Logistics spec coverage|v3/dated additions|Logistics simulator|Bad input|Faults|Public clone|Agent scenario[^:]*|MCP scenario[^:]*|Token fleet[^:]*|Benchmark[^:]*|E2E [a-zA-Z -]*figures|E2E leak check[^:]*|Queue figures): .*' "$log" | sed "s|^|$(basename "$log" .log): |" | sort -u
done
if [ -s .cache/test-reports/secret-scans.jsonl ]; then
	node -e 'const l=require("fs").readFileSync(".cache/test-reports/secret-scans.jsonl","utf8").trim().split("\n").map(JSON.parse);console.log(`Secrets: ${l.reduce((a,b)=>a+b.runs,0)} node runs scanned for the client secret, API key and every token, 0 leaks`)'
fi
finish
