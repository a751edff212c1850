'use strict';

/**
 * Scale-out: n8n in queue mode — one main (`n8n start`), three workers (`n8n worker`), Redis as the
 * queue, PostgreSQL as the database — every worker using the same Flexport credential, against the
 * simulator (10 token requests a day). Scenarios:
 *   a. 300 webhook executions spread over the three workers cost exactly 1 token request
 *   b. the token expires while all three workers are busy: new token requests are counted (goal 1, ≤ workers)
 *   c. a worker is SIGKILLed in the middle of a Return All: the execution is recorded as crashed, the stored
 *      token survives, the next execution succeeds without a token request
 *   d. the budget guard counts the token requests of every worker: the 11th is never sent
 * Figures are printed as "Queue figures: …" lines; see docs/scaling.md.
 */

const { QueueCluster } = require('./lib/cluster');
const { startSim, tokenRequests, findLeaks, figure } = require('../e2e/lib/harness');
const {
	oauthCredential,
	flexportNode,
	webhookWorkflow,
	workflowId,
	byId,
} = require('../e2e/lib/workflows');
const { pool, sleep } = require('../e2e/lib/n8n');

const WORKERS = 3;
const TOKEN_LIFETIME_S = 3600;
const CRED = { id: 'credQueue0000001', name: 'Flexport (queue)' };
const CRED_BUDGET = { id: 'credQueueBudget1', name: 'Flexport (queue budget)' };
const WF_GET = workflowId('queuegetshipment');
const WF_ALL = workflowId('queuereturnall');
const WF_BUDGET = workflowId('queuebudget');

let sim;
let cluster;

const getShipment = (credential, shipmentId) =>
	flexportNode({
		name: 'Get Shipment',
		credential,
		parameters: {
			resource: 'shipment',
			operation: 'get',
			shipmentId: byId(shipmentId),
			simplify: true,
			options: {},
		},
	});

beforeAll(async () => {
	sim = await startSim({ tokenLifetimeSeconds: TOKEN_LIFETIME_S, maxLogEntries: 50_000 });
	const shipmentId = String(sim.fixtures?.shipmentId ?? 200001);
	const returnAll = webhookWorkflow(
		'queue return all',
		'queue-all',
		[
			flexportNode({
				name: 'Get Shipments',
				credential: CRED,
				parameters: {
					resource: 'shipment',
					operation: 'getAll',
					returnAll: true,
					filters: {},
					simplify: true,
				},
			}),
		],
		{ id: WF_ALL },
	);
	returnAll.nodes[0].parameters.responseMode = 'onReceived'; // answer at once: the worker will be killed
	cluster = await QueueCluster.start({
		name: 'scale',
		workers: WORKERS,
		credentials: [
			oauthCredential({ ...CRED, sim }),
			// Its own budget (the budget belongs to client ID + token URL), so scenario d starts from zero.
			oauthCredential({ ...CRED_BUDGET, sim, tokenUrl: `${sim.tokenUrl}?budget=d` }),
		],
		workflows: [
			webhookWorkflow('queue get shipment', 'queue-get', [getShipment(CRED, shipmentId)], {
				id: WF_GET,
			}),
			returnAll,
			webhookWorkflow('queue budget', 'queue-budget', [getShipment(CRED_BUDGET, shipmentId)], {
				id: WF_BUDGET,
			}),
		],
		activate: [WF_GET, WF_ALL, WF_BUDGET],
		webhooks: ['queue-get', 'queue-all', 'queue-budget'],
	});
	figure(
		`Queue figures: set-up services ${(cluster.timings.services / 1000).toFixed(1)} s, import ${(cluster.timings.import / 1000).toFixed(1)} s, main + ${WORKERS} workers ready ${(cluster.timings.processes / 1000).toFixed(1)} s`,
	);
}, 600_000);

afterAll(async () => {
	await cluster?.stop().catch((e) => process.stderr.write(`cluster stop: ${e.message}\n`));
	await sim?.close().catch(() => undefined);
}, 180_000);

/** Execution counts per worker since `snapshot` (worker name -> started executions). */
function snapshot() {
	return Object.fromEntries(cluster.workers.map((w) => [w.name, w.executions.length]));
}
function since(snap) {
	return Object.fromEntries(
		cluster.workers.map((w) => [w.name, w.executions.length - (snap[w.name] ?? 0)]),
	);
}

async function fire(webhookPath, count, concurrency, before = () => undefined) {
	const started = Date.now();
	const results = await pool(count, concurrency, async (i) => {
		await before(i);
		try {
			const res = await cluster.n8n.webhook(webhookPath, { i }, { timeoutMs: 120_000 });
			return res.status;
		} catch (error) {
			return `error: ${error.message}`;
		}
	});
	const statuses = {};
	for (const s of results) statuses[s] = (statuses[s] || 0) + 1;
	return { statuses, ms: Date.now() - started };
}

async function storedState(credentialId) {
	const exported = await cluster.n8n.exportCredentialsDecrypted();
	const credential = exported.find((c) => c.id === credentialId);
	return credential?.data?.managedToken ? JSON.parse(credential.data.managedToken) : undefined;
}

async function waitFor(what, fn, { timeoutMs = 60_000, intervalMs = 250 } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline) {
		last = await fn();
		if (last) return last;
		await sleep(intervalMs);
	}
	throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

test('a. 300 webhook executions over 3 workers cost exactly 1 token request', async () => {
	const before = tokenRequests(sim);
	const snap = snapshot();
	// One execution first (cold start: empty stored token), then 299 at concurrency 24.
	const first = await cluster.n8n.webhook('queue-get', { i: -1 });
	expect(first.status).toBe(200);
	expect(first.text).toContain('id');
	const { statuses, ms } = await fire('queue-get', 299, 24);
	await sleep(500);
	const perWorker = since(snap);
	const rows = await cluster.sql(
		`select status, count(*) from execution_entity where "workflowId" = '${WF_GET}' group by status order by status`,
	);
	const byStatus = Object.fromEntries(rows.map(([s, n]) => [s, Number(n)]));
	const spent = tokenRequests(sim) - before;
	figure(
		`Queue figures: a. 300 executions (1 + 299 at concurrency 24) in ${(ms / 1000).toFixed(1)} s, HTTP ${JSON.stringify(statuses)}, ` +
			`per worker ${JSON.stringify(perWorker)}, execution_entity ${JSON.stringify(byStatus)} -> ${spent} token request(s)`,
	);
	expect(statuses).toEqual({ 200: 299 });
	expect(Object.values(perWorker).reduce((a, b) => a + b, 0)).toBe(300);
	for (const [name, n] of Object.entries(perWorker))
		expect({ name, ran: n > 0 }).toEqual({ name, ran: true });
	expect(byStatus).toEqual({ success: 300 });
	expect(spent).toBe(1);
});

/**
 * Fires `count` executions at concurrency 24; when the 40th is about to be sent (so ~24 are in flight on
 * the three workers) Flexport's clock jumps past the token's lifetime: the stored token is refused (401)
 * everywhere at once and each worker that meets the 401 before another worker's new token is stored asks.
 */
async function expiryRound(label, count) {
	const before = tokenRequests(sim);
	const storedBefore = await storedState(CRED.id);
	const lastId = await cluster.lastExecutionId();
	let snapAtExpiry;
	const { statuses, ms } = await fire('queue-get', count, 24, async (i) => {
		if (i === 40) {
			await waitFor(
				'work on every worker',
				() => cluster.workers.every((w) => w.executions.length > 0),
				{ timeoutMs: 10_000 },
			);
			snapAtExpiry = snapshot();
			sim.advanceClock((TOKEN_LIFETIME_S + 60) * 1000);
		}
	});
	await sleep(500);
	const afterExpiry = since(snapAtExpiry);
	const spent = tokenRequests(sim) - before;
	const storedAfter = await storedState(CRED.id);
	const history = `stored request history ${storedBefore?.requests?.length ?? 0} -> ${storedAfter?.requests?.length ?? 0} (simulator saw ${tokenRequests(sim)} in total)`;
	const failed = await cluster.failedSince(lastId);
	figure(
		`Queue figures: ${label}: token expired with executions in flight on all ${WORKERS} workers (${count} executions, concurrency 24, ${(ms / 1000).toFixed(1)} s), ` +
			`HTTP ${JSON.stringify(statuses)}, executions per worker after expiry ${JSON.stringify(afterExpiry)} -> ${spent} new token request(s) (goal 1, bound ${WORKERS}); ${history}` +
			`; failed by n8n before the node ran (safe-regex timeout under load): ${failed.beforeTheNode.length}, others: ${failed.others.length}`,
	);
	// Every execution that reached the node succeeded (see cluster.failedSince for the others).
	expect(failed.others).toEqual([]);
	expect((statuses[200] ?? 0) + failed.beforeTheNode.length).toBe(count);
	for (const [name, n] of Object.entries(afterExpiry))
		expect({ name, ranAfterExpiry: n > 0 }).toEqual({ name, ranAfterExpiry: true });
	expect(spent).toBeGreaterThanOrEqual(1);
	expect(spent).toBeLessThanOrEqual(WORKERS); // single-flight per process: at most one request per worker
	expect(storedAfter.accessToken).not.toBe(storedBefore.accessToken);
	return { spent, storedAfter };
}

test('b. the token expires while all three workers are busy: new token requests are counted', async () => {
	await expiryRound('b. fast token endpoint', 120);
});

test('b. (slow token endpoint, 1.5 s as over a real network) the same expiry: new token requests are counted', async () => {
	sim.setFaults({ token: { latencyMs: 1500 } });
	try {
		await expiryRound('b. slow token endpoint (1.5 s)', 120);
	} finally {
		sim.clearFaults();
	}
});

test('c. a worker killed in the middle of a Return All: crash recorded, no token lost, next run spends none', async () => {
	const storedBefore = await storedState(CRED.id);
	expect(storedBefore?.accessToken).toBeTruthy();
	const before = tokenRequests(sim);
	const lastId = Number(
		(await cluster.sql('select coalesce(max(id::bigint), 0) from execution_entity'))[0][0],
	);
	// 60 pages of 100 at 600 ms each: ~12 s even with the node's 3 parallel page requests.
	const PAGES = 60;
	sim.setSettings({ largeCollection: PAGES * 100 });
	sim.setFaults({ latencyMs: 600 });
	const listRequests = () =>
		sim.requests.filter((r) => r.path === '/shipments' && r.method === 'GET').length;
	const listBefore = listRequests();
	try {
		const accepted = await cluster.n8n.webhook('queue-all', {});
		expect(accepted.status).toBe(200);
		const { executionId, worker } = await waitFor(
			'a worker to start the Return All',
			() => {
				for (const w of cluster.workers) {
					const id = w.executions.find((x) => x > lastId);
					if (id) return { executionId: id, worker: w };
				}
				return undefined;
			},
			{ timeoutMs: 30_000 },
		);
		await waitFor('three pages fetched', () => listRequests() - listBefore >= 3, {
			timeoutMs: 30_000,
		});
		const pagesAtKill = listRequests() - listBefore;
		const killedAt = Date.now();
		worker.child.kill('SIGKILL');
		const exit = await worker.exited;
		expect(exit.signal).toBe('SIGKILL');
		sim.clearFaults();
		sim.setSettings({ largeCollection: 0 });

		const [status, finished] = await waitFor(
			`execution ${executionId} to be marked as failed`,
			async () => {
				const rows = await cluster.sql(
					`select status, finished from execution_entity where id = ${executionId}`,
				);
				return rows[0] && !['new', 'running'].includes(rows[0][0]) ? rows[0] : undefined;
			},
			{ timeoutMs: 90_000, intervalMs: 1000 },
		);

		const failedAfterMs = Date.now() - killedAt;
		const data =
			(
				await cluster.sql(
					`select d.data from execution_data d where d."executionId" = ${executionId}`,
				)
			)[0]?.[0] ?? '';
		const reason = (data.match(/[^"]*(stalled|crash|lost|worker)[^"]*/i) || [
			'(no message in execution data)',
		])[0].slice(0, 160);

		const storedAfterKill = await storedState(CRED.id);
		const replacement = await cluster.restartWorker(worker.index);
		const next = await cluster.n8n.webhook('queue-get', { after: 'kill' });
		const spent = tokenRequests(sim) - before;
		figure(
			`Queue figures: c. ${worker.name} SIGKILLed after ${pagesAtKill} of ${PAGES} pages of a Return All -> execution ${executionId} status "${status}" (finished ${finished}, after ${(failedAfterMs / 1000).toFixed(1)} s, "${reason}"); ` +
				`stored token unchanged: ${storedAfterKill?.accessToken === storedBefore.accessToken}; next execution HTTP ${next.status}; token requests ${spent}; ${replacement.name} restarted`,
		);
		expect(['crashed', 'error']).toContain(status);
		expect(finished).toBe('f');
		expect(storedAfterKill.accessToken).toBe(storedBefore.accessToken);
		expect(storedAfterKill.expiresAt).toBeGreaterThan(Date.now() + 5 * 60_000);
		expect(next.status).toBe(200);
		expect(spent).toBe(0);
	} finally {
		sim.clearFaults();
		sim.setSettings({ largeCollection: 0 });
	}
});

test('d. the budget guard counts the token requests of every worker: the 11th is never sent', async () => {
	sim.resetTokenQuota();
	const base = tokenRequests(sim);
	const askedBy = [];
	for (let i = 1; i <= 10; i++) {
		if (i > 1) sim.revokeTokens(); // Flexport now refuses the stored token: some worker must ask again
		const snap = snapshot();
		const res = await cluster.n8n.webhook('queue-budget', { round: i });
		expect({ round: i, status: res.status }).toEqual({ round: i, status: 200 });
		expect({ round: i, tokenRequests: tokenRequests(sim) - base }).toEqual({
			round: i,
			tokenRequests: i,
		});
		await sleep(100);
		const ran = Object.entries(since(snap)).find(([, n]) => n > 0);
		askedBy.push(ran ? ran[0] : '?');
	}
	const lastId = Number(
		(await cluster.sql('select coalesce(max(id::bigint), 0) from execution_entity'))[0][0],
	);

	// 11th and later: revoked again, six executions at once so that every worker tries.
	sim.revokeTokens();
	const snap = snapshot();
	const { statuses } = await fire('queue-budget', 6, 6);
	await sleep(500);
	const tried = since(snap);
	const spent = tokenRequests(sim) - base;
	const rows = await cluster.sql(
		`select e.id, e.status, position('10 token requests' in d.data) > 0 from execution_entity e join execution_data d on d."executionId" = e.id ` +
			`where e."workflowId" = '${WF_BUDGET}' and e.id::bigint > ${lastId} order by e.id::bigint`,
	);
	const excerpt = (
		await cluster.sql(
			`select substring(d.data from position('Flexport allows' in d.data) for 160) from execution_data d join execution_entity e on e.id = d."executionId" ` +
				`where e."workflowId" = '${WF_BUDGET}' and e.id::bigint > ${lastId} and position('Flexport allows' in d.data) > 0 limit 1`,
		)
	)[0]?.[0];
	const count = {};
	for (const w of askedBy) count[w] = (count[w] || 0) + 1;
	figure(
		`Queue figures: d. 10 token requests made by ${JSON.stringify(count)}; then 6 executions at once on ${JSON.stringify(tried)} -> HTTP ${JSON.stringify(statuses)}, ` +
			`simulator saw ${spent} token request(s) for the credential; executions ${JSON.stringify(rows.map((r) => r[1]))}; message: ${excerpt ?? '(none)'}`,
	);
	expect(spent).toBe(10);
	expect(statuses[200]).toBeUndefined();
	expect(rows).toHaveLength(6);
	for (const [id, status, named] of rows)
		expect({ id, status, named }).toEqual({ id, status: 'error', named: 't' });
});

test('no output of any n8n process (main, workers, CLI) contains the client secret or an issued token', async () => {
	const exported = await cluster.n8n.exportCredentialsDecrypted();
	const tokens = exported.flatMap((c) => {
		try {
			const s = JSON.parse(c.data?.managedToken || '{}');
			return [s.accessToken, s.refreshToken].filter(Boolean);
		} catch {
			return [];
		}
	});
	const leaks = findLeaks(cluster.n8n.allOutput(), {
		secrets: [sim.clientSecret, sim.apiKey],
		tokens,
	});
	figure(
		`Queue figures: leak check over ${cluster.n8n.output.length} outputs, ${tokens.length} stored token(s) -> ${leaks.length} finding(s)`,
	);
	expect(leaks).toEqual([]);
});
