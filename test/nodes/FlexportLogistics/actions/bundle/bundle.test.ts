/** Bundles through n8n-core against the Logistics simulator. */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

describe('Bundle (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const fixtures = () => env.logistics.fixtures as Record<string, string>;

	it('create: POST /bundles with the typed fields and contents; get and getInventory read it back', async () => {
		const externalBundleId = `GIFT-${Date.now()}`;
		const created = await env.run({
			parameters: {
				resource: 'bundle',
				operation: 'create',
				externalBundleId,
				title: 'Mug and Coaster Gift Set',
				sku: externalBundleId,
				bundleContents: { product: [{ productId: fixtures().logisticsSku, quantity: 2 }] },
			},
		});
		expect(created.error).toBeUndefined();
		expectAccepted(created.requests);
		expect(created.requests[0]).toMatchObject({ method: 'POST', operationId: 'create_bundle' });
		const bundleId = created.items[0].json.bundleId as string;
		expect(bundleId).toMatch(/^B[0-9A-Za-z]{10}$/);
		expect(created.items[0].json).toMatchObject({
			externalBundleId,
			idempotency: { replayed: false },
		});

		const got = await env.run({
			parameters: {
				resource: 'bundle',
				operation: 'get',
				bundleId: { __rl: true, mode: 'id', value: bundleId },
			},
		});
		expectAccepted(got.requests);
		expect(got.requests[0]).toMatchObject({
			apiPath: `/bundles/${bundleId}`,
			operationId: 'get_bundle',
		});
		expect(got.items[0].json).toMatchObject({ bundleId, title: 'Mug and Coaster Gift Set' });

		const inventory = await env.run({
			parameters: {
				resource: 'bundle',
				operation: 'getInventory',
				bundleId: { __rl: true, mode: 'id', value: bundleId },
			},
		});
		expectAccepted(inventory.requests);
		expect(inventory.requests[0].operationId).toBe('get_bundle_inventory');
		expect(inventory.items[0].json).toEqual({ bundleId, availableUnits: expect.any(Number) });
	});

	it('create: contents as JSON; a title shorter than 3 characters or a bad product is refused first', async () => {
		const base = {
			resource: 'bundle',
			operation: 'create',
			externalBundleId: 'X-1',
			title: 'Gift',
			sku: 'X-1',
			bundleContentsInput: 'json',
			bundleContentsJson: JSON.stringify([{ productId: fixtures().logisticsSku, quantity: 1 }]),
		};
		const short = await env.run({ parameters: { ...base, title: 'ab' } });
		expect(short.error?.message).toMatch(/"Title" needs at least 3 characters \[item 0\]/);
		const badProduct = await env.run({
			parameters: { ...base, bundleContentsJson: '[{"productId": "P-1", "quantity": 1}]' },
		});
		expect(badProduct.error?.message).toMatch(
			/"Bundle Contents \(JSON\), entry 1 → productId" must be D followed by 10/,
		);
		expect([...short.requests, ...badProduct.requests]).toHaveLength(0);
	});

	it('get: an unknown bundle is a 404 that says to check the ID; a malformed one never leaves n8n', async () => {
		const missing = await env.run({
			parameters: {
				resource: 'bundle',
				operation: 'get',
				bundleId: { __rl: true, mode: 'id', value: 'BZZZZZZZZZZ' },
			},
		});
		expect(missing.error?.message).toMatch(/HTTP 404/);
		expect(missing.error?.description).toMatch(/check the ID/);
		const malformed = await env.run({
			parameters: {
				resource: 'bundle',
				operation: 'get',
				bundleId: { __rl: true, mode: 'id', value: `={{ "${fixtures().logisticsSku}" }}` },
			},
		});
		expect(malformed.error?.message).toMatch(/"Bundle" must be B followed by 10 letters or digits/);
		expect(malformed.requests).toHaveLength(0);
	});
});
