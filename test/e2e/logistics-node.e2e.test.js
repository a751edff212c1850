'use strict';

/**
 * The Flexport Logistics node in a real `n8n start` (2.x, or 1.x with N8N_E2E_LINE=v1):
 *   1. one workflow per resource of the node (the list is read from the built node, so a new
 *      resource without a workflow here fails), each with at least one read operation;
 *      Order → Create with an idempotency key sent twice -> 1 order;
 *   2. the HTTP Request node with the predefined flexportLogisticsApi credential;
 *   3. the credential test: a valid token -> OK, a revoked one -> Error;
 *   4. the two Logistics examples `npm start` imports (examples/logistics-*.json);
 *   5. no access token in anything n8n printed or answered.
 * Workflows start from webhooks, so one n8n process runs them all.
 */

const { setup, teardown, storedTokens, findLeaks, figure } = require('./lib/harness');
const { byId, httpRequestNode, webhookWorkflow, workflowId } = require('./lib/workflows');
const { listExecutions, getExecution } = require('./lib/triggers');
const { logisticsCredential, activateByRest, logisticsCalls } = require('./lib/logistics-triggers');
const {
	SHIPPING_ADDRESS,
	resourceWorkflows,
	logisticsResources,
	exampleWorkflow,
	withWebhookStart,
	webhookPaths,
} = require('./lib/logistics-workflows');

const CRED = { id: 'credLogisticsN01', name: 'Flexport Logistics (node e2e)' };
const REVOKED = { id: 'credLogisticsRv1', name: 'Flexport Logistics (revoked token)' };
const RESOURCE_WORKFLOWS = resourceWorkflows(CRED);
const RESOURCES = logisticsResources();
const hookPath = (resource) => `logistics-e2e-${resource}`;
const resourceWorkflowId = (resource) => workflowId(`lg ${resource}`);
const WF = {
	http: workflowId('logistics http request'),
	exampleOrder: 'exLogisticsOrdr1',
	exampleReport: 'exLogisticsRprt1',
};
const EXAMPLE_REPORT_PATH = 'logistics-e2e-daily-report';

let ctx;
let revokedToken;
let imported = [];
const t0 = Date.now();
const counts = { resources: [] };

function workflows(sim) {
	const f = sim.logistics.fixtures;
	const perResource = RESOURCES.filter(({ value }) => RESOURCE_WORKFLOWS[value]).map(({ value }) =>
		webhookWorkflow(
			`Logistics e2e: ${value}`,
			hookPath(value),
			RESOURCE_WORKFLOWS[value].nodes(f),
			{
				id: resourceWorkflowId(value),
			},
		),
	);
	const http = webhookWorkflow('logistics http request', 'logistics-e2e-http', [
		httpRequestNode({
			credential: CRED,
			credentialType: 'flexportLogisticsApi',
			url: `${sim.url}/logistics/api/2024-07/accounts/status`,
		}),
	]);
	const credentials = { flexportLogisticsApi: CRED };
	const exampleOrder = exampleWorkflow('logistics-order-from-webhook.json', credentials);
	const exampleReport = withWebhookStart(
		exampleWorkflow('logistics-daily-inventory-report.json', credentials),
		EXAMPLE_REPORT_PATH,
	);
	return [...perResource, http, exampleOrder, exampleReport];
}

/** POSTs to a production webhook; on a failed run, throws with the error n8n recorded. */
async function runHook(path, workflow, body = {}) {
	const res = await ctx.n8n.webhook(path, body);
	if (res.status === 200) return Array.isArray(res.json) ? res.json : [res.json];
	const [latest] = await listExecutions(ctx.n8n, workflow);
	const run = latest ? await getExecution(ctx.n8n, latest.id) : undefined;
	const error = run?.run?.resultData?.error;
	throw new Error(
		`webhook ${path}: HTTP ${res.status} ${res.text.slice(0, 300)}; n8n: ${error?.message ?? 'no execution'} ${error?.description ?? ''}`,
	);
}

beforeAll(async () => {
	ctx = await setup({
		name: 'logistics-node',
		credentials: (sim) => {
			const { token } = sim.logistics.createToken({
				label: 'e2e-revoked',
				scopes: sim.logistics.scopes,
			});
			sim.logistics.revokeToken({ label: 'e2e-revoked' });
			revokedToken = token;
			return [
				logisticsCredential({ ...CRED, sim }),
				logisticsCredential({ ...REVOKED, sim, accessToken: revokedToken }),
			];
		},
		workflows: (sim) => (imported = workflows(sim)),
	});
	const startAt = Date.now();
	await ctx.n8n.start();
	await ctx.n8n.login();
	for (const workflow of imported) {
		const res = await activateByRest(ctx.n8n, workflow.id);
		if (res.status !== 200)
			throw new Error(`activating ${workflow.name}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
		for (const path of webhookPaths(workflow)) await ctx.n8n.waitForWebhook(path);
	}
	counts.startMs = Date.now() - startAt;
}, 300_000);

afterAll(async () => {
	await teardown(ctx);
});

test('every resource of the node has a workflow here, with a read operation where it has one', () => {
	expect(RESOURCES.length).toBeGreaterThan(0);
	expect(new Set(imported.map((workflow) => workflow.id)).size).toBe(imported.length);
	for (const { value, operations } of RESOURCES) {
		const spec = RESOURCE_WORKFLOWS[value];
		expect({ resource: value, hasWorkflow: Boolean(spec) }).toEqual({
			resource: value,
			hasWorkflow: true,
		});
		const used = spec.nodes(ctx.sim.logistics.fixtures).map((n) => n.parameters.operation);
		for (const operation of used) expect(operations).toContain(operation);
		if (operations.some((operation) => /^get/.test(operation)))
			expect(used.some((operation) => /^get/.test(operation))).toBe(true);
	}
});

describe('1. one workflow per resource', () => {
	test.each(RESOURCES.map(({ value }) => value))('%s', async (resource) => {
		const { logistics } = ctx.sim;
		const spec = RESOURCE_WORKFLOWS[resource];
		const body = {
			orderNumber: `E2E-${resource}-1`,
			lineItems: [{ logisticsSku: logistics.fixtures.logisticsSku, quantity: 1 }],
		};
		const before = logistics.requests.length;
		const items = await runHook(hookPath(resource), resourceWorkflowId(resource), body);
		// Every request the workflow sent was an operation of the spec, valid, and succeeded.
		const requests = logistics.requests.slice(before);
		expect(requests.length).toBeGreaterThanOrEqual(spec.nodes(logistics.fixtures).length);
		for (const request of requests)
			expect(request).toMatchObject({
				operationId: expect.any(String),
				validationErrors: [],
			});
		expect(requests.every((request) => request.status >= 200 && request.status < 300)).toBe(true);
		expect(items.length).toBeGreaterThan(0);
		spec.check(items, {
			fixtures: logistics.fixtures,
			accountId: logistics.connection.logisticsAccountId,
			body,
		});
		counts.resources.push(resource);
	});

	test('Order → Create with an idempotency key, sent twice -> 1 order, the second a replay', async () => {
		const before = ctx.sim.logistics.orderStats().created;
		const body = {
			orderNumber: 'E2E-TWICE-1',
			lineItems: [{ logisticsSku: ctx.sim.logistics.fixtures.logisticsSku, quantity: 2 }],
		};
		const wf = resourceWorkflowId('order');
		const first = await runHook(hookPath('order'), wf, body);
		const second = await runHook(hookPath('order'), wf, body);
		const creates = logisticsCalls(ctx.sim, 'create_order202307').filter(
			(request) => request.headers['idempotency-key'] === 'e2e-order-E2E-TWICE-1',
		);
		counts.twice = {
			orders: ctx.sim.logistics.orderStats().created - before,
			replayed: creates.map((request) => Boolean(request.replayed)),
		};
		expect(counts.twice.orders).toBe(1);
		expect(creates).toHaveLength(2);
		expect(counts.twice.replayed).toEqual([false, true]);
		expect(second[0].id).toBe(first[0].id);
	});
});

test('2. HTTP Request node with the predefined flexportLogisticsApi credential', async () => {
	const before = ctx.sim.logistics.requests.length;
	const items = await runHook('logistics-e2e-http', WF.http);
	const seen = ctx.sim.logistics.requests
		.slice(before)
		.filter((request) => request.path === '/logistics/api/2024-07/accounts/status');
	counts.http = seen.map((request) => request.status);
	expect(items.length).toBeGreaterThan(0);
	expect(counts.http).toEqual([200]);
	expect(seen[0].headers.authorization).toMatch(/^Bearer \S+/);
});

/** The credential as the editor has it (secrets blanked; n8n fills them in from the DB on test). */
async function testStoredCredential(credential) {
	const stored = await ctx.n8n.rest('GET', `/rest/credentials/${credential.id}?includeData=true`);
	if (stored.status !== 200) throw new Error(`GET credential: HTTP ${stored.status}`);
	const { id: credentialId, name, type, data } = stored.json.data ?? stored.json;
	const res = await ctx.n8n.rest('POST', '/rest/credentials/test', {
		credentials: { id: credentialId, name, type, data },
	});
	if (res.status !== 200) throw new Error(`credentials/test: HTTP ${res.status} ${res.text}`);
	return res.json.data ?? res.json;
}

test('3. credential test: a valid token -> OK; a revoked token -> Error saying so', async () => {
	const valid = await testStoredCredential(CRED);
	const revoked = await testStoredCredential(REVOKED);
	counts.credentialTest = {
		valid: valid.status,
		revoked: revoked.status,
		message: revoked.message,
	};
	expect(valid).toMatchObject({ status: 'OK' });
	expect(revoked.status).toBe('Error');
	// n8n 2.x shows the credential's rule for 401; n8n 1.x its own "Authorization failed" words.
	expect(String(revoked.message)).toMatch(/HTTP 401.*revoked|Authorization failed/);
	expect(String(revoked.message)).not.toContain(revokedToken);
});

describe('4. the Logistics examples of npm start', () => {
	test('order from a webhook: the same shop order twice -> 1 fulfilment order', async () => {
		const before = ctx.sim.logistics.orderStats().created;
		const order = {
			orderNumber: 'SHOP-E2E-1001',
			shippingAddress: SHIPPING_ADDRESS,
			lineItems: [{ logisticsSku: ctx.sim.logistics.fixtures.logisticsSku, quantity: 1 }],
		};
		const [first] = await runHook('flexport-logistics-order', WF.exampleOrder, order);
		const [second] = await runHook('flexport-logistics-order', WF.exampleOrder, order);
		counts.exampleOrder = {
			orders: ctx.sim.logistics.orderStats().created - before,
			replayed: [first.idempotency?.replayed, second.idempotency?.replayed],
		};
		expect(first).toMatchObject({ externalOrderId: order.orderNumber });
		expect(second.id).toBe(first.id);
		expect(counts.exampleOrder).toEqual({ orders: 1, replayed: [false, true] });
	});

	test('daily inventory report: generated, waited for, CSV downloaded', async () => {
		const items = await runHook(EXAMPLE_REPORT_PATH, WF.exampleReport);
		const generated = logisticsCalls(ctx.sim, 'generate_report');
		counts.exampleReport = { items: items.length, generate: generated.length, report: items[0] };
		expect(generated.map((request) => request.status)).toEqual([expect.any(Number)]);
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ reportType: 'Inventory-Levels_Today' });
		const [latest] = await listExecutions(ctx.n8n, WF.exampleReport);
		const run = await getExecution(ctx.n8n, latest.id);
		ctx.n8n.output.push({ command: `rest execution ${latest.id}`, stdout: run.text, stderr: '' });
		const binary = run.run.resultData.runData['Inventory Report'][0].data.main[0][0].binary;
		counts.exampleReport.csv = binary?.data && `${binary.data.fileName} (${binary.data.mimeType})`;
		expect(binary?.data?.mimeType).toMatch(/csv/);
	});
});

test('5. no n8n output or webhook answer contains an access token; figures', async () => {
	await ctx.n8n.stop();
	const tokens = await storedTokens(ctx.n8n);
	expect(tokens).toEqual(expect.arrayContaining([ctx.sim.logistics.accessToken, revokedToken]));
	const { accessToken, limitedToken, readOnlyToken } = ctx.sim.logistics;
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [accessToken, limitedToken, readOnlyToken, revokedToken],
		tokens,
	});
	const twice = counts.twice ?? {};
	const example = counts.exampleOrder ?? {};
	figure(
		`E2E logistics figures (n8n ${ctx.n8n.rt.line}): ${counts.resources.length} of ${RESOURCES.length} resources green, one workflow each (${counts.resources.join(', ')}); ` +
			`Order → Create with one idempotency key twice -> ${twice.orders} order (replayed ${twice.replayed?.join('/')}); ` +
			`HTTP Request with flexportLogisticsApi -> ${counts.http?.join(',')}; ` +
			`credential test: valid -> ${counts.credentialTest?.valid}, revoked -> ${counts.credentialTest?.revoked} (${String(counts.credentialTest?.message).slice(0, 60)}…); ` +
			`examples: webhook order twice -> ${example.orders} order (replayed ${example.replayed?.join('/')}), daily report -> ${counts.exampleReport?.items} item, CSV ${counts.exampleReport?.csv}; ` +
			`leak check: ${ctx.n8n.output.length} outputs, ${tokens.length} stored tokens -> ${leaks.length} finding(s); ` +
			`n8n start + ${RESOURCES.length + 3} activations ${Math.round(counts.startMs / 1000)} s, file ${Math.round((Date.now() - t0) / 1000)} s`,
	);
	expect(leaks).toEqual([]);
});
