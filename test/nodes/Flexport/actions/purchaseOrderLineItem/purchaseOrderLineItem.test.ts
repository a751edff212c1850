import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, firstRecord, freightSuite } from '../freightSuite';

describe('Purchase Order Line Item (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'purchaseOrderLineItem',
		path: '/purchase_order_line_items',
		operationIds: {
			get: 'purchase_order_line_item_show',
			getAll: 'purchase_order_line_item_index',
		},
		idParameter: 'purchaseOrderLineItemId',
		idLabel: 'Purchase Order Line Item ID',
		objectType: '/purchase_orders/line_item',
		multiPage: false, // the simulator seeds fewer than 100
	});

	it('getAll filters by purchase order, line number and item key', async () => {
		const lineItem = await firstRecord(env, 'purchaseOrderLineItem');
		const orderId = (lineItem.purchase_order as { id: number }).id;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'purchaseOrderLineItem',
				operation: 'getAll',
				returnAll: true,
				filters: {
					purchaseOrderId: String(orderId),
					lineItemNumber: String(lineItem.line_item_number),
					itemKey: lineItem.item_key,
				},
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toEqual({
			'f.purchase_order.id': String(orderId),
			'f.line_item_number': String(lineItem.line_item_number),
			'f.item_key': lineItem.item_key,
			page: '1',
			per: '100',
		});
		expect(items.map((item) => item.json.id)).toEqual([lineItem.id]);
		expect(items[0].json.purchase_order_id).toBe(orderId);
	});

	it('the same list under version 2 and version 3: both shapes come out, Simplify names them alike', async () => {
		const read = (apiVersion: string) =>
			env.run({
				parameters: {
					resource: 'purchaseOrderLineItem',
					operation: 'getAll',
					limit: 5,
					requestOptions: { apiVersion },
				},
			});
		const [v2, v3] = [await read('2'), await read('3')];
		expectAccepted([...v2.requests, ...v3.requests]);
		expect(v3.requests[0].headers['flexport-version']).toBe('3');
		expect(v3.items.map((item) => item.json.id)).toEqual(v2.items.map((item) => item.json.id));
		const [old, current] = [v2.items[0].json, v3.items[0].json];
		// v2: the product with its id and origin_address; v3: a line-item product, origin_location.
		expect(old.product).toMatchObject({ _object: '/product', id: expect.any(Number) });
		expect(old).toHaveProperty('origin_address');
		expect(current.product).toMatchObject({ _object: '/purchase_order/line_item_product' });
		expect(current.product).not.toHaveProperty('id');
		expect(current).toHaveProperty('origin_location');
		expect(current).not.toHaveProperty('origin_address');
		expect(current).toMatchObject({ line_type: 'main_line', measurements: [expect.any(Object)] });
		// Refs are named the same in both: the purchase order link becomes purchase_order_id.
		expect(current.purchase_order_id).toBe(old.purchase_order_id);
		expect((current.product as { sku: string }).sku).toBe((old.product as { sku: string }).sku);
	});

	it('filters by purchase order version', async () => {
		const lineItem = await firstRecord(env, 'purchaseOrderLineItem');
		const { requests, items } = await env.run({
			parameters: {
				resource: 'purchaseOrderLineItem',
				operation: 'getAll',
				limit: 3,
				filters: {
					purchaseOrderVersionId: '7',
					purchaseOrderId: String((lineItem.purchase_order as { id: number }).id),
				},
			},
		});
		expectAccepted(requests);
		expect(requests[0].query['f.purchase_order_version.id']).toBe('7');
		expect(items.length).toBeGreaterThan(0);
	});
});
