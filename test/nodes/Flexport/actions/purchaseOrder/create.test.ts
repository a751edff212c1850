import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted } from '../freightSuite';

describe('Purchase Order → Create (n8n-core engine against the simulator)', () => {
	const env = useSimulator();
	const create = (parameters: object) =>
		env.run({ parameters: { resource: 'purchaseOrder', operation: 'create', ...parameters } });

	it('POST /purchase_orders with Flexport-Version 3: typed fields and the rest as JSON', async () => {
		const { items, requests, error } = await create({
			name: 'Our First PO',
			status: 'open',
			additionalFields: {
				priority: 'standard',
				orderClass: 'purchase_order',
				parties: '[{"role": "seller", "company_entity_ref": "brightway_electronics"}]',
				body: '{"cargo_ready_date": "2024-06-01", "must_arrive_date": "2024-07-15"}',
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/purchase_orders',
			operationId: 'purchase_order_create_v3',
		});
		expect(requests[0].headers['flexport-version']).toBe('3');
		expect(requests[0].body).toEqual({
			name: 'Our First PO',
			status: 'open',
			priority: 'standard',
			order_class: 'purchase_order',
			parties: [{ role: 'seller', company_entity_ref: 'brightway_electronics' }],
			cargo_ready_date: '2024-06-01',
			must_arrive_date: '2024-07-15',
		});
		expect(items[0].json).toMatchObject({
			_object: '/purchase_order',
			name: 'Our First PO',
			status: 'open',
			cargo_ready_date: '2024-06-01',
		});
		const created = await env.run({
			parameters: {
				resource: 'purchaseOrder',
				operation: 'get',
				purchaseOrderId: { __rl: true, mode: 'id', value: String(items[0].json.id) },
			},
		});
		expect(created.items[0].json.name).toBe('Our First PO');
	});

	it('rejects a missing name, a repeated typed field in the JSON and bad parties before sending', async () => {
		const cases: Array<[object, RegExp]> = [
			[{ name: '={{ $json.missing }}' }, /^"Name" is required \[item 0\]$/],
			[
				{ name: 'PO', additionalFields: { body: '{"status": "closed"}' } },
				/^"Additional Fields → Additional Body \(JSON\)": "status" has its own field; set it there \[item 0\]$/,
			],
			[
				{ name: 'PO', additionalFields: { body: '[1]' } },
				/Additional Body \(JSON\)" must be a JSON object/,
			],
			[
				{ name: 'PO', additionalFields: { parties: '{"role": "seller"}' } },
				/^"Additional Fields → Parties \(JSON\)" must be a JSON array \[item 0\]$/,
			],
		];
		for (const [parameters, message] of cases) {
			const { error, requests } = await create(parameters);
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		}
	});
});
