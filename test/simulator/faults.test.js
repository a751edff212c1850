'use strict';

// Proves the injected faults over real HTTP: 429 and the token bucket,
// 5xx, truncated bodies, connection resets, latency, hangs and token endpoint faults.

const { startSimulator } = require('./index');
const { useSharedSimulator, requestToken, call, callJson } = require('./test-client');

describe('Flexport simulator', () => {
	let sim;
	useSharedSimulator((started) => {
		sim = started;
	});

	describe('faults', () => {
		it('answers 429 with Retry-After for status429 and then recovers', async () => {
			sim.setFaults({ status429: { count: 1, retryAfter: 7 } });
			const limited = await callJson(sim, '/shipments');
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('7');
			expect(limited.json.error).toMatchObject({ status: 429, code: 'rate_limited' });
			expect((await call(sim, '/shipments')).status).toBe(200);
			expect(sim.stats().rateLimited).toBe(1);
		});

		it('limits the request rate with a token bucket', async () => {
			sim.setFaults({ rateLimitPerSecond: 3 });
			const statuses = [];
			for (let i = 0; i < 5; i += 1)
				statuses.push((await call(sim, '/network/me/companies')).status);
			expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
			expect(statuses).toContain(429);
			const limited = sim.requests.find((entry) => entry.status === 429);
			expect(limited.fault).toBe('rateLimited');
		});

		it('answers 503 for the next N matching requests only', async () => {
			sim.setFaults({
				status5xx: { count: 2, status: 503, methods: ['GET'] },
				pathFilter: '/shipments',
			});
			expect((await call(sim, '/network/me/companies')).status).toBe(200);
			const failed = await callJson(sim, '/shipments');
			expect(failed.status).toBe(503);
			expect(failed.json.error.code).toBe('service_unavailable');
			expect(
				(
					await call(sim, `/shipments/${sim.fixtures.shipmentId}`, {
						method: 'PATCH',
						body: { metadata: {} },
					})
				).status,
			).toBe(200);
			expect((await call(sim, '/shipments')).status).toBe(503);
			expect((await call(sim, '/shipments')).status).toBe(200);
			expect(sim.stats().byStatus).toMatchObject({ 200: 3, 503: 2 });
		});

		it('truncates JSON bodies and resets connections', async () => {
			sim.setFaults({ truncateBody: { count: 1 } });
			const truncated = await call(sim, '/shipments');
			expect(truncated.status).toBe(200);
			await expect(truncated.json()).rejects.toThrow();

			sim.setFaults({ truncateBody: { count: 1, mode: 'close' } });
			await expect(call(sim, '/shipments').then((response) => response.text())).rejects.toThrow();

			sim.setFaults({ connectionReset: { count: 1 } });
			await expect(call(sim, '/shipments')).rejects.toThrow();
			expect((await call(sim, '/shipments')).status).toBe(200);
			expect(sim.requests.map((entry) => entry.fault || null)).toEqual([
				'truncateBody',
				'truncateBody',
				'connectionReset',
				null,
			]);
		});

		it('adds latency and hangs without keeping close() waiting', async () => {
			sim.setFaults({ latencyMs: 150 });
			const started = Date.now();
			expect((await call(sim, '/network/me/companies')).status).toBe(200);
			expect(Date.now() - started).toBeGreaterThanOrEqual(140);
			sim.clearFaults();

			const hangSim = await startSimulator();
			hangSim.setFaults({ hang: { count: 2 } });
			await expect(
				call(hangSim, '/shipments', { signal: AbortSignal.timeout(200) }),
			).rejects.toThrow();
			const pending = call(hangSim, '/shipments').catch((error) => error);
			await new Promise((resolve) => setTimeout(resolve, 50));
			const closing = Date.now();
			await hangSim.close();
			expect(Date.now() - closing).toBeLessThan(1000);
			expect((await pending).message).toEqual(expect.any(String)); // the hung request failed instead of hanging
		});

		it('injects token endpoint faults', async () => {
			const faultSim = await startSimulator();
			try {
				faultSim.setFaults({ token: { status5xx: 1, nonJson: 1, missingKey: 1 } });
				expect((await requestToken(faultSim)).status).toBe(503);
				const html = await requestToken(faultSim);
				expect(html.headers.get('content-type')).toMatch(/text\/html/);
				await expect(html.json()).rejects.toThrow();
				const missingKey = await (await requestToken(faultSim)).json();
				expect(missingKey.access_token).toBeUndefined();
				expect((await requestToken(faultSim)).status).toBe(200);
				faultSim.setFaults({ token: { hang: 1 } });
				await expect(
					fetch(faultSim.tokenUrl, { method: 'POST', signal: AbortSignal.timeout(200) }),
				).rejects.toThrow();
				expect(faultSim.stats()).toMatchObject({
					tokenRequests: 5,
					tokensIssued: 1,
					tokenRequestsRejected: 4,
				});
			} finally {
				await faultSim.close();
			}
		});
	});
});
