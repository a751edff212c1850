import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted } from '../freightSuite';

describe('Commercial Invoice → Get Many, date filters of the current v2 pages (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	it('sends the created and updated ranges as Flexport names them', async () => {
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'commercialInvoice',
				operation: 'getAll',
				limit: 5,
				filters: {
					createdAtOrAfter: '2000-01-01',
					createdBefore: '2100-01-01T00:00:00Z',
					updatedAfter: '2000-01-01',
				},
			},
		});
		expect(error).toBeUndefined();
		expectAccepted(requests);
		expect(requests[0].query).toMatchObject({
			'f.created_at.gte': '2000-01-01T00:00:00.000Z',
			'f.created_at.lt': '2100-01-01T00:00:00.000Z',
			'f.updated_at.gt': '2000-01-01T00:00:00.000Z',
		});
		expect(items).toHaveLength(5);
	});
});
