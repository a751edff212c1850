'use strict';

/**
 * Scenario c: the credential test in n8n's UI (POST /rest/credentials/test) reuses a valid stored
 * token (0 token requests) and shows Flexport's own message for a wrong secret.
 */

const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
} = require('./lib/harness');
const { oauthCredential, flexportNode, manualWorkflow, byId } = require('./lib/workflows');
const { firstShipmentId } = require('./lib/sim-client');

const CRED = { id: 'credCredTest0001', name: 'Flexport (credential test)' };
const WRONG_SECRET = 'wrong-secret-e2e-0000';
let ctx;

beforeAll(async () => {
	ctx = await setup({
		name: 'credtest',
		credentials: (sim) => [oauthCredential({ ...CRED, sim })],
	});
	const shipmentId = await firstShipmentId(ctx.sim);
	await ctx.n8n.importWorkflows([
		manualWorkflow('credtest warm up', [
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
	// One execution stores a token in the credential.
	const warm = await ctx.n8n.execute('credtestwarmup00');
	if (!warm.ok)
		throw new Error(
			`warm-up execution failed: ${JSON.stringify(warm.error ?? warm.stdout.slice(-800))}`,
		);
	await ctx.n8n.start();
	await ctx.n8n.login();
}, 240_000);

afterAll(async () => {
	await teardown(ctx);
});

/** The credential as the editor has it: secrets redacted, which n8n fills from the DB on test. */
async function storedCredentialForTest() {
	const res = await ctx.n8n.rest('GET', `/rest/credentials/${CRED.id}?includeData=true`);
	if (res.status !== 200)
		throw new Error(`GET credential: HTTP ${res.status} ${res.text.slice(0, 300)}`);
	const credential = res.json.data ?? res.json;
	return { id: credential.id, name: credential.name, type: credential.type, data: credential.data };
}

async function testCredential(credentials) {
	const res = await ctx.n8n.rest('POST', '/rest/credentials/test', { credentials });
	if (res.status !== 200)
		throw new Error(`credentials/test: HTTP ${res.status} ${res.text.slice(0, 300)}`);
	return res.json.data ?? res.json;
}

test("c. 10 credential tests with a valid token -> 0 token requests; a wrong secret -> Error with Flexport's message", async () => {
	const sim = ctx.sim;
	expect(tokenRequests(sim)).toBe(1);
	const credentials = await storedCredentialForTest();
	const before = tokenRequests(sim);
	const results = [];
	for (let i = 0; i < 10; i++) results.push(await testCredential(credentials));
	const valid = tokenRequests(sim) - before;

	const wrong = await testCredential({
		...credentials,
		data: { ...credentials.data, clientSecret: WRONG_SECRET },
	});
	figure(
		`E2E credential-test figures: 10 tests with a valid token -> ${valid} token request(s), statuses ${[...new Set(results.map((r) => r.status))].join('/')}; ` +
			`wrong secret -> ${wrong.status}: ${String(wrong.message).slice(0, 160)}`,
	);
	for (const result of results) expect(result).toMatchObject({ status: 'OK' });
	expect(valid).toBe(0);
	expect(wrong.status).toBe('Error');
	expect(String(wrong.message)).toMatch(/Unauthorized|access_denied/);
	expect(String(wrong.message)).not.toContain(WRONG_SECRET);
});

test('g. no n8n output contains the client secret or an issued token (credential tests)', async () => {
	await ctx.n8n.stop();
	const tokens = await storedTokens(ctx.n8n);
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.clientSecret, ctx.sim.apiKey, WRONG_SECRET],
		tokens,
	});
	figure(
		`E2E leak check (credential tests): ${ctx.n8n.output.length} outputs scanned, ${tokens.length} stored token(s) -> ${leaks.length} finding(s)`,
	);
	expect(leaks).toEqual([]);
});
