/** Returns through n8n-core against the Logistics simulator: create, get, list with page_info, cancel. */
import type { IDataObject } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { shipTo } from '../parcel/parcelInputs';
import { expectAccepted } from '../logisticsSuite';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

describe('Return (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string | number>;
	const create = (parameters: IDataObject, items?: IDataObject[]) =>
		env.run({
			parameters: {
				resource: 'return',
				operation: 'create',
				rma: 'RMA-1',
				externalReturnId: `RET-${Date.now()}`,
				returnItems: {
					item: [{ identifier: fixtures().logisticsSku, type: 'LOGISTICS_SKU', quantity: 2 }],
				},
				additionalFields: { sourceAddress: shipTo },
				...parameters,
			},
			items,
		});

	it('create: POST /returns (201) with a source address; the simplified return has its label', async () => {
		const { items, requests, error } = await create(
			{
				externalReturnId: '={{ $json.ref }}',
				additionalFields: { sourceAddress: shipTo, logisticsOrderId: String(fixtures().orderId) },
			},
			[{ ref: 'RET-A' }, { ref: 'RET-B' }],
		);
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests.map((request) => [request.operationId, request.status])).toEqual([
			['returns_create_order', 201],
			['returns_create_order', 201],
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items[0].json).toMatchObject({
			id: expect.any(Number),
			status: 'CREATED',
			rma: 'RMA-1',
			externalReturnId: 'RET-A',
			carrier: 'USPS',
			trackingStatus: 'CREATED',
			identifiers: [fixtures().logisticsSku],
			expectedUnits: 2,
			idempotency: { replayed: false },
		});
		expect(items[0].json.shippingLabel).toBeUndefined();
	});

	it('create with an external label and merchant SKUs as JSON; get and cancel it', async () => {
		const created = await create({
			returnItemsInput: 'json',
			returnItemsJson: JSON.stringify([
				{ identifier: String(fixtures().merchantSku), type: 'SKU', quantity: 1 },
			]),
			additionalFields: {
				externalLabel: { label: { carrier: 'UPS', trackingCode: '1Z999AA10123456784' } },
			},
			simplify: false,
		});
		expect(created.error).toBeUndefined();
		expectAccepted(created.requests);
		const record = created.items[0].json;
		expect(record.shippingLabel).toMatchObject({
			carrier: 'UPS',
			trackingCode: '1Z999AA10123456784',
		});

		const got = await env.run({
			parameters: { resource: 'return', operation: 'get', returnId: byId(String(record.id)) },
		});
		expectAccepted(got.requests);
		expect(got.requests[0]).toMatchObject({
			apiPath: `/returns/${record.id}`,
			operationId: 'returns_get_order',
		});
		expect(got.items[0].json).toMatchObject({ id: record.id, trackingCode: '1Z999AA10123456784' });

		const cancelled = await env.run({
			parameters: { resource: 'return', operation: 'cancel', returnId: byId(String(record.id)) },
		});
		expect(cancelled.error).toBeUndefined();
		expectAccepted(cancelled.requests);
		expect(cancelled.requests[0].operationId).toBe('returns_cancel_order');
		expect(cancelled.items[0].json).toMatchObject({ returnId: String(record.id), success: true });
		const after = await env.run({
			parameters: { resource: 'return', operation: 'get', returnId: byId(String(record.id)) },
		});
		expect(after.items[0].json.status).toBe('CANCELLED');
	});

	it.each(['link', 'body'])(
		'getAll: Return All follows page_info (in the %s) over every page, filtered by status',
		async (pageInfoIn) => {
			env.logistics.setSettings({ pageInfoIn });
			const open = (env.logistics.db.returns as unknown as { all(): IDataObject[] })
				.all()
				.filter((record) => record.status === 'CREATED').length;
			const needed = Math.max(0, 105 - open);
			if (needed > 0) {
				const made = await create(
					{ rma: 'RMA-BULK', externalReturnId: `={{ "BULK-${pageInfoIn}-" + $json.n }}` },
					Array.from({ length: needed }, (_, n) => ({ n })),
				);
				expect(made.error).toBeUndefined();
			}
			const all = await env.run({
				parameters: {
					resource: 'return',
					operation: 'getAll',
					returnAll: true,
					filters: { status: ['CREATED'] },
				},
			});
			expect(all.error).toBeUndefined();
			expectAccepted(all.requests);
			expect(all.requests.length).toBeGreaterThanOrEqual(2);
			// A token from the body is sent with the filters again; a Link is followed as given.
			const filtered = pageInfoIn === 'body' ? all.requests : all.requests.slice(0, 1);
			for (const request of filtered) expect(request.query.status).toBe('CREATED');
			expect(all.requests[1].query.page_info).toBeTruthy();
			const ids = all.items.map((item) => item.json.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids.length).toBeGreaterThan(100);
			expect(all.items.every((item) => item.json.status === 'CREATED')).toBe(true);
			expect(all.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(
				true,
			);
		},
	);

	it('getAll: Limit asks for that many and stops; filters by RMA', async () => {
		const limited = await env.run({
			parameters: { resource: 'return', operation: 'getAll', limit: 7 },
		});
		expectAccepted(limited.requests);
		expect(limited.requests).toHaveLength(1);
		expect(limited.requests[0].query.limit).toBe('7');
		expect(limited.items).toHaveLength(7);
		const byRma = await env.run({
			parameters: {
				resource: 'return',
				operation: 'getAll',
				returnAll: true,
				filters: { rma: 'RMA-7000' },
			},
		});
		expectAccepted(byRma.requests);
		expect(byRma.items.map((item) => item.json.rma)).toEqual(['RMA-7000']);
	});

	it.each([
		[
			'neither a source address nor a label',
			{ additionalFields: {} },
			/"Additional Fields → Source Address" is required when no "Additional Fields → External Label" is given/,
		],
		[
			'a Logistics SKU that is none',
			{ returnItems: { item: [{ identifier: 'MUG-1', type: 'LOGISTICS_SKU', quantity: 1 }] } },
			/"Return Items, entry 1 → identifier" must be D followed by 10/,
		],
		[
			'a quantity of 0',
			{
				returnItems: { item: [{ identifier: 'DAB12CD34EF', type: 'LOGISTICS_SKU', quantity: 0 }] },
			},
			/"Return Items, entry 1 → quantity" must be at least 1/,
		],
		[
			'an identifier type Flexport does not know',
			{
				returnItemsInput: 'json',
				returnItemsJson: '[{"identifier": "A", "type": "UPC", "quantity": 1}]',
			},
			/"Return Items \(JSON\), entry 1 → type" must be one of LOGISTICS_SKU, SKU/,
		],
		['an empty RMA', { rma: ' ' }, /"RMA" is required \[item 0\]/],
	])('create refuses %s before sending', async (_case, change, message) => {
		const { error, requests } = await create(change);
		expect(error?.message).toMatch(message);
		expect(requests).toHaveLength(0);
	});

	it('getAll refuses a status Flexport does not know; get refuses a return ID that is no number', async () => {
		const status = await env.run({
			parameters: {
				resource: 'return',
				operation: 'getAll',
				filters: { status: '={{ ["LOST"] }}' },
			},
		});
		expect(status.error?.message).toMatch(/"Filters → Status" must be one of CREATED, /);
		const id = await env.run({
			parameters: { resource: 'return', operation: 'get', returnId: byId('={{ "3001/cancel" }}') },
		});
		expect(id.error?.message).toMatch(/"Return" must be digits only/);
		expect([...status.requests, ...id.requests]).toHaveLength(0);
	});
});
