'use strict';

/**
 * The trigger nodes in a real `n8n start`:
 *   1. Flexport Trigger (webhook) in active workflows: signed deliveries from the simulator are run,
 *      badly signed ones refused with 401 and no execution, unselected event types acknowledged
 *      without one; executions counted through n8n's REST API, the event's data checked.
 *   2. Flexport Events Trigger (polling GET /events every minute) in an active workflow: events added
 *      between polls come out once, and polls cost no extra token request.
 *   1b. The same signed delivery twice runs once (the second is answered as a duplicate); an old
 *      event and deliveries over the body limits (chunked, no Content-Length) start nothing.
 *   3. No secret (webhook secret, client secret, API key, issued tokens) in n8n's output.
 *
 * The polling part waits for n8n's minute cron twice (≤ ~2.5 min); the webhook cases run meanwhile.
 */

const { sleep } = require('./lib/n8n');
const {
	setup,
	teardown,
	tokenRequests,
	storedTokens,
	findLeaks,
	figure,
} = require('./lib/harness');
const { oauthCredential, workflowId } = require('./lib/workflows');
const {
	webhookSecretCredential,
	webhookTriggerWorkflow,
	eventsTriggerWorkflow,
	triggerWebhookPath,
	productionWebhookUrl,
	listExecutions,
	waitForExecutions,
	waitForFinished,
	getExecution,
	eventsRequests,
} = require('./lib/triggers');

const API_CRED = { id: 'credTriggerApi01', name: 'Flexport (triggers)' };
const SECRET_CRED = { id: 'credTriggerHook1', name: 'Flexport webhook secret (triggers)' };

const HOOK_MAIN = '5b0e2f43-7c1d-4e6a-9f21-3a8c6d0b1e01';
const HOOK_SHA1 = '5b0e2f43-7c1d-4e6a-9f21-3a8c6d0b1e02';
const HOOK_REPLAY = '5b0e2f43-7c1d-4e6a-9f21-3a8c6d0b1e03';
const WF = {
	main: workflowId('trigger hook main'),
	sha1: workflowId('trigger hook sha1'),
	replay: workflowId('trigger hook replay'),
	poll: workflowId('trigger events poll'),
};

const SELECTED_TYPES = ['/shipment_leg#departed', '/shipment#created'];
const UNSELECTED_TYPE = '/invoice#invoice_shared';
const POLL_TYPES = ['/shipment_leg#departed'];
const POLL_OTHER_TYPE = '/e2e_custom#polled';

/** Negative cases: how long to keep watching for an execution that must not appear. */
const SETTLE_MS = 2_000;
/** One minute cron period plus slack. */
const POLL_WAIT_MS = 80_000;

let ctx;
const t0 = Date.now();
const timings = {};
let pollBaseline; // {events: GET /events count, tokens} right after the activation poll
let pollAdded; // events added before the first scheduled poll

function workflows(sim) {
	void sim;
	return [
		webhookTriggerWorkflow('trigger hook main', {
			id: WF.main,
			webhookId: HOOK_MAIN,
			secretCredential: SECRET_CRED,
			apiCredential: API_CRED,
			parameters: {
				events: SELECTED_TYPES,
				resolveResource: true,
				authentication: 'oAuth2',
				options: {},
			},
		}),
		webhookTriggerWorkflow('trigger hook sha1', {
			id: WF.sha1,
			webhookId: HOOK_SHA1,
			secretCredential: SECRET_CRED,
			parameters: { events: ['*'], options: { allowSha1: true } },
		}),
		webhookTriggerWorkflow('trigger hook replay', {
			id: WF.replay,
			webhookId: HOOK_REPLAY,
			secretCredential: SECRET_CRED,
			parameters: { events: ['*'], options: {} },
		}),
		eventsTriggerWorkflow('trigger events poll', {
			id: WF.poll,
			apiCredential: API_CRED,
			parameters: {
				events: POLL_TYPES,
				otherEventTypes: POLL_OTHER_TYPE,
				options: { lookbackMinutes: 60 },
			},
		}),
	];
}

async function waitFor(predicate, timeoutMs, what) {
	const deadline = Date.now() + timeoutMs;
	while (!(await predicate())) {
		if (Date.now() > deadline)
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(200);
	}
}

beforeAll(async () => {
	ctx = await setup({
		name: 'triggers',
		credentials: (sim) => [
			oauthCredential({ ...API_CRED, sim }),
			webhookSecretCredential({ ...SECRET_CRED, secret: sim.webhookSecret }),
		],
		workflows,
	});
	for (const id of Object.values(WF)) await ctx.n8n.activateWorkflow(id);
	ctx.n8n.webhooks = [HOOK_MAIN, HOOK_SHA1, HOOK_REPLAY].map(triggerWebhookPath);
	const startAt = Date.now();
	await ctx.n8n.start();
	await ctx.n8n.login();
	timings.startMs = Date.now() - startAt;

	// n8n polls once on activation (first run: only records what exists). Add the events after it.
	await waitFor(
		() => eventsRequests(ctx.sim).some((r) => r.status !== null),
		60_000,
		'the activation poll (GET /events)',
	);
	await sleep(1_500); // let the activation poll finish (it may page)
	pollBaseline = {
		events: eventsRequests(ctx.sim).length,
		tokens: tokenRequests(ctx.sim),
		at: Date.now(),
	};
	pollAdded = {
		selected: ctx.sim.addEvent({ type: '/shipment_leg#departed' }),
		unselected: ctx.sim.addEvent({ type: UNSELECTED_TYPE }),
	};
	timings.activationPollAfterStartMs = pollBaseline.at - startAt;
}, 240_000);

afterAll(async () => {
	await teardown(ctx);
});

// ---------------------------------------------------------------------------------------------
// 1. Flexport Trigger (webhook)

const webhookFigures = [];
let nextEventId = 900_001;
let mainExecution; // the execution of the first delivery (data checked)

/**
 * Delivers one event and returns {status, body, executions: new executions of the workflow}.
 * `expectRun`: wait for the new execution (bounded); otherwise watch SETTLE_MS for none.
 */
async function deliver(caseName, { hook, wf, type = SELECTED_TYPES[0], options = {}, expectRun }) {
	const before = (await listExecutions(ctx.n8n, wf)).length;
	const event = { id: nextEventId++, type };
	const started = Date.now();
	const res = await ctx.sim.sendWebhook(productionWebhookUrl(ctx.n8n, hook), event, options);
	const answeredMs = Date.now() - started;
	ctx.n8n.output.push({
		command: `delivery ${caseName}`,
		stdout: `${res.status} ${res.body}`,
		stderr: '',
	});
	const list = expectRun
		? await waitForFinished(ctx.n8n, wf, before + 1, { timeoutMs: 20_000 })
		: await waitForExecutions(ctx.n8n, wf, (l) => l.length > before, { timeoutMs: SETTLE_MS });
	const executions = list.length - before;
	webhookFigures.push(`${caseName} -> ${res.status}, ${executions} execution(s)`);
	return { ...res, event, executions, list, answeredMs };
}

describe('1. Flexport Trigger in an active workflow (production webhook)', () => {
	test('sha256 signature with "sha256=" prefix -> 200 and one execution with the event (resource resolved)', async () => {
		const r = await deliver('sha256 prefixed', {
			hook: HOOK_MAIN,
			wf: WF.main,
			options: { algorithms: ['sha256', 'sha1'], prefix: true },
			expectRun: true,
		});
		timings.firstDeliveryMs = r.answeredMs;
		expect(r.status).toBe(200);
		expect(r.executions).toBe(1);
		const newest = r.list[0];
		expect(newest.status).toBe('success');
		mainExecution = await getExecution(ctx.n8n, newest.id);
		ctx.n8n.output.push({
			command: `rest execution ${newest.id}`,
			stdout: mainExecution.text,
			stderr: '',
		});
		const items = mainExecution.items('Flexport Trigger');
		expect(items).toHaveLength(1);
		const got = items[0];
		expect(got.id).toBe(r.event.id);
		expect(got.type).toBe('/shipment_leg#departed');
		expect(got._object).toBe('/event');
		expect(got.data?.resource?._object).toBe('/shipment_leg');
		// Resolve Resource: the leg fetched from the API with the OAuth2 credential
		expect(got.resource_error).toBeUndefined();
		expect(got.resource_object).toBeTruthy();
		expect(String(got.resource_object.id)).toBe(String(got.data.resource.id));
		expect(mainExecution.items('Received')).toHaveLength(1);
		const fetched = ctx.sim.requests.filter(
			(q) => q.method === 'GET' && q.path === `/shipment_legs/${got.data.resource.id}`,
		);
		expect(fetched.length).toBeGreaterThan(0);
	});

	test('bare hex sha256 signature -> 200 and one execution', async () => {
		const r = await deliver('sha256 bare hex', {
			hook: HOOK_MAIN,
			wf: WF.main,
			options: { algorithms: ['sha256'], prefix: false },
			expectRun: true,
		});
		expect(r.status).toBe(200);
		expect(r.executions).toBe(1);
		expect(r.list[0].status).toBe('success');
	});

	test('tampered body -> 401, no execution', async () => {
		const r = await deliver('tampered body', {
			hook: HOOK_MAIN,
			wf: WF.main,
			options: { tamperBody: true },
		});
		expect(r.status).toBe(401);
		expect(r.executions).toBe(0);
		expect(r.body).toMatch(/signature does not match/i);
	});

	test('wrong secret -> 401, no execution', async () => {
		const r = await deliver('wrong secret', {
			hook: HOOK_MAIN,
			wf: WF.main,
			options: { wrongSecret: true },
		});
		expect(r.status).toBe(401);
		expect(r.executions).toBe(0);
	});

	test('missing signature -> 401, no execution', async () => {
		const r = await deliver('missing signature', {
			hook: HOOK_MAIN,
			wf: WF.main,
			options: { omitSignature: true },
		});
		expect(r.status).toBe(401);
		expect(r.executions).toBe(0);
		expect(r.body).toMatch(/no X-Hub-Signature-256 or X-Hub-Signature/);
	});

	test('sha1-only signature with allowSha1 off -> 401, no execution', async () => {
		const r = await deliver('sha1 only, allowSha1 off', {
			hook: HOOK_MAIN,
			wf: WF.main,
			options: { algorithms: ['sha1'] },
		});
		expect(r.status).toBe(401);
		expect(r.executions).toBe(0);
		expect(r.body).toMatch(/SHA-1 signatures are not allowed/);
	});

	test('sha1-only signature on a workflow with allowSha1 on -> 200 and one execution', async () => {
		const r = await deliver('sha1 only, allowSha1 on', {
			hook: HOOK_SHA1,
			wf: WF.sha1,
			options: { algorithms: ['sha1'] },
			expectRun: true,
		});
		expect(r.status).toBe(200);
		expect(r.executions).toBe(1);
		expect(r.list[0].status).toBe('success');
		const run = await getExecution(ctx.n8n, r.list[0].id);
		expect(run.items('Flexport Trigger')?.[0]?.id).toBe(r.event.id);
	});

	test('sha1-only signature with allowSha1 on but the wrong secret -> 401, no execution', async () => {
		const r = await deliver('sha1 only, allowSha1 on, wrong secret', {
			hook: HOOK_SHA1,
			wf: WF.sha1,
			options: { algorithms: ['sha1'], wrongSecret: true },
		});
		expect(r.status).toBe(401);
		expect(r.executions).toBe(0);
	});

	test('correctly signed event of a type not selected -> 200, no execution', async () => {
		const r = await deliver('type not selected', {
			hook: HOOK_MAIN,
			wf: WF.main,
			type: UNSELECTED_TYPE,
		});
		expect(r.status).toBe(200);
		expect(r.executions).toBe(0);
		expect(JSON.parse(r.body)).toMatchObject({ received: true, ignored: true });
	});

	test('totals after settling: 2 executions of the main workflow, 1 of the sha1 workflow', async () => {
		await sleep(SETTLE_MS);
		const main = await listExecutions(ctx.n8n, WF.main);
		const sha1 = await listExecutions(ctx.n8n, WF.sha1);
		figure(
			`E2E trigger figures: ${webhookFigures.join('; ')}; totals: main ${main.length}, allowSha1 ${sha1.length} execution(s)`,
		);
		expect(main.map((e) => e.status)).toEqual(['success', 'success']);
		expect(sha1.map((e) => e.status)).toEqual(['success']);
	});
});

describe('1b. repeated, old and oversized deliveries (production webhook)', () => {
	const MB = 1024 * 1024;
	const replayFigures = [];
	/** A complete event (stored by the simulator), sent byte for byte as given each time. */
	const flexportEvent = ({ createdAt = Date.now(), padding } = {}) => {
		const event = ctx.sim.addEvent({
			type: '/shipment#created',
			created_at: new Date(createdAt).toISOString(),
		});
		return padding ? { ...event, data: { ...event.data, padding } } : event;
	};

	/** Sends to the replay workflow; resolves the answer and the executions it added within SETTLE_MS (or until one finished). */
	async function send(caseName, payload, options = {}, { expectRun = false } = {}) {
		const before = (await listExecutions(ctx.n8n, WF.replay)).length;
		const res = await ctx.sim.sendWebhook(productionWebhookUrl(ctx.n8n, HOOK_REPLAY), payload, {
			timeoutMs: 60_000,
			...options,
		});
		ctx.n8n.output.push({
			command: `delivery ${caseName}`,
			stdout: `${res.status} ${res.body}`,
			stderr: '',
		});
		const list = expectRun
			? await waitForFinished(ctx.n8n, WF.replay, before + 1, { timeoutMs: 20_000 })
			: await waitForExecutions(ctx.n8n, WF.replay, (l) => l.length > before, {
					timeoutMs: SETTLE_MS,
				});
		const executions = list.length - before;
		const sent = res.bytesSent >= MB ? `, ${(res.bytesSent / MB).toFixed(1)} MB sent` : '';
		replayFigures.push(`${caseName} -> ${res.status}${sent}, ${executions} execution(s)`);
		return { ...res, executions };
	}

	test('the same signed delivery sent twice -> 1 execution; the second is answered 200 as a duplicate', async () => {
		const payload = flexportEvent();
		const first = await send('first delivery', payload, {}, { expectRun: true });
		const second = await send('same delivery again', payload);
		expect(first.status).toBe(200);
		expect(first.executions).toBe(1);
		expect(second.status).toBe(200);
		expect(JSON.parse(second.body)).toMatchObject({
			received: true,
			ignored: true,
			reason: 'duplicate',
		});
		expect(second.executions).toBe(0);
		const list = await listExecutions(ctx.n8n, WF.replay);
		expect(list.filter((e) => e.status === 'success')).toHaveLength(1);
	});

	test('an event created 30 hours ago (Maximum Event Age 24 h) -> 200 answered as too old, no execution', async () => {
		const old = flexportEvent({ createdAt: Date.now() - 30 * 3_600_000 });
		const r = await send('event created 30 h ago', old);
		expect(r.status).toBe(200);
		expect(JSON.parse(r.body)).toMatchObject({ ignored: true, reason: 'too-old' });
		expect(r.executions).toBe(0);
	});

	test('a signed 6 MB delivery without Content-Length -> 413 from the node, no execution', async () => {
		const big = flexportEvent({ padding: 'x'.repeat(6 * MB) });
		const r = await send('6 MB chunked', big, { chunkSize: 64 * 1024 });
		expect(r.status).toBe(413);
		expect(JSON.parse(r.body)).toEqual({ error: 'The delivery is larger than 5242880 bytes' });
		expect(r.executions).toBe(0);
	});

	test('a 40 MB delivery without Content-Length -> n8n stops at its own limit (N8N_PAYLOAD_SIZE_MAX, 16 MiB), no execution', async () => {
		const huge = flexportEvent({ padding: 'x'.repeat(40 * MB) });
		const r = await send('40 MB chunked', huge, { chunkSize: 64 * 1024 });
		// n8n reads the body before the node runs and gives up at 16 MiB with its generic error.
		expect(r.status).toBe(500);
		expect(r.executions).toBe(0);
		expect(r.bytesSent).toBeLessThan(30 * MB);
		figure(
			`E2E webhook replay and body-limit figures: ${replayFigures.join('; ')}; n8n's answer to 40 MB: ${r.body.slice(0, 120)}`,
		);
	});
});

// ---------------------------------------------------------------------------------------------
// 2. Flexport Events Trigger (polling)

test('2. Flexport Events Trigger: events added between polls come out once; polls cost no token request', async () => {
	const sim = ctx.sim;
	const n8n = ctx.n8n;
	const emitted = [];
	const pollLog = [];

	// Poll A (the first scheduled poll after activation) emits the selected event added after activation.
	let list = await waitForFinished(n8n, WF.poll, 1, {
		timeoutMs: Math.max(5_000, POLL_WAIT_MS - (Date.now() - pollBaseline.at)),
	});
	expect(list.length).toBe(1);
	const afterA = { events: eventsRequests(sim).length, tokens: tokenRequests(sim), at: Date.now() };
	pollLog.push(
		`poll A: ${afterA.events - pollBaseline.events} GET /events, ${afterA.tokens - pollBaseline.tokens} token request(s)`,
	);
	const execA = await getExecution(n8n, list[0].id);
	n8n.output.push({ command: `rest execution ${list[0].id}`, stdout: execA.text, stderr: '' });
	const itemsA = execA.items('Flexport Events Trigger');
	emitted.push(...itemsA.map((e) => e.id));
	expect(list[0].status).toBe('success');
	expect(itemsA.map((e) => e.id)).toEqual([pollAdded.selected.id]);
	expect(itemsA[0].type).toBe('/shipment_leg#departed');

	// Between poll A and poll B: two selected events (one via "Other Event Types") and one unselected.
	const added = [
		sim.addEvent({ type: POLL_OTHER_TYPE }),
		sim.addEvent({ type: UNSELECTED_TYPE }),
		sim.addEvent({ type: '/shipment_leg#departed' }),
	];
	list = await waitForFinished(n8n, WF.poll, 2, { timeoutMs: POLL_WAIT_MS });
	expect(list.length).toBe(2);
	const afterB = { events: eventsRequests(sim).length, tokens: tokenRequests(sim), at: Date.now() };
	pollLog.push(
		`poll B: ${afterB.events - afterA.events} GET /events, ${afterB.tokens - afterA.tokens} token request(s)`,
	);
	const execB = await getExecution(n8n, list[0].id);
	n8n.output.push({ command: `rest execution ${list[0].id}`, stdout: execB.text, stderr: '' });
	const itemsB = execB.items('Flexport Events Trigger');
	emitted.push(...itemsB.map((e) => e.id));
	expect(list[0].status).toBe('success');
	expect(itemsB.map((e) => e.id).sort()).toEqual([added[0].id, added[2].id].sort());

	const pollRequests = eventsRequests(sim);
	timings.pollPhaseMs = afterB.at - pollBaseline.at;
	figure(
		`E2E events-trigger figures: ${pollRequests.length} GET /events (statuses ${[...new Set(pollRequests.map((r) => r.status))].join(',')}), ` +
			`2 execution(s) emitting [${emitted.join(', ')}] (added: ${pollAdded.selected.id}, ${pollAdded.unselected.id} unselected, ${added.map((e) => e.id).join(', ')}); ` +
			`${pollLog.join('; ')}; ${tokenRequests(sim)} token request(s) in total; poll phase ${(timings.pollPhaseMs / 1000).toFixed(0)} s`,
	);
	expect(new Set(emitted).size).toBe(emitted.length); // each event once
	expect(emitted).not.toContain(pollAdded.unselected.id);
	expect(emitted).not.toContain(added[1].id);
	expect(pollRequests.every((r) => r.status === 200)).toBe(true);
	// The token was fetched once (activation poll or first resolved delivery); no poll asked for another.
	expect(afterA.tokens).toBe(pollBaseline.tokens);
	expect(afterB.tokens).toBe(afterA.tokens);
	expect(tokenRequests(sim)).toBe(1);
}, 200_000);

// ---------------------------------------------------------------------------------------------
// 3. Leak check

test('3. no n8n output, webhook answer or execution read contains a secret or an issued token', async () => {
	await ctx.n8n.stop();
	const tokens = await storedTokens(ctx.n8n);
	expect(tokens.length).toBeGreaterThan(0);
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.webhookSecret, ctx.sim.clientSecret, ctx.sim.apiKey],
		tokens,
	});
	figure(
		`E2E leak check (triggers): ${ctx.n8n.output.length} outputs scanned, ${tokens.length} stored token(s) -> ${leaks.length} finding(s); ` +
			`timings: n8n start+login ${(timings.startMs / 1000).toFixed(1)} s, activation poll seen ${((timings.activationPollAfterStartMs ?? 0) / 1000).toFixed(1)} s after start, ` +
			`first delivery answered in ${timings.firstDeliveryMs} ms, file total ${((Date.now() - t0) / 1000).toFixed(0)} s`,
	);
	expect(leaks).toEqual([]);
});
