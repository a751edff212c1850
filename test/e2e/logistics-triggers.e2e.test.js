'use strict';

/**
 * The Logistics triggers in a real `n8n start` (2.x, or 1.x with N8N_E2E_LINE=v1), with n8n's
 * public URL set to https (WEBHOOK_URL, as behind a TLS proxy; the simulator delivers those
 * URLs over plain http to 127.0.0.1):
 *   1. Flexport Logistics Trigger: activation through the REST API registers one TOKEN webhook
 *      per event type (POST /webhooks); a delivery runs once; a wrong or missing token gets 401
 *      and no execution; a redelivery of the same logisticsEventId runs nothing; after a restart
 *      checkExists finds the webhooks (no new POST) and deliveries still run; deactivation
 *      deletes them (DELETE /webhooks/{id}).
 *   2. Flexport Logistics Events Trigger (every minute): events added after activation come out
 *      once each, of the chosen types, across the restart.
 *   3. No access token and no webhook token in anything n8n printed or answered.
 */

const { freePort, sleep } = require('./lib/n8n');
const { setup, teardown, findLeaks, figure } = require('./lib/harness');
const { workflowId } = require('./lib/workflows');
const {
	FINISHED,
	listExecutions,
	waitForExecutions,
	waitForFinished,
	getExecution,
} = require('./lib/triggers');
const {
	logisticsCredential,
	logisticsWebhookWorkflow,
	logisticsEventsWorkflow,
	activateByRest,
	deactivateByRest,
	logisticsCalls,
	webhooksAt,
	waitUntil,
	deliveriesEnded,
	forgedDelivery,
} = require('./lib/logistics-triggers');

const CRED = { id: 'credLogisticsT01', name: 'Flexport Logistics (triggers)' };
const HOOK_ID = '7c2a91d4-3b6e-4f08-a5d1-9e4b2c6f0a11';
const WF = { hook: workflowId('logistics hook'), poll: workflowId('logistics events poll') };
const HOOK_TYPES = ['Order.Shipped', 'Inventory.Adjusted'];
const POLL_TYPES = ['Return.Updated', 'Parcel.TrackingUpdated'];
const UNSELECTED = 'Shipment.Created';
const TOKEN_HEADER = 'X-Flexport-Webhook-Token';

/** Negative cases: how long to keep watching for an execution that must not appear. */
const SETTLE_MS = 2_500;
/** Two minute-cron periods plus slack (the restart falls in between). */
const POLL_WAIT_MS = 150_000;

let ctx;
let port;
const t0 = Date.now();
const counts = {};
const webhookTokens = [];
const pollAdded = [];
const pollUnselected = [];

const hookUrl = () => `https://127.0.0.1:${port}/webhook/${HOOK_ID}/webhook`;
const localHookUrl = () => `http://127.0.0.1:${port}/webhook/${HOOK_ID}/webhook`;

function workflows() {
	return [
		logisticsWebhookWorkflow('logistics hook', {
			id: WF.hook,
			webhookId: HOOK_ID,
			credential: CRED,
			parameters: { events: HOOK_TYPES },
		}),
		logisticsEventsWorkflow('logistics events poll', {
			id: WF.poll,
			credential: CRED,
			parameters: { events: POLL_TYPES, options: { lookbackMinutes: 60 } },
		}),
	];
}

/** Emits an event and waits until the simulator's delivery of it to n8n has ended. */
async function emitAndDeliver(type) {
	const { event } = ctx.sim.logistics.emitEvent(type, {});
	await deliveredToHook(event.id, 1);
	return event;
}

const deliveredToHook = (eventId, count) => deliveriesEnded(ctx.sim, hookUrl(), eventId, count);

async function postToHook(headers) {
	const answer = await forgedDelivery(localHookUrl(), headers);
	ctx.n8n.output.push({
		command: 'forged delivery',
		stdout: `${answer.status} ${answer.text}`,
		stderr: '',
	});
	return answer;
}

const executionsOf = async (wf) => (await listExecutions(ctx.n8n, wf)).length;

beforeAll(async () => {
	port = await freePort();
	ctx = await setup({
		name: 'logistics-triggers',
		env: { WEBHOOK_URL: `https://127.0.0.1:${port}/` },
		credentials: (sim) => [logisticsCredential({ ...CRED, sim })],
		workflows,
	});
	await ctx.n8n.activateWorkflow(WF.poll);
	const startAt = Date.now();
	await ctx.n8n.start({ port });
	await ctx.n8n.login();
	counts.startMs = Date.now() - startAt;
	// n8n polls once on activation (first run: it only records what exists). Add events after it.
	await waitUntil(
		() => logisticsCalls(ctx.sim, 'get_events').some((request) => request.status !== null),
		60_000,
		'the activation poll (GET /events)',
	);
	await sleep(1_500);
	pollAdded.push(ctx.sim.logistics.emitEvent(POLL_TYPES[0], {}).event);
	pollUnselected.push(ctx.sim.logistics.emitEvent(UNSELECTED, {}).event);
}, 240_000);

afterAll(async () => {
	await teardown(ctx);
});

describe('1. Flexport Logistics Trigger in a real n8n', () => {
	test("activate (REST) -> POST /webhooks once per event type, at n8n's https URL with a TOKEN", async () => {
		const res = await activateByRest(ctx.n8n, WF.hook);
		expect(res.status).toBe(200);
		// n8n 2.x may register a published workflow's webhooks after answering.
		await waitUntil(
			() => webhooksAt(ctx.sim, hookUrl()).length >= HOOK_TYPES.length,
			30_000,
			'POST /webhooks after activation',
		);
		const creates = logisticsCalls(ctx.sim, 'create_webhook');
		counts.activation = creates.map((request) => request.status);
		expect(counts.activation).toEqual([202, 202]);
		const hooks = webhooksAt(ctx.sim, hookUrl());
		expect(hooks.map((hook) => hook.type).sort()).toEqual([...HOOK_TYPES].sort());
		for (const hook of hooks) {
			expect(hook).toMatchObject({
				method: 'POST',
				authMethod: 'TOKEN',
				tokenHeader: TOKEN_HEADER,
			});
			webhookTokens.push(hook.token);
		}
		expect(new Set(webhookTokens).size).toBe(1);
	});

	test('a delivery from Flexport -> 200 and 1 execution with the event', async () => {
		const event = await emitAndDeliver('Order.Shipped');
		const attempts = await deliveredToHook(event.id, 1);
		expect(attempts.map((attempt) => attempt.status)).toEqual([200]);
		const list = await waitForFinished(ctx.n8n, WF.hook, 1);
		counts.delivery = list.length;
		expect(list.map((execution) => execution.status)).toEqual(['success']);
		const run = await getExecution(ctx.n8n, list[0].id);
		ctx.n8n.output.push({ command: `rest execution ${list[0].id}`, stdout: run.text, stderr: '' });
		const items = run.items('Flexport Logistics Trigger');
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			logisticsEventId: event.id,
			logisticsEventType: 'Order.Shipped',
		});
		counts.deliveredEvent = event.id;
	});

	test('a wrong or a missing token -> 401 and no execution', async () => {
		const before = await executionsOf(WF.hook);
		const wrong = await postToHook({ [TOKEN_HEADER]: 'not-the-token-of-this-trigger' });
		const missing = await postToHook({});
		await sleep(SETTLE_MS);
		const after = await executionsOf(WF.hook);
		counts.wrongToken = [wrong.status, after - before];
		counts.missingToken = missing.status;
		expect(wrong.status).toBe(401);
		expect(wrong.text).toMatch(/does not hold this trigger's token/);
		expect(missing.status).toBe(401);
		expect(missing.text).toMatch(/carries no X-Flexport-Webhook-Token header/);
		expect(after - before).toBe(0);
	});

	test('a redelivery of the same event (same logisticsEventId) -> 200 and no new execution', async () => {
		const before = await executionsOf(WF.hook);
		ctx.sim.logistics.redeliver(counts.deliveredEvent);
		const attempts = await deliveredToHook(counts.deliveredEvent, 2);
		await sleep(SETTLE_MS);
		const added = (await executionsOf(WF.hook)) - before;
		counts.redelivery = [attempts[attempts.length - 1].status, added];
		expect(attempts.map((attempt) => attempt.status)).toEqual([200, 200]);
		expect(added).toBe(0);
	});

	// n8n 1.x runs checkExists on start (it finds them: GET /webhooks, no POST); n8n 2.x keeps
	// registered webhooks across restarts without asking the node.
	test('restart -> the webhooks are kept (no new POST /webhooks); a new delivery runs once', async () => {
		const creates = logisticsCalls(ctx.sim, 'create_webhook').length;
		const lists = logisticsCalls(ctx.sim, 'get_webhooks').length;
		const restartAt = Date.now();
		await ctx.n8n.restart({ port, webhooks: [`${HOOK_ID}/webhook`] });
		await ctx.n8n.login();
		counts.restartMs = Date.now() - restartAt;
		// The poll added after the restart comes out on a later poll.
		pollAdded.push(ctx.sim.logistics.emitEvent(POLL_TYPES[1], {}).event);
		if (ctx.n8n.rt.line === 'v1')
			await waitUntil(
				() => logisticsCalls(ctx.sim, 'get_webhooks').length > lists,
				30_000,
				'checkExists (GET /webhooks) after the restart',
			);
		counts.checkExistsAfterRestart = logisticsCalls(ctx.sim, 'get_webhooks').length - lists;
		const newCreates = logisticsCalls(ctx.sim, 'create_webhook').length - creates;
		const before = await executionsOf(WF.hook);
		const event = await emitAndDeliver('Inventory.Adjusted');
		const list = await waitForFinished(ctx.n8n, WF.hook, before + 1);
		counts.restart = [newCreates, list.length - before];
		expect(newCreates).toBe(0);
		expect(webhooksAt(ctx.sim, hookUrl())).toHaveLength(2);
		expect(list.length - before).toBe(1);
		const run = await getExecution(ctx.n8n, list[0].id);
		expect(run.items('Flexport Logistics Trigger')?.[0]?.logisticsEventId).toBe(event.id);
	});

	test('deactivate (REST) -> DELETE /webhooks/{id} for each; Flexport has nowhere left to deliver', async () => {
		const ids = webhooksAt(ctx.sim, hookUrl()).map((hook) => hook.id);
		const res = await deactivateByRest(ctx.n8n, WF.hook);
		expect(res.status).toBe(200);
		await waitUntil(
			() => webhooksAt(ctx.sim, hookUrl()).length === 0,
			30_000,
			'DELETE /webhooks after deactivation',
		);
		const deletes = logisticsCalls(ctx.sim, 'delete_webhook');
		counts.deactivation = deletes.map((request) => request.status);
		expect(deletes.map((request) => request.path).sort()).toEqual(
			ids.map((id) => `/logistics/api/2024-07/webhooks/${id}`).sort(),
		);
		expect(counts.deactivation).toEqual([200, 200]);
		expect(webhooksAt(ctx.sim, hookUrl())).toHaveLength(0);
		const { webhookIds } = ctx.sim.logistics.emitEvent('Order.Shipped', {});
		expect(webhookIds.filter((id) => ids.includes(id))).toEqual([]);
	});
});

test(
	'2. Flexport Logistics Events Trigger: new events once each, of the chosen types, across a restart',
	async () => {
		const wanted = pollAdded.map((event) => event.id);
		const emitted = [];
		let list = [];
		const deadline = Date.now() + POLL_WAIT_MS;
		const read = new Set();
		while (Date.now() < deadline) {
			list = await waitForExecutions(ctx.n8n, WF.poll, (l) => l.length > read.size, {
				timeoutMs: 10_000,
			});
			for (const execution of list) {
				if (read.has(execution.id) || !FINISHED.has(execution.status)) continue;
				read.add(execution.id);
				const run = await getExecution(ctx.n8n, execution.id);
				ctx.n8n.output.push({
					command: `rest execution ${execution.id}`,
					stdout: run.text,
					stderr: '',
				});
				emitted.push(
					...(run.items('Flexport Logistics Events Trigger') ?? []).map((event) => event.id),
				);
			}
			if (wanted.every((id) => emitted.includes(id))) break;
		}
		await sleep(SETTLE_MS);
		const polls = logisticsCalls(ctx.sim, 'get_events');
		counts.polling = { polls: polls.length, executions: read.size, emitted };
		expect(emitted.sort()).toEqual([...wanted].sort());
		expect(emitted).not.toContain(pollUnselected[0].id);
		expect(polls.every((request) => request.status === 200)).toBe(true);
		expect(list.every((execution) => execution.status === 'success')).toBe(true);
	},
	POLL_WAIT_MS + 30_000,
);

test("3. no access token or webhook token in n8n's output, answers or execution data", async () => {
	await ctx.n8n.stop();
	const leaks = findLeaks(ctx.n8n.allOutput(), {
		secrets: [ctx.sim.logistics.accessToken],
		tokens: webhookTokens,
	});
	const { polling = {} } = counts;
	figure(
		`E2E logistics trigger figures (n8n ${ctx.n8n.rt.line}): activation -> ${counts.activation?.length ?? 0} POST /webhooks (${counts.activation?.join(',')}); ` +
			`delivery -> ${counts.delivery} execution; wrong token -> ${counts.wrongToken?.[0]}, ${counts.wrongToken?.[1]} executions; ` +
			`missing token -> ${counts.missingToken}, 0 executions; redelivery -> ${counts.redelivery?.[0]}, ${counts.redelivery?.[1]} new; ` +
			`restart -> ${counts.checkExistsAfterRestart} GET /webhooks, ${counts.restart?.[0]} POST /webhooks, delivery -> ${counts.restart?.[1]} execution; ` +
			`deactivate -> ${counts.deactivation?.length ?? 0} DELETE /webhooks/{id} (${counts.deactivation?.join(',')}); ` +
			`polling -> ${polling.polls} GET /events, ${polling.executions} execution(s) emitting ${polling.emitted?.length} of ${pollAdded.length} new events, each once, 0 unselected; ` +
			`leak check ${leaks.length} finding(s); n8n start ${(counts.startMs / 1000).toFixed(1)} s, restart ${((counts.restartMs ?? 0) / 1000).toFixed(1)} s, file ${((Date.now() - t0) / 1000).toFixed(0)} s`,
	);
	expect(leaks).toEqual([]);
});
