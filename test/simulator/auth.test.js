'use strict';

// Proves API authentication over real HTTP: missing and foreign tokens,
// OAuth tokens and the legacy API key (redacted in the log), and the Flexport-Version header.

const { useSharedSimulator, accessToken, call, callJson } = require('./test-client');

describe('Flexport simulator', () => {
	let sim;
	useSharedSimulator((started) => {
		sim = started;
	});

	describe('API authentication and headers', () => {
		it('answers 401 in Flexport error shape without a token or with a foreign one', async () => {
			const missing = await callJson(sim, '/shipments', { token: null });
			expect(missing.status).toBe(401);
			expect(missing.json).toEqual({
				_object: '/api/response',
				version: 2,
				data: null,
				error: {
					_object: '/api/error',
					status: 401,
					code: 'unauthorized',
					message: expect.stringMatching(/missing/i),
				},
			});
			const forged = await callJson(sim, '/shipments', {
				token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
			});
			expect(forged.status).toBe(401);
			expect(forged.json.error.message).toMatch(/invalid/i);
		});

		it('accepts OAuth tokens and the legacy API key, and redacts them in the log', async () => {
			const token = await accessToken(sim);
			expect((await call(sim, '/network/me/companies', { token })).status).toBe(200);
			expect((await call(sim, '/network/me/companies')).status).toBe(200);
			const logged = sim.requests.map((entry) => entry.headers.authorization);
			expect(logged).toEqual(['Bearer <redacted>', 'Bearer <redacted>']);
			expect(JSON.stringify(sim.requests)).not.toContain(token);
		});

		it('checks the Flexport-Version header', async () => {
			expect(
				(await callJson(sim, '/network/me/companies', { headers: { 'flexport-version': '2' } }))
					.json.version,
			).toBe(2);
			expect(
				(await callJson(sim, '/network/me/companies', { headers: { 'flexport-version': '3' } }))
					.json.version,
			).toBe(3);
			expect(
				(
					await call(sim, '/network/me/companies', {
						headers: { 'flexport-version': '2023-07-01' },
					})
				).status,
			).toBe(200);
			const bad = await callJson(sim, '/network/me/companies', {
				headers: { 'flexport-version': 'v2' },
			});
			expect(bad.status).toBe(400);
			expect(bad.json.error.message).toMatch(/flexport-version/);
			expect(
				(
					await call(sim, '/network/me/companies', {
						headers: { 'flexport-version': '2023-02-30' },
					})
				).status,
			).toBe(400);
			expect(sim.requests[0].headers['flexport-version']).toBe('2');
		});
	});
});
