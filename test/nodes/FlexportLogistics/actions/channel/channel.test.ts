/** Sales channels and product sync through n8n-core against the Logistics simulator. */
import { randomString } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

describe('Channel (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const store = { channelType: 'SHOPIFY', storeName: 'mugs-and-more.myshopify.com' };
	const shopToken = `shpat_${randomString(24)}`;

	it('create, start a product sync and read its status until complete', async () => {
		env.logistics.setSettings({ asyncByKind: { productSync: { pendingPolls: 1 } } });
		const created = await env.run({
			parameters: {
				resource: 'channel',
				operation: 'create',
				...store,
				accessToken: shopToken,
				locationId: '7781',
			},
		});
		expect(created.error).toBeUndefined();
		expectAccepted(created.requests);
		expect(created.requests[0]).toMatchObject({ method: 'POST', operationId: 'create_channel' });
		expect(created.items[0].json).toMatchObject({
			channelId: expect.any(String),
			...store,
			fulfillmentServiceCallbackUrl: expect.any(String),
			idempotency: { replayed: false },
		});
		expect(JSON.stringify(created.items[0].json)).not.toContain(shopToken);

		const status = () =>
			env.run({ parameters: { resource: 'channel', operation: 'getProductSyncStatus', ...store } });
		const before = await status();
		expectAccepted(before.requests);
		expect(before.requests[0]).toMatchObject({
			apiPath: `/channels/SHOPIFY/shop/${store.storeName}/sync`,
			operationId: 'get_product_sync_status',
		});
		expect(before.items[0].json).toMatchObject({ productSyncStatus: 'STOPPED' });

		const started = await env.run({
			parameters: { resource: 'channel', operation: 'startProductSync', ...store },
		});
		expect(started.error).toBeUndefined();
		expectAccepted(started.requests);
		expect(started.requests[0].operationId).toBe('create_product_sync');
		expect(started.requests[0].headers['idempotency-key']).toMatch(/^n8n-/);
		expect(started.items[0].json).toMatchObject({ success: true });

		expect((await status()).items[0].json.productSyncStatus).toBe('PENDING');
		expect((await status()).items[0].json.productSyncStatus).toBe('COMPLETE');
	});

	it('an unknown store is a 404; a store name that could change the path never leaves n8n', async () => {
		const unknown = await env.run({
			parameters: {
				resource: 'channel',
				operation: 'getProductSyncStatus',
				channelType: 'SHOPIFY',
				storeName: 'nowhere',
			},
		});
		expect(unknown.error?.message).toMatch(/HTTP 404/);
		for (const [field, value, message] of [
			[
				'storeName',
				'../../webhooks',
				/"Store Name" must be a store name such as shop1\.myshopify\.com/,
			],
			['channelType', 'SHOP IFY', /"Channel Type" may hold only letters, digits, _ and -/],
		]) {
			const { error, requests } = await env.run({
				parameters: {
					resource: 'channel',
					operation: 'startProductSync',
					...store,
					[field as string]: value,
				},
			});
			expect(error?.message).toMatch(message);
			expect(requests).toHaveLength(0);
		}
		const noToken = await env.run({
			parameters: {
				resource: 'channel',
				operation: 'create',
				...store,
				accessToken: '={{ "  " }}',
				locationId: '1',
			},
		});
		expect(noToken.error?.message).toMatch(/"Store Access Token" is required \[item 0\]/);
		expect(noToken.requests).toHaveLength(0);
	});
});
