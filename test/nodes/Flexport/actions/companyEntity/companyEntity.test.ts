import { useSimulator } from '../../../../harness/simulatorFixture';
import { expectLimitAndReturnAll, expectRefusedBeforeSending, freightSuite } from '../freightSuite';

describe('Company Entity (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'companyEntity',
		path: '/network/company_entities',
		operationIds: { get: 'network_company_entity_show', getAll: 'company_entity_index' },
		idParameter: 'companyEntityId',
		idLabel: 'Company Entity',
		locator: true,
		objectType: '/company_entity',
		multiPage: false,
	});
	const fixtures = () => env.sim.fixtures as { ownCompanyId: string; ownEntityRef: string };
	const address =
		'{"street_address": "1 Main St", "city": "Oakland", "country_code": "US", "zip": "94607"}';

	it('get: GET /network/company_entities/{id} with a numeric ID', async () => {
		const { items, requests, error } = await env.run({
			parameters: {
				resource: 'companyEntity',
				operation: 'get',
				companyEntityId: { __rl: true, mode: 'id', value: '9001' },
			},
		});
		expect(error).toBeUndefined();
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/network/company_entities/9001',
			status: 200,
			operationId: 'network_company_entity_show',
			validationErrors: [],
		});
		expect(items[0].json).toMatchObject({ id: 9001, ref: fixtures().ownEntityRef });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('getAll: filters by company ID and ref, Limit and Return All', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'companyEntity',
				operation: 'getAll',
				limit: 10,
				filters: {
					companyId: fixtures().ownCompanyId,
					companyRef: 'sim_imports',
					ref: 'sim_imports_eu',
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/network/company_entities',
			status: 200,
			operationId: 'company_entity_index',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({
			page: '1',
			per: '10',
			'f.company_id': fixtures().ownCompanyId,
			'f.company_ref': 'sim_imports',
			'f.ref': 'sim_imports_eu',
		});
		expect(items.map((item) => item.json.id)).toEqual([9002]);

		await expectLimitAndReturnAll(env, 'companyEntity', 3, 11);
	});

	it('create: POST with parent company by ID, mailing address and VAT numbers', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'companyEntity',
				operation: 'create',
				name: 'Zoomit LLC',
				parentCompanyBy: 'id',
				companyId: fixtures().ownCompanyId,
				mailingAddress: address,
				additionalFields: {
					ref: 'zoomit-llc',
					vatNumbers: '[{"country_code": "GB", "number": "GB 123456789"}]',
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/network/company_entities',
			status: 200,
			operationId: 'network_company_entity_create',
			validationErrors: [],
		});
		expect(requests[0].body).toEqual({
			name: 'Zoomit LLC',
			company_id: fixtures().ownCompanyId,
			mailing_address: {
				street_address: '1 Main St',
				city: 'Oakland',
				country_code: 'US',
				zip: '94607',
			},
			ref: 'zoomit-llc',
			vat_numbers: [{ country_code: 'GB', number: 'GB 123456789' }],
		});
		expect(items[0].json).toMatchObject({ name: 'Zoomit LLC', ref: 'zoomit-llc' });
	});

	it('create: parent company by ref', async () => {
		const { requests } = await env.run({
			parameters: {
				resource: 'companyEntity',
				operation: 'create',
				name: 'By Ref',
				parentCompanyBy: 'ref',
				companyRef: 'sim_imports',
				mailingAddress: address,
			},
		});
		expect(requests[0].body).toMatchObject({ name: 'By Ref', company_ref: 'sim_imports' });
		expect(requests[0]).toMatchObject({ status: 200, validationErrors: [] });
	});

	it('update: PATCH /network/company_entities/{id}', async () => {
		const { items, requests } = await env.run({
			parameters: {
				resource: 'companyEntity',
				operation: 'update',
				companyEntityId: { __rl: true, mode: 'id', value: '9002' },
				updateFields: {
					name: 'Simulated Imports Europe',
					mailingAddress: '{"street_address": "Damrak 1", "city": "Amsterdam"}',
				},
			},
		});
		expect(requests[0]).toMatchObject({
			method: 'PATCH',
			path: '/network/company_entities/9002',
			status: 200,
			operationId: 'network_company_entity_update',
			validationErrors: [],
		});
		expect(requests[0].body).toEqual({
			name: 'Simulated Imports Europe',
			mailing_address: { street_address: 'Damrak 1', city: 'Amsterdam' },
		});
		expect(items[0].json.name).toBe('Simulated Imports Europe');
	});

	it('rejects a non-numeric ID and an address without street before sending', async () => {
		await expectRefusedBeforeSending(
			env,
			{
				parameters: {
					resource: 'companyEntity',
					operation: 'get',
					companyEntityId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				},
				items: [{ id: '9001/../../oauth' }],
			},
			/"Company Entity" must be a numeric Flexport ID.*\[item 0\]/,
		);
		await expectRefusedBeforeSending(
			env,
			{
				parameters: {
					resource: 'companyEntity',
					operation: 'create',
					name: 'X',
					companyId: fixtures().ownCompanyId,
					mailingAddress: '{"city": "Paris"}',
				},
			},
			/"Mailing Address \(JSON\)": "street_address" is required \[item 0\]/,
		);
		const badVat = await env.run({
			parameters: {
				resource: 'companyEntity',
				operation: 'create',
				name: 'X',
				companyId: fixtures().ownCompanyId,
				mailingAddress: address,
				additionalFields: { vatNumbers: '[{"number": "1"}]' },
			},
		});
		expect(badVat.error?.message).toMatch(
			/VAT Numbers \(JSON\)": entry 1 needs "country_code" \[item 0\]/,
		);
	});

	it('with Continue On Fail outputs a 404 paired with its item', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'companyEntity',
				operation: 'get',
				companyEntityId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			items: [{ id: 9001 }, { id: 999999 }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(9001);
		expect(items[1].json.error).toMatch(/HTTP 404/);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
