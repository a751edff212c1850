import type { IDataObject } from 'n8n-workflow';

import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted } from '../freightSuite';

describe('Commercial Invoice → Get by Invoice Number (n8n-core engine against the simulator)', () => {
	const env = useSimulator();
	const invoiceNumber = () =>
		(env.sim.db as { commercialInvoices: { all(): IDataObject[] } }).commercialInvoices.all()[0]
			.invoice_number as string;
	const get = (parameters: object) =>
		env.run({
			parameters: { resource: 'commercialInvoice', operation: 'getByInvoiceNumber', ...parameters },
		});

	it('GET /commercial_invoices/{invoice_number} with the dated version; the dated answer is read as it is', async () => {
		const number = invoiceNumber();
		const { items, requests, error } = await get({ invoiceNumber: ` ${number} ` });
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/commercial_invoices/${number}`,
			operationId: 'commercial_invoice_show_by_invoice_number',
		});
		expect(requests[0].headers['flexport-version']).toBe('2023-07-01');
		// The dated shape: no `_object`, flat party addresses, numeric amounts, a shipment_id.
		const json = items[0].json;
		expect(json.invoice_number).toBe(number);
		expect(json).not.toHaveProperty('_object');
		expect(json.involved_parties).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ type: 'seller', address_line1: expect.any(String) }),
			]),
		);
		const [line] = json.line_items as IDataObject[];
		expect(line).toMatchObject({
			quantity: { unit: 'pcs' },
			unit_price: { amount: expect.any(Number) },
		});
		expect(typeof json.shipment_id).toBe('number');
	});

	it('encodes an invoice number that is not a path segment, and reports an unknown one as 404', async () => {
		const { error, requests } = await get({ invoiceNumber: 'INV 1/2?x' });
		expect(requests[0].path).toBe('/commercial_invoices/INV%201%2F2%3Fx');
		expect(requests).toHaveLength(1);
		expect(error?.message).toMatch(/HTTP 404/);
	});

	it('refuses an override that cannot serve the dated operation, and an empty number, before sending', async () => {
		const versioned = await get({
			invoiceNumber: invoiceNumber(),
			requestOptions: { apiVersion: '3' },
		});
		expect(versioned.error?.message).toMatch(
			/"Request Options → API Version" is 3, but this operation needs Flexport API version 2023-07-01 or a later date/,
		);
		expect(versioned.requests).toHaveLength(0);
		const empty = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'getByInvoiceNumber',
				invoiceNumber: '={{ $json.number }}',
			},
			items: [{ number: '' }],
		});
		expect(empty.error?.message).toMatch(/^"Invoice Number" is required \[item 0\]$/);
		expect(empty.requests).toHaveLength(0);
	});
});
