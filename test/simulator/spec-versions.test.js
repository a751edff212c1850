'use strict';

// The operations and variants spec-versions.js adds, as a client sees them over HTTP: routed only
// under the Flexport-Version that documents them, and validated against the additions file.

const { startSimulator } = require('./index');

describe('versioned operations (spec/flexport-api-v3-additions.yaml)', () => {
	let sim;
	beforeAll(async () => {
		sim = await startSimulator({ port: 0, quiet: true });
	});
	afterAll(async () => {
		await sim.close();
	});
	const call = async (path, { method = 'GET', version, body } = {}) => {
		const response = await fetch(`${sim.url}${path}`, {
			method,
			headers: {
				authorization: `Bearer ${sim.apiKey}`,
				'content-type': 'application/json',
				...(version ? { 'flexport-version': version } : {}),
			},
			body: body ? JSON.stringify(body) : undefined,
		});
		return { status: response.status, json: await response.json(), entry: sim.requests.at(-1) };
	};

	it('POST /tracking exists under version 3 and dates, not under 2, and is validated against TrackingCreate', async () => {
		const body = { container_numbers: ['SEGU9316914'], scac_code: 'ONEY' };
		expect((await call('/tracking', { method: 'POST', body })).status).toBe(404);
		const created = await call('/tracking', { method: 'POST', version: '3', body });
		expect(created.status).toBe(200);
		expect(created.entry.operationId).toBe('tracking_create');
		expect(created.json).toMatchObject({ version: 3, data: { _object: '/tracking' } });
		expect((await call('/tracking', { method: 'POST', version: '2023-07-01', body })).status).toBe(
			200,
		);
		const invalid = await call('/tracking', {
			method: 'POST',
			version: '3',
			body: { scac_code: 1 },
		});
		expect(invalid.status).toBe(400);
		expect(invalid.entry.validationErrors).toEqual(
			expect.arrayContaining([
				'body.container_numbers: is required',
				'body.scac_code: must be string, got integer',
			]),
		);
		const badNumber = await call('/tracking', {
			method: 'POST',
			version: '3',
			body: { container_numbers: ['x'] },
		});
		expect(badNumber.status).toBe(400);
	});

	it('GET /commercial_invoices/{x} is by invoice number under a date from 2023-07-01 and by id otherwise', async () => {
		const invoice = sim.db.commercialInvoices.all()[0];
		const dated = await call(`/commercial_invoices/${invoice.invoice_number}`, {
			version: '2023-07-01',
		});
		expect(dated.status).toBe(200);
		expect(dated.json.version).toBe('2023-05-18');
		expect(dated.json.data.invoice_number).toBe(invoice.invoice_number);
		expect(dated.json.data._object).toBeUndefined();
		expect(
			(await call(`/commercial_invoices/${invoice.invoice_number}`, { version: '3' })).status,
		).toBe(404);
		expect((await call(`/commercial_invoices/${invoice.id}`, { version: '2' })).status).toBe(200);
		expect(
			(await call(`/commercial_invoices/${invoice.invoice_number}`, { version: '2023-06-30' }))
				.status,
		).toBe(404);
	});

	it('the v3 purchase-order list takes f.roles and the entity refs, the v2 list f.role only', async () => {
		expect((await call('/purchase_orders?f.roles=buyer', { version: '3' })).status).toBe(200);
		expect((await call('/purchase_orders?f.roles=buyer')).status).toBe(400);
		expect((await call('/purchase_orders?f.role=buyer', { version: '3' })).status).toBe(400);
		expect((await call('/purchase_orders?f.roles=pirate', { version: '3' })).status).toBe(400);
		expect((await call('/purchase_orders?f.updated_at.gt=2020-01-01')).status).toBe(200);
	});

	it('serves the v3 shape of purchase-order line items under version 3 only', async () => {
		const v2 = await call('/purchase_order_line_items?per=1');
		const v3 = await call('/purchase_order_line_items?per=1', { version: '3' });
		expect(v2.json.data.data[0].product._object).toBe('/product');
		expect(v3.json.version).toBe(3);
		expect(v3.json.data.data[0].product).toMatchObject({
			_object: '/purchase_order/line_item_product',
		});
		expect(v3.json.data.data[0].origin_location).toEqual(v2.json.data.data[0].origin_address);
	});
});
