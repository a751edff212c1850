/** Products through n8n-core against the Logistics simulator. */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

describe('Product (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string | number>;

	it('create: POST /products with name, merchant SKU, dimensions and customs information (201)', async () => {
		const merchantSku = `MUG-${Date.now()}`;
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'create',
				name: 'Ceramic Mug 350 ml',
				merchantSku,
				additionalFields: {
					dimensions: {
						value: {
							length: 4,
							width: 4,
							height: 5,
							lengthUnit: 'in',
							weight: 12,
							weightUnit: 'oz',
						},
					},
					customsInformation: {
						value: {
							originCountry: 'cn',
							tariffCode: '6912.00.4810',
							customsValue: 3.5,
							description: 'Ceramic mug',
						},
					},
				},
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			status: 201,
			operationId: 'create_product',
		});
		expect(requests[0].headers['idempotency-key']).toMatch(/^n8n-/);
		expect(items[0].json).toMatchObject({
			name: 'Ceramic Mug 350 ml',
			merchantSku,
			idempotency: { replayed: false },
		});
		expect(items[0].json.logisticsSku).toMatch(/^D[0-9A-Za-z]{10}$/);
	});

	it('create: a merchant SKU used before is a 409 that says so', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'create',
				name: 'Again',
				merchantSku: String(fixtures().merchantSku),
			},
		});
		expect(error?.message).toMatch(/HTTP 409/);
		expect(error?.description).toMatch(/already has an object with this identifier/);
	});

	it('get: GET /products/{logisticsSku}', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'get',
				logisticsSku: { __rl: true, mode: 'id', value: fixtures().logisticsSku },
			},
		});
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({
			apiPath: `/products/${fixtures().logisticsSku}`,
			operationId: 'get_product',
		});
		expect(items[0].json).toMatchObject({
			logisticsSku: fixtures().logisticsSku,
			merchantSku: fixtures().merchantSku,
		});
	});

	it('getAll: Limit asks for that many; Return All reads offset pages of 100 until an empty page', async () => {
		const limited = await env.run({
			parameters: { resource: 'product', operation: 'getAll', limit: 7 },
		});
		expectAccepted(limited.requests);
		expect(limited.requests).toHaveLength(1);
		expect(limited.requests[0].query).toEqual({ limit: '7', offset: '0' });
		expect(limited.items).toHaveLength(7);

		const all = await env.run({
			parameters: { resource: 'product', operation: 'getAll', returnAll: true },
		});
		expectAccepted(all.requests);
		const count = Number(fixtures().productCount);
		expect(all.items.length).toBeGreaterThanOrEqual(count);
		expect(new Set(all.items.map((item) => item.json.logisticsSku)).size).toBe(all.items.length);
		const offsets = all.requests.map((request) => Number(request.query.offset));
		expect(offsets[0]).toBe(0);
		expect(offsets.every((offset, index) => index === 0 || offset > offsets[index - 1])).toBe(true);
		expect(all.requests.every((request) => request.query.limit === '100')).toBe(true);
		expect(
			all.items.every(
				(item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0,
			),
		).toBe(true);
	});

	it('a bad Logistics SKU is refused before any request', async () => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'get',
				logisticsSku: { __rl: true, mode: 'id', value: '={{ "MUG-1" }}' },
			},
		});
		expect(error?.message).toMatch(
			/"Product" must be D followed by 10 letters or digits .*\[item 0\]/,
		);
		expect(requests).toHaveLength(0);
	});

	it('list search: finds products by name or merchant SKU and pages on by offset', async () => {
		const first = await env.listSearch('searchProducts');
		expect(first.results.length).toBeGreaterThan(0);
		expect(first.paginationToken).toBe(String(first.results.length));
		expect(env.logistics.requests.at(-1)).toMatchObject({
			operationId: 'get_products',
			query: { limit: '100', offset: '0' },
			status: 200,
		});
		const found = await env.listSearch('searchProducts', {
			filter: String(fixtures().merchantSku),
		});
		expect(found.results).toContainEqual(
			expect.objectContaining({ value: fixtures().logisticsSku }),
		);
		const next = await env.listSearch('searchProducts', { paginationToken: first.paginationToken });
		expect(env.logistics.requests.at(-1)?.query.offset).toBe(first.paginationToken);
		expect(next.results).toEqual([]);
		expect(next.paginationToken).toBeUndefined();
	});
});
