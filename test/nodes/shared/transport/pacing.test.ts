/**
 * Pacing (nodes/shared/transport/pacing.ts and rateGate.ts) in n8n-core's engine against the
 * simulator: parallel items under a 429 storm, and the configured requests-per-second ceiling.
 */
import { useSimulator } from '../../../harness/simulatorFixture';

const getShipment = {
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: '200001' },
};

describe('parallel requests and pacing', () => {
	const env = useSimulator();
	const ids = Array.from({ length: 40 }, (_, index) => ({ id: String(200001 + (index % 120)) }));
	const byId = {
		resource: 'shipment',
		operation: 'get',
		shipmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	};

	it('processes items in parallel under a 429 storm: none lost, order and pairing kept', async () => {
		await env.run({ parameters: getShipment });
		env.sim.setFaults({ rateLimitPerSecond: 10, pathFilter: '/shipments' });
		const { items, error } = await env.run({
			parameters: { ...byId, requestOptions: { parallelRequests: 8 } },
			items: ids,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(ids.map((entry) => Number(entry.id)));
		expect(items.map((item) => (item.pairedItem as { item: number }).item)).toEqual(
			ids.map((_, index) => index),
		);
		const statuses = env.apiRequests().map((request) => request.status);
		expect(statuses.filter((status) => status === 200)).toHaveLength(40);
		expect(statuses.filter((status) => status === 429).length).toBeLessThan(40);
	}, 60_000);

	it('never starts more requests per second than the configured ceiling', async () => {
		await env.run({ parameters: getShipment });
		const started = Date.now();
		const { error } = await env.run({
			parameters: { ...byId, requestOptions: { parallelRequests: 10, maxRequestsPerSecond: 5 } },
			items: ids.slice(0, 11),
		});
		expect(error).toBeUndefined();
		// 11 starts at 5 per second: the last one cannot start before 2 s.
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
		const starts = env.apiRequests().map((request) => (request as unknown as { at: number }).at);
		for (let index = 5; index < starts.length; index++)
			expect(starts[index] - starts[index - 5]).toBeGreaterThanOrEqual(950);
	}, 30_000);
});
