import type { IDataObject } from 'n8n-workflow';

import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectLimitAndReturnAll, freightSuite } from '../freightSuite';

describe('Contact (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'contact',
		path: '/network/contacts',
		operationIds: { get: 'network_contact_show', getAll: 'network_contact_index' },
		idParameter: 'contactId',
		idLabel: 'Contact',
		locator: true,
		idKind: 'token',
		objectType: '/network/contact',
		multiPage: false,
	});
	const ownCompanyId = () => (env.sim.fixtures as { ownCompanyId: string }).ownCompanyId;

	async function firstContact(): Promise<IDataObject> {
		const { items } = await env.run({
			parameters: { resource: 'contact', operation: 'getAll', limit: 1 },
		});
		return items[0].json;
	}

	it('get: GET /network/contacts/{id}, simplified (company ref → company_id)', async () => {
		const contact = await firstContact();
		const { items, requests } = await env.run({
			parameters: {
				resource: 'contact',
				operation: 'get',
				contactId: { __rl: true, mode: 'list', value: contact.id },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/network/contacts/${String(contact.id)}`,
			status: 200,
			operationId: 'network_contact_show',
			validationErrors: [],
		});
		expect(items[0].json).toMatchObject({
			id: contact.id,
			name: contact.name,
			company_id: contact.company_id,
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('getAll: filters in the query, Limit and Return All', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				limit: 50,
				filters: { companyId: ownCompanyId(), companyRef: 'sim_imports' },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/network/contacts',
			status: 200,
			operationId: 'network_contact_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({
			page: '1',
			per: '50',
			'f.company.id': ownCompanyId(),
			'f.company_ref': 'sim_imports',
		});
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((item) => item.json.company_id === ownCompanyId())).toBe(true);

		const location = (
			await env.run({
				parameters: { resource: 'location', operation: 'getAll', limit: 1, simplify: false },
			})
		).items[0].json;
		const byLocation = await env.run({
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				limit: 5,
				filters: { locationId: location.id },
			},
		});
		expect(byLocation.requests[0].query['f.location.id']).toBe(location.id);
		expect(byLocation.requests[0].validationErrors).toEqual([]);

		await expectLimitAndReturnAll(env, 'contact', 4, 21);
	});

	it('create and update: POST /network/contacts, then PATCH /network/contacts/{id}', async () => {
		const created = await env.run({
			parameters: {
				resource: 'contact',
				operation: 'create',
				name: 'John Smith',
				email: 'john@example.com',
				phoneNumber: '861-555-5555',
				additionalFields: { companyId: ownCompanyId() },
			},
		});
		expect(created.requests[0]).toMatchObject({
			method: 'POST',
			path: '/network/contacts',
			status: 200,
			operationId: 'network_contact_create',
			validationErrors: [],
		});
		expect(created.requests[0].body).toEqual({
			name: 'John Smith',
			email: 'john@example.com',
			phone_number: '861-555-5555',
			company_id: ownCompanyId(),
		});
		const id = created.items[0].json.id as string;
		expect(typeof id).toBe('string');

		const updated = await env.run({
			parameters: {
				resource: 'contact',
				operation: 'update',
				contactId: { __rl: true, mode: 'id', value: id },
				updateFields: { email: 'john.new@example.com', phoneNumber: '861-555-7777' },
			},
		});
		expect(updated.requests[0]).toMatchObject({
			method: 'PATCH',
			path: `/network/contacts/${id}`,
			status: 200,
			operationId: 'network_contact_update',
			validationErrors: [],
		});
		expect(updated.requests[0].body).toEqual({
			email: 'john.new@example.com',
			phone_number: '861-555-7777',
		});
		expect(updated.items[0].json).toMatchObject({ id, email: 'john.new@example.com' });
		expect(updated.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('rejects an invalid email before sending', async () => {
		const { error, requests } = await env.run({
			parameters: {
				resource: 'contact',
				operation: 'create',
				name: 'X',
				email: 'not-an-email',
				phoneNumber: '1',
			},
		});
		expect(error?.message).toMatch(/"Email" must be an email address.*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it('with Continue On Fail reports a bad item and carries on', async () => {
		const { items, error, requests } = await env.run({
			parameters: {
				resource: 'contact',
				operation: 'create',
				name: 'Jane',
				email: '={{ $json.email }}',
				phoneNumber: '555',
			},
			items: [{ email: 'bad' }, { email: 'jane@example.com' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(items[0].json.error).toMatch(/"Email" must be an email address/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.email).toBe('jane@example.com');
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
