'use strict';

// Proves the token endpoint over real HTTP: JWTs, form and Basic
// client authentication, rejections, the daily quota, expiry, revocation and refresh tokens.

const { startSimulator } = require('./index');
const {
	useSharedSimulator,
	AUDIENCE,
	DAY_MS,
	requestToken,
	accessToken,
	decodeJwtPayload,
	call,
	callJson,
} = require('./test-client');

describe('Flexport simulator', () => {
	let sim;
	useSharedSimulator((started) => {
		sim = started;
	});

	describe('token endpoint', () => {
		it('issues unique JWTs for a JSON client-credentials request', async () => {
			const first = await requestToken(sim);
			const second = await requestToken(sim, { scope: 'shipments:read' });
			expect(first.status).toBe(200);
			expect(first.headers.get('cache-control')).toBe('no-store');
			const a = await first.json();
			const b = await second.json();
			expect(a).toEqual({
				access_token: expect.any(String),
				expires_in: 86400,
				token_type: 'Bearer',
			});
			expect(b.scope).toBe('shipments:read');
			expect(a.access_token).not.toBe(b.access_token);
			const payload = decodeJwtPayload(a.access_token);
			expect(payload).toMatchObject({
				iss: `${sim.url}/`,
				sub: sim.clientId,
				aud: AUDIENCE,
				jti: expect.any(String),
			});
			expect(payload.exp - payload.iat).toBe(86400);
			expect(sim.stats()).toMatchObject({
				tokenRequests: 2,
				tokensIssued: 2,
				tokenRequestsRejected: 0,
			});
			expect(sim.tokenRequestLog.map((entry) => entry.format)).toEqual(['json', 'json']);
			expect(JSON.stringify(sim.tokenRequestLog)).not.toContain(sim.clientSecret);
		});

		it('accepts form-encoded bodies and HTTP Basic client authentication', async () => {
			const form = await requestToken(sim, {}, { format: 'form' });
			expect(form.status).toBe(200);
			const basic = await requestToken(
				sim,
				{ client_id: undefined, client_secret: undefined },
				{
					format: 'form',
					headers: {
						authorization: `Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`,
					},
				},
			);
			expect(basic.status).toBe(200);
			expect(
				sim.tokenRequestLog.map((entry) => [
					entry.format,
					entry.grantType,
					entry.clientId,
					entry.status,
				]),
			).toEqual([
				['form', 'client_credentials', sim.clientId, 200],
				['form', 'client_credentials', sim.clientId, 200],
			]);
		});

		it('rejects a wrong secret, a wrong audience and an unsupported grant type', async () => {
			const wrongSecret = await requestToken(sim, { client_secret: 'nope' });
			expect(wrongSecret.status).toBe(401);
			expect(await wrongSecret.json()).toEqual({
				error: 'access_denied',
				error_description: 'Unauthorized',
			});

			const wrongAudience = await requestToken(sim, { audience: 'https://api.example.com' });
			expect(wrongAudience.status).toBe(403);
			expect(await wrongAudience.json()).toEqual({
				error: 'access_denied',
				error_description: 'Service not enabled within domain: https://api.example.com',
			});

			const missingAudience = await requestToken(sim, { audience: undefined });
			expect(missingAudience.status).toBe(403);

			const badGrant = await requestToken(sim, { grant_type: 'password' });
			expect(badGrant.status).toBe(400);
			expect((await badGrant.json()).error).toBe('unsupported_grant_type');
			expect(sim.stats()).toMatchObject({
				tokenRequests: 4,
				tokensIssued: 0,
				tokenRequestsRejected: 4,
			});
		});

		it('enforces the daily quota per client id on the simulator clock', async () => {
			const quotaSim = await startSimulator({ dailyTokenQuota: 10 });
			try {
				await requestToken(quotaSim, { client_secret: 'wrong' }); // rejected requests do not use the quota
				for (let i = 0; i < 10; i += 1) expect((await requestToken(quotaSim)).status).toBe(200);
				const eleventh = await requestToken(quotaSim);
				expect(eleventh.status).toBe(429);
				expect(await eleventh.json()).toEqual({
					error: 'too_many_requests',
					error_description: 'Daily token request limit of 10 exceeded',
				});
				expect(quotaSim.stats()).toMatchObject({
					tokenRequests: 12,
					tokensIssued: 10,
					tokenRequestsRejected: 2,
				});

				quotaSim.advanceClock(DAY_MS + 1000);
				expect((await requestToken(quotaSim)).status).toBe(200);

				for (let i = 0; i < 9; i += 1) await requestToken(quotaSim);
				expect((await requestToken(quotaSim)).status).toBe(429);
				await fetch(`${quotaSim.url}/__sim/reset-token-quota`, { method: 'POST' });
				expect((await requestToken(quotaSim)).status).toBe(200);
			} finally {
				await quotaSim.close();
			}
		});

		it('expires tokens on the simulator clock and revokes them on demand', async () => {
			const shortSim = await startSimulator({ tokenLifetimeSeconds: 60 });
			try {
				const response = await requestToken(shortSim);
				const { access_token: token, expires_in: expiresIn } = await response.json();
				expect(expiresIn).toBe(60);
				expect((await call(shortSim, '/network/me/companies', { token })).status).toBe(200);

				shortSim.advanceClock(61 * 1000);
				const expired = await callJson(shortSim, '/network/me/companies', { token });
				expect(expired.status).toBe(401);
				expect(expired.json.error.message).toMatch(/expired/i);

				const fresh = await accessToken(shortSim);
				shortSim.revokeTokens();
				const revoked = await callJson(shortSim, '/network/me/companies', { token: fresh });
				expect(revoked.status).toBe(401);
				expect(revoked.json.error.message).toMatch(/revoked/i);
				expect(
					(await call(shortSim, '/network/me/companies', { token: await accessToken(shortSim) }))
						.status,
				).toBe(200);
			} finally {
				await shortSim.close();
			}
		});

		it('issues and honours refresh tokens when enabled', async () => {
			const refreshSim = await startSimulator({ issueRefreshTokens: true });
			try {
				const first = await (await requestToken(refreshSim)).json();
				expect(first.refresh_token).toEqual(expect.any(String));
				const refreshed = await requestToken(
					refreshSim,
					{ grant_type: 'refresh_token', refresh_token: first.refresh_token, audience: undefined },
					{ format: 'form' },
				);
				expect(refreshed.status).toBe(200);
				const body = await refreshed.json();
				expect(body.access_token).not.toBe(first.access_token);
				expect(
					(await requestToken(refreshSim, { grant_type: 'refresh_token', refresh_token: 'bogus' }))
						.status,
				).toBe(403);
			} finally {
				await refreshSim.close();
			}
			expect(
				(await requestToken(sim, { grant_type: 'refresh_token', refresh_token: 'x' })).status,
			).toBe(400);
		});
	});
});
