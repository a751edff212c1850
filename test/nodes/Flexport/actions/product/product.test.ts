import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectLimitAndReturnAll, freightSuite } from '../freightSuite';

describe('Product (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'product',
		path: '/products',
		operationIds: { get: 'product_show', getAll: 'product_index' },
		idParameter: 'productId',
		idLabel: 'Product',
		locator: true,
		objectType: '/product',
		multiPage: false,
	});
	const fixtures = () => env.sim.fixtures as { productId: number; productSku: string };

	it('get: GET /products/{id} with a numeric ID', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'get',
				productId: { __rl: true, mode: 'id', value: String(fixtures().productId) },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/products/${fixtures().productId}`,
			status: 200,
			operationId: 'product_show',
			validationErrors: [],
		});
		expect(items[0].json).toMatchObject({ id: fixtures().productId, sku: fixtures().productSku });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('getAll: SKU, archived and product property filters; Limit; Return All', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'getAll',
				limit: 10,
				filters: { sku: fixtures().productSku, archived: false },
				productPropertyFilters: { property: [{ type: 'color', value: 'white' }] },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/products',
			status: 200,
			operationId: 'product_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({
			page: '1',
			per: '10',
			'f.sku': fixtures().productSku,
			'f.archived_at.exists': 'false',
			'f.product_properties.color': 'white',
		});
		expect(items.map((item) => item.json.id)).toEqual([fixtures().productId]);

		await expectLimitAndReturnAll(env, 'product', 7, 30);
	});

	it('create: POST /products with required fields, properties, classifications and suppliers', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'create',
				name: 'AC Adapter 12V',
				sku: 'ACA-12V-TEST',
				productCategory: 'Electronics',
				countryOfOrigin: 'China',
				additionalFields: {
					description: 'The best adapter',
					clientVerified: true,
					productProperties: { property: [{ type: 'color', value: 'black' }] },
					classifications: '[{"codes": [8504, "8504.40"], "region": "US"}]',
					suppliers: '[{"ref": "brightway_electronics_factory", "country_of_origin": "CN"}]',
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/products',
			status: 200,
			operationId: 'product_create',
			validationErrors: [],
		});
		expect(requests[0].body).toEqual({
			name: 'AC Adapter 12V',
			sku: 'ACA-12V-TEST',
			product_category: 'Electronics',
			country_of_origin: 'China',
			description: 'The best adapter',
			client_verified: true,
			product_properties: [{ type: 'color', value: 'black' }],
			classifications: [{ codes: ['8504', '8504.40'], region: 'US' }],
			suppliers: [{ ref: 'brightway_electronics_factory', country_of_origin: 'CN' }],
		});
		expect(items[0].json).toMatchObject({ sku: 'ACA-12V-TEST', client_verified: true });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('update: PATCH /products/{id} with the chosen fields only', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'update',
				productId: { __rl: true, mode: 'list', value: String(fixtures().productId) },
				updateFields: { description: 'Updated', productCategory: 'Audio' },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'PATCH',
			path: `/products/${fixtures().productId}`,
			status: 200,
			operationId: 'product_update',
			validationErrors: [],
		});
		expect(requests[0].body).toEqual({ description: 'Updated', product_category: 'Audio' });
		expect(items[0].json).toMatchObject({ description: 'Updated', product_category: 'Audio' });
	});

	it('rejects bad property types, classifications and suppliers before sending', async () => {
		const badType = await env.run({
			parameters: {
				resource: 'product',
				operation: 'getAll',
				productPropertyFilters: { property: [{ type: 'a.b&c', value: 'x' }] },
			},
		});
		expect(badType.error?.message).toMatch(
			/"Product Property Filters": "a.b&c" must be 1–100 letters.*\[item 0\]/,
		);
		expect(badType.requests).toHaveLength(0);
		const badSupplier = await env.run({
			parameters: {
				resource: 'product',
				operation: 'update',
				productId: { __rl: true, mode: 'id', value: String(fixtures().productId) },
				updateFields: { suppliers: '[{"country_of_origin": "CN"}]' },
			},
		});
		expect(badSupplier.error?.message).toMatch(
			/"Update Fields → Suppliers \(JSON\)": entry 1 needs "id" or "ref" \[item 0\]/,
		);
		expect(badSupplier.requests).toHaveLength(0);
	});

	it("with Continue On Fail outputs Flexport's 400 (duplicate SKU) paired with its item", async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'product',
				operation: 'create',
				name: 'Dup',
				sku: fixtures().productSku,
				productCategory: 'X',
				countryOfOrigin: 'China',
			},
			items: [{ a: 1 }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.error).toMatch(/HTTP 400 to POST \/products: .*already used/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});
