/**
 * Repeated and old deliveries: checkReplay() on its own, then signed deliveries from the simulator
 * to a receiver that runs webhook() in n8n-core's WebhookContext with the workflow's static data
 * kept between deliveries (as n8n saves it).
 */
import type { IDataObject } from 'n8n-workflow';

import {
	checkReplay,
	MAX_REMEMBERED_EVENTS,
	readReplayState,
} from '../../../nodes/FlexportTrigger/replay';
import type { WebhookReceiver } from '../../harness/pollHarness';
import { useSimulator } from '../../harness/simulatorFixture';
import { useWebhookReceivers } from './receiverFixture';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const event = (id: number, createdAt = NOW): IDataObject => ({ id, created_at: iso(createdAt) });

describe('checkReplay', () => {
	it('accepts a new event and remembers it; the same id again is a duplicate', () => {
		const first = checkReplay({
			stored: undefined,
			event: event(1),
			now: NOW,
			maxAgeMs: 24 * HOUR,
		});
		expect(first).toEqual({ action: 'accept', state: { version: 1, events: [['1', NOW]] } });
		if (first.action !== 'accept') throw new Error('accepted above');
		const again = checkReplay({
			stored: JSON.parse(JSON.stringify(first.state)),
			event: { id: '1', created_at: iso(NOW) },
			now: NOW + HOUR,
			maxAgeMs: 24 * HOUR,
		});
		expect(again).toEqual({
			action: 'ignore',
			reason: 'duplicate',
			message: 'Event 1 was already received; this repeated delivery is ignored',
		});
	});

	it('refuses an event created longer ago than the maximum age, and forgets ids past that age', () => {
		expect(
			checkReplay({
				stored: undefined,
				event: event(2, NOW - 25 * HOUR),
				now: NOW,
				maxAgeMs: 24 * HOUR,
			}),
		).toEqual({
			action: 'ignore',
			reason: 'too-old',
			message: `Event 2 was created at ${iso(NOW - 25 * HOUR)}, more than 24 hours ago (Maximum Event Age); ignored`,
		});
		const stored = {
			version: 1,
			events: [
				['old', NOW - 30 * HOUR],
				['recent', NOW - HOUR],
			],
		};
		const result = checkReplay({ stored, event: event(3), now: NOW, maxAgeMs: 24 * HOUR });
		expect(result).toMatchObject({
			action: 'accept',
			state: {
				events: [
					['recent', NOW - HOUR],
					['3', NOW],
				],
			},
		});
	});

	it('without an age limit (0) accepts old events but still refuses repeats', () => {
		const old = event(4, NOW - 400 * 24 * HOUR);
		const first = checkReplay({ stored: undefined, event: old, now: NOW, maxAgeMs: 0 });
		expect(first.action).toBe('accept');
		if (first.action !== 'accept') throw new Error('accepted above');
		expect(checkReplay({ stored: first.state, event: old, now: NOW, maxAgeMs: 0 })).toMatchObject({
			action: 'ignore',
			reason: 'duplicate',
		});
	});

	it('keeps at most the cap, dropping the oldest; an event dated ahead is kept as received now', () => {
		let stored: unknown;
		for (let id = 1; id <= 5; id++) {
			const result = checkReplay({
				stored,
				event: event(id, NOW - (10 - id) * HOUR),
				now: NOW,
				maxAgeMs: 0,
				maxRemembered: 3,
			});
			if (result.action !== 'accept') throw new Error(`event ${id} was refused`);
			stored = result.state;
		}
		expect(readReplayState(stored).events.map(([id]) => id)).toEqual(['3', '4', '5']);
		const ahead = checkReplay({
			stored: undefined,
			event: event(9, NOW + 48 * HOUR),
			now: NOW,
			maxAgeMs: HOUR,
		});
		expect(ahead).toMatchObject({ action: 'accept', state: { events: [['9', NOW]] } });
		expect(MAX_REMEMBERED_EVENTS).toBeGreaterThanOrEqual(1000);
	});

	it('events without an id or a readable created_at run, and only ids are remembered', () => {
		expect(
			checkReplay({ stored: undefined, event: { created_at: 'soon' }, now: NOW, maxAgeMs: HOUR }),
		).toEqual({ action: 'accept', state: { version: 1, events: [] } });
		expect(checkReplay({ stored: undefined, event: { id: 5 }, now: NOW, maxAgeMs: HOUR })).toEqual({
			action: 'accept',
			state: { version: 1, events: [['5', NOW]] },
		});
		expect(readReplayState({ version: 1, events: [['a', 1], ['b', 'x'], 'c'] })).toEqual({
			version: 1,
			events: [['a', 1]],
		});
		expect(readReplayState({ version: 9, events: [] })).toEqual({ version: 1, events: [] });
	});
});

describe('Flexport Trigger: repeated and old deliveries (simulator)', () => {
	const env = useSimulator();
	const receivers = useWebhookReceivers(env);

	/** A complete event (stored by the simulator), sent byte for byte as given each time. */
	function flexportEvent(createdAt = Date.now()): IDataObject {
		const add = env.sim.addEvent as (partial: IDataObject) => IDataObject;
		return add({ type: '/shipment_leg#departed', created_at: iso(createdAt) });
	}

	async function send(target: WebhookReceiver, payload: IDataObject, options: IDataObject = {}) {
		const response = await receivers.send(target, payload, options);
		return { status: response.status, body: JSON.parse(response.body || '{}') as IDataObject };
	}
	const runs = (target: WebhookReceiver) =>
		target.deliveries.filter((delivery) => delivery.result?.workflowData !== undefined).length;

	it('the same signed delivery twice: one run; the second is answered 200 as a duplicate', async () => {
		const receiver = await receivers.start({ parameters: {} });
		const payload = flexportEvent();
		const first = await send(receiver, payload);
		const second = await send(receiver, payload);
		expect(first.status).toBe(200);
		expect(second).toEqual({
			status: 200,
			body: {
				received: true,
				ignored: true,
				reason: 'duplicate',
				message: `Event ${payload.id} was already received; this repeated delivery is ignored`,
			},
		});
		expect(runs(receiver)).toBe(1);
		// Another event still runs.
		expect((await send(receiver, flexportEvent())).status).toBe(200);
		expect(runs(receiver)).toBe(2);
	});

	it('remembers deliveries across a restart (static data saved and loaded)', async () => {
		let receiver = await receivers.start({ parameters: {} });
		const payload = flexportEvent();
		await send(receiver, payload);
		const saved = JSON.parse(JSON.stringify(receiver.staticData)) as IDataObject;
		receiver = await receivers.start({ parameters: {}, staticData: saved });
		expect((await send(receiver, payload)).body).toMatchObject({
			ignored: true,
			reason: 'duplicate',
		});
		expect(runs(receiver)).toBe(0);
	});

	it('an event created longer ago than "Maximum Event Age" is answered 200 without a run; 0 lifts the limit', async () => {
		const old = flexportEvent(Date.now() - 30 * 3_600_000);
		let receiver = await receivers.start({ parameters: {} });
		const refused = await send(receiver, old);
		expect(refused.status).toBe(200);
		expect(refused.body).toMatchObject({ received: true, ignored: true, reason: 'too-old' });
		expect(String(refused.body.message)).toContain('more than 24 hours ago (Maximum Event Age)');
		expect(runs(receiver)).toBe(0);
		receiver = await receivers.start({
			parameters: { options: { maxEventAgeHours: 48 } },
		});
		expect((await send(receiver, old)).status).toBe(200);
		expect(runs(receiver)).toBe(1);
		receiver = await receivers.start({
			parameters: { options: { maxEventAgeHours: 0 } },
		});
		expect((await send(receiver, flexportEvent(Date.now() - 400 * 24 * 3_600_000))).status).toBe(
			200,
		);
		expect(runs(receiver)).toBe(1);
	});

	it('a replay with a wrong signature is refused before the duplicate check (401, no run)', async () => {
		const receiver = await receivers.start({ parameters: {} });
		const payload = flexportEvent();
		await send(receiver, payload);
		const forged = await send(receiver, payload, { wrongSecret: true });
		expect(forged.status).toBe(401);
		expect(runs(receiver)).toBe(1);
	});

	it('a "Maximum Event Age" that an expression turns into text is answered 500 naming the option', async () => {
		const receiver = await receivers.start({
			parameters: { options: { maxEventAgeHours: '={{ "a day" }}' } },
		});
		const result = await send(receiver, flexportEvent());
		expect(result).toEqual({
			status: 500,
			body: {
				error: 'Options → Maximum Event Age (Hours) must be a number from 0 to 8760; got "a day"',
			},
		});
		expect(runs(receiver)).toBe(0);
	});
});
