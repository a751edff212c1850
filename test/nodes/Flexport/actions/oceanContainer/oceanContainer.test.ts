import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, firstRecord, freightSuite } from '../freightSuite';

describe('Ocean Container (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'oceanContainer',
		path: '/ocean/shipment_containers',
		operationIds: { get: 'container_show', getAll: 'container_list' },
		idParameter: 'oceanContainerId',
		idLabel: 'Ocean Container ID',
		objectType: '/ocean/shipment_container',
		multiPage: true,
	});

	it('getAll filters by shipment, container number and metadata', async () => {
		const container = await firstRecord(env, 'oceanContainer');
		const shipmentId = (container.shipment as { id: number }).id;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'oceanContainer',
				operation: 'getAll',
				limit: 10,
				filters: {
					shipmentId: String(shipmentId),
					containerNumber: container.container_number,
					metadata: { tag: [{ key: 'team', value: 'blue' }] },
				},
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toEqual({
			'f.shipment.id': String(shipmentId),
			'f.container_number': container.container_number,
			'f.metadata.team': 'blue',
			page: '1',
			per: '10',
		});
		// The seeded containers carry no metadata, so the tag filter leaves nothing.
		expect(items).toHaveLength(0);

		const withoutTag = await env.run({
			parameters: {
				resource: 'oceanContainer',
				operation: 'getAll',
				limit: 10,
				filters: { containerNumber: container.container_number },
			},
		});
		expect(withoutTag.items.map((item) => item.json.id)).toEqual([container.id]);
		expect(withoutTag.items[0].json.shipment_id).toBe(shipmentId);
	});

	it('rejects a bad metadata key before sending', async () => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'oceanContainer',
				operation: 'getAll',
				filters: { metadata: { tag: [{ key: 'a&b', value: 'x' }] } },
			},
		});
		expect(error?.message).toMatch(/Filters → Metadata: key "a&b".*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('Reference Code (API version 3) sends f.reference_code with Flexport-Version 3', async () => {
		const container = await firstRecord(env, 'oceanContainer');
		const shipment = (
			await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: {
						__rl: true,
						mode: 'id',
						value: String((container.shipment as { id: number }).id),
					},
					simplify: false,
				},
			})
		).items[0].json;
		const code = (shipment.ocean_shipment as { carrier_booking_number: string })
			.carrier_booking_number;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'oceanContainer',
				operation: 'getAll',
				returnAll: true,
				filters: { referenceCode: code },
			},
		});
		expectAccepted(requests);
		expect(requests[0].headers['flexport-version']).toBe('3');
		expect(requests[0].query['f.reference_code']).toBe(code);
		expect(items.map((item) => item.json.id)).toContain(container.id);
	});
});
