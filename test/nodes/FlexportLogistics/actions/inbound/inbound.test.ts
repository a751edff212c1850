/** Inbound shipments through n8n-core against the Logistics simulator: requests, outputs, pairing. */
import type { IDataObject } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

const from = {
	address: {
		company: 'Acme Outfitters',
		address1: '200 Dock Rd',
		city: 'Reno',
		provinceCode: 'NV',
		zip: '89502',
		countryCode: 'us',
	},
};

const shipment = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

describe('Inbound Shipment (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string>;
	const createParameters = (extra: IDataObject = {}) => ({
		resource: 'inbound',
		operation: 'create',
		fromAddress: from,
		boxContentLabels: true,
		shipmentItems: { item: [{ logisticsSku: fixtures().logisticsSku, quantity: 48 }] },
		...extra,
	});

	it('create: POST /inbounds/shipments with the typed fields and packages; one shipment per item', async () => {
		const { items, requests, error } = await env.run({
			parameters: createParameters({
				additionalFields: {
					shippingPlanName: 'Spring restock',
					packages: JSON.stringify([
						{
							items: [{ logisticsSku: fixtures().logisticsSku, quantity: 24 }],
							numberOfIdenticalPkgs: 2,
							weight: 22,
							weightUnit: 'lb',
						},
					]),
				},
			}),
			items: [{ n: 1 }, { n: 2 }],
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests.map((request) => request.operationId)).toEqual([
			'create_inbounding_shipment_v4',
			'create_inbounding_shipment_v4',
		]);
		expect(new Set(requests.map((request) => request.headers['idempotency-key'])).size).toBe(2);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items[0].json).toMatchObject({
			status: 'PENDING',
			shippingPlanName: 'Spring restock',
			fromCity: 'Reno',
			fromCountryCode: 'US',
			skus: [fixtures().logisticsSku],
			expectedUnits: 48,
			packageCount: 1,
			boxContentLabels: true,
			idempotency: { replayed: false },
		});
		expect(items[0].json.id).not.toBe(items[1].json.id);
	});

	it('get, get many (Limit) and update: the shipment read back, changed, Simplify off gives the record', async () => {
		const created = await env.run({ parameters: createParameters() });
		const id = String(created.items[0].json.id);

		const got = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'get',
				shipmentId: shipment(id),
				simplify: false,
			},
		});
		expectAccepted(got.requests);
		expect(got.requests[0]).toMatchObject({
			apiPath: `/inbounds/shipments/${id}`,
			operationId: 'get_inbounding_shipment_v4',
		});
		expect(got.items[0].json).toMatchObject({ id, addresses: { from: { city: 'Reno' } } });

		const many = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'getAll',
				shipmentIds: `${fixtures().inboundShipmentId}, ${id}`,
				returnAll: false,
				limit: 1,
			},
		});
		expectAccepted(many.requests);
		expect(many.requests[0].operationId).toBe('get_inbounding_shipments_v4');
		expect(many.items).toHaveLength(1);
		expect(many.items[0].json.id).toBe(String(fixtures().inboundShipmentId));

		const updated = await env.run({
			parameters: {
				resource: 'inbound',
				operation: 'update',
				shipmentId: shipment(id),
				updateFields: {
					packageTrackingNumber: '1Z999AA10123456784',
					boxContentLabels: false,
					shippingOption: 'SPD_EXTERNAL',
					createPackages: JSON.stringify([
						{
							items: [{ logisticsSku: fixtures().logisticsSku, quantity: 48 }],
							numberOfIdenticalPkgs: 2,
						},
					]),
				},
			},
		});
		expect(updated.error).toBeUndefined();
		expectAccepted(updated.requests);
		expect(updated.requests[0]).toMatchObject({
			method: 'PATCH',
			operationId: 'update_inbounding_shipment_v3',
		});
		expect(updated.items[0].json).toMatchObject({ id, boxContentLabels: false, packageCount: 2 });
	});

	it('bad input names the field and the item, and nothing is sent', async () => {
		const cases: Array<[IDataObject, RegExp]> = [
			[
				createParameters({ fromAddress: { address: { ...from.address, countryCode: 'USA' } } }),
				/"From Address → Country Code" must be a two-letter code .*\[item 0\]/,
			],
			[
				createParameters({ shipmentItems: { item: [{ logisticsSku: 'SKU-1', quantity: 1 }] } }),
				/"Items, entry 1 → logisticsSku" must be D followed by 10 .*\[item 0\]/,
			],
			[
				createParameters({
					additionalFields: { packages: '[{"items": [], "numberOfIdenticalPkgs": 1}]' },
				}),
				/"Additional Fields → Packages \(JSON\), entry 1 → items" needs at least one item/,
			],
			[
				{ resource: 'inbound', operation: 'get', shipmentId: shipment('={{ "41-001" }}') },
				/"Shipment" must be digits only .*\[item 0\]/,
			],
			[
				{ resource: 'inbound', operation: 'update', shipmentId: shipment(41001), updateFields: {} },
				/"Update Fields": add at least one field to change \[item 0\]/,
			],
			[
				{
					resource: 'inbound',
					operation: 'buyQuotes',
					shipmentId: shipment(41001),
					quoteIds: '12, abc',
				},
				/"Quote IDs" must hold whole numbers .*"abc" \[item 0\]/,
			],
			[
				{
					resource: 'inbound',
					operation: 'getDocument',
					shipmentId: shipment(41001),
					documentOption: 'BOX LABELS',
				},
				/"Document" may hold only letters, digits/,
			],
		];
		for (const [parameters, message] of cases) {
			const { error, requests } = await env.run({ parameters });
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		}
	});

	it('an unknown shipment is a 404 naming the check to make', async () => {
		const { error, requests } = await env.run({
			parameters: { resource: 'inbound', operation: 'get', shipmentId: shipment(99999999) },
		});
		expect(requests[0].validationErrors).toEqual([]);
		expect(error?.message).toMatch(/HTTP 404/);
		expect(error?.description).toMatch(/check the ID/);
	});
});
