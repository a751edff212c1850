'use strict';

/**
 * n8n's AI Agent with the Flexport node as its tools, in a real n8n (2.x, or 1.x with
 * N8N_E2E_LINE=v1). The model is the scripted OpenAI-compatible server in test/agent/, reached
 * through n8n's own OpenAI chat model node and credential (Base URL = the server). Scenarios:
 * find a shipment by name (two chained tool calls), recover from a bad ID (on the line's default
 * Agent and on Agent 2.2), and a write. Each asserts the requests the simulator saw, that they used
 * the managed token, what the model saw, and that the final answer holds the data.
 */

const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
} = require('./lib/harness');
const { runtime } = require('./lib/n8n');
const { n8nVersion, showRequest: show, withoutTokenReplays } = require('../agent/report');
const { oauthCredential } = require('./lib/workflows');
const { simGet } = require('./lib/sim-client');
const { startModelServer } = require('../agent/model-server');
const { SCENARIOS, TOOLS, prompts, actionableError, describeLegs } = require('../agent/scenarios');
const {
	agentWorkflow,
	agentOutput,
	exampleWorkflow,
	SHIPMENT_TOOL_DESCRIPTIONS,
	openAiCredential,
	shipmentTools,
	streamingWebhook,
	toolName,
} = require('../agent/workflows');

const CRED = { id: 'credAgentFlex001', name: 'Flexport (agents)' };
const MODEL_CRED = { id: 'credAgentModel01', name: 'Scripted model (agents)' };
const LINE = runtime().line;
const N8N_VERSION = n8nVersion();
const DEFAULT_AGENT = LINE === 'v1' ? 3 : 3.1; // the AI Agent version n8n adds on this line
const OLD_AGENT = 2.2;
const MISSING_ID = '999999';
const TAG = { key: 'agent_review', value: 'requested-by-agent' };
const STREAM_PATH = 'flexport-agent-stream';

let ctx;
let model;
let target; // a shipment with a unique name that holds its purchase order number
let tagged; // the shipment the write scenario tags
let tokenReplays = 0; // first requests sent before the credential had a token (see withoutTokenReplays)

/** The simulator requests since `before`: all it saw, and those the tool calls imply. */
function requestsSince(before) {
	const seen = ctx.sim.requests.slice(before);
	const { requests, replays } = withoutTokenReplays(seen);
	tokenReplays += replays;
	return { seen, requests };
}
// The shipped example, as `npm start` imports it: examples/agent-shipment-assistant.json.
const EXAMPLE = exampleWorkflow('agent-shipment-assistant.json', {
	flexportOAuth2Api: CRED,
	openAiApi: MODEL_CRED,
});

/** Runs one agent workflow; returns its answer and the simulator requests it caused. */
async function runAgent(id) {
	const before = ctx.sim.requests.length;
	const modelMark = model.requests.length;
	const started = Date.now();
	const result = await ctx.n8n.execute(id);
	const { seen, requests } = requestsSince(before);
	if (!result.ok) {
		throw new Error(
			`agent workflow ${id} failed (exit ${result.code}): ${JSON.stringify(result.error ?? result.stdout.slice(-1500)).slice(0, 1500)}`,
		);
	}
	return {
		answer: agentOutput(result),
		requests,
		seen,
		ms: Date.now() - started,
		toolResults: (scenario) => model.toolResults(scenario, modelMark),
	};
}

function report(scenario, agentVersion, run) {
	figure(
		`Agent scenario ${scenario}, AI Agent ${agentVersion} (n8n ${N8N_VERSION}): ${run.seen.map(show).join(', ')}; ` +
			`tool calls ${run
				.toolResults(scenario)
				.map((t) => t.name)
				.join(', ')}; ${(run.ms / 1000).toFixed(1)} s`,
	);
}

/** Every request used the managed OAuth token and passed the simulator's OpenAPI validation. */
function expectManagedToken(requests) {
	for (const request of requests) {
		expect(request.auth).toBe('oauth');
		expect(request.headers.authorization).toBe('Bearer <redacted>');
		expect(request.validationErrors).toEqual([]);
	}
}

const WORKFLOWS = {
	find: () => ({ prompt: prompts.findByName(target.name), agentVersion: DEFAULT_AGENT }),
	badId: () => ({
		prompt: prompts.badId(MISSING_ID, target.purchaseOrder),
		agentVersion: DEFAULT_AGENT,
	}),
	badIdOldAgent: () => ({
		prompt: prompts.badId(MISSING_ID, target.purchaseOrder),
		agentVersion: OLD_AGENT,
	}),
	tag: () => ({ prompt: prompts.tag(tagged, TAG.key, TAG.value), agentVersion: DEFAULT_AGENT }),
	stream: () => ({
		prompt: '={{ $json.body.question }}',
		agentVersion: DEFAULT_AGENT,
		trigger: streamingWebhook(STREAM_PATH),
	}),
};
const ids = Object.fromEntries(
	Object.keys(WORKFLOWS).map((key) => [key, `agent${key}`.padEnd(16, '0').slice(0, 16)]),
);

/**
 * A shipment whose name holds its purchase order number. Names repeat in the seed data, so the
 * expected one is the first with that name in the purchase order's list, as the script picks it.
 */
async function pickTarget(sim, name) {
	const page = (await simGet(sim, '/shipments?per=20')).data;
	const named = name ? { name } : page.find((s) => /PO-[\w-]+/.test(s.name));
	if (!named) throw new Error('no seeded shipment has a purchase order number in its name');
	const purchaseOrder = named.name.match(/PO-[\w-]+/)[0];
	const sameOrder = (await simGet(sim, `/shipments?f.purchase_order=${purchaseOrder}&per=10`)).data;
	const sameName = sameOrder.filter((s) => s.name === named.name);
	if (!sameName.length) throw new Error(`no shipment named "${named.name}" in the simulator`);
	return { id: String(sameName[0].id), name: named.name, purchaseOrder, sameName: sameName.length };
}

beforeAll(async () => {
	model = await startModelServer({ scenarios: SCENARIOS });
	ctx = await setup({
		name: 'agents',
		// Nothing beyond the suite's usual settings: no N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE.
		env: { N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: null },
		credentials: (sim) => [
			oauthCredential({ ...CRED, sim }),
			openAiCredential({ ...MODEL_CRED, apiKey: model.apiKey, url: model.url }),
		],
	});
	target = await pickTarget(ctx.sim);
	tagged = String(ctx.sim.fixtures.shipmentId);
	await expect(simGet(ctx.sim, `/shipments/${MISSING_ID}`)).rejects.toThrow(/HTTP 404/);
	await ctx.n8n.importWorkflows([
		EXAMPLE,
		...Object.entries(WORKFLOWS).map(([key, build]) =>
			agentWorkflow({
				id: ids[key],
				name: `agent ${key}`,
				tools: shipmentTools(CRED),
				modelCredential: MODEL_CRED,
				...build(),
			}),
		),
	]);
}, 240_000);

afterAll(async () => {
	await teardown(ctx);
	await model?.close();
});

test('the model is offered the three Flexport tools with their $fromAI() inputs', async () => {
	const run = await runAgent(ids.find);
	const [first] = model.completions('find-by-name');
	const offered = Object.fromEntries(first.body.tools.map((t) => [t.function.name, t.function]));
	expect(Object.keys(offered).sort()).toEqual(
		['Find Shipments', 'Get Shipment', 'Update Shipment Metadata'].map(toolName).sort(),
	);
	expect(offered[TOOLS.find].parameters.properties).toMatchObject({
		purchase_order: { type: 'string' },
		limit: { type: 'number' },
	});
	expect(offered[TOOLS.get].parameters.required).toEqual(['shipment_id']);
	expect(Object.keys(offered[TOOLS.update].parameters.properties).sort()).toEqual([
		'metadata',
		'shipment_id',
	]);
	for (const tool of Object.values(offered)) expect(tool.description).toMatch(/shipment/i);

	// find a shipment by name: list by purchase order, then get the one with that name, legs resolved
	report('find-by-name', DEFAULT_AGENT, run);
	expect(run.requests.map((r) => [r.method, r.path])).toEqual([
		['GET', '/shipments'],
		['GET', `/shipments/${target.id}`],
		['GET', '/shipment_legs'],
	]);
	expect(run.requests[0].query['f.purchase_order']).toBe(target.purchaseOrder);
	expect(run.requests[2].query['f.shipment.id']).toBe(target.id);
	expect(run.requests.map((r) => r.status)).toEqual([200, 200, 200]);
	expectManagedToken(run.requests);
	expect(run.toolResults('find-by-name').map((t) => t.name)).toEqual([TOOLS.find, TOOLS.get]);

	const shipment = await simGet(ctx.sim, `/shipments/${target.id}`);
	const legs = (await simGet(ctx.sim, `/shipment_legs?f.shipment.id=${target.id}`)).data;
	expect(legs.length).toBeGreaterThan(0);
	expect(run.answer).toContain(`has status ${shipment.status}`);
	expect(run.answer).toContain(`"${target.name}" (1 of ${target.sameName} with that name)`);
	expect(run.answer).toContain(describeLegs(legs));
});

describe.each([
	['badId', DEFAULT_AGENT],
	['badIdOldAgent', OLD_AGENT],
])('a bad ID the agent recovers from (%s)', (key, agentVersion) => {
	test(`AI Agent ${agentVersion}: the model sees an error text that says what to do next`, async () => {
		const run = await runAgent(ids[key]);
		report('bad-id', agentVersion, run);
		const [error, found] = run.toolResults('bad-id');
		expect(error.name).toBe(TOOLS.get);
		expect(error.text).toContain(MISSING_ID);
		expect(actionableError(error.text)).toBe(true);
		expect(found.name).toBe(TOOLS.find);
		expect(run.requests.map(show)).toEqual([
			`GET /shipments/${MISSING_ID} → 404`,
			expect.stringMatching(/^GET \/shipments\?.* → 200$/),
		]);
		expect(run.requests[1].query['f.purchase_order']).toBe(target.purchaseOrder);
		expectManagedToken(run.requests);
		expect(run.answer).toContain(`There is no shipment ${MISSING_ID}`);
		expect(run.answer).toContain(`${target.id} (`);
	});
});

test('a write: the agent tags a shipment and quotes the stored tags', async () => {
	const run = await runAgent(ids.tag);
	report('tag', DEFAULT_AGENT, run);
	expect(run.requests.map(show)).toEqual([`PATCH /shipments/${tagged} → 200`]);
	expect(run.requests[0].body).toEqual({ metadata: { [TAG.key]: [TAG.value] } });
	expectManagedToken(run.requests);
	const after = await simGet(ctx.sim, `/shipments/${tagged}`);
	expect(after.metadata).toMatchObject({ [TAG.key]: [TAG.value] });
	expect(run.answer).toContain(`Shipment ${tagged} now has the tags`);
	expect(run.answer).toContain(JSON.stringify({ [TAG.key]: [TAG.value] }).slice(1, -1));
});

test('the example workflow (examples/agent-shipment-assistant.json) answers its question', async () => {
	const question = EXAMPLE.nodes.find((node) => node.name === 'Example Question').parameters
		.assignments.assignments[0].value;
	const expected = await pickTarget(ctx.sim, question.match(/shipment named "([^"]+)"/)[1]);
	const before = ctx.sim.requests.length;
	const modelMark = model.requests.length;
	const result = await ctx.n8n.execute(EXAMPLE.id);
	if (!result.ok)
		throw new Error(
			`example failed: ${JSON.stringify(result.error ?? result.stdout.slice(-1500)).slice(0, 1500)}`,
		);
	const { seen, requests } = requestsSince(before);
	const answer = agentOutput(result, 'Flexport Agent');
	const [first] = model.requests.slice(modelMark).filter((r) => r.reply);
	const descriptions = Object.fromEntries(
		first.body.tools.map((t) => [t.function.name, t.function.description]),
	);
	for (const [node, description] of Object.entries(SHIPMENT_TOOL_DESCRIPTIONS))
		expect(descriptions[toolName(node)]).toBe(description);
	expect(first.body.messages[0]).toMatchObject({ role: 'system' });
	figure(
		`Agent scenario example workflow, AI Agent 3 (n8n ${N8N_VERSION}): ${seen.map(show).join(', ')}; answer ${JSON.stringify(answer)}`,
	);
	expect(requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
		'GET /shipments 200',
		`GET /shipments/${expected.id} 200`,
		'GET /shipment_legs 200',
	]);
	expectManagedToken(requests);
	const shipment = await simGet(ctx.sim, `/shipments/${expected.id}`);
	expect(answer).toContain(`has status ${shipment.status}`);
});

test('streaming: a webhook in Streaming mode makes n8n ask the model with stream: true and relay the answer', async () => {
	await ctx.n8n.activateWorkflow(ids.stream);
	ctx.n8n.webhooks = [STREAM_PATH];
	await ctx.n8n.start();
	const before = ctx.sim.requests.length;
	const modelMark = model.requests.length;
	const started = Date.now();
	const response = await ctx.n8n.webhook(STREAM_PATH, {
		question: prompts.findByName(target.name),
	});
	const ms = Date.now() - started;
	await ctx.n8n.stop();
	const { seen, requests } = requestsSince(before);
	const completions = model.requests.slice(modelMark).filter((r) => r.reply);
	// n8n streams newline-delimited JSON chunks; the answer is the concatenated "item" contents.
	const chunks = response.text
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line));
	const answer = chunks
		.filter((chunk) => chunk.type === 'item')
		.map((chunk) => chunk.content)
		.join('');
	figure(
		`Agent scenario streaming, AI Agent ${DEFAULT_AGENT} (n8n ${N8N_VERSION}): ${seen.map(show).join(', ')}; ${completions.length} model requests with stream ${[...new Set(completions.map((c) => c.body.stream))].join('/')}, ${chunks.filter((c) => c.type === 'item').length} answer chunks; ${(ms / 1000).toFixed(1)} s`,
	);
	expect(response.status).toBe(200);
	expect(completions.length).toBe(3);
	for (const completion of completions) expect(completion.body.stream).toBe(true);
	expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
		'GET /shipments',
		`GET /shipments/${target.id}`,
		'GET /shipment_legs',
	]);
	expectManagedToken(requests);
	const shipment = await simGet(ctx.sim, `/shipments/${target.id}`);
	expect(answer).toContain(`has status ${shipment.status}`);
});

test('all agent runs shared one managed token, and nothing secret reached n8n output', async () => {
	expect(tokenRequests(ctx.sim)).toBe(1);
	// At most the very first request, before the credential held a token, went out without one.
	expect(tokenReplays).toBeLessThanOrEqual(1);
	const tokens = await storedTokens(ctx.n8n);
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.clientSecret, ctx.sim.apiKey, model.apiKey],
		tokens,
	});
	figure(
		`Agent figures (n8n ${N8N_VERSION}): ${Object.keys(ids).length + 1} agent executions -> ${tokenRequests(ctx.sim)} token request(s), ${tokenReplays} request(s) sent before the first token and replayed with it, ${model.completions().length} model requests, ${leaks.length} leak finding(s)`,
	);
	expect(leaks).toEqual([]);
});
