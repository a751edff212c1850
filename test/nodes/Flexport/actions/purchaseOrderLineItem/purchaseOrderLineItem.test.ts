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
});
