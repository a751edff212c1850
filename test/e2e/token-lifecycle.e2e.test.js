'use strict';

/**
 * Scenarios a, b and g: the managed token is reused across executions, processes and restarts,
 * refreshed exactly once on expiry (also under concurrency), and never printed.
 */

const { pool, sleep } = require('./lib/n8n');
const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
	startSim,
} = require('./lib/harness');
const { oauthCredential, flexportNode, webhookWorkflow, byId } = require('./lib/workflows');
const { firstShipmentId } = require('./lib/sim-client');

const LIFETIME_S = 24 * 60 * 60;
const SHORT_LIFETIME_S = 20; // never sent in its last 5 % (1 s)
const CRED = { id: 'credTokens000001', name: 'Flexport (tokens)' };
const CRED_SHORT = { id: 'credTokensShort1', name: 'Flexport (short tokens)' };

let ctx;
let sim2;
let shipmentId;

function getShipmentWorkflow(name, path, credential) {
	return webhookWorkflow(name, path, [
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
		}),
	]);
}

async function hit(path, count, concurrency) {
	const responses = await pool(count, concurrency, () => ctx.n8n.webhook(path));
	const failed = responses.filter(
		(r) =>
			r.status !== 200 || !Array.isArray(r.json) || String(r.json[0]?.id) !== String(shipmentId),
	);
	if (failed.length)
		throw new Error(
			`${failed.length}/${count} webhook executions failed; first: HTTP ${failed[0].status} ${failed[0].text.slice(0, 500)}`,
		);
	return responses.length;
}

beforeAll(async () => {
	sim2 = await startSim({ tokenLifetimeSeconds: SHORT_LIFETIME_S });
	ctx = await setup({
		name: 'tokens',
		sim: { tokenLifetimeSeconds: LIFETIME_S },
		credentials: (sim) => [
			oauthCredential({ ...CRED, sim }),
			oauthCredential({ ...CRED_SHORT, sim: sim2 }),
		],
		workflows: () => [],
	});
	shipmentId = await firstShipmentId(ctx.sim);
	await ctx.n8n.importWorkflows([
		getShipmentWorkflow('tokens get shipment', 'tokens-get', CRED),
		getShipmentWorkflow('tokens short lifetime', 'tokens-short', CRED_SHORT),
	]);
	await ctx.n8n.activateWorkflow('tokensgetshipmen');
	await ctx.n8n.activateWorkflow('tokensshortlifet');
	ctx.n8n.webhooks = ['tokens-get', 'tokens-short'];
}, 240_000);

afterAll(async () => {
	await teardown(ctx);
	await sim2?.close().catch(() => undefined);
});

test('a. 200 executions (10 at a time) across 2 restarts and 2 `n8n execute` processes -> 1 token request', async () => {
	const sim = ctx.sim;
	expect(tokenRequests(sim)).toBe(0);
	let executions = 0;
	const counts = [];
	for (let round = 0; round < 3; round++) {
		await ctx.n8n.start();
		executions += await hit('tokens-get', 66, 10);
		counts.push(tokenRequests(sim));
		if (round < 2) {
			await ctx.n8n.stop();
			const cli = await ctx.n8n.execute('tokensgetshipmen');
			if (!cli.ok)
				throw new Error(
					`n8n execute failed (exit ${cli.code}): ${JSON.stringify(cli.error ?? cli.stdout.slice(-800))}`,
				);
			expect(String(cli.items('Get Shipment')[0].id)).toBe(String(shipmentId));
			executions += 1;
			counts.push(tokenRequests(sim));
		}
	}
	figure(
		`E2E token figures: ${executions} executions / 2 restarts / 2 execute processes -> ${tokenRequests(sim)} token request(s) (after each phase: ${counts.join(',')})`,
	);
	expect(executions).toBe(200);
	expect(tokenRequests(sim)).toBe(1);
});

test('b. token expiry: the next executions (20 at once) cause exactly 1 new token request', async () => {
	const sim = ctx.sim;
	if (!ctx.n8n.server) await ctx.n8n.start();
	await hit('tokens-get', 1, 1); // token in use
	const before = tokenRequests(sim);
	sim.advanceClock((LIFETIME_S + 120) * 1000); // Flexport now rejects the stored token (401)
	await hit('tokens-get', 20, 20);
	const afterBurst = tokenRequests(sim);
	await hit('tokens-get', 20, 10);
	const afterMore = tokenRequests(sim);
	figure(
		`E2E token figures: expiry on Flexport's clock (401), 20 concurrent + 20 more executions -> ${afterBurst - before} + ${afterMore - afterBurst} token request(s)`,
	);
	expect(afterBurst - before).toBe(1);
	expect(afterMore).toBe(afterBurst);

	// Expiry seen by the package itself: a token in its last 5 % of life is replaced before use.
	await hit('tokens-short', 1, 1);
	const shortBefore = tokenRequests(sim2);
	expect(shortBefore).toBe(1);
	await sleep(SHORT_LIFETIME_S * 0.95 * 1000 + 500);
	await hit('tokens-short', 20, 20);
	const shortAfter = tokenRequests(sim2);
	figure(
		`E2E token figures: token in its last 5 % of life (lifetime ${SHORT_LIFETIME_S} s), 20 concurrent executions -> ${shortAfter - shortBefore} token request(s)`,
	);
	expect(shortAfter - shortBefore).toBe(1);
});

test('g. no n8n output contains the client secret or an issued token (token lifecycle runs)', async () => {
	await ctx.n8n.stop();
	const tokens = await storedTokens(ctx.n8n);
	expect(tokens.length).toBeGreaterThan(0);
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.clientSecret, ctx.sim.apiKey, sim2.clientSecret],
		tokens,
	});
	figure(
		`E2E leak check (token lifecycle): ${ctx.n8n.output.length} outputs scanned, ${tokens.length} stored token(s) -> ${leaks.length} finding(s)`,
	);
	expect(leaks).toEqual([]);
});
