import { useSimulator } from '../../../../harness/simulatorFixture';
import { freightSuite } from '../freightSuite';

describe('Shipment (n8n-core engine against the simulator)', () => {
	const env = useSimulator();

	freightSuite(env, {
		resource: 'shipment',
		path: '/shipments',
		operationIds: { get: 'shipment_show', getAll: 'shipment_index' },
		idParameter: 'shipmentId',
		idLabel: 'Shipment',
		locator: true,
		objectType: '/shipment',
		listObjectType: '/shipments',
		multiPage: true, // the simulator seeds 120 shipments
	});

	describe('get', () => {
		it('gets a shipment by ID, simplified, paired with its item, with Flexport-Version and a bearer token', async () => {
			const { items, requests, error } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: { __rl: true, mode: 'id', value: '200001' },
				},
			});
			expect(error).toBeUndefined();
			expect(requests).toHaveLength(1); // n8n asks the credential for a token before the first request
			const final = requests[requests.length - 1];
			expect(final).toMatchObject({
				method: 'GET',
				path: '/shipments/200001',
				status: 200,
				operationId: 'shipment_show',
				validationErrors: [],
			});
			expect(final.headers['flexport-version']).toBe('2');
			expect(final.headers.authorization).toMatch(/^Bearer /);
			expect(items).toHaveLength(1);
			expect(items[0].json.id).toBe(200001);
			expect(items[0].json._object).toBeUndefined();
			expect(items[0].pairedItem).toEqual({ item: 0 });
			expect(env.sim.stats().tokenRequests).toBe(1);
		});

		it('accepts a Flexport link (By URL) and returns the raw object when Simplify is off', async () => {
			const { items, requests } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: {
						__rl: true,
						mode: 'url',
						value: 'https://app.flexport.com/shipments/200002',
					},
					simplify: false,
				},
			});
			expect(requests.at(-1)?.path).toBe('/shipments/200002');
			expect(items[0].json._object).toBe('/shipment');
		});

		it('resolves link refs on request', async () => {
			const { items, requests } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: { __rl: true, mode: 'id', value: '200003' },
					options: { resolveLinks: 'legs' },
				},
			});
			expect(requests.some((request) => request.path === '/shipment_legs')).toBe(true);
			expect(Array.isArray(items[0].json.legs)).toBe(true);
			expect(requests.every((request) => request.validationErrors.length === 0)).toBe(true);
		});

		it('rejects a non-numeric ID before sending anything, naming the field and item', async () => {
			const { error, requests } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				},
				items: [{ id: '12/../../oauth' }],
			});
			expect(error?.message).toMatch(/"Shipment" must be a numeric Flexport ID.*\[item 0\]/);
			expect(requests).toHaveLength(0);
		});

		it('maps a 404 to a clear error, and with Continue On Fail outputs it paired with its item', async () => {
			const { items, error } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: { __rl: true, mode: 'id', value: '999999' },
				},
				items: [{ a: 1 }, { a: 2 }],
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			expect(items).toHaveLength(2);
			expect(items[0].json.error).toMatch(/Flexport answered HTTP 404 to GET \/shipments\/999999/);
			expect(items[1].pairedItem).toEqual({ item: 1 });
		});

		it('works with the legacy API key credential', async () => {
			const { items, requests } = await env.run({
				credentialType: 'flexportApi',
				parameters: {
					resource: 'shipment',
					operation: 'get',
					shipmentId: { __rl: true, mode: 'id', value: '200001' },
				},
			});
			expect(items[0].json.id).toBe(200001);
			expect(requests).toHaveLength(1);
			expect(env.sim.stats().tokenRequests).toBe(0);
		});
	});

	describe('getAll', () => {
		it('returns up to Limit records with filters and sort in the query', async () => {
			const { items, requests } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'getAll',
					returnAll: false,
					limit: 5,
					filters: { transportationMode: 'ocean', updatedAfter: '2020-01-01T00:00:00Z' },
					sort: { sort: 'updated_at', direction: 'desc' },
				},
			});
			const final = requests.at(-1)!;
			expect(final.query).toMatchObject({
				'f.transportation_mode': 'ocean',
				'f.updated_at.gt': '2020-01-01T00:00:00.000Z',
				sort: 'updated_at',
				direction: 'desc',
				per: '5',
				page: '1',
			});
			expect(final.validationErrors).toEqual([]);
			expect(items.length).toBeLessThanOrEqual(5);
			expect(
				items.every(
					(item) => (item.json as { transportation_mode?: string }).transportation_mode === 'ocean',
				),
			).toBe(true);
		});

		it('Return All follows next links across pages and outputs every record once', async () => {
			const { items, requests } = await env.run({
				parameters: { resource: 'shipment', operation: 'getAll', returnAll: true },
			});
			const pages = requests.filter(
				(request) => request.path === '/shipments' && request.status === 200,
			);
			expect(pages.length).toBeGreaterThan(1);
			const ids = items.map((item) => item.json.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(items.length).toBeGreaterThan(100);
			expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		});

		it('rejects a malformed date filter before sending', async () => {
			const { error, requests } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'getAll',
					filters: { updatedAfter: 'yesterday' },
				},
			});
			expect(error?.message).toMatch(/"Filters → Updated After" must be a date.*\[item 0\]/);
			expect(requests).toHaveLength(0);
		});

		it('encodes metadata filter keys and values safely', async () => {
			const { requests } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'getAll',
					limit: 1,
					filters: { metadata: { tag: [{ key: 'po', value: 'A&B=1?x#y' }] } },
				},
			});
			expect(requests.at(-1)?.query['f.metadata.po']).toBe('A&B=1?x#y');
		});
	});

	describe('update', () => {
		it('replaces metadata with a PATCH the spec accepts', async () => {
			const { items, requests } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'update',
					shipmentId: { __rl: true, mode: 'id', value: '200004' },
					metadata: '{"purchase_order": ["PO-1", "PO-2"], "team": "blue"}',
				},
			});
			const patch = requests.at(-1)!;
			expect(patch).toMatchObject({
				method: 'PATCH',
				path: '/shipments/200004',
				status: 200,
				validationErrors: [],
			});
			expect(patch.body).toEqual({
				metadata: { purchase_order: ['PO-1', 'PO-2'], team: ['blue'] },
			});
			expect(items[0].json.metadata).toEqual({ purchase_order: ['PO-1', 'PO-2'], team: ['blue'] });
		});

		it('rejects invalid JSON naming the field and item', async () => {
			const { error, requests } = await env.run({
				parameters: {
					resource: 'shipment',
					operation: 'update',
					shipmentId: { __rl: true, mode: 'id', value: '200004' },
					metadata: '{oops',
				},
				items: [{}, {}],
			});
			expect(error?.message).toMatch(/"Metadata \(JSON\)" is not valid JSON.*\[item 0\]/);
			expect(requests).toHaveLength(0);
		});
	});
});
