/** Orders through n8n-core against the Logistics simulator: requests, outputs, pairing, errors. */
import type { IDataObject } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

const address = {
	address: {
		name: 'Jane Doe',
		address1: '123 Main St',
		city: 'Atlanta',
		provinceCode: 'GA',
		zip: '30318',
		countryCode: 'us',
		phone: '555-0100',
	},
};

describe('Order (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string>;
	let counter = 0;
	const createParameters = (extra: IDataObject = {}) => ({
		resource: 'order',
		operation: 'create',
		externalOrderId: `N8N-ORDER-${++counter}`,
		shippingAddress: address,
		lineItems: { item: [{ logisticsSku: fixtures().logisticsSku, quantity: 2 }] },
		...extra,
	});

	it('create: POST /orders with the typed fields, additional fields and an idempotency key', async () => {
		const parameters = createParameters({
			additionalFields: {
				deliveryDays: 3,
				promisedShipByTime: '2030-05-01T12:00:00',
				shipMethod: 'standard',
				isSubscriptionOrder: false,
			},
		});
		const { items, requests, error } = await env.run({ parameters, items: [{ n: 1 }] });
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/logistics/api/2024-07/orders',
			operationId: 'create_order202307',
		});
		expect(requests[0].headers['idempotency-key']).toBe(
			items[0].json.idempotency && (items[0].json.idempotency as IDataObject).key,
		);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			externalOrderId: parameters.externalOrderId,
			countryCode: 'US',
			lineItems: [{ logisticsSku: fixtures().logisticsSku, quantity: 2 }],
			idempotency: { replayed: false },
		});
		expect(items[0].json.id).toMatch(/^\d+$/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('create: line items as a JSON array, one order per input item, each paired', async () => {
		const inputs = [{ sku: fixtures().logisticsSku }, { sku: fixtures().logisticsSku }];
		const { items, requests, error } = await env.run({
			parameters: createParameters({
				externalOrderId: '={{ "N8N-JSON-" + $itemIndex + "-" + $now.toMillis() }}',
				lineItemsInput: 'json',
				lineItemsJson:
					'={{ JSON.stringify([{ logisticsSku: $json.sku, quantity: 1, customsUnitValue: { amount: 9.5, currencyCode: "eur" } }]) }}',
			}),
			items: inputs,
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests).toHaveLength(2);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		const keys = requests.map((request) => request.headers['idempotency-key']);
		expect(new Set(keys).size).toBe(2);
	});

	it('get: by order ID and by External Order ID; Simplify off returns the OrderModel', async () => {
		const byId = await env.run({
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: { __rl: true, mode: 'id', value: fixtures().orderId },
			},
		});
		expectAccepted(byId.requests);
		expect(byId.requests[0]).toMatchObject({
			method: 'GET',
			apiPath: `/orders/${fixtures().orderId}`,
			operationId: 'get_order',
		});
		expect(byId.items[0].json).toMatchObject({ id: fixtures().orderId, internalStatus: 'CREATED' });

		const byExternal = await env.run({
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: { __rl: true, mode: 'externalId', value: fixtures().externalOrderId },
				simplify: false,
			},
		});
		expectAccepted(byExternal.requests);
		expect(byExternal.requests[0].operationId).toBe('get_order_by_external_id');
		const raw = byExternal.items[0].json;
		expect(raw).toMatchObject({
			id: fixtures().orderId,
			externalOrderId: fixtures().externalOrderId,
		});
		expect(raw.state).toBeDefined();
		expect(raw.shipments).toBeDefined();
	});

	it('get: a shipped order simplifies to its tracking codes and carriers', async () => {
		const { items } = await env.run({
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: { __rl: true, mode: 'id', value: fixtures().shippedOrderId },
			},
		});
		expect(items[0].json.internalStatus).toBe('SHIPPED');
		expect((items[0].json.trackingCodes as string[]).length).toBeGreaterThan(0);
		expect((items[0].json.carriers as string[]).length).toBeGreaterThan(0);
	});

	it('cancel by External Order ID: looks the order up, then POSTs the cancel once; retry brings it back', async () => {
		const created = await env.run({ parameters: createParameters() });
		const externalOrderId = created.items[0].json.externalOrderId as string;
		const cancelled = await env.run({
			parameters: {
				resource: 'order',
				operation: 'cancel',
				orderId: { __rl: true, mode: 'externalId', value: externalOrderId },
			},
		});
		expect(cancelled.error).toBeUndefined();
		expectAccepted(cancelled.requests);
		expect(cancelled.requests.map((request) => request.operationId)).toEqual([
			'get_order_by_external_id',
			'cancel_order',
		]);
		expect(cancelled.requests[0].headers['idempotency-key']).toBeUndefined();
		expect(cancelled.requests[1].headers['idempotency-key']).toMatch(/^n8n-/);
		expect(cancelled.items[0].json).toMatchObject({ internalStatus: 'CANCELLED' });

		const retried = await env.run({
			parameters: {
				resource: 'order',
				operation: 'retry',
				orderId: { __rl: true, mode: 'id', value: String(created.items[0].json.id) },
			},
		});
		expectAccepted(retried.requests);
		expect(retried.requests[0].operationId).toBe('retry_order');
		expect(retried.items[0].json).toMatchObject({
			internalStatus: 'CREATED',
			idempotency: { replayed: false },
		});
	});

	it('retry of an order that is not cancelled: the 422 problem with sub-code 407001', async () => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'order',
				operation: 'retry',
				orderId: { __rl: true, mode: 'id', value: fixtures().orderId },
			},
		});
		expect(requests[0].status).toBe(422);
		expect(error?.message).toMatch(/HTTP 422 .*Invalid order status/);
		expect(error?.description).toContain('error code: 407001');
	});

	it('an order Flexport stores with a STOCKOUT error: the simplified record names type and retriability', async () => {
		env.logistics.setInventory(fixtures().outOfStockSku, 0);
		const { items, error } = await env.run({
			parameters: createParameters({
				lineItems: { item: [{ logisticsSku: fixtures().outOfStockSku, quantity: 1 }] },
			}),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			internalStatus: 'ERROR',
			errorType: 'STOCKOUT',
			errorRetriable: true,
		});
	});

	it('an OrderError answered as a 422 problem: the error names its type and says it is retriable', async () => {
		env.logistics.setSettings({ orderErrorMode: 'problem' });
		env.logistics.setInventory(fixtures().outOfStockSku, 0);
		const parameters = createParameters({
			lineItems: { item: [{ logisticsSku: fixtures().outOfStockSku, quantity: 1 }] },
		});
		const failed = await env.run({ parameters });
		expect(failed.error?.message).toMatch(/HTTP 422/);
		expect(failed.error?.description).toMatch(
			/Order error STOCKOUT \(line items D\w+\)\. Flexport marks it retriable/,
		);

		const continued = await env.run({ parameters, continueOnFail: true, items: [{}, {}] });
		expect(continued.items).toHaveLength(2);
		expect(continued.items[0].json).toMatchObject({
			httpCode: '422',
			orderError: { type: 'STOCKOUT', retriable: true },
		});
		expect(continued.items[1].pairedItem).toEqual({ item: 1 });
	});

	it('bad input is refused before any request, naming the field and the item', async () => {
		const cases: Array<[IDataObject, RegExp]> = [
			[{ externalOrderId: '={{ "" }}' }, /"External Order ID" is required \[item 0\]/],
			[
				{ shippingAddress: { address: { ...address.address, city: '={{ " " }}' } } },
				/"Shipping Address → City" is required \[item 0\]/,
			],
			[
				{ shippingAddress: { address: { ...address.address, countryCode: 'USA' } } },
				/"Shipping Address → Country Code" must be a two-letter code/,
			],
			[{ lineItems: { item: [] } }, /"Line Items" needs at least one entry \[item 0\]/],
			[
				{ lineItems: { item: [{ logisticsSku: 'SKU-1', quantity: 1 }] } },
				/"Line Items, entry 1 → logisticsSku" must be D followed by 10 letters or digits/,
			],
			[
				{ lineItems: { item: [{ logisticsSku: fixtures().logisticsSku, quantity: 0.5 }] } },
				/"Line Items, entry 1 → quantity" must be a whole number/,
			],
			[
				{ lineItemsInput: 'json', lineItemsJson: '{"a": 1}' },
				/"Line Items \(JSON\)" must be a JSON array/,
			],
			[
				{ additionalFields: { promisedDeliveryByTime: 'next week' } },
				/"Additional Fields → Promised Delivery By" must be a date/,
			],
			[
				{ additionalFields: { duties: '{}' } },
				/"Additional Fields → Duties \(JSON\)" needs "merchantOfRecordAccountId"/,
			],
			[
				{ options: { idempotencyKey: 'bad\nkey' } },
				/"Options → Idempotency Key" may hold only printable ASCII/,
			],
		];
		for (const [extra, message] of cases) {
			const { error, requests } = await env.run({ parameters: createParameters(extra) });
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		}
		const badId = await env.run({
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: { __rl: true, mode: 'id', value: '={{ "ORD-" + $itemIndex }}' },
			},
			items: [{}, {}],
		});
		expect(badId.error?.message).toMatch(/"Order" must be digits only .*\[item 0\]/);
		expect(badId.requests).toHaveLength(0);
	});
});
