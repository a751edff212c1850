'use strict';

// Proves the /__sim/ control endpoints: stats, faults, the clock, token
// revocation and appended events.

const { startSimulator } = require('./index');
const { useSharedSimulator, accessToken, call, callJson } = require('./test-client');

describe('Flexport simulator', () => {
	let sim;
	useSharedSimulator((started) => {
		sim = started;
	});

	describe('/__sim/ control endpoints', () => {
		const control = async (method, path, body) => {
			const response = await fetch(`${sim.url}/__sim/${path}`, {
				method,
				headers: body ? { 'content-type': 'application/json' } : {},
				body: body ? JSON.stringify(body) : undefined,
			});
			return { status: response.status, json: await response.json() };
		};

		it('reports stats, resets them and is not itself counted', async () => {
			await call(sim, '/network/me/companies');
			const { json } = await control('GET', 'stats?last=5');
			expect(json.stats).toMatchObject({ apiRequests: 1, byStatus: { 200: 1 } });
			expect(json.requests).toHaveLength(1);
			expect(json.requests[0]).toMatchObject({
				method: 'GET',
				path: '/network/me/companies',
				operationId: 'network_company_me',
				status: 200,
			});
			await control('POST', 'reset-stats');
			expect(sim.stats().apiRequests).toBe(0);
			expect(sim.requests).toEqual([]);
		});

		it('sets and clears faults', async () => {
			await control('POST', 'faults', { status5xx: { count: 1, status: 500 } });
			expect((await call(sim, '/shipments')).status).toBe(500);
			await control('POST', 'faults', { status429: { count: 5 } });
			await control('DELETE', 'faults');
			expect((await call(sim, '/shipments')).status).toBe(200);
		});

		it('advances the clock, revokes tokens and appends events', async () => {
			const clockSim = await startSimulator({ tokenLifetimeSeconds: 3600 });
			try {
				const ctl = (method, path, body) =>
					fetch(`${clockSim.url}/__sim/${path}`, {
						method,
						headers: { 'content-type': 'application/json' },
						body: body ? JSON.stringify(body) : undefined,
					}).then((r) => r.json());
				const token = await accessToken(clockSim);
				const before = clockSim.now();
				const { now } = await ctl('POST', 'clock', { advanceMs: 2 * 3600 * 1000 });
				expect(now - before).toBeGreaterThanOrEqual(2 * 3600 * 1000);
				expect((await call(clockSim, '/shipments', { token })).status).toBe(401);

				const second = await accessToken(clockSim);
				await ctl('POST', 'revoke-tokens');
				expect(
					(await callJson(clockSim, '/shipments', { token: second })).json.error.message,
				).toMatch(/revoked/);

				const { event } = await ctl('POST', 'events', {
					type: '/shipment#delivered_in_full',
					data: { shipment: { id: clockSim.fixtures.shipmentId } },
				});
				expect(event).toMatchObject({
					_object: '/event',
					version: 2,
					type: '/shipment#delivered_in_full',
					data: { shipment: { id: clockSim.fixtures.shipmentId, _object: '/shipment' } },
				});
				expect(Date.parse(event.occurred_at)).toBeGreaterThanOrEqual(now);
				const shown = await callJson(clockSim, `/events/${event.id}`);
				expect(shown.json.data.id).toBe(event.id);
				const newest = await callJson(
					clockSim,
					`/events?per=1&f.data.shipment.id=${clockSim.fixtures.shipmentId}`,
				);
				expect(newest.json.data.data[0].id).toBe(event.id);
			} finally {
				await clockSim.close();
			}
		});
	});
});
