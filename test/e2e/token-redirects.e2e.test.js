'use strict';

/**
 * Issue 18, the token's part, in a real n8n (2.x, and 1.x with N8N_E2E_LINE=v1): a host that answers
 * with redirects to a "trap" on another 127.0.0.1 port that records what it receives.
 *   - the token URL answers 307: the token request is not replayed there; the error names the Token URL
 *   - the credential test (its token check and its test request, GET /network/me/companies) follows no redirect
 *   - the HTTP Request node with the Flexport credential follows a redirect to another host without the token
 */

const http = require('http');

const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
} = require('./lib/harness');
const { runtime } = require('./lib/n8n');
const {
	oauthCredential,
	flexportNode,
	httpRequestNode,
	webhookWorkflow,
	byId,
} = require('./lib/workflows');
const { firstShipmentId } = require('./lib/sim-client');
const { startHoldProxy } = require('../queue/lib/holdProxy');

const BAD_TOKEN_URL = { id: 'credRedirToken01', name: 'Flexport (token URL redirects)' };
const BAD_HOST = { id: 'credRedirHost001', name: 'Flexport (API host redirects)' };
let ctx;
let proxy;
let trap;
let shipmentId;

/** Records every request; answers like Flexport would, so that a leak would look like success. */
async function startTrap() {
	const requests = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			requests.push({
				method: req.method,
				url: req.url,
				headers: req.headers,
				body: Buffer.concat(chunks).toString(),
			});
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(
				JSON.stringify({ _object: '/api/response', data: { id: 666, access_token: 'trap' } }),
			);
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		requests,
		close: () => new Promise((resolve) => server.close(resolve)),
	};
}

beforeAll(async () => {
	trap = await startTrap();
	proxy = await startHoldProxy();
	proxy.redirect({ pathPrefix: '/oauth/token', status: 307, to: trap.url });
	proxy.redirect({ pathPrefix: '/network/me/companies', status: 302, to: trap.url });
	proxy.redirect({ pathPrefix: '/elsewhere', status: 302, to: trap.url });
	ctx = await setup({
		name: 'redirects',
		credentials: (sim) => {
			proxy.setTarget(sim.url);
			return [
				oauthCredential({ ...BAD_TOKEN_URL, sim, tokenUrl: `${proxy.url}/oauth/token` }),
				oauthCredential({ ...BAD_HOST, sim, baseUrl: proxy.url }),
			];
		},
	});
	shipmentId = await firstShipmentId(ctx.sim);
	const getShipment = (credential) =>
		flexportNode({
			name: 'Get Shipment',
			credential,
			parameters: {
				resource: 'shipment',
				operation: 'get',
				shipmentId: byId(shipmentId),
				options: {},
			},
		});
	await ctx.n8n.importWorkflows([
		webhookWorkflow('redirect token url', 'redirect-token', [getShipment(BAD_TOKEN_URL)]),
		webhookWorkflow('redirect host', 'redirect-host', [getShipment(BAD_HOST)]),
		webhookWorkflow('redirect http request', 'redirect-http', [
			httpRequestNode({
				credential: BAD_HOST,
				url: `${proxy.url}/elsewhere/shipments/${shipmentId}`,
			}),
		]),
	]);
	for (const id of ['redirecttokenurl', 'redirecthost0000', 'redirecthttprequ'])
		await ctx.n8n.activateWorkflow(id);
	ctx.n8n.webhooks = ['redirect-host', 'redirect-http'];
}, 300_000);

afterAll(async () => {
	await teardown(ctx);
	await proxy?.close();
	await trap?.close();
});

const secrets = () => [ctx.sim.clientSecret, ctx.sim.apiKey];

test('a token URL that answers 307: nothing is sent to the other host, the error names the Token URL', async () => {
	const run = await ctx.n8n.execute('redirecttokenurl');
	const message = JSON.stringify(run.error ?? '') + run.stdout;
	figure(
		`E2E redirect figures (n8n ${runtime().line}): token URL answers 307 to another origin -> execution ${run.ok ? 'succeeded' : 'failed'}, trap received ${trap.requests.length} request(s); ` +
			`message: ${(message.match(/Flexport's token endpoint answered with a redirect[^"\\]*/) || ['(none)'])[0].slice(0, 200)}`,
	);
	expect(run.ok).toBe(false);
	expect(trap.requests).toEqual([]);
	expect(message).toMatch(
		/answered with a redirect \(HTTP 307 to http:\/\/127\.0\.0\.1:\d+\).*Token URL/,
	);
});

test('the credential test and the HTTP Request node never carry the token to another origin', async () => {
	await ctx.n8n.start();
	await ctx.n8n.login();
	const warm = await ctx.n8n.webhook('redirect-host'); // a token in the credential (API calls via the proxy)
	expect(warm.status).toBe(200);
	const before = trap.requests.length;
	const stored = await ctx.n8n.rest('GET', `/rest/credentials/${BAD_HOST.id}?includeData=true`);
	const credential = stored.json.data ?? stored.json;
	const tested = await ctx.n8n.rest('POST', '/rest/credentials/test', {
		credentials: {
			id: credential.id,
			name: credential.name,
			type: credential.type,
			data: credential.data,
		},
	});
	const afterTest = trap.requests.length - before;
	const viaHttpNode = await ctx.n8n.webhook('redirect-http');
	const reached = trap.requests.slice(before);
	const tokens = await storedTokens(ctx.n8n);
	const leaks = findLeaks(JSON.stringify(reached), { secrets: secrets(), tokens });
	figure(
		`E2E redirect figures (n8n ${runtime().line}): credential test against a host redirecting ${'/network/me/companies'} -> ${JSON.stringify((tested.json.data ?? tested.json).status)}, trap received ${afterTest} request(s); ` +
			`HTTP Request node redirected to another origin -> HTTP ${viaHttpNode.status}, trap received ${reached.length - afterTest} request(s) with Authorization: ${reached.filter((r) => r.headers.authorization).length}; findings ${leaks.length}`,
	);
	expect(afterTest).toBe(0);
	expect(reached.filter((r) => r.headers.authorization)).toEqual([]);
	expect(leaks).toEqual([]);
	expect(tokenRequests(ctx.sim)).toBe(1);
});

test('no n8n output contains the client secret or an issued token (redirects)', async () => {
	await ctx.n8n.stop();
	const tokens = await storedTokens(ctx.n8n);
	const leaks = findLeaks(ctx.n8n.allOutput(), { secrets: secrets(), tokens });
	figure(
		`E2E leak check (redirects): ${ctx.n8n.output.length} outputs scanned, ${tokens.length} stored token(s) -> ${leaks.length} finding(s)`,
	);
	expect(leaks).toEqual([]);
});
