/**
 * Flexport Logistics Trigger deliveries: events the simulator emits reach the registered https URL
 * (over plain http, as behind a TLS proxy) and run webhook() in n8n-core's WebhookContext; the
 * token is checked before anything else; a repeated logisticsEventId runs once.
 */
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../harness/logisticsFixture';
import { simWebhooks, webhookSim } from './simWebhooks';
import { postDelivery, type TriggerRig, useTriggerRigs } from './triggerHarness';

const env = useLogisticsSimulator();
const rigs = useTriggerRigs(env);
const HOUR = 3_600_000;

const parameters = { events: ['Order.Shipped', 'Inventory.Adjusted'] };

async function activeRig(extra: IDataObject = {}): Promise<TriggerRig> {
	const rig = await rigs.start({ parameters: { ...parameters, ...extra } });
	await rig.activate();
	return rig;
}

/** The token header and value Flexport sends to this rig (read from the simulator's store). */
function credentialsOf(rig: TriggerRig): { header: string; token: string } {
	const hook = simWebhooks(env).find((entry) => entry.url === rig.url);
	if (!hook?.tokenHeader || !hook.token) throw new Error('the rig has no webhook');
	return { header: hook.tokenHeader, token: hook.token };
}

/** Emits an event and waits until the simulator's attempt to deliver it to the rig has ended. */
async function emitAndSettle(
	target: TriggerRig | string,
	type: string,
	fields: IDataObject = {},
	time?: number,
) {
	const url = typeof target === 'string' ? target : target.url;
	const sim = webhookSim(env);
	const { event } = sim.emitEvent(type, fields, time === undefined ? {} : { time });
	await sim.waitForDeliveries((all) =>
		all.some(
			(attempt) =>
				attempt.logisticsEventId === event.id &&
				attempt.url === url &&
				attempt.outcome !== 'retrying',
		),
	);
	return event;
}

describe('deliveries from Flexport', () => {
	it('an event of a selected type: Flexport gets 200, the workflow runs once with the payload', async () => {
		const rig = await activeRig();
		const event = await emitAndSettle(rig, 'Order.Shipped', { orderId: '1001' });
		const attempts = webhookSim(env)
			.deliveries()
			.filter((attempt) => attempt.logisticsEventId === event.id && attempt.url === rig.url);
		expect(attempts.map((attempt) => [attempt.status, attempt.outcome])).toEqual([
			[200, 'delivered'],
		]);
		expect(rig.runs()).toBe(1);
		// The node answers before the run starts, so n8n saves the remembered id first (n8n 2.x).
		expect(rig.deliveries[0].body).toEqual({ received: true });
		expect(rig.deliveries[0].result?.noWebhookResponse).toBe(true);
		expect(rig.deliveries[0].items[0].json).toMatchObject({
			logisticsEventId: event.id,
			logisticsEventType: 'Order.Shipped',
			logisticsEventTime: event.time,
			logisticsAccountId: expect.any(String),
		});
	});

	it('each selected type is delivered to its own registration', async () => {
		const rig = await activeRig();
		await emitAndSettle(rig, 'Inventory.Adjusted');
		await emitAndSettle(rig, 'Order.Shipped');
		expect(rig.runs()).toBe(2);
		expect(rig.deliveries.map((d) => d.items[0].json.logisticsEventType)).toEqual([
			'Inventory.Adjusted',
			'Order.Shipped',
		]);
	});

	it('a redelivery of the same event (same logisticsEventId): 200 answered as a duplicate, no second run', async () => {
		const rig = await activeRig();
		const event = await emitAndSettle(rig, 'Order.Shipped');
		const sim = webhookSim(env);
		sim.redeliver(event.id);
		sim.redeliver(event.id);
		await rig.waitForDeliveries(3);
		expect(rig.runs()).toBe(1);
		expect(rig.deliveries.slice(1).map((d) => [d.status, d.body.reason])).toEqual([
			[200, 'duplicate'],
			[200, 'duplicate'],
		]);
	});

	it('after a restart (static data saved and loaded) a redelivery still runs nothing', async () => {
		const rig = await activeRig();
		const event = await emitAndSettle(rig, 'Order.Shipped');
		rig.restart();
		expect(await rig.activate()).toEqual({ existed: true });
		webhookSim(env).redeliver(event.id);
		await rig.waitForDeliveries(2);
		expect(rig.runs()).toBe(1);
	});

	it('an event older than Maximum Event Age: 200 answered as too old, no run', async () => {
		const rig = await activeRig({ options: { maxEventAgeHours: 24 } });
		await emitAndSettle(rig, 'Order.Shipped', {}, Date.now() - 30 * HOUR);
		expect(rig.runs()).toBe(0);
		expect(rig.deliveries[0]).toMatchObject({ status: 200, body: { reason: 'too-old' } });
	});

	it('after deactivation Flexport has nowhere to deliver', async () => {
		const rig = await activeRig();
		const ours = simWebhooks(env)
			.filter((hook) => hook.url === rig.url)
			.map((hook) => hook.id);
		await rig.deactivate();
		const { event, webhookIds } = webhookSim(env).emitEvent('Order.Shipped', {});
		expect(webhookIds.filter((id) => ours.includes(id))).toEqual([]);
		await sleep(200);
		expect(
			webhookSim(env)
				.deliveries()
				.filter((attempt) => attempt.logisticsEventId === event.id && attempt.url === rig.url),
		).toEqual([]);
		expect(rig.deliveries).toHaveLength(0);
	});
});

describe('the token is checked first, in the header the trigger named', () => {
	const event = {
		logisticsAccountId: 'acct',
		logisticsEventId: 'e-1',
		logisticsEventType: 'Order.Shipped',
		logisticsEventTime: new Date().toISOString(),
	};

	it('the right token: a run; wrong, missing, or in another header: 401 and no run', async () => {
		const rig = await activeRig();
		const { header, token } = credentialsOf(rig);
		const wrong = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
		const answers = [
			await postDelivery(rig, { ...event, logisticsEventId: 'wrong' }, { [header]: wrong }),
			await postDelivery(rig, { ...event, logisticsEventId: 'missing' }),
			await postDelivery(rig, { ...event, logisticsEventId: 'other' }, { 'X-Other': token }),
			await postDelivery(rig, { ...event, logisticsEventId: 'empty' }, { [header]: '' }),
			await postDelivery(rig, event, { [header.toLowerCase()]: token }),
		];
		expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 200]);
		expect(answers[0].body.error).toBe(`The ${header} header does not hold this trigger's token`);
		expect(answers[1].body.error).toBe(`The request carries no ${header} header`);
		expect(rig.runs()).toBe(1);
		expect(rig.deliveries[4].items[0].json.logisticsEventId).toBe('e-1');
		for (const answer of answers) expect(JSON.stringify(answer.body)).not.toContain(token);
	});

	it('a bad token is refused before the body is looked at (not JSON, oversized)', async () => {
		const rig = await activeRig();
		const { header, token } = credentialsOf(rig);
		const huge = JSON.stringify({ ...event, padding: 'x'.repeat(6 * 1024 * 1024) });
		expect((await postDelivery(rig, 'not json', { [header]: 'nope' })).status).toBe(401);
		expect((await postDelivery(rig, huge, { [header]: 'nope' })).status).toBe(401);
		// With the token, the body is judged.
		expect(await postDelivery(rig, 'not json', { [header]: token })).toMatchObject({
			status: 400,
			body: { error: 'The body is not a JSON object' },
		});
		expect((await postDelivery(rig, huge, { [header]: token })).status).toBe(413);
		expect(rig.runs()).toBe(0);
	});

	it('an event type not selected, with the token: 200 acknowledged, no run', async () => {
		const rig = await activeRig();
		const { header, token } = credentialsOf(rig);
		const answer = await postDelivery(
			rig,
			{ ...event, logisticsEventType: 'Return.Updated' },
			{ [header]: token },
		);
		expect(answer).toMatchObject({ status: 200, body: { ignored: true, reason: 'event-type' } });
		expect(rig.runs()).toBe(0);
	});

	it('without a registration (never activated, or its static data lost): every delivery 401', async () => {
		const rig = await activeRig();
		const { header, token } = credentialsOf(rig);
		rig.restart({ lostStaticData: true });
		const answer = await postDelivery(rig, event, { [header]: token });
		expect(answer.status).toBe(401);
		expect(answer.body.error).toMatch(/no webhook registered.*deactivate and activate/);
		expect(rig.runs()).toBe(0);
	});

	it('a token from an earlier activation no longer works', async () => {
		const rig = await activeRig();
		const earlier = credentialsOf(rig);
		await rig.hook('create');
		expect(credentialsOf(rig).token).not.toBe(earlier.token);
		const answer = await postDelivery(rig, event, { [earlier.header]: earlier.token });
		expect(answer.status).toBe(401);
	});
});

describe('"Listen for Test Event" (test webhook URL)', () => {
	it('registers the test URL, runs every delivery (no dedupe), and deletes it afterwards', async () => {
		const rig = await rigs.start({ parameters });
		expect(await rig.hook('checkExists', { mode: 'manual' })).toBe(false);
		await rig.hook('create', { mode: 'manual' });
		const testHooks = simWebhooks(env).filter((hook) => hook.url.includes('/webhook-test/'));
		expect(testHooks).toHaveLength(2);
		const event = await emitAndSettle(testHooks[0].url, 'Order.Shipped');
		webhookSim(env).redeliver(event.id);
		await rig.waitForDeliveries(2);
		expect(rig.runs()).toBe(2);
		expect(await rig.hook('delete', { mode: 'manual' })).toBe(true);
		expect(simWebhooks(env).filter((hook) => hook.url.includes('/webhook-test/'))).toHaveLength(0);
	});
});
