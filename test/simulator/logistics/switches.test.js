'use strict';

// The switches for what the Logistics spec leaves open (spec/flexport-logistics-api.md "Uncertain
// points"), the request-level rejections every operation shares, seeded data that validates
// against the spec, and the /__sim/logistics info, stats and settings endpoints.

const { loadLogisticsSpec } = require('./spec');
const { orderInput } = require('./operation-bodies');
const { useLogisticsSimulator, call, control, responseProblems } = require('./test-client');

let sim;
useLogisticsSimulator((started) => {
	sim = started;
});

const orderBody = (externalOrderId, logisticsSku, address = {}) =>
	orderInput(externalOrderId, logisticsSku, { quantity: 2, address });

describe('Logistics switches', () => {
	it('answers bodiless successes with an empty 200, a 204 or {}', async () => {
		const hook = async (n) =>
			(
				await call(sim, '/webhooks', {
					method: 'POST',
					body: { type: 'Order.Shipped', url: `https://example.com/${n}`, method: 'POST' },
				})
			).json.id;
		const empty = await call(sim, `/webhooks/${await hook(1)}`, { method: 'DELETE' });
		expect([empty.status, empty.text, empty.headers.get('content-type')]).toEqual([200, '', null]);
		sim.logistics.setSettings({ emptyResponse: '204' });
		expect((await call(sim, `/webhooks/${await hook(2)}`, { method: 'DELETE' })).status).toBe(204);
		sim.logistics.setSettings({ emptyResponse: '200-json' });
		const json = await call(sim, `/webhooks/${await hook(3)}`, { method: 'DELETE' });
		expect([json.status, json.json]).toEqual([200, {}]);
	});

	it('overrides an operation’s success status (statusOverrides)', async () => {
		sim.logistics.setSettings({ statusOverrides: { create_bundle: 201, create_webhook: 200 } });
		const bundle = await call(sim, '/bundles', {
			method: 'POST',
			body: {
				externalBundleId: 'SW-1',
				title: 'Switch kit',
				sku: 'SW-1',
				bundleContents: [{ productId: sim.logistics.fixtures.logisticsSku, quantity: 1 }],
			},
		});
		expect(bundle.status).toBe(201);
	});

	it('answers a body the schema rejects with 400 or 422 (bodyValidationStatus); query problems stay 400', async () => {
		sim.logistics.setSettings({ bodyValidationStatus: 422 });
		const body = await call(sim, '/reports', { method: 'POST', body: { reportType: 'Nope' } });
		expect([body.status, body.json.status]).toEqual([422, 422]);
		expect(body.json.detail).toContain('body.reportType');
		expect((await call(sim, '/products?limit=x')).status).toBe(400);
	});

	it('accepts the warehouse body key of the client, of the README, or either', async () => {
		const sku = sim.logistics.fixtures.logisticsSku;
		const ask = (key) =>
			call(sim, '/products/warehouse', { method: 'POST', body: { [key]: [sku] } });
		expect([(await ask('logisticsSkus')).status, (await ask('logisticsSKUs')).status]).toEqual([
			200, 400,
		]);
		sim.logistics.setSettings({ warehouseBodyKey: 'logisticsSKUs' });
		expect([(await ask('logisticsSkus')).status, (await ask('logisticsSKUs')).status]).toEqual([
			400, 200,
		]);
		sim.logistics.setSettings({ warehouseBodyKey: 'either' });
		const either = [await ask('logisticsSkus'), await ask('logisticsSKUs')];
		expect(either.map((answer) => answer.status)).toEqual([200, 200]);
		expect(either[1].json[0].warehouseDetails.reduce((sum, w) => sum + w.available, 0)).toBe(
			sim.logistics.db.inventory.get(sku).available,
		);
	});

	it('reports an order error on the order (model) or as a 422 with OrderError members (problem)', async () => {
		const { outOfStockSku } = sim.logistics.fixtures;
		const model = await call(sim, '/orders', {
			method: 'POST',
			body: orderBody('SW-STOCK-1', outOfStockSku),
		});
		expect(model.status).toBe(200);
		expect(model.json.error).toMatchObject({
			type: 'STOCKOUT',
			retriable: true,
			lineItemErrors: [{ logisticsSku: outOfStockSku }],
		});
		expect(model.json.state.internalStatus).toBe('ERROR');
		expect(responseProblems('create_order202307', model.json)).toEqual([]);
		sim.logistics.setSettings({ orderErrorMode: 'problem' });
		const problem = await call(sim, '/orders', {
			method: 'POST',
			body: orderBody('SW-STOCK-2', outOfStockSku),
		});
		expect(problem.status).toBe(422);
		expect(problem.json).toMatchObject({
			type: 'STOCKOUT',
			retriable: true,
			status: 422,
			title: 'Order error',
		});
		const address = await call(sim, '/orders', {
			method: 'POST',
			body: orderBody('SW-ADDR', sim.logistics.fixtures.logisticsSku, { countryCode: 'usa' }),
		});
		expect(address.json).toMatchObject({ type: 'BAD_ADDRESS', retriable: false });
		const unknownSku = await call(sim, '/orders', {
			method: 'POST',
			body: orderBody('SW-SKU', 'DNOSUCHSKU1'),
		});
		expect([unknownSku.status, unknownSku.json.detail]).toEqual([
			422,
			expect.stringContaining('body.lineItems[0].logisticsSku'),
		]);
	});

	it('answers a retry of an order that is not cancelled with sub-code 407001, and retries a cancelled one', async () => {
		const { orderId, cancelledOrderId } = sim.logistics.fixtures;
		const refused = await call(sim, `/orders/${orderId}/retry`, { method: 'POST' });
		expect([refused.status, refused.json.code]).toEqual([422, 407001]);
		const retried = await call(sim, `/orders/${cancelledOrderId}/retry`, { method: 'POST' });
		expect([retried.status, retried.json.state.internalStatus]).toEqual([200, 'CREATED']);
		const shipped = await call(sim, `/orders/${sim.logistics.fixtures.shippedOrderId}/cancel`, {
			method: 'POST',
		});
		expect(shipped.status).toBe(422);
	});

	it('rejects unknown routes, methods, content types, malformed JSON and bodies where none belong', async () => {
		const route = await call(sim, '/orderz');
		expect([route.status, route.headers.get('content-type')]).toEqual([
			404,
			'application/problem+json',
		]);
		const method = await call(sim, '/orders', { method: 'GET' });
		expect([method.status, method.headers.get('allow')]).toEqual([405, 'POST']);
		const type = await call(sim, '/reports', {
			method: 'POST',
			body: '{"reportType":"Orders-All_Orders"}',
			headers: { 'content-type': 'text/plain' },
		});
		expect(type.json.detail).toContain('header content-type');
		const malformed = await call(sim, '/reports', { method: 'POST', body: '{"reportType":' });
		expect(malformed.json.detail).toContain('not valid JSON');
		expect((await call(sim, '/reports', { method: 'POST' })).json.detail).toContain(
			'body: a request body is required',
		);
		const emptyObject = await call(sim, `/orders/${sim.logistics.fixtures.errorOrderId}/cancel`, {
			method: 'POST',
			body: {},
		});
		expect(emptyObject.status).toBe(200);
	});

	it('rejects unknown settings and values, naming them', async () => {
		const unknown = await control(sim, 'POST', '/settings', { pagination: 'link' });
		expect([unknown.status, unknown.json.error]).toEqual([
			400,
			expect.stringContaining('pagination'),
		]);
		const value = await control(sim, 'POST', '/settings', { pageInfoIn: 'header' });
		expect(value.json.error).toContain('pageInfoIn must be one of link, body');
		const ok = await control(sim, 'POST', '/settings', { pageInfoIn: 'body' });
		expect(ok.json.settings.pageInfoIn).toBe('body');
		expect((await control(sim, 'POST', '/settings/reset')).json.settings.pageInfoIn).toBe('link');
	});
});

describe('Logistics data and controls', () => {
	it('seeds records that are valid against the spec’s response schemas', async () => {
		const lists = [
			['get_products', '/products?limit=100'],
			['get_all_inventory', '/products/inventory/all?limit=100'],
			['get_events', '/events?limit=100'],
			['get_returns', '/returns?limit=100'],
			['get_freight_orders', '/freight/orders?limit=100'],
			['get_quotes', '/freight/quotes?limit=100'],
			['get_webhooks', '/webhooks'],
		];
		for (const [operationId, path] of lists) {
			const answer = await call(sim, path);
			expect([operationId, responseProblems(operationId, answer.json)]).toEqual([operationId, []]);
		}
		for (const order of sim.logistics.db.orders.all())
			expect(responseProblems('get_order', JSON.parse(JSON.stringify(order)))).toEqual([]);
		for (const inbound of sim.logistics.db.inbounds.all())
			expect(
				responseProblems('get_inbounding_shipment_v4', JSON.parse(JSON.stringify(inbound))),
			).toEqual([]);
	});

	it('serves info, stats and order counts over /__sim/logistics', async () => {
		const info = await control(sim, 'GET', '/info');
		expect(info.json).toMatchObject({
			baseUrl: sim.url,
			apiUrl: `${sim.url}/logistics/api/2024-07`,
			defaultVersion: '2024-07',
			accessToken: sim.logistics.accessToken,
		});
		expect(info.json.fixtures.logisticsSku).toBe(sim.logistics.fixtures.logisticsSku);
		expect(info.json.versions).toEqual(loadLogisticsSpec().versions);
		const stats = await control(sim, 'GET', '/stats?last=3');
		expect(stats.json.stats.requests).toBe(sim.logistics.stats().requests);
		expect(stats.json.requests).toHaveLength(3);
		expect(stats.json.orders).toEqual(sim.logistics.orderStats());
		expect((await control(sim, 'GET', '/nope')).status).toBe(404);
	});
});
