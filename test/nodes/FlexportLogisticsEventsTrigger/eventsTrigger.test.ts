/**
 * Flexport Logistics Events Trigger: poll() in n8n-core's PollContext against the simulator's
 * GET /events (120 seeded past events, page_info cursors in a Link header or the body).
 */
import type { IDataObject } from 'n8n-workflow';

import { logisticsCredentialData, useLogisticsSimulator } from '../../harness/logisticsFixture';
import { webhookSim } from '../FlexportLogisticsTrigger/simWebhooks';
import { runLogisticsPoll } from './pollRunner';

const env = useLogisticsSimulator();
const HOUR = 3_600_000;

const emit = (type: string, time?: number) =>
	webhookSim(env).emitEvent(
		type,
		{},
		{ deliverNow: false, ...(time === undefined ? {} : { time }) },
	).event;
const eventsCalls = () =>
	env.logistics.requests.filter((request) => request.operationId === 'get_events');

async function poll(parameters: IDataObject, staticData: IDataObject, mode?: 'manual') {
	const output = await runLogisticsPoll(env, { parameters, staticData, mode });
	return (output?.[0] ?? []).map((item) => item.json);
}

describe('scheduled polls', () => {
	it('the first poll records what exists (no history replayed); new events come out once, of the chosen types', async () => {
		const staticData: IDataObject = {};
		emit('Order.Shipped', Date.now() - 10 * 60_000); // before activation, inside the late-events window
		const parameters = { events: ['Order.Shipped', 'Inventory.Adjusted'] };
		expect(await poll(parameters, staticData)).toEqual([]);
		expect(staticData.flexportLogisticsEvents).toMatchObject({ version: 1 });

		// Distinct times: events of one millisecond come out in id order.
		const shipped = emit('Order.Shipped', Date.now() - 3);
		const adjusted = emit('Inventory.Adjusted', Date.now() - 2);
		emit('Return.Updated', Date.now() - 1);
		const second = await poll(parameters, staticData);
		expect(second.map((event) => event.id)).toEqual([shipped.id, adjusted.id]);
		expect(second[0]).toMatchObject({
			type: 'Order.Shipped',
			time: shipped.time,
			payload: expect.any(Object),
		});
		expect(await poll(parameters, staticData)).toEqual([]);
		// After a restart (static data saved and loaded) nothing comes out again.
		expect(await poll(parameters, JSON.parse(JSON.stringify(staticData)) as IDataObject)).toEqual(
			[],
		);
	});

	it('"Include Past Events" emits what happened within the window on the first poll, not older', async () => {
		const recent = emit('Order.Cancelled', Date.now() - 2 * HOUR);
		emit('Order.Cancelled', Date.now() - 5 * HOUR);
		const output = await poll(
			{ events: ['Order.Cancelled'], options: { includePastEvents: true, pastEventsHours: 3 } },
			{},
		);
		expect(output.map((event) => event.id)).toEqual([recent.id]);
	});

	it('one chosen type is asked of Flexport (type=…); several, or Any Event, are filtered here', async () => {
		const staticData: IDataObject = {};
		await poll({ events: ['Order.Shipped'] }, staticData);
		expect(eventsCalls()[0].query.type).toBe('Order.Shipped');
		expect(eventsCalls()[0].query.after).toEqual(expect.any(String));
		env.logistics.resetStats();
		await poll({ events: ['Order.Shipped', 'Return.Updated'] }, {});
		await poll({ events: ['*'] }, {});
		expect(eventsCalls().map((request) => request.query.type)).toEqual([undefined, undefined]);
	});

	it.each([
		['a Link header, oldest first', { pageInfoIn: 'link', eventsOrder: 'asc' }],
		['a body field, newest first', { pageInfoIn: 'body', eventsOrder: 'desc' }],
	])(
		'250 new events over several pages (next page_info in %s): each once, oldest first',
		async (_label, settings) => {
			env.logistics.setSettings(settings);
			const staticData: IDataObject = {};
			await poll({ events: ['*'] }, staticData);
			const added = Array.from({ length: 250 }, (_, index) =>
				emit('Inventory.Adjusted', Date.now() - 250 + index),
			);
			env.logistics.resetStats();
			const output = await poll({ events: ['*'] }, staticData);
			expect(output.map((event) => event.id)).toEqual(added.map((event) => event.id));
			expect(eventsCalls().length).toBeGreaterThanOrEqual(3);
			expect(eventsCalls().every((request) => request.status === 200)).toBe(true);
			expect(await poll({ events: ['*'] }, staticData)).toEqual([]);
		},
	);

	it('an event dated a day ahead comes out once and does not hide the events after it', async () => {
		const staticData: IDataObject = {};
		await poll({ events: ['*'] }, staticData);
		const future = emit('Shipment.Created', Date.now() + 24 * HOUR);
		expect((await poll({ events: ['*'] }, staticData)).map((event) => event.id)).toEqual([
			future.id,
		]);
		const next = emit('Shipment.Created');
		expect((await poll({ events: ['*'] }, staticData)).map((event) => event.id)).toEqual([next.id]);
	});
});

describe('test runs and errors', () => {
	it('"Fetch Test Event" shows the latest events of the chosen types and leaves the poll state alone', async () => {
		const staticData: IDataObject = {};
		const latest = emit('Return.Updated');
		const output = await poll({ events: ['Return.Updated'] }, staticData, 'manual');
		expect(output.length).toBeGreaterThan(0);
		expect(output.length).toBeLessThanOrEqual(10);
		expect(output[output.length - 1].id).toBe(latest.id);
		expect(output.every((event) => event.type === 'Return.Updated')).toBe(true);
		expect(staticData).toEqual({});
		await expect(
			poll({ events: [], otherEventTypes: 'No.SuchType' }, {}, 'manual'),
		).rejects.toThrow('No Flexport Logistics events of the selected types in the last 7 days');
	});

	it('a bad option or type name: an error naming the field before any request', async () => {
		await expect(poll({ options: { lookbackMinutes: 'abc' } }, {})).rejects.toThrow(
			/Late Events Window \(Minutes\) must be a number/,
		);
		await expect(poll({ otherEventTypes: 'not a type!' }, {})).rejects.toThrow(
			/"Other Event Types" holds/,
		);
		expect(eventsCalls()).toHaveLength(0);
	});

	it('a token without read_logistics_events: the 403 names the scope', async () => {
		const sim = env.logistics as unknown as {
			createToken(request: IDataObject): { token: string };
		};
		const { token } = sim.createToken({ scopes: ['read_logistics_orders'], label: 'no-events' });
		env.store.set(
			'logistics-no-events',
			'flexportLogisticsApi',
			logisticsCredentialData(env.sim, token) as never,
		);
		const failure = runLogisticsPoll(env, {
			parameters: {},
			staticData: {},
			credentialId: 'logistics-no-events',
		});
		const error = (await failure.catch((caught: unknown) => caught)) as Error & {
			description?: string;
		};
		expect(`${error.message} ${error.description}`).toContain('read_logistics_events');
		expect(JSON.stringify(error)).not.toContain(token);
	});
});
