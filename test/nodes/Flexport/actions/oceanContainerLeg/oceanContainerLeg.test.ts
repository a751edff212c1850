import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, firstRecord, freightSuite } from '../freightSuite';

describe('Ocean Container Leg (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'oceanContainerLeg',
		path: '/ocean/shipment_container_legs',
		operationIds: { get: 'ocean_shipment_legs_show', getAll: 'ocean_shipment_legs_index' },
		idParameter: 'oceanContainerLegId',
		idLabel: 'Ocean Container Leg ID',
		objectType: '/ocean/shipment_container_leg',
		multiPage: true,
	});

	it('getAll filters by leg and container ID', async () => {
		const containerLeg = await firstRecord(env, 'oceanContainerLeg');
		const legId = (containerLeg.leg as { id: number }).id;
		const containerId = (containerLeg.shipment_container as { id: number }).id;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'oceanContainerLeg',
				operation: 'getAll',
				returnAll: true,
				filters: { legId: String(legId), shipmentContainerId: String(containerId) },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toEqual({
			'f.leg.id': String(legId),
			'f.shipment_container.id': String(containerId),
			page: '1',
			per: '100',
		});
		expect(items.map((item) => item.json.id)).toContain(containerLeg.id);
		for (const item of items) {
			expect(item.json.leg_id).toBe(legId);
			expect(item.json.shipment_container_id).toBe(containerId);
		}
	});

	it('getAll filters by container number', async () => {
		const container = await firstRecord(env, 'oceanContainer');
		const { items, requests } = await env.run({
			parameters: {
				resource: 'oceanContainerLeg',
				operation: 'getAll',
				returnAll: true,
				filters: { containerNumber: container.container_number },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query['f.shipment_container.container_number']).toBe(
			container.container_number,
		);
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((item) => item.json.shipment_container_id === container.id)).toBe(true);
	});
});
