import { useSimulator } from '../../../../harness/simulatorFixture';
import { freightSuite } from '../freightSuite';

describe('Company (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'company',
		path: '/network/companies',
		operationIds: { get: 'network_company_show', getAll: 'network_company_index' },
		idParameter: 'companyId',
		idLabel: 'Company',
		locator: true,
		idKind: 'token',
		objectType: '/network/company',
		multiPage: false,
	});
	const ownCompanyId = () => (env.sim.fixtures as { ownCompanyId: string }).ownCompanyId;

	it('get: fetches a company by its string ID, simplified, paired with its item', async () => {
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'company',
				operation: 'get',
				companyId: { __rl: true, mode: 'id', value: ownCompanyId() },
			},
		});
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: `/network/companies/${ownCompanyId()}`,
			status: 200,
			operationId: 'network_company_show',
			validationErrors: [],
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: ownCompanyId(), name: 'Simulated Imports Inc.' });
		expect(items[0].json._object).toBeUndefined();
		expect(items[0].json.locations).toBeUndefined(); // collection refs are dropped by Simplify
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('get: accepts an API link (By URL) and returns the raw object with Simplify off', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'company',
				operation: 'get',
				companyId: {
					__rl: true,
					mode: 'url',
					value: `https://api.flexport.com/network/companies/${ownCompanyId()}`,
				},
				simplify: false,
			},
		});
		expect(requests[0].path).toBe(`/network/companies/${ownCompanyId()}`);
		expect(items[0].json._object).toBe('/network/company');
	});

	it('getAll: Limit, the ref and metadata filters in the query', async () => {
		const { items, requests } = await env.run({
			parameters: { resource: 'company', operation: 'getAll', limit: 2 },
		});
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/network/companies',
			status: 200,
			operationId: 'network_company_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({ page: '1', per: '2' });
		expect(items).toHaveLength(2);

		const filtered = await env.run({
			parameters: {
				resource: 'company',
				operation: 'getAll',
				limit: 5,
				filters: {
					ref: 'busan_precision',
					metadata: { tag: [{ key: 'tier', value: 'preferred' }] },
				},
			},
		});
		expect(filtered.requests[0].query).toEqual({
			page: '1',
			per: '5',
			'f.ref': 'busan_precision',
			'f.metadata.tier': 'preferred',
		});
		expect(filtered.requests[0].validationErrors).toEqual([]);
		expect(filtered.items.map((item) => item.json.ref)).toEqual(['busan_precision']);
	});

	it('getAll: Return All outputs every company once', async () => {
		const { items, requests } = await env.run({
			parameters: { resource: 'company', operation: 'getAll', returnAll: true },
		});
		expect(
			requests.every((request) => request.status === 200 && request.validationErrors.length === 0),
		).toBe(true);
		expect(requests[0].query).toMatchObject({ page: '1', per: '100' });
		const ids = items.map((item) => item.json.id);
		expect(ids.length).toBe(
			env.sim.db
				? (env.sim.db as { companies: { all(): unknown[] } }).companies.all().length
				: ids.length,
		);
		expect(new Set(ids).size).toBe(ids.length);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('create: POST /network/companies with name and ref', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'company',
				operation: 'create',
				name: 'Zoomit',
				additionalFields: { ref: 'zoomit-ref' },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/network/companies',
			status: 200,
			operationId: 'network_company_create',
			validationErrors: [],
		});
		expect(requests[0].body).toEqual({ name: 'Zoomit', ref: 'zoomit-ref' });
		expect(items[0].json).toMatchObject({ name: 'Zoomit', ref: 'zoomit-ref' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('update: PATCH /network/companies/{id} with only the chosen fields', async () => {
		const created = await env.run({
			parameters: { resource: 'company', operation: 'create', name: 'To Rename' },
		});
		const id = created.items[0].json.id as string;
		const { items, requests } = await env.run({
			parameters: {
				resource: 'company',
				operation: 'update',
				companyId: { __rl: true, mode: 'list', value: id },
				updateFields: { name: 'Renamed' },
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'PATCH',
			path: `/network/companies/${id}`,
			status: 200,
			operationId: 'network_company_update',
			validationErrors: [],
		});
		expect(requests[0].body).toEqual({ name: 'Renamed' });
		expect(items[0].json.name).toBe('Renamed');
	});

	it('getMine: GET /network/me/companies', async () => {
		const { items, requests } = await env.run({
			parameters: { resource: 'company', operation: 'getMine' },
			items: [{}, {}],
		});
		expect(requests).toHaveLength(2);
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/network/me/companies',
			status: 200,
			operationId: 'network_company_me',
			validationErrors: [],
		});
		expect(items.map((item) => item.json.id)).toEqual([ownCompanyId(), ownCompanyId()]);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});

	it('rejects a bad ID, an empty update and a missing name before sending anything', async () => {
		const badId = await env.run({
			parameters: {
				resource: 'company',
				operation: 'get',
				companyId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			items: [{ id: '../oauth/token' }],
		});
		expect(badId.error?.message).toMatch(/"Company" must be a Flexport ID.*\[item 0\]/);
		expect(badId.requests).toHaveLength(0);

		const empty = await env.run({
			parameters: {
				resource: 'company',
				operation: 'update',
				companyId: { __rl: true, mode: 'id', value: ownCompanyId() },
			},
		});
		expect(empty.error?.message).toMatch(/"Update Fields": add at least one field.*\[item 0\]/);
		expect(empty.requests).toHaveLength(0);

		const noName = await env.run({
			parameters: { resource: 'company', operation: 'create', name: '={{ $json.name }}' },
			items: [{ name: 'A' }, { name: '' }],
		});
		expect(noName.error?.message).toMatch(/"Name" is required \[item 1\]/);
	});
});
