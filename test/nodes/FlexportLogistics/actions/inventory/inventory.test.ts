/** Inventory through n8n-core against the Logistics simulator. */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

describe('Inventory (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const sku = () => String(env.logistics.fixtures.logisticsSku);

	it('get: GET /products/{logisticsSku}/inventory with the pool and Aggregate Packs', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'inventory',
				operation: 'get',
				logisticsSku: { __rl: true, mode: 'id', value: sku() },
				options: { poolName: 'STORAGE', aggregatePacks: false },
			},
		});
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({
			operationId: 'get_inventory',
			query: { poolName: 'STORAGE', aggregatePacks: 'false' },
		});
		expect(items[0].json).toMatchObject({ logisticsSku: sku() });
		expect(typeof items[0].json.available).toBe('number');
	});

	it('getAll: offset pages with the pool filter; Limit', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'inventory',
				operation: 'getAll',
				limit: 3,
				options: { poolName: 'DEFAULT' },
			},
		});
		expectAccepted(requests);
		expect(requests[0]).toMatchObject({
			operationId: 'get_all_inventory',
			query: { limit: '3', offset: '0', poolName: 'DEFAULT' },
		});
		expect(items).toHaveLength(3);
		const all = await env.run({
			parameters: { resource: 'inventory', operation: 'getAll', returnAll: true },
		});
		expect(all.items.length).toBe(Number(env.logistics.fixtures.productCount));
		expect(all.requests.at(-1)?.status).toBe(200);
	});

	const warehouse = (extra = {}) => ({
		resource: 'inventory',
		operation: 'getByWarehouse',
		logisticsSkus: `${sku()}, ${String(env.logistics.fixtures.outOfStockSku)}`,
		...extra,
	});

	it('getByWarehouse: POST /products/warehouse with {logisticsSkus}, one item per SKU or per warehouse', async () => {
		const { items, requests } = await env.run({ parameters: warehouse() });
		expectAccepted(requests);
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({ method: 'POST', operationId: 'get_warehouse_details' });
		expect(requests[0].headers['idempotency-key']).toMatch(/^n8n-/);
		expect(items.map((item) => item.json.logisticsSku)).toEqual([
			sku(),
			env.logistics.fixtures.outOfStockSku,
		]);

		const split = await env.run({
			parameters: warehouse({ options: { splitByWarehouse: true, poolName: 'DEFAULT' } }),
		});
		expect(split.requests[0].query).toEqual({ poolName: 'DEFAULT' });
		expect(split.items.length).toBe(4);
		expect(split.items[0].json).toEqual({
			logisticsSku: sku(),
			warehouseId: 'RNO1',
			available: expect.any(Number),
		});
	});

	it("getByWarehouse: a server that takes only the README's {logisticsSKUs} gets it on the second try", async () => {
		env.logistics.setSettings({ warehouseBodyKey: 'logisticsSKUs' });
		const { items, requests, error } = await env.run({ parameters: warehouse() });
		expect(error).toBeUndefined();
		expect(requests.map((request) => request.status)).toEqual([400, 200]);
		expect(requests[1].headers['idempotency-key']).toBe(
			`${requests[0].headers['idempotency-key']}-logisticsSKUs`,
		);
		expect(items).toHaveLength(2);
	});

	it('getByWarehouse: when both spellings are refused, the first answer is the one reported', async () => {
		env.logistics.setFaults({ status5xx: { count: 1, status: 422 } });
		const { error, requests } = await env.run({ parameters: warehouse() });
		// The client's spelling met the 422; the README's spelling fails the spec's validation (400).
		expect(requests.map((request) => request.status)).toEqual([422, 400]);
		expect(error?.message).toMatch(/HTTP 422/);
	});

	it('getByWarehouse: SKUs are checked before any request', async () => {
		const { error, requests } = await env.run({ parameters: warehouse({ logisticsSkus: ' , ' }) });
		expect(error?.message).toMatch(/"Logistics SKUs" needs at least one SKU \[item 0\]/);
		expect(requests).toHaveLength(0);
	});
});
