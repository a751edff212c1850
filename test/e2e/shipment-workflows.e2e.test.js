'use strict';

/**
 * Scenarios e, f and g: shipment workflows run green in a real n8n with checked output, the HTTP
 * Request node can use the Flexport credential (managed token + Flexport-Version header), and
 * nothing secret reaches n8n's output.
 */

const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
} = require('./lib/harness');
const {
	oauthCredential,
	apiKeyCredential,
	flexportNode,
	httpRequestNode,
	manualWorkflow,
	byId,
} = require('./lib/workflows');
const { simGet, firstShipmentId } = require('./lib/sim-client');

const CRED = { id: 'credShipments001', name: 'Flexport (shipments)' };
const API_KEY_CRED = { id: 'credShipmentsKey', name: 'Flexport API key (shipments)' };
let ctx;
let shipmentId;
let totalShipments;

const shipmentNode = (name, parameters, extra = {}) =>
	flexportNode({
		name,
		credential: CRED,
		parameters: { resource: 'shipment', ...parameters },
		...extra,
	});

const WORKFLOWS = {
	get: () =>
		manualWorkflow('ship get', [
			shipmentNode('Get Shipment', {
				operation: 'get',
				shipmentId: byId(shipmentId),
				simplify: true,
				options: {},
			}),
		]),
	getLegs: () =>
		manualWorkflow('ship get legs', [
			shipmentNode('Get Shipment', {
				operation: 'get',
				shipmentId: byId(shipmentId),
				simplify: true,
				options: { resolveLinks: 'legs' },
			}),
		]),
	getAllLimit: () =>
		manualWorkflow('ship getall limit', [
			shipmentNode('Get Shipments', {
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				filters: {},
				simplify: true,
			}),
		]),
	getAllFiltered: () =>
		manualWorkflow('ship getall filter', [
			shipmentNode('Get Shipments', {
				operation: 'getAll',
				returnAll: false,
				limit: 20,
				filters: { status: 'departure_port' },
				simplify: false,
			}),
		]),
	getAllAll: () =>
		manualWorkflow('ship getall all', [
			shipmentNode('Get Shipments', {
				operation: 'getAll',
				returnAll: true,
				filters: {},
				simplify: true,
			}),
		]),
	update: () =>
		manualWorkflow('ship update', [
			shipmentNode('Update Shipment', {
				operation: 'update',
				shipmentId: byId(shipmentId),
				metadata: '{"e2e_run": ["yes", "shipment-workflows"]}',
				simplify: true,
			}),
		]),
	apiKey: () =>
		manualWorkflow('ship apikey', [
			flexportNode({
				name: 'Get Shipments',
				authentication: 'apiKey',
				credential: API_KEY_CRED,
				parameters: {
					resource: 'shipment',
					operation: 'getAll',
					returnAll: false,
					limit: 2,
					filters: {},
					simplify: true,
				},
			}),
		]),
	http: (sim) =>
		manualWorkflow('ship http request', [
			httpRequestNode({ name: 'HTTP Request', credential: CRED, url: `${sim.url}/shipments` }),
		]),
};
const ids = Object.fromEntries(Object.keys(WORKFLOWS).map((key) => [key, null]));

beforeAll(async () => {
	ctx = await setup({
		name: 'shipments',
		credentials: (sim) => [
			oauthCredential({ ...CRED, sim }),
			apiKeyCredential({ ...API_KEY_CRED, sim }),
		],
	});
	shipmentId = await firstShipmentId(ctx.sim);
	totalShipments = (await simGet(ctx.sim, '/shipments?per=1')).total_count;
	const workflows = Object.entries(WORKFLOWS).map(([key, build]) => {
		const wf = build(ctx.sim);
		ids[key] = wf.id;
		return wf;
	});
	await ctx.n8n.importWorkflows(workflows);
}, 240_000);

afterAll(async () => {
	await teardown(ctx);
});

async function run(key, node) {
	const result = await ctx.n8n.execute(ids[key]);
	if (!result.ok) {
		throw new Error(
			`workflow ${key} (${ids[key]}) failed, exit ${result.code}: ${JSON.stringify(result.error ?? result.stdout.slice(-1500))}`,
		);
	}
	const items = result.items(node);
	expect(Array.isArray(items)).toBe(true);
	return items;
}

describe('e. shipment workflows', () => {
	test('get: one simplified shipment', async () => {
		const items = await run('get', 'Get Shipment');
		expect(items).toHaveLength(1);
		expect(String(items[0].id)).toBe(shipmentId);
		expect(items[0]._object).toBeUndefined(); // simplified
		expect(typeof items[0].name).toBe('string');
	});

	test('get with resolveLinks "legs": legs embedded', async () => {
		const items = await run('getLegs', 'Get Shipment');
		expect(items).toHaveLength(1);
		expect(String(items[0].id)).toBe(shipmentId);
		expect(Array.isArray(items[0].legs)).toBe(true);
		expect(items[0].legs.length).toBeGreaterThan(0);
		expect(items[0].legs[0]).toHaveProperty('id');
	});

	test('getAll with limit 5', async () => {
		const items = await run('getAllLimit', 'Get Shipments');
		expect(items).toHaveLength(5);
		for (const item of items) expect(item).toHaveProperty('id');
	});

	test('getAll with a status filter', async () => {
		const expected = (await simGet(ctx.sim, '/shipments?f.status=departure_port&per=100')).data
			.length;
		const items = await run('getAllFiltered', 'Get Shipments');
		expect(items.length).toBe(Math.min(20, expected));
		for (const item of items) expect(item.status).toBe('departure_port');
	});

	test('getAll with returnAll: every shipment, across pages', async () => {
		const items = await run('getAllAll', 'Get Shipments');
		expect(items).toHaveLength(totalShipments);
		expect(new Set(items.map((item) => item.id)).size).toBe(totalShipments);
	});

	test('update: metadata replaced in Flexport', async () => {
		const items = await run('update', 'Update Shipment');
		expect(items).toHaveLength(1);
		expect(items[0].metadata).toMatchObject({ e2e_run: ['yes', 'shipment-workflows'] });
		const after = await simGet(ctx.sim, `/shipments/${shipmentId}`);
		expect(after.metadata).toMatchObject({ e2e_run: ['yes', 'shipment-workflows'] });
	});

	test('legacy API key credential: getAll', async () => {
		const items = await run('apiKey', 'Get Shipments');
		expect(items).toHaveLength(2);
	});

	test('all OAuth2 runs above shared one token', () => {
		figure(
			`E2E shipment figures: 6 OAuth2 workflow executions in 6 n8n execute processes -> ${tokenRequests(ctx.sim)} token request(s)`,
		);
		expect(tokenRequests(ctx.sim)).toBe(1);
	});
});

test('f. HTTP Request node with the Flexport credential: managed token and Flexport-Version header', async () => {
	const sim = ctx.sim;
	const before = sim.requests.length;
	const tokensBefore = tokenRequests(sim);
	const items = await run('http', 'HTTP Request');
	expect(items.length).toBeGreaterThan(0);
	const seen = sim.requests
		.slice(before)
		.filter((r) => r.method === 'GET' && r.path === '/shipments');
	figure(
		`E2E HTTP Request figures: ${seen.length} GET /shipments, statuses ${seen.map((r) => r.status).join(',')}, Flexport-Version ${JSON.stringify(seen[0]?.headers?.['flexport-version'])}, ` +
			`${tokenRequests(sim) - tokensBefore} new token request(s)`,
	);
	expect(seen.length).toBeGreaterThan(0);
	expect(seen[seen.length - 1].status).toBe(200);
	expect(seen[seen.length - 1].headers['flexport-version']).toBe('2');
	expect(seen[seen.length - 1].headers.authorization).toMatch(/^Bearer /);
	expect(tokenRequests(sim)).toBe(tokensBefore); // reuses the stored token
});

test('g. no n8n output contains the client secret, the API key or an issued token (workflows)', async () => {
	const tokens = await storedTokens(ctx.n8n);
	expect(tokens.length).toBeGreaterThan(0);
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.clientSecret, ctx.sim.apiKey],
		tokens,
	});
	figure(
		`E2E leak check (workflows): ${ctx.n8n.output.length} outputs scanned, ${tokens.length} stored token(s) -> ${leaks.length} finding(s)`,
	);
	expect(leaks).toEqual([]);
});
