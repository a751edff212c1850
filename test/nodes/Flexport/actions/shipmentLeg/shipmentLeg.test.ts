import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, firstRecord, freightSuite } from '../freightSuite';

describe('Shipment Leg (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'shipmentLeg',
		path: '/shipment_legs',
		operationIds: { get: 'shipment_leg_show', getAll: 'shipment_leg_index' },
		idParameter: 'shipmentLegId',
		idLabel: 'Shipment Leg ID',
		objectType: '/shipment_leg',
		multiPage: true,
	});

	it('get resolves a link on request', async () => {
		const leg = await firstRecord(env, 'shipmentLeg');
		const { items, requests } = await env.run({
			parameters: {
				resource: 'shipmentLeg',
				operation: 'get',
				shipmentLegId: String(leg.id),
				options: { resolveLinks: 'shipment' },
			},
		});
		expectAccepted(requests);
		expect(requests.map((request) => request.path)).toEqual([
			`/shipment_legs/${String(leg.id)}`,
			`/shipments/${String((leg.shipment as { id: number }).id)}`,
		]);
		expect((items[0].json.shipment as { _object: string })._object).toBe('/shipment');
	});

	it('getAll filters by shipment and transportation mode', async () => {
		const leg = await firstRecord(env, 'shipmentLeg');
		const shipmentId = (leg.shipment as { id: number }).id;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'shipmentLeg',
				operation: 'getAll',
				returnAll: true,
				filters: { shipmentId: String(shipmentId), transportationMode: 'ocean' },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toEqual({
			'f.shipment.id': String(shipmentId),
			'f.transportation_mode': 'ocean',
			page: '1',
			per: '100',
		});
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item.json.shipment_id).toBe(shipmentId);
			expect(item.json.transportation_mode).toBe('ocean');
		}
	});

	it('rejects a non-numeric Shipment ID filter before sending', async () => {
		const { error, requests } = await env.run({
			parameters: { resource: 'shipmentLeg', operation: 'getAll', filters: { shipmentId: 'abc' } },
		});
		expect(error?.message).toMatch(
			/"Filters → Shipment ID" must be a numeric Flexport ID.*\[item 0\]/,
		);
		expect(requests).toHaveLength(0);
	});

	it('Include Deleted Legs is sent as f.include_deleted; every leg carries deleted_at', async () => {
		const leg = await firstRecord(env, 'shipmentLeg');
		const { items, requests } = await env.run({
			parameters: {
				resource: 'shipmentLeg',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { includeDeleted: true, shipmentId: String((leg.shipment as { id: number }).id) },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query['f.include_deleted']).toBe('true');
		expect(requests[0].headers['flexport-version']).toBe('2');
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((item) => item.json.deleted_at === null)).toBe(true);
	});

	it('filters by the barge mode of the current enum (the 2020 file lacks it)', async () => {
		const { requests, error } = await env.run({
			parameters: {
				resource: 'shipmentLeg',
				operation: 'getAll',
				limit: 5,
				filters: { transportationMode: 'barge' },
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0].query['f.transportation_mode']).toBe('barge');
	});
});
