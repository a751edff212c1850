import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectLimitAndReturnAll, freightSuite } from '../freightSuite';

describe('Location (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'location',
		path: '/network/locations',
		operationIds: { get: 'network_location_show', getAll: 'location_index' },
		idParameter: 'locationId',
		idLabel: 'Location',
		locator: true,
		idKind: 'token',
		objectType: '/network/location',
		multiPage: false,
	});
	const ownCompanyId = () => (env.sim.fixtures as { ownCompanyId: string }).ownCompanyId;

	it('get: GET /network/locations/{id}', async () => {
		const first = (
			await env.run({ parameters: { resource: 'location', operation: 'getAll', limit: 1 } })
		).items[0].json;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'location',
				operation: 'get',
				locationId: {
					__rl: true,
					mode: 'url',
					value: `https://api.flexport.com/network/locations/${String(first.id)}`,
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/network/locations/${String(first.id)}`,
			status: 200,
			operationId: 'network_location_show',
			validationErrors: [],
		});
		expect(items[0].json).toMatchObject({ id: first.id, name: first.name });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('getAll: ref, company, contact and metadata filters; Limit; Return All', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'location',
				operation: 'getAll',
				limit: 5,
				filters: { ref: 'warehouse_us_la', companyRef: 'sim_imports', companyId: ownCompanyId() },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/network/locations',
			status: 200,
			operationId: 'location_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({
			page: '1',
			per: '5',
			'f.ref': 'warehouse_us_la',
			'f.company_ref': 'sim_imports',
			'f.company.id': ownCompanyId(),
		});
		expect(items.map((item) => item.json.ref)).toEqual(['warehouse_us_la']);

		const other = await env.run({
			parameters: {
				resource: 'location',
				operation: 'getAll',
				limit: 5,
				filters: {
					contactId: 'YJZMrNUj8qdxW9yicazpVx',
					metadata: { tag: [{ key: 'site', value: 'x' }] },
				},
			},
		});
		expect(other.requests[0].query).toMatchObject({
			'f.contact.id': 'YJZMrNUj8qdxW9yicazpVx',
			'f.metadata.site': 'x',
		});
		expect(other.requests[0].validationErrors).toEqual([]);

		await expectLimitAndReturnAll(env, 'location', 2, 11);
	});

	it('create and update: POST /network/locations, then PATCH /network/locations/{id}', async () => {
		const contact = (
			await env.run({
				parameters: {
					resource: 'contact',
					operation: 'getAll',
					limit: 1,
					filters: { companyId: ownCompanyId() },
				},
			})
		).items[0].json;
		const created = await env.run({
			parameters: {
				resource: 'location',
				operation: 'create',
				name: 'Oakland DC',
				companyId: ownCompanyId(),
				address:
					'{"street_address": "1 Port Way", "city": "Oakland", "state": "CA", "country_code": "US", "zip": "94607"}',
				additionalFields: {
					ref: 'oakland-dc',
					contactIds: `${String(contact.id)}`,
					metadata: '{"site": "west"}',
				},
			},
		});
		expect(created.requests[0]).toMatchObject({
			method: 'POST',
			path: '/network/locations',
			status: 200,
			operationId: 'network_location_create',
			validationErrors: [],
		});
		expect(created.requests[0].body).toEqual({
			name: 'Oakland DC',
			company_id: ownCompanyId(),
			address: {
				street_address: '1 Port Way',
				city: 'Oakland',
				state: 'CA',
				country_code: 'US',
				zip: '94607',
			},
			contact_ids: [contact.id],
			ref: 'oakland-dc',
			metadata: { site: ['west'] },
		});
		const id = created.items[0].json.id as string;

		const updated = await env.run({
			parameters: {
				resource: 'location',
				operation: 'update',
				locationId: { __rl: true, mode: 'id', value: id },
				updateFields: { name: 'Oakland DC 2', contactIds: '' },
			},
		});
		expect(updated.requests[0]).toMatchObject({
			method: 'PATCH',
			path: `/network/locations/${id}`,
			status: 200,
			operationId: 'location_update',
			validationErrors: [],
		});
		expect(updated.requests[0].body).toEqual({ name: 'Oakland DC 2', contact_ids: [] });
		expect(updated.items[0].json.name).toBe('Oakland DC 2');
	});

	it('rejects bad contact IDs and bad metadata before sending', async () => {
		const badContact = await env.run({
			parameters: {
				resource: 'location',
				operation: 'update',
				locationId: { __rl: true, mode: 'id', value: 'abc' },
				updateFields: { contactIds: 'ok, ../x' },
			},
		});
		expect(badContact.error?.message).toMatch(
			/"Update Fields → Contact IDs" must be a Flexport ID.*\[item 0\]/,
		);
		expect(badContact.requests).toHaveLength(0);
		const badMeta = await env.run({
			parameters: {
				resource: 'location',
				operation: 'update',
				locationId: { __rl: true, mode: 'id', value: 'abc' },
				updateFields: { metadata: '{"a": 1}' },
			},
		});
		expect(badMeta.error?.message).toMatch(
			/Metadata \(JSON\)": the value of "a" must be a string or a list of strings \[item 0\]/,
		);
	});
});
