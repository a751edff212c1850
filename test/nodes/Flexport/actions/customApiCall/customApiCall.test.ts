import { useSimulator } from '../../../../harness/simulatorFixture';

describe('Custom API Call (n8n-core engine against the simulator)', () => {
	const env = useSimulator();
	const call = (parameters: Record<string, unknown>) => ({
		resource: 'customApiCall',
		operation: 'request',
		...parameters,
	});

	it('GET with query parameters returns the unwrapped data', async () => {
		const { items, requests, error } = await env.run({
			parameters: call({
				method: 'GET',
				path: '/shipments/200001',
				queryParameters: { parameter: [{ name: 'use_name_value_metadata_format', value: 'true' }] },
			}),
		});
		expect(error).toBeUndefined();
		expect(requests[0]).toMatchObject({
			method: 'GET',
			path: '/shipments/200001',
			status: 200,
			operationId: 'shipment_show',
			validationErrors: [],
		});
		expect(requests[0].query).toEqual({ use_name_value_metadata_format: 'true' });
		expect(items[0].json).toMatchObject({ _object: '/shipment', id: 200001 });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('GET a list without Return All outputs the paginated collection; with it, every record across pages', async () => {
		const one = await env.run({
			parameters: call({
				method: 'GET',
				path: '/network/contacts',
				queryParameters: { parameter: [{ name: 'per', value: '5' }] },
			}),
		});
		expect(one.items).toHaveLength(1);
		expect(one.items[0].json).toMatchObject({ _object: '/api/collections/paginated' });
		expect((one.items[0].json.data as unknown[]).length).toBe(5);

		const all = await env.run({
			parameters: call({
				method: 'GET',
				path: '/shipments',
				followNextLinks: true,
				queryParameters: { parameter: [{ name: 'f.transportation_mode', value: 'ocean' }] },
			}),
		});
		const pages = all.requests.filter((request) => request.path === '/shipments');
		expect(pages.length).toBeGreaterThan(0);
		expect(
			pages.every(
				(request) =>
					request.status === 200 &&
					request.validationErrors.length === 0 &&
					request.query['f.transportation_mode'] === 'ocean',
			),
		).toBe(true);
		expect(all.items.every((item) => item.json.transportation_mode === 'ocean')).toBe(true);
		const everything = await env.run({
			parameters: call({ method: 'GET', path: '/shipments', followNextLinks: true }),
		});
		expect(everything.requests.length).toBeGreaterThan(1);
		expect(everything.items.length).toBeGreaterThan(100);
	});

	it('POST and PATCH send the JSON body', async () => {
		const created = await env.run({
			parameters: call({
				method: 'POST',
				path: '/network/companies',
				sendBody: true,
				body: '{"name": "Via Custom Call", "ref": "custom-call"}',
			}),
		});
		expect(created.requests[0]).toMatchObject({
			method: 'POST',
			path: '/network/companies',
			status: 200,
			operationId: 'network_company_create',
			validationErrors: [],
		});
		expect(created.requests[0].body).toEqual({ name: 'Via Custom Call', ref: 'custom-call' });
		const id = created.items[0].json.id as string;
		const patched = await env.run({
			parameters: call({
				method: 'PATCH',
				path: `/network/companies/${id}`,
				sendBody: true,
				body: { name: 'Renamed' },
			}),
		});
		expect(patched.requests[0]).toMatchObject({
			method: 'PATCH',
			status: 200,
			validationErrors: [],
		});
		expect(patched.items[0].json.name).toBe('Renamed');
	});

	it.each([
		['shipments', /must start with \//],
		['//evil.example.com/x', /must not contain a scheme or host/],
		['/https://evil.example.com', /must not contain a scheme or host/],
		['/shipments/../oauth/token', /must not contain \. or \.\. segments/],
		['/shipments/%2e%2e/oauth', /must not contain \. or \.\. segments/],
		['/shipments?per=5', /must not contain \? or #/],
		['/ship ments', /must not contain spaces/],
	])('rejects the path %s before sending', async (path, message) => {
		const { error, requests } = await env.run({ parameters: call({ method: 'GET', path }) });
		expect(error?.message).toMatch(message);
		expect(error?.message).toMatch(/"Path".*\[item 0\]/);
		expect(requests).toHaveLength(0);
	});

	it("with Continue On Fail outputs Flexport's error paired with its item", async () => {
		const { items, error } = await env.run({
			parameters: call({ method: 'GET', path: '={{ $json.path }}' }),
			items: [{ path: '/shipments/999999' }, { path: '/network/me/companies' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json.error).toMatch(/HTTP 404 to GET \/shipments\/999999/);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json._object).toBe('/network/company');
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
