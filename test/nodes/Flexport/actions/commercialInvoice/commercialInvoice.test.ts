import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectLimitAndReturnAll, freightSuite } from '../freightSuite';

describe('Commercial Invoice (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'commercialInvoice',
		path: '/commercial_invoices',
		operationIds: { get: 'commercial_invoices_show', getAll: 'commercial_invoices_index' },
		idParameter: 'commercialInvoiceId',
		idLabel: 'Commercial Invoice',
		locator: true,
		idKind: 'token',
		objectType: '/commercial_invoice',
		multiPage: false,
	});
	const fixtures = () =>
		env.sim.fixtures as { commercialInvoiceId: string; shipmentId: number; productSku: string };
	const lineItems = () =>
		JSON.stringify([
			{
				product_sku: fixtures().productSku,
				quantity: { value: 10, unit: 'pcs' },
				value: { amount: 100, currency_code: 'USD' },
				price_per_unit: { amount: '10.00', currency_code: 'USD' },
			},
		]);

	it('get: GET /commercial_invoices/{id}', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'get',
				commercialInvoiceId: { __rl: true, mode: 'id', value: fixtures().commercialInvoiceId },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/commercial_invoices/${fixtures().commercialInvoiceId}`,
			status: 200,
			operationId: 'commercial_invoices_show',
			validationErrors: [],
		});
		expect(items[0].json.id).toBe(fixtures().commercialInvoiceId);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('getAll: filters, Limit and Return All', async () => {
		const first = (
			await env.run({
				parameters: { resource: 'commercialInvoice', operation: 'getAll', limit: 1 },
			})
		).items[0].json;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'getAll',
				limit: 10,
				filters: {
					shipmentId: String(first.shipment_id),
					invoiceNumber: first.invoice_number,
					sellerRef: 'x',
					sellerId: '9006',
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/commercial_invoices',
			status: 200,
			operationId: 'commercial_invoices_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({
			page: '1',
			per: '10',
			'f.shipment.id': String(first.shipment_id),
			'f.invoice_number': first.invoice_number,
			'f.involved_party_seller_ref': 'x',
			'f.involved_party_seller_id': '9006',
		});
		expect(items).toHaveLength(0); // no seller "x"

		const byNumber = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'getAll',
				limit: 10,
				filters: { invoiceNumber: first.invoice_number },
			},
		});
		expect(byNumber.items.map((item) => item.json.id)).toContain(first.id);
		await expectLimitAndReturnAll(env, 'commercialInvoice', 4, 60);
	});

	it('create: POST /commercial_invoices with money, line items and additional fields', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'create',
				shipmentBy: 'id',
				shipmentId: String(fixtures().shipmentId),
				invoiceNumber: 'INV-N8N-1',
				currencyCode: 'usd',
				prorationAmount: 12.5,
				lineItems: lineItems(),
				additionalFields: {
					isRelatedParties: false,
					manufacturerRefs: 'factory-1, factory-2',
					metadata: '{"po": "PO-1"}',
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/commercial_invoices',
			status: 200,
			operationId: 'commercial_invoices_create',
			validationErrors: [],
		});
		expect(requests[0].body).toEqual({
			shipment_id: fixtures().shipmentId,
			invoice_number: 'INV-N8N-1',
			currency_code: 'USD',
			proration_amount: { amount: '12.5', currency_code: 'USD' },
			line_items: [
				{
					product_sku: fixtures().productSku,
					quantity: { value: 10, unit: 'pcs' },
					value: { amount: '100', currency_code: 'USD' },
					price_per_unit: { amount: '10.00', currency_code: 'USD' },
				},
			],
			is_related_parties: false,
			manufacturer_refs: ['factory-1', 'factory-2'],
			metadata: { po: ['PO-1'] },
		});
		expect(items[0].json).toMatchObject({ invoice_number: 'INV-N8N-1' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('update by invoice number: PATCH /commercial_invoices as in the OpenAPI file', async () => {
		const number = (
			await env.run({
				parameters: {
					resource: 'commercialInvoice',
					operation: 'get',
					commercialInvoiceId: { __rl: true, mode: 'id', value: fixtures().commercialInvoiceId },
				},
			})
		).items[0].json.invoice_number as string;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'update',
				findBy: 'invoiceNumber',
				invoiceNumber: number,
				updateFields: { isRelatedParties: true, metadata: '{"team": ["blue"]}' },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'PATCH',
			path: '/commercial_invoices',
			status: 200,
			operationId: 'commercial_invoices_update',
			validationErrors: [],
		});
		expect(requests[0].body).toEqual({
			invoice_number: number,
			is_related_parties: true,
			metadata: { team: ['blue'] },
		});
		expect(items[0].json).toMatchObject({
			id: fixtures().commercialInvoiceId,
			is_related_parties: true,
		});
	});

	it('update by ID: PATCH /commercial_invoices/{id}, can rename', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'update',
				findBy: 'id',
				commercialInvoiceId: { __rl: true, mode: 'id', value: fixtures().commercialInvoiceId },
				updateFields: {
					newInvoiceNumber: 'CI-RENAMED',
					currencyCode: 'EUR',
					prorationAmount: 5,
					lineItems: lineItems(),
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'PATCH',
			path: `/commercial_invoices/${fixtures().commercialInvoiceId}`,
			status: 200,
			validationErrors: [],
		});
		expect(requests[0].body).toMatchObject({
			invoice_number: 'CI-RENAMED',
			currency_code: 'EUR',
			proration_amount: { amount: '5', currency_code: 'EUR' },
		});
		expect(items[0].json.invoice_number).toBe('CI-RENAMED');
	});

	it('rejects bad line items, currency and misplaced rename before sending', async () => {
		const badLines = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'create',
				shipmentId: '200001',
				invoiceNumber: 'X',
				currencyCode: 'USD',
				prorationAmount: 1,
				lineItems:
					'[{"product_sku": "A", "quantity": {"value": 1, "unit": "boxes"}, "value": {}, "price_per_unit": {}}]',
			},
		});
		expect(badLines.error?.message).toMatch(
			/"Line Items \(JSON\)": entry 1 needs "quantity" as .*pcs.*\[item 0\]/,
		);
		expect(badLines.requests).toHaveLength(0);
		const badCurrency = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'create',
				shipmentId: '200001',
				invoiceNumber: 'X',
				currencyCode: 'dollars',
				prorationAmount: 1,
				lineItems: lineItems(),
			},
		});
		expect(badCurrency.error?.message).toMatch(
			/"Currency Code" must be a three-letter currency code.*\[item 0\]/,
		);
		const rename = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'update',
				findBy: 'invoiceNumber',
				invoiceNumber: 'X',
				updateFields: { newInvoiceNumber: 'Y' },
			},
		});
		expect(rename.error?.message).toMatch(
			/New Invoice Number" can only be used when finding the invoice by ID \[item 0\]/,
		);
		expect(rename.requests).toHaveLength(0);
	});

	it("with Continue On Fail outputs Flexport's 404 for an unknown invoice number", async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'update',
				findBy: 'invoiceNumber',
				invoiceNumber: 'NO-SUCH',
				updateFields: { isRelatedParties: true },
			},
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.error).toMatch(/HTTP 404 to PATCH \/commercial_invoices/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});
