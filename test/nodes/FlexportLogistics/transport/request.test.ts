/**
 * Retries: because every write carries an idempotency-key, POSTs are sent again after a 5xx, a
 * reset connection or a timeout, and Flexport replays the stored result (`idempotent-replayed`),
 * which the output reports. Reads are retried too; Retry-After is honoured through the rate gate.
 */
import type { IDataObject } from 'n8n-workflow';

import { useLogisticsSimulator } from '../../../harness/logisticsFixture';
import { LOGISTICS_RETRY_POLICY } from '../../../../nodes/FlexportLogistics/transport/problem';

describe('Logistics requests: retries and replays (n8n-core against the simulator)', () => {
	const env = useLogisticsSimulator();
	let counter = 0;
	const createOrder = (extra: IDataObject = {}) => ({
		resource: 'order',
		operation: 'create',
		externalOrderId: `RETRY-T-${Date.now()}-${++counter}`,
		shippingAddress: {
			address: { address1: '1 Main St', city: 'Atlanta', countryCode: 'US', zip: '30318' },
		},
		lineItems: {
			item: [{ logisticsSku: String(env.logistics.fixtures.logisticsSku), quantity: 1 }],
		},
		...extra,
	});
	const created = () => env.logistics.orderStats();

	it.each([
		[
			'a 503 answered after the order was made',
			{ status5xx: { count: 1, status: 503, after: true } },
		],
		['a connection reset after the order was made', { connectionReset: { count: 1, after: true } }],
		['a 502 before the order was made', { status5xx: { count: 1, status: 502 } }],
	])(
		'POST after %s: sent again with the same key, one order, replay reported',
		async (_name, fault) => {
			const before = created().created;
			env.logistics.setFaults(fault);
			const { items, requests, error } = await env.run({ parameters: createOrder() });
			expect(error).toBeUndefined();
			expect(requests).toHaveLength(2);
			expect(requests[0].headers['idempotency-key']).toBe(requests[1].headers['idempotency-key']);
			const handledFirst = (fault as IDataObject & { [k: string]: { after?: boolean } })[
				Object.keys(fault)[0]
			].after;
			expect(requests[1].replayed === true).toBe(handledFirst === true);
			expect(items[0].json.idempotency).toMatchObject({ replayed: handledFirst === true });
			expect(created().created).toBe(before + 1);
			expect(created().duplicateOrders).toBe(0);
		},
	);

	it('POST that timed out while the order was made: sent again after the timeout, replayed', async () => {
		const before = created().created;
		env.logistics.setFaults({ hang: { count: 1, after: true, ms: 3000 } });
		const { items, requests, error } = await env.run({
			parameters: createOrder({ requestOptions: { timeoutSeconds: 1 } }),
		});
		expect(error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(items[0].json.idempotency).toMatchObject({ replayed: true });
		expect(created().created).toBe(before + 1);
	});

	it('gives up after six failed attempts (writes carry keys); the error names the key that makes running again safe', async () => {
		const attempts = LOGISTICS_RETRY_POLICY.maxAttempts;
		expect(attempts).toBe(6);
		env.logistics.setFaults({ status5xx: { count: attempts, status: 500 } });
		const { error, requests } = await env.run({ parameters: createOrder() });
		expect(requests).toHaveLength(attempts);
		expect(error?.message).toMatch(/Flexport Logistics answered HTTP 500 to POST/);
		expect(error?.description).toMatch(/failed 6 times in a row/);
		expect(error?.description).toMatch(
			/sent with idempotency key "n8n-[^"]+": running it again with the same key cannot apply it twice/,
		);
	}, 60_000);

	it('reads are retried on a 5xx as well', async () => {
		env.logistics.setFaults({ status5xx: { count: 2, status: 503 } });
		const { items, requests, error } = await env.run({
			parameters: { resource: 'product', operation: 'getAll', limit: 2 },
		});
		expect(error).toBeUndefined();
		expect(requests.map((request) => request.status)).toEqual([503, 503, 200]);
		expect(items).toHaveLength(2);
	});

	it('429: waits for Retry-After (pausing the run through the shared rate gate), then succeeds', async () => {
		env.logistics.setFaults({ status429: { count: 1, retryAfter: 1 } });
		const started = Date.now();
		const { items, requests, error } = await env.run({
			parameters: { resource: 'product', operation: 'getAll', limit: 1 },
		});
		expect(error).toBeUndefined();
		expect(requests.map((request) => request.status)).toEqual([429, 200]);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(items).toHaveLength(1);
	});

	it('429 with a Retry-After longer than the node waits: fails at once and says how long', async () => {
		env.logistics.setFaults({ status429: { count: 1, retryAfter: 600 } });
		const { error, requests } = await env.run({
			parameters: { resource: 'product', operation: 'getAll', limit: 1 },
		});
		expect(requests).toHaveLength(1);
		expect(error?.message).toMatch(/asked to wait 600 s before the next request \(HTTP 429\)/);
	});

	it('the credential picks the version segment: Custom API Version, and unstable', async () => {
		env.store.set('logistics-unstable', 'flexportLogisticsApi', {
			...env.store.get('logistics-1'),
			apiVersion: 'custom',
			customApiVersion: 'unstable',
		});
		const { requests, error } = await env.run({
			parameters: { resource: 'product', operation: 'getAll', limit: 1 },
			credentialId: 'logistics-unstable',
		});
		expect(error).toBeUndefined();
		expect(requests[0].path).toBe('/logistics/api/unstable/products');

		env.store.set('logistics-bad-version', 'flexportLogisticsApi', {
			...env.store.get('logistics-1'),
			apiVersion: 'custom',
			customApiVersion: '../admin',
		});
		const bad = await env.run({
			parameters: { resource: 'product', operation: 'getAll', limit: 1 },
			credentialId: 'logistics-bad-version',
		});
		expect(bad.error?.message).toMatch(/API Version "\.\.\/admin" is not usable/);
		expect(bad.requests).toHaveLength(0);
	});
});
