/** Account standing status through n8n-core against the Logistics simulator. */
import { useLogisticsSimulator } from '../../../../harness/logisticsFixture';
import { expectAccepted } from '../logisticsSuite';

describe('Account (n8n-core engine against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();

	it('getStatus: GET /accounts/status, one item per input item', async () => {
		const { items, requests, error } = await env.run({
			parameters: { resource: 'account', operation: 'getStatus' },
			items: [{ a: 1 }, { a: 2 }],
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests.map((request) => request.operationId)).toEqual([
			'get_logistics_account_standing_status',
			'get_logistics_account_standing_status',
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(items[0].json).toEqual({
			logisticsAccountId: expect.any(String),
			isFullySetup: true,
			importedProductCatalog: true,
			completedFirstInboundShipment: true,
		});
	});

	it('a frozen account is a 423 that says retrying does not help', async () => {
		env.logistics.freeze(true);
		try {
			const { error } = await env.run({
				parameters: { resource: 'account', operation: 'getStatus' },
			});
			expect(error?.message).toMatch(/HTTP 423/);
			expect(error?.description).toMatch(/locked/);
		} finally {
			env.logistics.freeze(false);
		}
	});
});
