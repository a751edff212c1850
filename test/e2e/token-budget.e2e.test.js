'use strict';

/**
 * Scenario d: Flexport allows 10 token requests per credential per day. After 10, the 11th is never
 * sent (the simulator sees no request) and the execution fails with a message naming the limit,
 * both in the running n8n and in a new `n8n execute` process (the history is stored in the credential).
 * Then an execution that meets the spent budget while another process stores a valid token uses that
 * token instead of failing. The API host is reached through a proxy that can hold a request.
 */

const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
} = require('./lib/harness');
const { oauthCredential, flexportNode, webhookWorkflow, byId } = require('./lib/workflows');
const { firstShipmentId } = require('./lib/sim-client');
const { startHoldProxy } = require('../queue/lib/holdProxy');

const CRED = { id: 'credBudget000001', name: 'Flexport (budget)' };
let ctx;
let proxy;

beforeAll(async () => {
	proxy = await startHoldProxy();
	ctx = await setup({
		name: 'budget',
		credentials: (sim) => {
			proxy.setTarget(sim.url);
			return [oauthCredential({ ...CRED, sim, baseUrl: proxy.url })];
		},
	});
	const shipmentId = await firstShipmentId(ctx.sim);
	await ctx.n8n.importWorkflows([
		webhookWorkflow('budget get shipment', 'budget-get', [
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
		]),
	]);
	await ctx.n8n.activateWorkflow('budgetgetshipmen');
	ctx.n8n.webhooks = ['budget-get'];
	await ctx.n8n.start();
}, 240_000);

afterAll(async () => {
	await teardown(ctx);
	await proxy?.close();
});

test('d. after 10 token requests in a day the 11th is never sent and the execution names the limit', async () => {
	const sim = ctx.sim;
	const first = await ctx.n8n.webhook('budget-get');
	expect(first.status).toBe(200);
	expect(tokenRequests(sim)).toBe(1);
	for (let i = 2; i <= 10; i++) {
		sim.revokeTokens(); // Flexport now answers 401 to the stored token: the package must ask again
		const res = await ctx.n8n.webhook('budget-get');
		expect({ round: i, status: res.status }).toEqual({ round: i, status: 200 });
		expect({ round: i, tokenRequests: tokenRequests(sim) }).toEqual({ round: i, tokenRequests: i });
	}

	// 11th in the running n8n: revoked token, budget spent.
	sim.revokeTokens();
	const blocked = await ctx.n8n.webhook('budget-get');
	const inServer = tokenRequests(sim);

	// 11th in a new process: the request history comes from the stored credential.
	await ctx.n8n.stop();
	const cli = await ctx.n8n.execute('budgetgetshipmen');
	const inCli = tokenRequests(sim);
	const message = JSON.stringify(cli.error ?? '') + cli.stdout;
	const excerpt = (message.match(/Flexport allows[^"\\]*/) || ['(no budget message)'])[0];
	figure(
		`E2E budget figures: 10 token requests, then 11th attempt in n8n start (HTTP ${blocked.status}) and in n8n execute (exit ${cli.code}) -> simulator saw ${inServer} / ${inCli}; message: ${excerpt.slice(0, 200)}`,
	);

	expect(blocked.status).not.toBe(200);
	expect(inServer).toBe(10);
	expect(cli.code).not.toBe(0);
	expect(inCli).toBe(10);
	expect(message).toContain('10 token requests');
	expect(message).toMatch(/next one is allowed after|next .* allowed/i);
});

test('d. the budget is spent, but another process stores a valid token meanwhile: the execution uses it', async () => {
	const sim = ctx.sim;
	const stored = (await ctx.n8n.exportCredentialsDecrypted()).find((c) => c.id === CRED.id);
	const spentState = JSON.parse(stored.data.managedToken);
	expect(spentState.requests).toHaveLength(10);
	// "Another process": a token obtained outside this n8n, stored with the same history.
	sim.resetTokenQuota();
	const answer = await fetch(sim.tokenUrl, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({
			client_id: sim.clientId,
			client_secret: sim.clientSecret,
			audience: 'https://api.flexport.com',
			grant_type: 'client_credentials',
		}),
	}).then(async (res) => await res.json());
	const before = tokenRequests(sim);
	await ctx.n8n.start();
	// The execution meets the revoked token; its check of that token waits in the proxy.
	proxy.hold({ count: 1, pathPrefix: '/network/me/companies' });
	const execution = ctx.n8n.webhook('budget-get');
	await proxy.waitForHeld(1, 60_000);
	const valid = {
		...spentState,
		accessToken: answer.access_token,
		obtainedAt: Date.now(),
		expiresAt: Date.now() + 3_600_000,
	};
	await ctx.n8n.importCredentials([
		{
			id: CRED.id,
			name: CRED.name,
			type: stored.type,
			data: { ...stored.data, managedToken: JSON.stringify(valid) },
		},
	]);
	proxy.release();
	const res = await execution;
	figure(
		`E2E budget figures: budget spent (10 in 24 h), a valid token stored by another process while the execution checked the old one -> HTTP ${res.status}, token requests sent by n8n: ${tokenRequests(sim) - before}`,
	);
	expect(res.status).toBe(200);
	expect(tokenRequests(sim)).toBe(before);
});

test('g. no n8n output contains the client secret or an issued token (budget)', async () => {
	await ctx.n8n.stop();
	const tokens = await storedTokens(ctx.n8n);
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.clientSecret, ctx.sim.apiKey],
		tokens,
	});
	figure(
		`E2E leak check (budget): ${ctx.n8n.output.length} outputs scanned, ${tokens.length} stored token(s) -> ${leaks.length} finding(s)`,
	);
	expect(leaks).toEqual([]);
});
