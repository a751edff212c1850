'use strict';

// Logistics fault switches over real HTTP (the freight simulator's FaultInjector, its own
// instance): 5xx, resets, hangs that end, 429 with Retry-After, faults that strike after the work
// was done, a fraction of requests, filters, and the control endpoints that set them.

const { orderInput } = require('./operation-bodies');
const { useLogisticsSimulator, call, control, problemProblems } = require('./test-client');

let sim;
useLogisticsSimulator((started) => {
	sim = started;
});

const orderBody = (externalOrderId) =>
	orderInput(externalOrderId, sim.logistics.fixtures.logisticsSku);

describe('Logistics faults', () => {
	it('answers the next request with a problem+json 5xx, then recovers', async () => {
		sim.logistics.setFaults({ status5xx: { count: 1, status: 502 } });
		const failed = await call(sim, '/accounts/status');
		expect(failed.status).toBe(502);
		expect(failed.headers.get('content-type')).toBe('application/problem+json');
		expect(problemProblems(502, failed.json)).toEqual([]);
		expect((await call(sim, '/accounts/status')).status).toBe(200);
	});

	it('resets the connection, or holds it and drops it after `ms`', async () => {
		sim.logistics.setFaults({ connectionReset: 1 });
		await expect(call(sim, '/accounts/status')).rejects.toThrow();
		sim.logistics.setFaults({ hang: { count: 1, ms: 150 } });
		const started = Date.now();
		await expect(call(sim, '/accounts/status')).rejects.toThrow();
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
		expect(sim.logistics.stats().faults).toMatchObject({ connectionReset: 1, hang: 1 });
	});

	it('rate-limits with 429 and Retry-After, counted or by a token bucket', async () => {
		sim.logistics.setFaults({ status429: { count: 1, retryAfter: 3 } });
		const limited = await call(sim, '/products?limit=1');
		expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '3']);
		expect(problemProblems(429, limited.json)).toEqual([]);
		sim.logistics.setFaults({ rateLimitPerSecond: 2 });
		const statuses = [];
		for (let i = 0; i < 5; i += 1) statuses.push((await call(sim, '/products?limit=1')).status);
		expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(2);
	});

	it('strikes after the work: the order exists, and a retry with the key gets the replay', async () => {
		const before = sim.logistics.orderStats().created;
		sim.logistics.setFaults({ status5xx: { count: 1, after: true, methods: ['POST'] } });
		const headers = { 'idempotency-key': 'after-1' };
		const lost = await call(sim, '/orders', {
			method: 'POST',
			body: orderBody('AFTER-1'),
			headers,
		});
		expect(lost.status).toBe(503);
		expect(sim.logistics.orderStats().created).toBe(before + 1);
		const retried = await call(sim, '/orders', {
			method: 'POST',
			body: orderBody('AFTER-1'),
			headers,
		});
		expect([retried.status, retried.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
		expect(sim.logistics.orderStats().created).toBe(before + 1);
		sim.logistics.setFaults({ connectionReset: { count: 1, after: true } });
		await expect(
			call(sim, '/orders', { method: 'POST', body: orderBody('AFTER-2') }),
		).rejects.toThrow();
		expect(
			sim.logistics.db.orders.find((order) => order.externalOrderId === 'AFTER-2'),
		).not.toBeNull();
	});

	it('hits about `fraction` of matching requests, only on the filtered path and methods', async () => {
		sim.logistics.setFaults({
			status5xx: { fraction: 0.3, pathFilter: '/logistics/api/2024-07/events' },
		});
		let failures = 0;
		for (let i = 0; i < 100; i += 1)
			if ((await call(sim, '/events?limit=1')).status === 503) failures += 1;
		expect(failures).toBeGreaterThan(15);
		expect(failures).toBeLessThan(45);
		for (let i = 0; i < 20; i += 1) expect((await call(sim, '/freight/ports')).status).toBe(200);
		expect(sim.logistics.getFaults().status5xx.fraction).toBe(0.3);
		sim.logistics.setFaults({ status5xx: { fraction: 1, methods: ['POST'] } });
		expect((await call(sim, '/freight/ports')).status).toBe(200);
	});

	it('is set, read and cleared through /__sim/logistics/faults and /random-failures', async () => {
		const set = await control(sim, 'POST', '/faults', { latencyMs: 80 });
		expect(set.json.faults).toEqual({ latencyMs: 80 });
		const started = Date.now();
		expect((await call(sim, '/accounts/status')).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(75);
		const mix = await control(sim, 'POST', '/random-failures', {
			fraction: 0.1,
			after: 0.5,
			hangMs: 500,
		});
		expect(Object.keys(mix.json.faults).sort()).toEqual([
			'connectionReset',
			'hang',
			'latencyMs',
			'status5xx',
		]);
		const each = mix.json.faults.hang.fraction;
		expect(1 - (1 - each) ** 3).toBeCloseTo(0.1, 6);
		expect(mix.json.faults.hang.ms).toBe(500);
		expect((await control(sim, 'DELETE', '/faults')).json.faults).toEqual({});
		expect((await control(sim, 'GET', '/faults')).json.faults).toEqual({});
	});

	it('keeps freight and Logistics faults apart', async () => {
		sim.setFaults({ status5xx: { count: 5 } });
		expect((await call(sim, '/accounts/status')).status).toBe(200);
		sim.clearFaults();
		sim.logistics.setFaults({ status5xx: { count: 5 } });
		const freight = await fetch(`${sim.url}/shipments`, {
			headers: { authorization: `Bearer ${sim.apiKey}` },
		});
		expect(freight.status).toBe(200);
		expect(sim.getFaults()).toEqual({});
	});
});
