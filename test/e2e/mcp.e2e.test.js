'use strict';

/**
 * n8n's MCP Server Trigger exposing Flexport tools, in a real `n8n start` (2.x, or 1.x with
 * N8N_E2E_LINE=v1), and a real MCP client from the official SDK (@modelcontextprotocol/sdk) over
 * Streamable HTTP with Bearer auth: it lists the tools (names and input schemas), calls them and
 * gets the simulator's data, fetched with the managed token. The workflow is the shipped example
 * examples/agent-mcp-server.json.
 */

const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const {
	StreamableHTTPClientTransport,
} = require('@modelcontextprotocol/sdk/client/streamableHttp.js');

const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
} = require('./lib/harness');
const { sleep } = require('./lib/n8n');
const { n8nVersion, showRequest: show, withoutTokenReplays } = require('../agent/report');
const { oauthCredential } = require('./lib/workflows');
const { simGet } = require('./lib/sim-client');
const { TOOLS } = require('../agent/scenarios');
const {
	bearerCredential,
	exampleWorkflow,
	SHIPMENT_TOOL_DESCRIPTIONS,
	toolName,
} = require('../agent/workflows');

const CRED = { id: 'credMcpFlexport1', name: 'Flexport (MCP)' };
const BEARER = {
	id: 'credMcpBearer001',
	name: 'MCP clients',
	token: 'mcp-e2e-bearer-token-4f1c9a',
};
// The shipped example, as a user imports it: examples/agent-mcp-server.json.
const EXAMPLE = exampleWorkflow('agent-mcp-server.json', {
	flexportOAuth2Api: CRED,
	httpBearerAuth: { id: BEARER.id, name: BEARER.name },
});
const MCP_PATH = EXAMPLE.nodes.find((node) => node.type.endsWith('.mcpTrigger')).parameters.path;
const N8N_VERSION = n8nVersion();

let ctx;
let client;
let shipmentId;
let tokenReplays = 0; // first requests sent before the credential had a token (see withoutTokenReplays)

const mcpUrl = () => new URL(`${ctx.n8n.requireServer().baseUrl}/mcp/${MCP_PATH}`);

async function connect(token = BEARER.token) {
	const mcp = new Client({ name: 'flexport-e2e', version: '1.0.0' });
	const headers = token ? { Authorization: `Bearer ${token}` } : {};
	await mcp.connect(new StreamableHTTPClientTransport(mcpUrl(), { requestInit: { headers } }));
	return mcp;
}

/** n8n 2.x registers published workflows just after readiness: retry the first connect, bounded. */
async function connectWhenRegistered({ timeoutMs = 60_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline) {
		try {
			return await connect();
		} catch (error) {
			last = error;
			await sleep(500);
		}
	}
	throw new Error(
		`MCP endpoint ${mcpUrl()} did not answer within ${timeoutMs} ms: ${last?.message}`,
	);
}

/** Calls a tool; returns the parsed text result and the simulator requests the call caused. */
async function callTool(name, args) {
	const before = ctx.sim.requests.length;
	const result = await client.callTool({ name, arguments: args });
	const text = result.content.map((part) => part.text ?? '').join('');
	let data;
	try {
		data = JSON.parse(text);
	} catch {
		data = text;
	}
	const seen = ctx.sim.requests.slice(before);
	const { requests, replays } = withoutTokenReplays(seen);
	tokenReplays += replays;
	return { result, text, data, requests, seen };
}

beforeAll(async () => {
	ctx = await setup({
		name: 'mcp',
		env: { N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: null },
		credentials: (sim) => [oauthCredential({ ...CRED, sim }), bearerCredential(BEARER)],
		workflows: () => [EXAMPLE],
	});
	shipmentId = String(ctx.sim.fixtures.shipmentId);
	await ctx.n8n.activateWorkflow(EXAMPLE.id);
	await ctx.n8n.start();
	client = await connectWhenRegistered();
}, 300_000);

afterAll(async () => {
	await client?.close().catch(() => undefined);
	await teardown(ctx);
});

test('an MCP client lists the Flexport tools with their input schemas', async () => {
	const { tools } = await client.listTools();
	const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
	expect(Object.keys(byName).sort()).toEqual([TOOLS.find, TOOLS.get, TOOLS.update].sort());
	expect(byName[TOOLS.find].inputSchema).toMatchObject({
		type: 'object',
		properties: { purchase_order: { type: 'string' }, limit: { type: 'number' } },
	});
	expect(byName[TOOLS.find].inputSchema.required.sort()).toEqual(['limit', 'purchase_order']);
	expect(byName[TOOLS.get].inputSchema).toMatchObject({
		properties: {
			shipment_id: { type: 'string', description: expect.stringMatching(/shipment ID/) },
		},
		required: ['shipment_id'],
	});
	expect(Object.keys(byName[TOOLS.update].inputSchema.properties).sort()).toEqual([
		'metadata',
		'shipment_id',
	]);
	for (const [node, description] of Object.entries(SHIPMENT_TOOL_DESCRIPTIONS))
		expect(byName[toolName(node)].description).toBe(description);
	figure(
		`MCP scenario (n8n ${N8N_VERSION}): list tools ${tools.map((t) => `${t.name}(${Object.keys(t.inputSchema.properties).join(', ')})`).join(', ')}`,
	);
});

test('calling Get_Shipment returns the simulator shipment with its legs, fetched with the managed token', async () => {
	const call = await callTool(TOOLS.get, { shipment_id: shipmentId });
	expect(call.result.isError).toBeFalsy();
	const [shipment] = call.data;
	const truth = await simGet(ctx.sim, `/shipments/${shipmentId}`);
	const legs = (await simGet(ctx.sim, `/shipment_legs?f.shipment.id=${shipmentId}`)).data;
	expect(String(shipment.id)).toBe(shipmentId);
	expect(shipment.status).toBe(truth.status);
	expect(shipment.name).toBe(truth.name);
	expect(shipment.legs.map((leg) => leg.id)).toEqual(legs.map((leg) => leg.id));
	expect(shipment._object).toBeUndefined(); // simplified for the model
	expect(call.requests.map((r) => [r.method, r.path, r.status])).toEqual([
		['GET', `/shipments/${shipmentId}`, 200],
		['GET', '/shipment_legs', 200],
	]);
	for (const request of call.requests) expect(request.auth).toBe('oauth');
	figure(
		`MCP scenario (n8n ${N8N_VERSION}): call ${TOOLS.get} -> ${call.seen.map(show).join(', ')}; result ${call.text.length} chars, status ${shipment.status}, ${shipment.legs.length} leg(s)`,
	);
});

test('a list call asking for 500 records is capped at 50; a bad ID answers with what to do next', async () => {
	const [{ name }] = (await simGet(ctx.sim, '/shipments?per=1')).data;
	const purchaseOrder = name.match(/PO-[\w-]+/)[0];
	const list = await callTool(TOOLS.find, { purchase_order: purchaseOrder, limit: 500 });
	expect(list.requests.map((r) => r.query.per)).toEqual(['50']);
	expect(list.data.every((s) => s.name.includes(purchaseOrder))).toBe(true);

	const missing = await callTool(TOOLS.get, { shipment_id: '999999' });
	expect(missing.result.isError).toBeFalsy();
	expect(missing.data[0]).toMatchObject({
		error: expect.stringContaining('404'),
		next_step: expect.stringContaining('List shipments first'),
	});
	expect(missing.requests.map(show)).toEqual(['GET /shipments/999999 → 404']);
	figure(
		`MCP scenario (n8n ${N8N_VERSION}): limit 500 and a bad ID -> ${[...list.seen, ...missing.seen].map(show).join(', ')}; ${list.data.length} record(s); bad ID -> ${JSON.stringify(missing.data[0].next_step)}`,
	);
});

test('without the Bearer token the MCP endpoint refuses the client', async () => {
	await expect(connect(null)).rejects.toThrow(/Streamable HTTP error/);
	await expect(connect('wrong-token')).rejects.toThrow(/Streamable HTTP error/);
	const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: {} };
	const status = async (headers) =>
		(
			await fetch(mcpUrl(), {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					accept: 'application/json, text/event-stream',
					...headers,
				},
				body: JSON.stringify(initialize),
			})
		).status;
	// n8n answers 401 or 403 depending on the line; either way no tool list and no Flexport call.
	const before = ctx.sim.requests.length;
	expect([401, 403]).toContain(await status({}));
	expect(await status({ authorization: 'Bearer wrong-token' })).toBe(403);
	expect(ctx.sim.requests.length).toBe(before);
});

test('one token for all MCP calls; nothing secret in n8n output', async () => {
	expect(tokenRequests(ctx.sim)).toBe(1);
	// At most the very first request, before the credential held a token, went out without one.
	expect(tokenReplays).toBeLessThanOrEqual(1);
	figure(
		`MCP scenario (n8n ${N8N_VERSION}): ${tokenRequests(ctx.sim)} token request(s), ${tokenReplays} request(s) sent before the first token and replayed with it`,
	);
	await client.close();
	client = null;
	await ctx.n8n.stop();
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.clientSecret, ctx.sim.apiKey, BEARER.token],
		tokens: await storedTokens(ctx.n8n),
	});
	expect(leaks).toEqual([]);
});
