import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, firstRecord, freightSuite } from '../freightSuite';

describe('Event (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'event',
		path: '/events',
		operationIds: { get: 'events_show', getAll: 'events_index' },
		idParameter: 'eventId',
		idLabel: 'Event ID',
		objectType: '/event',
		multiPage: false, // the simulator seeds 50 events
	});

	it('getAll filters by time window, shipment and resource type', async () => {
		const event = await firstRecord(env, 'event');
		const data = event.data as { shipment: { id: number }; resource: { _object: string } };
		const occurredAt = Date.parse(event.occurred_at as string);
		const { items, requests } = await env.run({
			parameters: {
				resource: 'event',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: {
					occurredAfter: new Date(occurredAt - 60_000).toISOString(),
					occurredBefore: new Date(occurredAt + 60_000).toISOString(),
					shipmentId: String(data.shipment.id),
					resourceObject: data.resource._object,
				},
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toEqual({
			'f.occurred_at.gte': new Date(occurredAt - 60_000).toISOString(),
			'f.occurred_at.lte': new Date(occurredAt + 60_000).toISOString(),
			'f.data.shipment.id': String(data.shipment.id),
			'f.data.resource._object': data.resource._object,
			page: '1',
			per: '100',
		});
		expect(items.map((item) => item.json.id)).toContain(event.id);
		for (const item of items) {
			const itemData = item.json.data as {
				shipment: { id: number };
				resource: { _object: string };
			};
			expect(itemData.shipment.id).toBe(data.shipment.id);
			expect(itemData.resource._object).toBe(data.resource._object);
		}
	});

	it('rejects a malformed date filter before sending', async () => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'event',
				operation: 'getAll',
				filters: { occurredAfter: 'last week' },
			},
		});
		expect(error?.message).toMatch(/"Filters → Occurred At or After" must be a date.*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('Event Type (API version 3) sends f.type with Flexport-Version 3', async () => {
		const event = await firstRecord(env, 'event');
		const { items, requests } = await env.run({
			parameters: {
				resource: 'event',
				operation: 'getAll',
				returnAll: true,
				filters: { type: event.type },
			},
		});
		expectAccepted(requests);
		expect(requests[0].headers['flexport-version']).toBe('3');
		expect(requests[0].query['f.type']).toBe(event.type);
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((item) => item.json.type === event.type)).toBe(true);
	});
});
