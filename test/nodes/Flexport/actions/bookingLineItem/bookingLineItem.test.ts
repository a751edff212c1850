import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, firstRecord, freightSuite } from '../freightSuite';

describe('Booking Line Item (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'bookingLineItem',
		path: '/booking_line_items',
		operationIds: { get: 'booking_line_item_show', getAll: 'booking_line_item_index' },
		idParameter: 'bookingLineItemId',
		idLabel: 'Booking Line Item ID',
		objectType: '/purchase_orders/booking_line_item',
		multiPage: false, // the simulator seeds 45
	});

	it('getAll filters by purchase order and sends sort and direction', async () => {
		const poLineItem = await firstRecord(env, 'purchaseOrderLineItem', { filters: {} });
		const orderId = (poLineItem.purchase_order as { id: number }).id;
		const { requests } = await env.run({
			parameters: {
				resource: 'bookingLineItem',
				operation: 'getAll',
				limit: 10,
				filters: { purchaseOrderId: String(orderId) },
				sort: { sort: 'created_at', direction: 'asc' },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toEqual({
			'f.purchase_order.id': String(orderId),
			sort: 'created_at',
			direction: 'asc',
			page: '1',
			per: '10',
		});
	});

	describe('create', () => {
		it('puts units of a PO line item on a booking with a POST the spec accepts', async () => {
			const poLineItem = await firstRecord(env, 'purchaseOrderLineItem');
			const booking = await firstRecord(env, 'booking');
			const { items, requests, error } = await env.run({
				parameters: {
					resource: 'bookingLineItem',
					operation: 'create',
					purchaseOrderLineItemId: String(poLineItem.id),
					bookingId: { __rl: true, mode: 'id', value: String(booking.id) },
					units: 25,
				},
			});
			expect(error).toBeUndefined();
			expectAccepted(requests);
			expect(requests).toHaveLength(1);
			expect(requests[0]).toMatchObject({
				method: 'POST',
				path: '/booking_line_items',
				operationId: 'booking_line_item_create',
			});
			expect(requests[0].body).toEqual({
				purchase_order_line_item_id: poLineItem.id,
				booking_id: booking.id,
				units: 25,
			});
			expect(items).toHaveLength(1);
			expect(items[0].json).toMatchObject({
				units: 25,
				booking: { id: booking.id },
				purchase_order_line_item: { id: poLineItem.id },
			});
			expect(items[0].pairedItem).toEqual({ item: 0 });
		});

		it('rejects fractional units before sending, naming the field and item', async () => {
			const { error, requests } = await env.run({
				parameters: {
					resource: 'bookingLineItem',
					operation: 'create',
					purchaseOrderLineItemId: '123001',
					bookingId: { __rl: true, mode: 'id', value: '2901' },
					units: 2.5,
				},
			});
			expect(error?.message).toMatch(/"Units" must be a whole number \[item 0\]/);
			expect(requests).toHaveLength(0);
		});

		it('with Continue On Fail, an unknown booking becomes an error item and the next item still runs', async () => {
			const poLineItem = await firstRecord(env, 'purchaseOrderLineItem');
			const booking = await firstRecord(env, 'booking');
			const { items, error, requests } = await env.run({
				parameters: {
					resource: 'bookingLineItem',
					operation: 'create',
					purchaseOrderLineItemId: String(poLineItem.id),
					bookingId: { __rl: true, mode: 'id', value: '={{ $json.booking }}' },
					units: 1,
				},
				items: [{ booking: 99999999 }, { booking: booking.id }],
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			expect(requests.map((request) => request.status)).toEqual([400, 200]);
			expect(items[0].json.error).toMatch(
				/Flexport answered HTTP 400 to POST \/booking_line_items/,
			);
			expect(items[0].pairedItem).toEqual({ item: 0 });
			expect(items[1].json.units).toBe(1);
			expect(items[1].pairedItem).toEqual({ item: 1 });
		});
	});

	it('filters by booking and by purchase order line item (current v2 filters)', async () => {
		const item = await firstRecord(env, 'bookingLineItem');
		const bookingId = String((item.booking as { id: number }).id);
		const lineItemId = String((item.purchase_order_line_item as { id: number }).id);
		const { items, requests } = await env.run({
			parameters: {
				resource: 'bookingLineItem',
				operation: 'getAll',
				returnAll: true,
				filters: { bookingId, purchaseOrderLineItemId: lineItemId },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toMatchObject({
			'f.booking.id': bookingId,
			'f.purchase_order_line_item.id': lineItemId,
		});
		expect(items.map((entry) => entry.json.id)).toContain(item.id);
		expect(items.every((entry) => entry.json.booking_id === Number(bookingId))).toBe(true);
	});
});
