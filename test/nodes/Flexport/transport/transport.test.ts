/**
 * Transport behaviour against the simulator's fault switches: retries, Retry-After, no retries for
 * writes, clear errors. Runs the node in n8n-core's engine, so n8n's own HTTP stack is in the loop.
 */
import { backoffMs, retryAfterMs, RETRY_POLICY } from '../../../../nodes/Flexport/transport';
import { useSimulator } from '../../../harness/simulatorFixture';

const getShipment = {
	resource: 'shipment',
	operation: 'get',
	shipmentId: { __rl: true, mode: 'id', value: '200001' },
};
const updateShipment = {
	resource: 'shipment',
	operation: 'update',
	shipmentId: { __rl: true, mode: 'id', value: '200002' },
	metadata: '{"team": ["blue"]}',
};

describe('transport', () => {
	const env = useSimulator();
	const shipmentCalls = (path = '/shipments/200001') =>
		env.apiRequests().filter((request) => request.path === path);

	beforeEach(async () => {
		await env.run({ parameters: getShipment }); // obtain the token first, so faults hit API calls only
	});

	it('waits for Retry-After on 429, then succeeds', async () => {
		env.sim.setFaults({ status429: { count: 2, retryAfter: 1 }, pathFilter: '/shipments' });
		const started = Date.now();
		const { error, items } = await env.run({ parameters: getShipment });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(200001);
		expect(shipmentCalls().map((request) => request.status)).toEqual([429, 429, 200]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
	});

	it('gives up with a clear error when Flexport asks to wait longer than the cap', async () => {
		env.sim.setFaults({ status429: { count: 1, retryAfter: 3600 }, pathFilter: '/shipments' });
		const { error } = await env.run({ parameters: getShipment });
		expect(error?.message).toMatch(
			/asked to wait 3600 s before the next request \(HTTP 429\), longer than the node waits \(60 s\)/,
		);
		expect(shipmentCalls()).toHaveLength(1);
	});

	it('retries a GET after 5xx with backoff and succeeds', async () => {
		env.sim.setFaults({ status5xx: { count: 2, status: 503 }, pathFilter: '/shipments' });
		const { error } = await env.run({ parameters: getShipment });
		expect(error).toBeUndefined();
		expect(shipmentCalls().map((request) => request.status)).toEqual([503, 503, 200]);
	});

	it(`stops after ${RETRY_POLICY.maxAttempts} attempts on a persistent 5xx and says so`, async () => {
		env.sim.setFaults({ status5xx: { count: 10, status: 502 }, pathFilter: '/shipments' });
		const { error } = await env.run({ parameters: getShipment });
		expect(error?.message).toMatch(/Flexport answered HTTP 502 to GET \/shipments\/200001/);
		expect(error?.description).toMatch(/failed 3 times in a row/);
		expect(shipmentCalls()).toHaveLength(3);
	});

	it('never retries a PATCH after a 5xx (it may have been applied)', async () => {
		env.sim.setFaults({ status5xx: { count: 1, status: 500 }, pathFilter: '/shipments' });
		const { error } = await env.run({ parameters: updateShipment });
		expect(error?.message).toMatch(/HTTP 500 to PATCH \/shipments\/200002/);
		expect(error?.description).toMatch(/not retried because it changes data/);
		expect(shipmentCalls('/shipments/200002')).toHaveLength(1);
	});

	it('retries a GET after a connection reset', async () => {
		env.sim.setFaults({ connectionReset: { count: 1 }, pathFilter: '/shipments' });
		const { error } = await env.run({ parameters: getShipment });
		expect(error).toBeUndefined();
	});

	it('retries a GET whose JSON body was cut off', async () => {
		env.sim.setFaults({ truncateBody: { count: 1 }, pathFilter: '/shipments' });
		const { error, items } = await env.run({ parameters: getShipment });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(200001);
	});

	it('keeps every item, in order and paired, with Continue On Fail when some fail', async () => {
		const { items } = await env.run({
			parameters: {
				...getShipment,
				shipmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			items: [{ id: '200001' }, { id: '999999' }, { id: 'x' }, { id: '200003' }],
			continueOnFail: true,
		});
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(items[0].json.id).toBe(200001);
		expect(items[1].json.error).toMatch(/HTTP 404/);
		expect(items[2].json.error).toMatch(/numeric Flexport ID/);
		expect(items[3].json.id).toBe(200003);
	});

	it('does not put the token into any error', async () => {
		env.sim.setFaults({ status5xx: { count: 10, status: 500 }, pathFilter: '/shipments' });
		const { error } = await env.run({ parameters: getShipment });
		const token = JSON.parse(env.store.get('cred-1').managedToken as string).accessToken as string;
		expect(JSON.stringify(error)).not.toContain(token);
		expect(JSON.stringify(error)).not.toContain(env.sim.clientSecret);
	});
});

describe('retry helpers', () => {
	it('reads Retry-After as seconds or an HTTP date', () => {
		expect(retryAfterMs({ 'retry-after': '2' })).toBe(2000);
		expect(retryAfterMs({ 'retry-after': '0.5' })).toBe(500);
		const now = Date.UTC(2026, 0, 1);
		expect(retryAfterMs({ 'retry-after': new Date(now + 5000).toUTCString() }, now)).toBe(5000);
		expect(retryAfterMs({ 'retry-after': 'soon' })).toBeUndefined();
		expect(retryAfterMs({})).toBeUndefined();
	});

	it('backs off exponentially with jitter, capped', () => {
		expect(backoffMs(1, 0)).toBe(250);
		expect(backoffMs(1, 1)).toBe(500);
		expect(backoffMs(2, 1)).toBe(1000);
		expect(backoffMs(10, 1)).toBe(RETRY_POLICY.maxDelayMs);
	});
});

describe('parallel requests and pacing', () => {
	const env = useSimulator();
	const ids = Array.from({ length: 40 }, (_, index) => ({ id: String(200001 + (index % 120)) }));
	const byId = {
		resource: 'shipment',
		operation: 'get',
		shipmentId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	};

	it('processes items in parallel under a 429 storm: none lost, order and pairing kept', async () => {
		await env.run({ parameters: getShipment });
		env.sim.setFaults({ rateLimitPerSecond: 10, pathFilter: '/shipments' });
		const { items, error } = await env.run({
			parameters: { ...byId, requestOptions: { parallelRequests: 8 } },
			items: ids,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(ids.map((entry) => Number(entry.id)));
		expect(items.map((item) => (item.pairedItem as { item: number }).item)).toEqual(
			ids.map((_, index) => index),
		);
		const statuses = env.apiRequests().map((request) => request.status);
		expect(statuses.filter((status) => status === 200)).toHaveLength(40);
		expect(statuses.filter((status) => status === 429).length).toBeLessThan(40);
	}, 60_000);

	it('never starts more requests per second than the configured ceiling', async () => {
		await env.run({ parameters: getShipment });
		const started = Date.now();
		const { error } = await env.run({
			parameters: { ...byId, requestOptions: { parallelRequests: 10, maxRequestsPerSecond: 5 } },
			items: ids.slice(0, 11),
		});
		expect(error).toBeUndefined();
		// 11 starts at 5 per second: the last one cannot start before 2 s.
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
		const starts = env.apiRequests().map((request) => (request as unknown as { at: number }).at);
		for (let index = 5; index < starts.length; index++)
			expect(starts[index] - starts[index - 5]).toBeGreaterThanOrEqual(950);
	}, 30_000);
});
