#!/usr/bin/env node
'use strict';

/**
 * Performance benchmark of n8n-nodes-flexport: `npm run bench` (full) or `npm run bench -- --quick`.
 * Everything runs on 127.0.0.1 against the Flexport simulator (test/simulator).
 *
 *   1. 1,000 "Get shipment" items (quick: 200) against 50 ms latency and a 20 req/s limit (429 beyond):
 *      the Flexport node vs n8n's HTTP Request node with the same credential, in a real `n8n start`.
 *   2. Return All over 100,000 shipments (quick: 10,000) in real n8n vs a raw fetch loop over the
 *      same pages, and n8n's peak memory vs the size of the data.
 *   3. The node's request path in n8n-core (in-process harness) vs n8n's HTTP Request node doing the
 *      same GET with the same credential in the same harness, and vs a bare axios GET, per request.
 *
 * Prints RATIOS measured in the same run (no timed assertions: the exit code is 0 whenever the
 * benchmark itself ran, whether or not a goal was met). Needs `npm run build` (or N8N_E2E_TARBALL)
 * and n8n installed by `bash scripts/setup-n8n.sh`.
 *
 * Options: --quick, --only=1,2,3 (a subset), --json=<file> (write the raw measurements),
 *          --table-from=<file> (re-print the table of a saved --json run).
 * Env: N8N_E2E_TARBALL=<tgz> (use this package instead of packing dist/), BENCH_KEEP=1 (keep the user folder).
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { performance } = require('perf_hooks');

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only='));
const ONLY = new Set(onlyArg ? onlyArg.slice(7).split(',').map(Number) : [1, 2, 3]);
const jsonArg = args.find((a) => a.startsWith('--json='));
const tableArg = args.find((a) => a.startsWith('--table-from='));

const CONFIG = {
	items: QUICK ? 200 : 1000,
	records: QUICK ? 10_000 : 100_000,
	transportRequests: QUICK ? 200 : 500,
	transportRounds: QUICK ? 3 : 5,
};

const GOALS = {
	getFloorRatio: 1.15,
	returnAllRatio: 1.2,
	memoryRatio: 2,
	transportRatio: 1.2,
	httpRequestNodeRatio: 1.1,
};

const started = performance.now();
const log = (line) =>
	process.stderr.write(
		`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`,
	);

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
// Each round measures every variant back to back; the ratio is taken per round, then the median of
// the rounds, so load that drifts between rounds does not favour one side.
const roundRatio = (a, b) => median(a.map((value, i) => value / b[i]));
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
const x = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a');

function runTransportOverhead() {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[
				path.join(__dirname, 'lib', 'transport-overhead.js'),
				String(CONFIG.transportRequests),
				String(CONFIG.transportRounds),
			],
			{
				cwd: path.join(__dirname, '..'),
				stdio: ['ignore', 'pipe', 'pipe'],
				env: { ...process.env, NODE_ENV: 'production' },
			},
		);
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code !== 0)
				return reject(new Error(`transport-overhead exited with ${code}: ${err.slice(-2000)}`));
			resolve(JSON.parse(out.trim().split('\n').pop()));
		});
	});
}

function machine(n8nInfo) {
	const cpus = os.cpus();
	const models = [...new Set(cpus.map((c) => c.model.trim()))].join(', ');
	return {
		date: new Date().toISOString(),
		cpus: `${cpus.length} × ${models}`,
		memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
		os: `${os.type()} ${os.release()} (${os.arch()})`,
		benchNode: process.version,
		n8n: n8nInfo ? `${n8nInfo.n8nVersion} on Node ${n8nInfo.n8nNode}` : 'not run',
		mode: QUICK ? 'quick' : 'full',
	};
}

function buildRows(results) {
	const rows = [];
	const met = (ok) => (ok ? 'met' : 'NOT MET');
	if (results.scenario1) {
		for (const r of results.scenario1) {
			const ratio = r.nodeMs / r.floorMs;
			const measurement =
				`node ${s(r.nodeMs)} (wall ${s(r.wallMs)}), ${r.failed}/${r.items} failed, ` +
				`${r.rateLimited} × 429, ${r.apiRequests} API req, ${r.tokenRequests} token req`;
			const isOurs = r.kind === 'flexport';
			rows.push({
				scenario: `1. ${r.items} × Get shipment, 50 ms, 20 req/s`,
				row: r.label,
				measurement,
				ratio: `${x(ratio)} floor (${s(r.floorMs)})`,
				goal: isOurs ? `0 failed, ≤ ${GOALS.getFloorRatio}× floor` : 'reference',
				met: isOurs
					? met(r.failed === 0 && r.httpStatus === 200 && ratio <= GOALS.getFloorRatio)
					: '—',
			});
		}
	}
	if (results.scenario2) {
		const r = results.scenario2;
		const ok = r.httpStatus === 200 && r.apiRequests >= r.pages;
		const ratio = r.nodeMsEstimate / r.raw.ms;
		rows.push({
			scenario: `2. Return All, ${r.records.toLocaleString('en-US')} records (${r.pages} pages)`,
			row: 'Flexport node vs raw fetch loop',
			measurement: `node ≈ ${s(r.nodeMsEstimate)} (wall ${s(r.wallMs)} − ${(r.baselineMs / 1000).toFixed(2)} s baseline) vs raw ${s(r.raw.ms)}; ${r.apiRequests} API req`,
			ratio: x(ratio),
			goal: `≤ ${GOALS.returnAllRatio}×`,
			met: ok ? met(ratio <= GOALS.returnAllRatio) : `NOT MET (HTTP ${r.httpStatus})`,
		});
		const memRatio = r.growth / r.raw.jsonBytes;
		rows.push({
			scenario: `2. Return All, ${r.records.toLocaleString('en-US')} records (${r.pages} pages)`,
			row: 'n8n peak RSS growth vs data JSON',
			measurement: `RSS ${mb(r.idleRss)} idle → ${mb(r.peakRss)} peak (+${mb(r.growth)}) vs ${mb(r.raw.jsonBytes)} JSON`,
			ratio: x(memRatio),
			goal: `≤ ${GOALS.memoryRatio}×`,
			met: ok ? met(memRatio <= GOALS.memoryRatio) : `NOT MET (HTTP ${r.httpStatus})`,
		});
	}
	if (results.scenario3) {
		const r = results.scenario3;
		const node = median(r.node.perRequestMs);
		const bare = median(r.axios.perRequestMs);
		const core = median(r.n8nCoreHelper.perRequestMs);
		const literal = median(r.nodeLiteralId.perRequestMs);
		const ratio = roundRatio(r.node.perRequestMs, r.axios.perRequestMs);
		const scenario = `3. Transport overhead in-process (${r.requests} GETs × ${r.rounds} rounds, medians)`;
		if (r.httpRequestNode) {
			// CPU per request: the HTTP Request node sends all items at once, the node here one at a
			// time, so wall time per request compares concurrency; CPU time compares cost.
			const cpuRatio = roundRatio(r.node.cpuPerRequestMs, r.httpRequestNode.cpuPerRequestMs);
			rows.push({
				scenario,
				row: 'Flexport node vs n8n HTTP Request node (same GET, same credential)',
				measurement:
					`CPU ${median(r.node.cpuPerRequestMs).toFixed(2)} ms vs ${median(r.httpRequestNode.cpuPerRequestMs).toFixed(2)} ms per request; ` +
					`wall ${node.toFixed(2)} ms (1 at a time) vs ${median(r.httpRequestNode.perRequestMs).toFixed(2)} ms (all items at once)`,
				ratio: x(cpuRatio),
				goal: `≤ ${GOALS.httpRequestNodeRatio}×`,
				met: met(cpuRatio <= GOALS.httpRequestNodeRatio),
			});
		}
		rows.push({
			scenario,
			row: 'node request path vs bare axios',
			measurement: `${node.toFixed(2)} ms vs ${bare.toFixed(2)} ms per request`,
			ratio: x(ratio),
			goal: `≤ ${GOALS.transportRatio}×`,
			met: met(ratio <= GOALS.transportRatio),
		});
		const breakdown = (row, a, b, aMs, bMs, note) =>
			rows.push({
				scenario: '3. (breakdown, same runs)',
				row,
				measurement: `${aMs.toFixed(2)} ms vs ${bMs.toFixed(2)} ms per request${note ? ` (${note})` : ''}`,
				ratio: x(roundRatio(a, b)),
				goal: 'context',
				met: '—',
			});
		breakdown(
			'n8n-core helpers.httpRequest alone vs bare axios',
			r.n8nCoreHelper.perRequestMs,
			r.axios.perRequestMs,
			core,
			bare,
			"n8n's HTTP stack, no node code",
		);
		breakdown(
			'node with a literal id (no per-item expression) vs bare axios',
			r.nodeLiteralId.perRequestMs,
			r.axios.perRequestMs,
			literal,
			bare,
		);
		breakdown(
			'node request path vs n8n-core helpers.httpRequest',
			r.node.perRequestMs,
			r.n8nCoreHelper.perRequestMs,
			node,
			core,
			"what the node and n8n's credential handling add",
		);
	}
	return rows;
}

function markdownTable(rows) {
	const head = ['Scenario', 'Row', 'Measurement', 'Ratio', 'Goal', 'Met'];
	const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
	for (const r of rows)
		lines.push(`| ${[r.scenario, r.row, r.measurement, r.ratio, r.goal, r.met].join(' | ')} |`);
	return lines.join('\n');
}

/** The goal of issue 13 on one line: what the node costs per request against what a user would pick. */
function httpRequestNodeLine(r) {
	if (!r?.httpRequestNode) return [];
	const ratio = roundRatio(r.node.cpuPerRequestMs, r.httpRequestNode.cpuPerRequestMs);
	const verdict = ratio <= GOALS.httpRequestNodeRatio ? 'met' : 'NOT MET';
	return [
		`Flexport node per-request cost / HTTP Request node per-request cost: ${x(ratio)} (CPU per request, median of ${r.rounds} rounds; goal ≤ ${GOALS.httpRequestNodeRatio}×, ${verdict})`,
		'',
	];
}

function report(info, results, totalMs) {
	return [
		'',
		`n8n-nodes-flexport benchmark — ${info.date} — ${info.mode} mode`,
		`Machine: ${info.cpus}; ${info.memory} RAM; ${info.os}; bench on Node ${info.benchNode}; n8n ${info.n8n}`,
		'',
		markdownTable(buildRows(results)),
		'',
		...httpRequestNodeLine(results.scenario3),
		`Total benchmark time: ${s(totalMs)}`,
		'',
	].join('\n');
}

async function main() {
	if (tableArg) {
		// Re-print the table of an earlier run from its --json file (no measuring).
		const saved = JSON.parse(fs.readFileSync(tableArg.slice(13), 'utf8'));
		process.stdout.write(report(saved.machine, saved.results, saved.totalMs ?? NaN));
		return;
	}
	log(
		`mode ${QUICK ? 'quick' : 'full'}; scenarios ${[...ONLY].join(', ')}; ${JSON.stringify(CONFIG)}`,
	);
	const results = {};
	if (ONLY.has(3)) {
		log('scenario 3: transport overhead in-process (n8n-core harness vs axios)');
		results.scenario3 = await runTransportOverhead();
		log(`  ${JSON.stringify(results.scenario3)}`);
	}
	let n8nInfo;
	if (ONLY.has(1) || ONLY.has(2)) {
		const { runN8nScenarios } = require('./lib/n8n-scenarios');
		n8nInfo = await runN8nScenarios({
			items: CONFIG.items,
			records: CONFIG.records,
			log,
			only: ONLY,
		});
		results.scenario1 = n8nInfo.scenario1;
		results.scenario2 = n8nInfo.scenario2;
	}
	const info = machine(n8nInfo);
	const totalMs = performance.now() - started;
	process.stdout.write(report(info, results, totalMs));
	if (jsonArg) {
		const rows = buildRows(results);
		fs.writeFileSync(
			jsonArg.slice(7),
			JSON.stringify(
				{ machine: info, config: CONFIG, goals: GOALS, totalMs, results, rows },
				null,
				2,
			),
		);
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`benchmark failed: ${error.stack || error}\n`);
		process.exit(1);
	},
);
