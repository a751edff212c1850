import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectLimitAndReturnAll, freightSuite } from '../freightSuite';

describe('Customs Entry (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'customsEntry',
		path: '/customs_entries',
		operationIds: { get: 'customs_entries_show', getAll: 'customs_entry_index' },
		idParameter: 'customsEntryId',
		idLabel: 'Customs Entry',
		locator: true,
		idKind: 'token',
		objectType: '/customs_entry',
		multiPage: false,
	});
	const customsEntryId = () => (env.sim.fixtures as { customsEntryId: string }).customsEntryId;

	it('get: GET /customs_entries/{id}, simplified (shipment ref → shipment_id)', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'customsEntry',
				operation: 'get',
				customsEntryId: { __rl: true, mode: 'id', value: customsEntryId() },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/customs_entries/${customsEntryId()}`,
			status: 200,
			operationId: 'customs_entries_show',
			validationErrors: [],
		});
		expect(items[0].json).toMatchObject({ id: customsEntryId() });
		expect(typeof items[0].json.shipment_id).toBe('number');
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('getAll: shipment filter, Limit and Return All', async () => {
		const first = (
			await env.run({ parameters: { resource: 'customsEntry', operation: 'getAll', limit: 1 } })
		).items[0].json;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'customsEntry',
				operation: 'getAll',
				limit: 10,
				filters: { shipmentId: String(first.shipment_id) },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/customs_entries',
			status: 200,
			operationId: 'customs_entry_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({
			page: '1',
			per: '10',
			'f.shipment.id': String(first.shipment_id),
		});
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((item) => item.json.shipment_id === first.shipment_id)).toBe(true);

		const { limited } = await expectLimitAndReturnAll(env, 'customsEntry', 5, 51, {
			simplify: false,
		});
		expect(limited[0].json._object).toBe('/customs_entry');
	});
});
