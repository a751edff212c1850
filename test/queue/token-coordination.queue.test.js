'use strict';

/**
 * One token per event for the whole fleet, in queue mode: one main, three workers, Redis and
 * PostgreSQL, one cluster for every scenario (docs/scaling.md):
 *   4. first use: 24 executions over 3 cold workers, empty credential -> 1 token request
 *   1. 10 runs: the token expires while every worker is busy, 1.5 s token endpoint -> 1 new token each
 *   5. 60-second tokens under continuous load -> 1 replacement, before the old one lapses, none sent expired
 *   7. the worker that claimed the refresh is SIGKILLed while it waits for Flexport -> another takes over
 * Each run's credential has its own budget (client ID + token URL), so the loop never meets the daily limit;
 * the scenarios run one after the other, so the simulator's token count is the scenario's.
 * Figures are printed as "Queue coordination figures: …" lines.
 */

const { QueueCluster } = require('./lib/cluster');
const { startSim, tokenRequests, figure } = require('../e2e/lib/harness');
const {
	oauthCredential,
	flexportNode,
	webhookWorkflow,
	workflowId,
	byId,
} = require('../e2e/lib/workflows');
const { pool, sleep } = require('../e2e/lib/n8n');

const WORKERS = 3;
const RUNS = 10;
const LIFETIME_S = 3600;
const SHORT_LIFETIME_S = 60;
const SLOW_TOKEN_MS = 1500;

const credential = (key) => ({ id: workflowId(`cred${key}`), name: `Flexport (${key})` });
const LOOP = Array.from({ length: RUNS }, (_, run) => credential(`loop${run}`));
const FIRST = credential('firstuse');
const SHORT = credential('short');
const KILL = credential('kill');

let sim;
let shortSim;
let cluster;
let afterEachCleanup = () => undefined;

afterEach(() => {
	afterEachCleanup();
	afterEachCleanup = () => undefined;
});

const hookOf = (cred) => cred.id.toLowerCase();

function getShipmentHook(cred, shipmentId) {
	return webhookWorkflow(
		`coordination ${cred.name}`,
		hookOf(cred),
		[
			flexportNode({
				name: 'Get Shipment',
				credential: cred,
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: byId(shipmentId),
					simplify: true,
					options: {},
				},
			}),
		],
		{ id: workflowId(`wf${cred.id}`) },
	);
}

beforeAll(async () => {
	sim = await startSim({ tokenLifetimeSeconds: LIFETIME_S, maxLogEntries: 50_000 });
	shortSim = await startSim({ tokenLifetimeSeconds: SHORT_LIFETIME_S, maxLogEntries: 50_000 });
	const shipmentId = String(sim.fixtures.shipmentId);
	const onSim = (cred, target = sim) =>
		oauthCredential({ ...cred, sim: target, tokenUrl: `${target.tokenUrl}?budget=${cred.id}` });
	const all = [...LOOP, FIRST, KILL];
	cluster = await QueueCluster.start({
		name: 'coordination',
		workers: WORKERS,
		credentials: [...all.map((cred) => onSim(cred)), onSim(SHORT, shortSim)],
		workflows: [...all, SHORT].map((cred) => getShipmentHook(cred, shipmentId)),
		activate: [...all, SHORT].map((cred) => workflowId(`wf${cred.id}`)),
		webhooks: [...all, SHORT].map(hookOf),
	});
	figure(
		`Queue coordination figures: main + ${WORKERS} workers ready in ${((cluster.timings.services + cluster.timings.import + cluster.timings.processes) / 1000).toFixed(1)} s`,
	);
}, 600_000);

afterAll(async () => {
	await cluster?.stop().catch((e) => process.stderr.write(`cluster stop: ${e.message}\n`));
	await sim?.close().catch(() => undefined);
	await shortSim?.close().catch(() => undefined);
}, 180_000);

async function fire(cred, count, concurrency, before = () => undefined) {
	const results = await pool(count, concurrency, async (i) => {
		await before(i);
		const res = await cluster.n8n
			.webhook(hookOf(cred), { i }, { timeoutMs: 120_000 })
			.catch((error) => ({
				status: `error: ${error.message}`,
			}));
		return res.status;
	});
	const statuses = {};
	for (const status of results) statuses[status] = (statuses[status] || 0) + 1;
	return statuses;
}

async function stored(cred) {
	const exported = await cluster.n8n.exportCredentialsDecrypted();
	const data = exported.find((c) => c.id === cred.id)?.data ?? {};
	const parse = (raw) => (raw ? JSON.parse(raw) : undefined);
	return { token: parse(data.managedToken), lease: parse(data.managedTokenLease) };
}

const snapshot = () => cluster.workers.map((w) => w.executions.length);
const since = (snap) =>
	Object.fromEntries(cluster.workers.map((w, i) => [w.name, w.executions.length - snap[i]]));

test('4. first use: 24 executions spread over 3 cold workers, empty credential -> 1 token request', async () => {
	const snap = snapshot();
	const started = Date.now();
	const before = tokenRequests(sim);
	const statuses = await fire(FIRST, 24, 24);
	const perWorker = since(snap);
	const spent = tokenRequests(sim) - before;
	figure(
		`Queue coordination figures: 4. first use, 24 executions at once in ${((Date.now() - started) / 1000).toFixed(1)} s, HTTP ${JSON.stringify(statuses)}, per worker ${JSON.stringify(perWorker)} -> ${spent} token request(s)`,
	);
	expect(statuses).toEqual({ 200: 24 });
	for (const [name, n] of Object.entries(perWorker))
		expect({ name, ran: n > 0 }).toEqual({ name, ran: true });
	expect(spent).toBe(1);
});

/** One run: a token in use, then Flexport's clock passes its lifetime while every worker is busy. */
async function expiryRun(cred) {
	sim.resetTokenQuota();
	const warmBefore = tokenRequests(sim);
	const first = await cluster.n8n.webhook(hookOf(cred), { warm: true });
	if (first.status !== 200)
		throw new Error(`warm-up HTTP ${first.status} ${first.text.slice(0, 300)}`);
	const warmUp = tokenRequests(sim) - warmBefore;
	const before = tokenRequests(sim);
	const started = Date.now();
	const lastId = await cluster.lastExecutionId();
	sim.setFaults({ token: { latencyMs: SLOW_TOKEN_MS } });
	const snap = snapshot();
	let busy = false;
	try {
		// When the 13th is about to be sent, 12 are in flight: once every worker runs some, the token expires.
		const statuses = await fire(cred, 24, 12, async (i) => {
			if (i !== 12) return;
			const deadline = Date.now() + 10_000;
			while (!busy && Date.now() < deadline) {
				busy = cluster.workers.every((w, k) => w.executions.length > snap[k]);
				if (!busy) await sleep(50);
			}
			sim.advanceClock((LIFETIME_S + 60) * 1000);
		});
		const failed = await cluster.failedSince(lastId);
		return {
			statuses,
			busy,
			warmUp,
			failed,
			spent: tokenRequests(sim) - before,
			ms: Date.now() - started,
		};
	} finally {
		sim.clearFaults();
	}
}

test(`1. the token expires while every worker is busy (${SLOW_TOKEN_MS} ms token endpoint): 1 new token, ${RUNS} runs`, async () => {
	const runs = [];
	const started = Date.now();
	for (const cred of LOOP) runs.push(await expiryRun(cred));
	// One read of every credential at the end (each `n8n export` is a full n8n start).
	const exported = await cluster.n8n.exportCredentialsDecrypted();
	const history = LOOP.map(
		(cred) => JSON.parse(exported.find((c) => c.id === cred.id).data.managedToken).requests.length,
	);
	const exactlyOne = runs.filter((run) => run.spent === 1).length;
	figure(
		`Queue coordination figures: 1. ${exactlyOne} of ${RUNS} runs made exactly 1 (new token requests per run ${JSON.stringify(runs.map((r) => r.spent))}; ` +
			`stored history per credential ${JSON.stringify(history)} = warm-up + new; all workers busy at expiry in ${runs.filter((r) => r.busy).length} runs; ` +
			`seconds per run ${JSON.stringify(runs.map((r) => Math.round(r.ms / 100) / 10))}; ${((Date.now() - started) / 1000).toFixed(1)} s in all; ` +
			`executions failed by n8n before the node ran (safe-regex timeout): ${runs.reduce((n, r) => n + r.failed.beforeTheNode.length, 0)}, others: ${runs.reduce((n, r) => n + r.failed.others.length, 0)})`,
	);
	for (const [run, result] of runs.entries()) {
		// Every execution that reached the node succeeded.
		expect({ run, others: result.failed.others, warmUp: result.warmUp }).toEqual({
			run,
			others: [],
			warmUp: 1,
		});
		expect({ run, ok: (result.statuses[200] ?? 0) + result.failed.beforeTheNode.length }).toEqual({
			run,
			ok: 24,
		});
		expect({ run, history: history[run] }).toEqual({ run, history: result.warmUp + result.spent });
	}
	expect(exactlyOne).toBe(RUNS);
}, 900_000);

test(`5. ${SHORT_LIFETIME_S}-second tokens under continuous load: 1 replacement before the old lapses, none sent expired`, async () => {
	const warm = await cluster.n8n.webhook(hookOf(SHORT), { warm: true });
	expect(warm.status).toBe(200);
	const { token } = await stored(SHORT);
	const logStart = shortSim.requests.length;
	const lastId = await cluster.lastExecutionId();
	const statuses = {};
	let executions = 0;
	// Three at a time (one per worker, roughly) until the first token has lapsed.
	await pool(3, 3, async () => {
		while (Date.now() < token.expiresAt + 2_000) {
			const res = await cluster.n8n.webhook(hookOf(SHORT), {}, { timeoutMs: 60_000 });
			statuses[res.status] = (statuses[res.status] || 0) + 1;
			executions++;
		}
	});
	const tokenTimes = shortSim.tokenRequestLog.map((entry) => entry.at);
	// The first token's own request arrives a few ms after its obtainedAt: later ones are replacements.
	const replacements = tokenTimes.filter(
		(at) => at > token.obtainedAt + 1_000 && at <= token.expiresAt + 2_000,
	);
	const refusedWithToken = shortSim.requests
		.slice(logStart)
		.filter((r) => r.status === 401 && r.headers.authorization).length;
	const failed = await cluster.failedSince(lastId);
	const lead = replacements.length
		? ((token.expiresAt - replacements[0]) / 1000).toFixed(1)
		: 'n/a';
	figure(
		`Queue coordination figures: 5. ${SHORT_LIFETIME_S} s tokens, ${executions} executions over ${((token.expiresAt + 2_000 - token.obtainedAt) / 1000).toFixed(0)} s on ${WORKERS} workers, HTTP ${JSON.stringify(statuses)} -> ` +
			`${replacements.length} replacement(s), requested ${lead} s before the old token lapsed; requests refused with a token: ${refusedWithToken}; ` +
			`failed by n8n before the node ran (safe-regex timeout): ${failed.beforeTheNode.length}, others: ${failed.others.length}`,
	);
	expect(failed.others).toEqual([]);
	expect((statuses[200] ?? 0) + failed.beforeTheNode.length).toBe(executions);
	expect(replacements).toHaveLength(1);
	expect(replacements[0]).toBeLessThan(token.expiresAt);
	expect(refusedWithToken).toBe(0);
}, 240_000);

test('7. the claimant is SIGKILLed while it waits for Flexport: another worker takes over after a bounded wait', async () => {
	sim.resetTokenQuota();
	const warm = await cluster.n8n.webhook(hookOf(KILL), { warm: true });
	expect(warm.status).toBe(200);
	const lastId = await cluster.lastExecutionId();
	sim.revokeTokens();
	sim.setFaults({ token: { hang: 1 } });
	afterEachCleanup = () => sim.clearFaults();
	const before = tokenRequests(sim);
	const doomed = cluster.n8n
		.webhook(hookOf(KILL), { doomed: true }, { timeoutMs: 120_000 })
		.catch(() => undefined);
	const deadline = Date.now() + 60_000;
	while (tokenRequests(sim) === before && Date.now() < deadline) await sleep(100);
	const rows = await cluster.sql(
		`select id from execution_entity where id::bigint > ${lastId} order by id::bigint`,
	);
	const claimant = cluster.workers.find((w) =>
		rows.some(([id]) => w.executions.includes(Number(id))),
	);
	expect(claimant).toBeDefined();
	claimant.child.kill('SIGKILL');
	await claimant.exited;
	const started = Date.now();
	const next = await cluster.n8n.webhook(hookOf(KILL), { after: 'kill' }, { timeoutMs: 120_000 });
	const waited = (Date.now() - started) / 1000;
	const spent = tokenRequests(sim) - before;
	figure(
		`Queue coordination figures: 7. ${claimant.name} claimed the refresh and was SIGKILLed while its token request hung -> next execution HTTP ${next.status} after ${waited.toFixed(1)} s; token requests ${spent} (the hung one and the take-over)`,
	);
	void doomed;
	expect(next.status).toBe(200);
	expect(waited).toBeLessThan(25);
	expect(spent).toBe(2);
}, 180_000);
