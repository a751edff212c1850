/** The event history (GET /events, page_info pages) through n8n-core against the simulator. */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

describe('Event (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const eventCount = () => Number(env.logistics.fixtures.eventCount);

	it.each(['link', 'body'])(
		'getAll: Return All reads every page (next page_info in the %s), each event once',
		async (pageInfoIn) => {
			env.logistics.setSettings({ pageInfoIn });
			const { items, requests, error } = await env.run({
				parameters: { resource: 'event', operation: 'getAll', returnAll: true },
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(requests.length).toBe(Math.ceil(eventCount() / 100));
			expect(requests[0].query.limit).toBe('100');
			expect(requests[1].query.page_info).toBeTruthy();
			const ids = items.map((item) => item.json.id);
			expect(ids.length).toBeGreaterThanOrEqual(eventCount());
			expect(new Set(ids).size).toBe(ids.length);
			expect(items[0].json).toMatchObject({
				id: expect.any(String),
				type: expect.any(String),
				time: expect.any(String),
				payload: expect.any(Object),
			});
		},
	);

	it('getAll: filtered by type and time, and by event IDs; Limit stops early', async () => {
		const byType = await env.run({
			parameters: {
				resource: 'event',
				operation: 'getAll',
				returnAll: true,
				filters: { type: 'Order.Shipped', after: '2000-01-01T00:00:00Z' },
			},
		});
		expectAccepted(byType.requests);
		expect(byType.requests[0].query).toMatchObject({
			type: 'Order.Shipped',
			after: '2000-01-01T00:00:00.000Z',
		});
		expect(byType.items.length).toBeGreaterThan(0);
		expect(byType.items.every((item) => item.json.type === 'Order.Shipped')).toBe(true);

		const [first, second] = byType.items.map((item) => String(item.json.id));
		const byIds = await env.run({
			parameters: {
				resource: 'event',
				operation: 'getAll',
				returnAll: true,
				filters: { ids: `${first}, ${second}` },
			},
		});
		expectAccepted(byIds.requests);
		expect(byIds.items.map((item) => item.json.id).sort()).toEqual([first, second].sort());

		const limited = await env.run({
			parameters: { resource: 'event', operation: 'getAll', limit: 5 },
		});
		expectAccepted(limited.requests);
		expect(limited.requests).toHaveLength(1);
		expect(limited.items).toHaveLength(5);
	});

	it('getAll refuses an event type or time Flexport would reject, before sending', async () => {
		for (const [filters, message] of [
			[
				{ type: '={{ "Order Shipped!" }}' },
				/"Filters → Event Type" must be an event type such as Order\.Shipped/,
			],
			[{ after: 'yesterday' }, /"Filters → After" must be a date/],
			[{ ids: 'a/b' }, /"Filters → Event IDs" must be comma-separated event IDs/],
		] as const) {
			const { error, requests } = await env.run({
				parameters: { resource: 'event', operation: 'getAll', filters },
			});
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		}
	});
});
