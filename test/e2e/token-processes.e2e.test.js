'use strict';

/**
 * Separate `n8n execute` processes (regular mode, one SQLite database) meet a token Flexport revoked,
 * at the same moment: their first API requests are held in front of the simulator and released
 * together. The processes coordinate through the credential (docs/scaling.md): 1 new token per round.
 * Runs on n8n 2.x, and on 1.x with N8N_E2E_LINE=v1.
 */

const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
} = require('./lib/harness');
const { freePort, parseRawOutput, runtime } = require('./lib/n8n');
const { oauthCredential, flexportNode, manualWorkflow, byId } = require('./lib/workflows');
const { firstShipmentId } = require('./lib/sim-client');
const { startHoldProxy } = require('../queue/lib/holdProxy');

const PROCESSES = 3;
const ROUNDS = 2;
const CRED = { id: 'credProcesses001', name: 'Flexport (processes)' };
const WORKFLOW = 'processesgetship';
let ctx;
let proxy;

beforeAll(async () => {
	proxy = await startHoldProxy();
	ctx = await setup({
		name: 'processes',
		credentials: (sim) => {
			proxy.setTarget(sim.url);
			return [oauthCredential({ ...CRED, sim, baseUrl: proxy.url })];
		},
	});
	const shipmentId = await firstShipmentId(ctx.sim);
	await ctx.n8n.importWorkflows([
		manualWorkflow(
			'processes get shipment',
			[
				flexportNode({
					name: 'Get Shipment',
					credential: CRED,
					parameters: {
						resource: 'shipment',
						operation: 'get',
						shipmentId: byId(shipmentId),
						options: {},
					},
				}),
			],
			{ id: WORKFLOW },
		),
	]);
	const warm = await ctx.n8n.execute(WORKFLOW);
	if (!warm.ok)
		throw new Error(`warm-up failed: ${JSON.stringify(warm.error ?? warm.stdout.slice(-800))}`);
}, 240_000);

/** `n8n execute` with its own task-broker port, so that several can run at once. */
async function execute() {
	const env = { N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
	const result = await ctx.n8n.cli(['execute', `--id=${WORKFLOW}`, '--rawOutput'], {
		env,
		timeoutMs: 240_000,
	});
	const run = parseRawOutput(result.stdout);
	const error = run?.data?.resultData?.error;
	return { ...result, error, ok: result.code === 0 && run?.status !== 'error' && !error };
}

afterAll(async () => {
	await teardown(ctx);
	await proxy?.close();
});

test(`${PROCESSES} n8n execute processes meet a revoked token at the same moment -> 1 new token request`, async () => {
	const sim = ctx.sim;
	expect(tokenRequests(sim)).toBe(1);
	const perRound = [];
	const waits = [];
	for (let round = 1; round <= ROUNDS; round++) {
		sim.revokeTokens();
		const before = tokenRequests(sim);
		proxy.hold({ count: PROCESSES, pathPrefix: '/shipments' });
		const runs = Array.from({ length: PROCESSES }, execute);
		await proxy.waitForHeld(PROCESSES, 200_000);
		const releasedAt = Date.now();
		proxy.release();
		const results = await Promise.all(runs);
		waits.push(((Date.now() - releasedAt) / 1000).toFixed(1));
		const failed = results.filter((result) => !result.ok);
		expect({
			round,
			failed: failed.map((r) => JSON.stringify(r.error ?? r.stdout.slice(-400))),
		}).toEqual({
			round,
			failed: [],
		});
		perRound.push(tokenRequests(sim) - before);
	}
	const stored = JSON.parse(
		(await ctx.n8n.exportCredentialsDecrypted()).find((c) => c.id === CRED.id).data.managedToken,
	);
	figure(
		`E2E coordination figures (n8n ${runtime().line}): ${PROCESSES} n8n execute processes met a revoked token at the same moment -> ` +
			`${JSON.stringify(perRound)} new token request(s) in ${ROUNDS} rounds (last process done ${waits.join(' / ')} s after the release); ` +
			`stored history ${stored.requests.length}, simulator saw ${tokenRequests(sim)}`,
	);
	expect(perRound).toEqual(Array(ROUNDS).fill(1));
	expect(stored.requests).toHaveLength(tokenRequests(sim));
});

test('no n8n output contains the client secret or an issued token (processes)', async () => {
	const tokens = await storedTokens(ctx.n8n);
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.clientSecret, ctx.sim.apiKey],
		tokens,
	});
	figure(
		`E2E leak check (processes): ${ctx.n8n.output.length} outputs scanned, ${tokens.length} stored token(s) -> ${leaks.length} finding(s)`,
	);
	expect(leaks).toEqual([]);
});
