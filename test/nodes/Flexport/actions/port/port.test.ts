import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectAccepted, freightSuite } from '../freightSuite';

describe('Port (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'port',
		path: '/ports',
		operationIds: { getAll: 'ports_index' },
		objectType: '/place',
		multiPage: false, // the simulator knows 25 ports
	});

	it('getAll filters by port type and UN/LOCODE', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'port',
				operation: 'getAll',
				returnAll: true,
				filters: { portType: 'seaport', unlocode: 'CNSHA' },
			},
		});
		expectAccepted(requests);
		expect(requests[0].query).toEqual({
			'f.port_type': 'seaport',
			'f.unlocode': 'CNSHA',
			page: '1',
			per: '100',
		});
		expect(items).toHaveLength(1);
		expect((items[0].json.address as { unlocode: string }).unlocode).toBe('CNSHA');
		expect(items[0].json._object).toBeUndefined(); // Simplify is on by default
	});

	it('with Continue On Fail, a bad port type fails only its own item, before sending', async () => {
		const { items, error, requests } = await env.run({
			parameters: {
				resource: 'port',
				operation: 'getAll',
				limit: 2,
				filters: { portType: '={{ $json.type }}' },
			},
			items: [{ type: 'airport' }, { type: 'spaceport' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query['f.port_type']).toBe('airport');
		const failed = items.filter((item) => item.json.error);
		expect(failed).toHaveLength(1);
		expect(failed[0].json.error).toMatch(
			/"Filters → Port Type" must be one of airport, railport, roadport, seaport.*\[item 1\]/,
		);
		expect(failed[0].pairedItem).toEqual({ item: 1 });
		expect(
			items
				.filter((item) => !item.json.error)
				.every((item) => (item.pairedItem as { item: number }).item === 0),
		).toBe(true);
	});
});
