import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, expectShipmentFilter, firstRecord, freightSuite } from '../freightSuite';

describe('Purchase Order (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'purchaseOrder',
		path: '/purchase_orders',
		operationIds: { get: 'purchase_order_show', getAll: 'purchase_order_index' },
		idParameter: 'purchaseOrderId',
		idLabel: 'Purchase Order',
		locator: true,
		objectType: '/purchase_order',
		multiPage: false, // the simulator seeds 45
	});

	it('get accepts a Flexport link (By URL)', async () => {
		const order = await firstRecord(env, 'purchaseOrder');
		const { items, requests } = await env.run({
			parameters: {
				resource: 'purchaseOrder',
				operation: 'get',
				purchaseOrderId: {
					__rl: true,
					mode: 'url',
					value: `https://app.flexport.com/purchase_orders/${String(order.id)}`,
				},
			},
		});
		expectAccepted(requests);
		expect(requests[0].path).toBe(`/purchase_orders/${String(order.id)}`);
		expect(items[0].json.name).toBe(order.name);
	});

	it('getAll sends filters and sort, and Flexport applies them', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'purchaseOrder',
				operation: 'getAll',
				returnAll: true,
				filters: { status: 'open', archived: false, role: 'buyer', buyerRef: 'sim_imports' },
				sort: { sort: 'id', direction: 'desc' },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toEqual({
			'f.status': 'open',
			'f.archived_at.exists': 'false',
			'f.role': 'buyer',
			'f.buyer_ref': 'sim_imports',
			sort: 'id',
			direction: 'desc',
			page: '1',
			per: '100',
		});
		expect(items.length).toBeGreaterThan(1);
		const ids = items.map((item) => item.json.id as number);
		expect(ids).toEqual([...ids].sort((a, b) => b - a));
		expect(
			items.every((item) => item.json.status === 'open' && item.json.archived_at === null),
		).toBe(true);
	});

	it('getAll filters by name, seller ref and shipment', async () => {
		const order = await firstRecord(env, 'purchaseOrder');
		const seller = order.seller as { ref: string };
		const byName = await env.run({
			parameters: {
				resource: 'purchaseOrder',
				operation: 'getAll',
				limit: 5,
				filters: { name: order.name, sellerRef: seller.ref },
			},
		});
		expectAccepted(byName.requests);
		expect(byName.requests[0].query).toMatchObject({
			'f.name': order.name,
			'f.seller_ref': seller.ref,
		});
		expect(byName.items.map((item) => item.json.id)).toEqual([order.id]);

		await expectShipmentFilter(env, 'purchaseOrder');
	});

	it('rejects a sort field Flexport does not offer before sending', async () => {
		const { error, requests } = await env.run({
			parameters: { resource: 'purchaseOrder', operation: 'getAll', sort: { sort: 'name' } },
		});
		expect(error?.message).toMatch(/"Sort → Sort By" must be one of id.*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	describe('filters of API version 3', () => {
		const list = (filters: object, requestOptions: object = {}) =>
			env.run({
				parameters: {
					resource: 'purchaseOrder',
					operation: 'getAll',
					limit: 50,
					filters,
					requestOptions,
				},
			});

		it('Your Roles and the entity refs make the list request send version 3 with f.roles', async () => {
			const { items, requests, error } = await list({
				roles: ['buyer', 'carrier'],
				sellerEntityRef: 'brightway_electronics',
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(requests[0].headers['flexport-version']).toBe('3');
			expect(requests[0].query).toMatchObject({
				'f.roles': 'buyer,carrier',
				'f.seller_entity_ref': 'brightway_electronics',
			});
			expect(items.length).toBeGreaterThan(0);
			expect(
				items.every(
					(item) => (item.json.seller as { ref: string }).ref === 'brightway_electronics',
				),
			).toBe(true);
		});

		it('Your Role is f.role under version 2 and f.roles under version 3 (the v3 list has no f.role)', async () => {
			const v2 = await list({ role: 'buyer' });
			expectAccepted(v2.requests);
			expect(v2.requests[0].headers['flexport-version']).toBe('2');
			expect(v2.requests[0].query).toMatchObject({ 'f.role': 'buyer' });
			const v3 = await list({ role: 'buyer' }, { apiVersion: '3' });
			expectAccepted(v3.requests);
			expect(v3.requests[0].query).toMatchObject({ 'f.roles': 'buyer' });
			expect(v3.requests[0].query['f.role']).toBeUndefined();
			expect(v3.items.map((item) => item.json.id)).toEqual(v2.items.map((item) => item.json.id));
		});

		it('the updated and created ranges work under version 2; a v3 filter with an override of 2 is refused', async () => {
			const ranges = await list({ updatedAfter: '2000-01-01', createdBefore: '2100-01-01' });
			expectAccepted(ranges.requests);
			expect(ranges.requests[0].query).toMatchObject({
				'f.updated_at.gt': '2000-01-01T00:00:00.000Z',
				'f.created_at.lt': '2100-01-01T00:00:00.000Z',
			});
			const refused = await list({ buyerEntityRef: 'sim_imports_us' }, { apiVersion: '2' });
			expect(refused.error?.message).toMatch(
				/"Request Options → API Version" is 2, but this operation needs Flexport API version 3.*\[item 0\]/,
			);
			expect(refused.requests).toHaveLength(0);
		});
	});
});
