import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectLimitAndReturnAll, freightSuite } from '../freightSuite';

describe('Invoice (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'invoice',
		path: '/invoices',
		operationIds: { get: 'invoices_show', getAll: 'invoice_index' },
		idParameter: 'invoiceId',
		idLabel: 'Invoice',
		locator: true,
		idKind: 'token',
		objectType: '/invoice',
		multiPage: false,
	});
	const invoiceId = () => (env.sim.fixtures as { invoiceId: string }).invoiceId;

	it('get: GET /invoices/{id}, simplified', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'invoice',
				operation: 'get',
				invoiceId: { __rl: true, mode: 'id', value: invoiceId() },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/invoices/${invoiceId()}`,
			status: 200,
			operationId: 'invoices_show',
			validationErrors: [],
		});
		expect(items[0].json).toMatchObject({ id: invoiceId() });
		expect(items[0].json._object).toBeUndefined();
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('getAll: every filter, sort and direction are sent as the spec names them', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'invoice',
				operation: 'getAll',
				limit: 20,
				sort: { sort: 'due_date', direction: 'asc' },
				filters: {
					status: 'outstanding',
					billedDirectlyToClient: false,
					entityId: '9002',
					entityRef: 'sim_imports_eu',
					issuedAfter: '2020-01-01',
					issuedBefore: '2100-01-01T00:00:00Z',
					lastUpdatedAfter: '2020-01-01T00:00:00Z',
					lastUpdatedBefore: '2100-01-01T00:00:00Z',
					clientId: '54321',
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/invoices',
			status: 200,
			operationId: 'invoice_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({
			page: '1',
			per: '20',
			sort: 'due_date',
			direction: 'asc',
			'f.status': 'outstanding',
			'f.billed_directly_to_client': 'false',
			'f.entity.id': '9002',
			'f.entity.ref': 'sim_imports_eu',
			'f.issued_at.gt': '2020-01-01T00:00:00.000Z',
			'f.issued_at.lt': '2100-01-01T00:00:00.000Z',
			'f.last_updated_at.gt': '2020-01-01T00:00:00.000Z',
			'f.last_updated_at.lt': '2100-01-01T00:00:00.000Z',
			'f.client_id': '54321',
		});
		expect(items.every((item) => item.json.status === 'outstanding')).toBe(true);
		const dueDates = items.map((item) => String(item.json.due_date));
		expect([...dueDates].sort()).toEqual(dueDates);
	});

	it('getAll: shipment filters, name, Limit and Return All', async () => {
		const first = (
			await env.run({ parameters: { resource: 'invoice', operation: 'getAll', limit: 1 } })
		).items[0].json;
		const shipmentId = String(first.shipments_id ?? '');
		const byShipment = await env.run({
			parameters: {
				resource: 'invoice',
				operation: 'getAll',
				limit: 5,
				filters: { shipmentId, shipmentIdAlternate: shipmentId, name: first.name },
			},
		});
		expect(byShipment.requests[0].query).toMatchObject({
			'f.shipment.id': shipmentId,
			'f.shipment_id': shipmentId,
			'f.name': first.name,
		});
		expect(byShipment.requests[0].validationErrors).toEqual([]);
		expect(byShipment.items.map((item) => item.json.id)).toContain(first.id);

		await expectLimitAndReturnAll(env, 'invoice', 3, 60);
	});

	it('rejects a bad status or a non-numeric entity ID before sending', async () => {
		const badStatus = await env.run({
			parameters: { resource: 'invoice', operation: 'getAll', filters: { status: 'open' } },
		});
		expect(badStatus.error?.message).toMatch(
			/"Filters → Status" must be one of outstanding, past_due, void, paid.*\[item 0\]/,
		);
		expect(badStatus.requests).toHaveLength(0);
		const badEntity = await env.run({
			parameters: { resource: 'invoice', operation: 'getAll', filters: { entityId: 'abc' } },
		});
		expect(badEntity.error?.message).toMatch(
			/"Filters → Billed Entity ID" must be a numeric Flexport ID.*\[item 0\]/,
		);
		expect(badEntity.requests).toHaveLength(0);
	});

	it('with Continue On Fail outputs a 404 paired with its item', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'invoice',
				operation: 'get',
				invoiceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			items: [{ id: invoiceId() }, { id: 'nope' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(invoiceId());
		expect(items[1].json.error).toMatch(/HTTP 404 to GET \/invoices\/nope/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
