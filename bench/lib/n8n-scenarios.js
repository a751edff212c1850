'use strict';

/**
 * Scenarios 1 and 2 inside a REAL n8n (`n8n start` from .e2e/, the packed package installed as a
 * community package), driven through production webhooks. Reuses the e2e helpers in test/e2e/lib.
 */

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { performance } = require('perf_hooks');

const { N8n, ROOT, E2E_DIR, sleep } = require('../../test/e2e/lib/n8n');
const {
	oauthCredential,
	flexportNode,
	httpRequestNode,
	workflowId,
} = require('../../test/e2e/lib/workflows');
const { startSimulator } = require('../../test/simulator');

const CRED = { id: 'credBench0000001', name: 'Flexport (benchmark)' };
const FIRST_SEEDED_ID = 200001;
const SEEDED_SHIPMENTS = 120;
const RATE_LIMIT = 20;
const LATENCY_MS = 50;

function n8nVersion() {
	try {
		return JSON.parse(
			fs.readFileSync(path.join(E2E_DIR, 'n8n', 'node_modules', 'n8n', 'package.json'), 'utf8'),
		).version;
	} catch {
		return 'unknown';
	}
}

/** flatted (n8n's execution-data format) from n8n's own node_modules. */
function flatted() {
	return require(
		require.resolve('flatted', {
			paths: [path.join(E2E_DIR, 'n8n', 'node_modules', 'n8n'), path.join(E2E_DIR, 'n8n')],
		}),
	);
}

// ------------------------------------------------------------------ workflow JSON --

let nodeCounter = 0;
function webhookNode(name, webhookPath) {
	return {
		id: `wh-${++nodeCounter}`,
		name,
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, nodeCounter * 200],
		webhookId: require('crypto')
			.createHash('sha1')
			.update(webhookPath)
			.digest('hex')
			.replace(/^(.{8})(.{4}).(.{3}).(.{3})(.{12}).*$/, '$1-$2-4$3-a$4-$5'),
		parameters: {
			httpMethod: 'POST',
			path: webhookPath,
			responseMode: 'lastNode',
			responseData: 'noData',
			options: {},
		},
	};
}

function splitOutNode(name) {
	return {
		id: `split-${++nodeCounter}`,
		name,
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		position: [220, nodeCounter * 200],
		parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} },
	};
}

/** One workflow, one Webhook → (Split Out →) measured node branch per row: a single activation. */
function benchWorkflow(name, rows, { saveData = true } = {}) {
	const nodes = [];
	const connections = {};
	const link = (from, to) =>
		(connections[from] = { main: [[{ node: to, type: 'main', index: 0 }]] });
	for (const row of rows) {
		const hook = webhookNode(`Webhook ${row.key}`, row.path);
		nodes.push(hook);
		let previous = hook.name;
		if (row.split) {
			const split = splitOutNode(`Split ${row.key}`);
			nodes.push(split);
			link(previous, split.name);
			previous = split.name;
		}
		const measured = { ...row.node, id: `m-${++nodeCounter}`, position: [440, nodeCounter * 200] };
		nodes.push(measured);
		link(previous, measured.name);
	}
	const settings = { executionOrder: 'v1' };
	if (!saveData)
		Object.assign(settings, {
			saveDataSuccessExecution: 'none',
			saveDataErrorExecution: 'none',
			saveExecutionProgress: false,
		});
	return { id: workflowId(name), name, active: false, nodes, connections, settings, pinData: {} };
}

const getShipmentParameters = (requestOptions) => ({
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	...(requestOptions ? { requestOptions } : {}),
});

function scenario1Rows(sim) {
	const flexport = (key, label, requestOptions) => ({
		key,
		label,
		kind: 'flexport',
		path: `bench-get-${key}`,
		split: true,
		node: flexportNode({
			name: label,
			credential: CRED,
			parameters: getShipmentParameters(requestOptions),
			onError: 'continueRegularOutput',
		}),
	});
	const http = (key, label, batch) => {
		const node = httpRequestNode({
			name: label,
			credential: CRED,
			url: `={{ "${sim.url}/shipments/" + $json.id }}`,
		});
		if (batch) node.parameters.options = { batching: { batch } };
		node.onError = 'continueRegularOutput';
		return { key, label, kind: 'http', path: `bench-get-${key}`, split: true, node };
	};
	return [
		flexport('fxdef', 'Flexport node, default options (3 parallel)'),
		flexport('fxp10', 'Flexport node, Parallel Requests 10', { parallelRequests: 10 }),
		flexport('fxp10r20', 'Flexport node, 10 parallel + max 20 req/s', {
			parallelRequests: 10,
			maxRequestsPerSecond: RATE_LIMIT,
		}),
		http('httpdef', 'HTTP Request, default options'),
		http('httpbatch', 'HTTP Request, batch 1 every 50 ms', {
			batchSize: 1,
			batchInterval: Math.ceil(1000 / RATE_LIMIT),
		}),
	];
}

function scenario2Rows() {
	const row = (key, label, parameters) => ({
		key,
		label,
		path: `bench-all-${key}`,
		split: false,
		node: flexportNode({ name: label, credential: CRED, parameters }),
	});
	return [
		row('all', 'Flexport Return All', {
			resource: 'shipment',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
		}),
		row('one', 'Flexport Limit 1 (baseline)', {
			resource: 'shipment',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			simplify: false,
		}),
	];
}

// ------------------------------------------------------------------ measurement helpers --

function procStatus(pid) {
	const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field) =>
		Number((new RegExp(`${field}:\\s+(\\d+) kB`).exec(text) || [])[1] || 0) * 1024;
	return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Resets VmHWM (Linux: "5" > clear_refs) so the next reading is the peak of what follows. */
function resetPeak(pid) {
	try {
		fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
		return true;
	} catch {
		return false;
	}
}

/** Samples RSS every `everyMs` (a fallback and cross-check for VmHWM). */
function rssSampler(pid, everyMs = 100) {
	let max = 0;
	const timer = setInterval(() => {
		try {
			max = Math.max(max, procStatus(pid).rss);
		} catch {
			/* process gone */
		}
	}, everyMs);
	return { stop: () => (clearInterval(timer), max) };
}

function statsDelta(before, after) {
	return {
		apiRequests: after.apiRequests - before.apiRequests,
		tokenRequests: after.tokenRequests - before.tokenRequests,
		rateLimited: after.rateLimited - before.rateLimited,
		ok: (after.byStatus[200] || 0) - (before.byStatus[200] || 0),
	};
}

/** The newest execution of `wfId` after `afterId`, with its run data (waits until it is stored). */
async function latestExecution(n8n, wfId, afterId, { timeoutMs = 60_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	const filter = encodeURIComponent(JSON.stringify({ workflowId: wfId }));
	while (Date.now() < deadline) {
		const list = await n8n.rest('GET', `/rest/executions?filter=${filter}&limit=5`);
		const results = list.json?.data?.results ?? list.json?.data ?? [];
		const newest = Array.isArray(results)
			? results
					.filter((e) => Number(e.id) > Number(afterId || 0))
					.sort((a, b) => Number(b.id) - Number(a.id))[0]
			: undefined;
		if (newest && newest.status !== 'running' && newest.status !== 'new') {
			const one = await n8n.rest('GET', `/rest/executions/${newest.id}`);
			const execution = one.json?.data ?? one.json;
			if (execution?.data) {
				const data =
					typeof execution.data === 'string' ? flatted().parse(execution.data) : execution.data;
				return { id: newest.id, status: execution.status ?? newest.status, data };
			}
		}
		await sleep(250);
	}
	throw new Error(`no finished execution of ${wfId} appeared within ${timeoutMs} ms`);
}

async function newestExecutionId(n8n, wfId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: wfId }));
	const list = await n8n.rest('GET', `/rest/executions?filter=${filter}&limit=1`);
	const results = list.json?.data?.results ?? [];
	return results.length ? Math.max(...results.map((e) => Number(e.id))) : 0;
}

function runRawLoop(nodeBin, baseUrl, token, maxPages) {
	return new Promise((resolve, reject) => {
		const child = spawn(
			nodeBin,
			[path.join(__dirname, 'raw-loop.js'), baseUrl, token, String(maxPages)],
			{ stdio: ['ignore', 'pipe', 'pipe'] },
		);
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), 15 * 60_000);
		child.on('close', (code) => {
			clearTimeout(timer);
			if (code !== 0) return reject(new Error(`raw loop exited with ${code}: ${err.slice(-1000)}`));
			try {
				resolve(JSON.parse(out.trim().split('\n').pop()));
			} catch (error) {
				reject(new Error(`raw loop printed no result: ${out.slice(-500)} ${err.slice(-500)}`));
			}
		});
	});
}

async function issueToken(sim) {
	const res = await fetch(sim.tokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			client_id: sim.clientId,
			client_secret: sim.clientSecret,
			audience: sim.audience,
			grant_type: 'client_credentials',
		}),
	});
	const body = await res.json();
	if (!res.ok || !body.access_token) throw new Error(`token endpoint answered HTTP ${res.status}`);
	return body.access_token;
}

// ------------------------------------------------------------------ the run --

/**
 * @param {{items: number, records: number, log: (line: string) => void, only: Set<number>}} config
 * @returns {Promise<{n8nVersion, n8nNode, scenario1?: object[], scenario2?: object}>}
 */
async function runN8nScenarios(config) {
	const { items, records, log, only } = config;
	const sim = await startSimulator({
		port: 0,
		quiet: true,
		largeCollection: records,
		dailyTokenQuota: 100,
		maxLogEntries: 2000,
	});
	const n8n = await N8n.create({
		name: 'bench',
		env: { N8N_LOG_LEVEL: 'warn', N8N_PAYLOAD_SIZE_MAX: '64' },
	});
	const result = { n8nVersion: n8nVersion(), n8nNode: null };
	const keep = process.env.BENCH_KEEP === '1';
	try {
		result.n8nNode = require('child_process')
			.execFileSync(n8n.rt.nodeBin, ['--version'], { encoding: 'utf8' })
			.trim();
		log(
			`installing the package into a fresh n8n ${result.n8nVersion} user folder (${n8n.userFolder})`,
		);
		n8n.installPackage();
		await n8n.importCredentials([oauthCredential({ ...CRED, sim, apiVersion: '2' })]);

		const rows1 = scenario1Rows(sim);
		const rows2 = scenario2Rows();
		const wf1 = benchWorkflow('bench get shipment', rows1);
		const wf2 = benchWorkflow('bench return all', rows2, { saveData: false });
		await n8n.importWorkflows([wf1, wf2]);
		await n8n.activateWorkflow(wf1.id);
		await n8n.activateWorkflow(wf2.id);
		log('starting n8n');
		const t0 = performance.now();
		await n8n.start({ webhooks: [...rows1, ...rows2].map((r) => r.path), timeoutMs: 180_000 });
		await n8n.login();
		log(
			`n8n ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (pid ${n8n.server.child.pid})`,
		);
		const pid = n8n.server.child.pid;

		// Warm-up: the first run obtains the token (stored in the credential) and warms n8n's code paths.
		const ids = (count) => ({
			items: Array.from({ length: count }, (_, i) => ({
				id: FIRST_SEEDED_ID + (i % SEEDED_SHIPMENTS),
			})),
		});
		for (const row of rows1) {
			const res = await n8n.webhook(row.path, ids(5), { timeoutMs: 120_000 });
			if (res.status !== 200)
				throw new Error(
					`warm-up of ${row.label} answered HTTP ${res.status}: ${res.text.slice(0, 300)}`,
				);
		}
		await n8n.webhook(rows2[1].path, {}, { timeoutMs: 120_000 });
		log(`warm-up done; simulator so far: ${JSON.stringify(sim.stats())}`);

		if (only.has(2)) result.scenario2 = await scenario2(n8n, sim, pid, rows2, records, log);
		if (only.has(1)) result.scenario1 = await scenario1(n8n, sim, wf1, rows1, items, log, ids);
	} catch (error) {
		error.message += `\n--- n8n output (tail) ---\n${n8n.allOutput().slice(-3000)}`;
		throw error;
	} finally {
		await n8n.dispose({ keep }).catch(() => undefined);
		await sim.close().catch(() => undefined);
	}
	return result;
}

async function scenario1(n8n, sim, wf, rows, count, log, ids) {
	const out = [];
	const floorMs = (count / RATE_LIMIT) * 1000;
	for (const row of rows) {
		sim.clearFaults();
		await sleep(1500); // let the bucket of the previous row drain
		sim.setFaults({ latencyMs: LATENCY_MS, rateLimitPerSecond: RATE_LIMIT }); // also refills the bucket
		const afterId = await newestExecutionId(n8n, wf.id);
		const before = sim.stats();
		const started = performance.now();
		const res = await n8n.webhook(row.path, ids(count), { timeoutMs: 10 * 60_000 });
		const wallMs = performance.now() - started;
		const delta = statsDelta(before, sim.stats());
		sim.clearFaults();
		const execution = await latestExecution(n8n, wf.id, afterId);
		const task = execution.data?.resultData?.runData?.[row.node.name]?.[0];
		const outItems = task?.data?.main?.[0] ?? [];
		// A failed item (Continue On Fail) carries a truthy `error`; Flexport's own envelope has `error: null`.
		const isFailure = (item) => Boolean(item.json && item.json.error);
		const failed = outItems.filter(isFailure).length + Math.max(0, count - outItems.length);
		const firstError = outItems.find(isFailure)?.json;
		const entry = {
			key: row.key,
			label: row.label,
			kind: row.kind,
			items: count,
			httpStatus: res.status,
			wallMs,
			nodeMs: task?.executionTime ?? null,
			failed,
			firstError: firstError ? JSON.stringify(firstError).slice(0, 240) : undefined,
			floorMs,
			...delta,
		};
		out.push(entry);
		log(
			`  ${row.label}: node ${(entry.nodeMs / 1000).toFixed(1)} s, wall ${(wallMs / 1000).toFixed(1)} s, ` +
				`${failed} failed, ${delta.rateLimited} x 429, ${delta.apiRequests} API requests, ${delta.tokenRequests} token requests`,
		);
	}
	return out;
}

async function scenario2(n8n, sim, pid, rows, records, log) {
	sim.clearFaults(); // latency 0, no rate limit
	const pages = Math.ceil(records / 100);
	log(`scenario 2: raw loop over ${pages} pages`);
	const token = await issueToken(sim);
	const raw = await runRawLoop(n8n.rt.nodeBin, sim.url, token, pages + 5);
	log(
		`  raw loop: ${(raw.ms / 1000).toFixed(1)} s, ${raw.records} records, ${(raw.jsonBytes / 1e6).toFixed(1)} MB JSON`,
	);

	// Baseline: the same webhook round trip with one page (n8n's own overhead per execution).
	const baselines = [];
	for (let i = 0; i < 3; i++) {
		const started = performance.now();
		await n8n.webhook(rows[1].path, {}, { timeoutMs: 120_000 });
		baselines.push(performance.now() - started);
	}
	const baselineMs = baselines.sort((a, b) => a - b)[1];

	await sleep(2000);
	const idle = procStatus(pid);
	const peakReset = resetPeak(pid);
	const sampler = rssSampler(pid);
	const before = sim.stats();
	const started = performance.now();
	const res = await n8n.webhook(rows[0].path, {}, { timeoutMs: 15 * 60_000 });
	const wallMs = performance.now() - started;
	const sampledPeak = sampler.stop();
	const after = procStatus(pid);
	const delta = statsDelta(before, sim.stats());
	const peakRss = Math.max(peakReset ? after.hwm : 0, sampledPeak);
	const entry = {
		records,
		pages,
		httpStatus: res.status,
		responseExcerpt: res.status === 200 ? undefined : res.text.slice(0, 300),
		raw,
		wallMs,
		baselineMs,
		nodeMsEstimate: wallMs - baselineMs,
		idleRss: idle.rss,
		peakRss,
		peakFrom: peakReset
			? 'VmHWM (reset before the run) and 100 ms RSS samples'
			: '100 ms RSS samples (VmHWM could not be reset)',
		growth: peakRss - idle.rss,
		...delta,
	};
	log(
		`  Return All: wall ${(wallMs / 1000).toFixed(1)} s (baseline ${baselineMs.toFixed(0)} ms), ${delta.apiRequests} API requests, ` +
			`n8n RSS idle ${(idle.rss / 1e6).toFixed(0)} MB → peak ${(peakRss / 1e6).toFixed(0)} MB`,
	);
	return entry;
}

module.exports = { runN8nScenarios, n8nVersion, RATE_LIMIT, LATENCY_MS, ROOT };
