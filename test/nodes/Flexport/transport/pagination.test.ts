/**
 * Freight lists (nodes/Flexport/transport/pagination.ts) against a host that pages wrongly, in
 * n8n-core's engine: Max Pages, a next link to the same page, pages that repeat page 1, and a false
 * total_count — each stops with an error that says what happened, or costs no extra requests.
 */
import { useSimulator } from '../../../harness/simulatorFixture';

const returnAll = (requestOptions = {}) => ({
	resource: 'shipment',
	operation: 'getAll',
	returnAll: true,
	simplify: false,
	requestOptions,
});

describe('freight list pagination against a misbehaving host', () => {
	const env = useSimulator();
	const listRequests = () => env.apiRequests().filter((request) => request.path === '/shipments');

	beforeAll(() => env.sim.setSettings({ largeCollection: 1000 }));
	afterAll(() => env.sim.setSettings({ largeCollection: 0 }));

	it('stops at Request Options → Max Pages with an error that says so', async () => {
		const { error, items } = await env.run({ parameters: returnAll({ maxPages: 3 }) });
		expect(items).toHaveLength(0);
		expect(error?.message).toMatch(
			/Flexport's list GET \/shipments: the list has more than 3 pages \(Request Options → Max Pages\); the node stopped reading it \(after 3 pages, 300 records\)/,
		);
		expect(error?.description).toMatch(/Raise "Request Options → Max Pages"/);
		expect(listRequests()).toHaveLength(3);
	});

	it('reads the whole list when it fits (1,000 records, 10 pages, default Max Pages)', async () => {
		const { error, items } = await env.run({ parameters: returnAll() });
		expect(error).toBeUndefined();
		expect(new Set(items.map((item) => item.json.id)).size).toBe(1000);
	});

	it('a false total_count of 1,000,000 costs at most Parallel Requests − 1 extra requests', async () => {
		env.sim.setFaults({
			listTamper: { count: 10_000, totalCount: 1_000_000 },
			pathFilter: '/shipments',
		});
		const { error, items } = await env.run({ parameters: returnAll() });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1000);
		expect(listRequests().length).toBeGreaterThanOrEqual(10);
		expect(listRequests().length).toBeLessThanOrEqual(10 + 2);
	});

	it('pages that all repeat page 1 stop with an error instead of duplicating records', async () => {
		env.sim.setFaults({
			listTamper: { count: 10_000, records: 'firstPage' },
			pathFilter: '/shipments',
		});
		const { error, items } = await env.run({ parameters: returnAll() });
		expect(items).toHaveLength(0);
		expect(error?.message).toMatch(
			/only repeats records already read, so the list would never end/,
		);
	});

	it('a next link to the same page stops with an error instead of a loop', async () => {
		env.sim.setSettings({ largeCollection: 0 });
		env.sim.setFaults({ listTamper: { count: 10_000, next: 'self' }, pathFilter: '/shipments' });
		try {
			const { error } = await env.run({ parameters: returnAll() });
			expect(error?.message).toMatch(/so the list would never end; the node stopped reading it/);
			expect(listRequests().length).toBeLessThanOrEqual(4);
		} finally {
			env.sim.setSettings({ largeCollection: 1000 });
		}
	});
});
