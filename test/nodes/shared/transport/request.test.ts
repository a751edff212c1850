/**
 * The shared request loop (nodes/shared/transport/request.ts) against the simulator's fault
 * switches: retries, Retry-After, no retries for writes, clear errors. Runs the freight node in
 * n8n-core's engine, so n8n's own HTTP stack is in the loop.
 */
import { DEFAULT_RETRY_POLICY as RETRY_POLICY } from '../../../../nodes/shared/transport/retry';
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
