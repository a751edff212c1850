'use strict';

// Logistics authentication over real HTTP: bearer tokens and scopes (403), bad or revoked tokens
// (401), the frozen account (423), API versions, access by account state, the X-Shopify token on
// BOL tracking, token management through /__sim/logistics, and the partner OAuth code flow.

const { orderInput } = require('./operation-bodies');
const { useLogisticsSimulator, call, control, problemProblems } = require('./test-client');

let sim;
useLogisticsSimulator((started) => {
	sim = started;
});

describe('Logistics auth', () => {
	it('answers 401 problem+json for a missing, malformed, unknown or revoked token', async () => {
		const path = '/orders/external_id/SHOP-5000';
		const missing = await call(sim, path, { token: null });
		const malformed = await call(sim, path, {
			token: null,
			headers: { authorization: 'Token abc' },
		});
		const unknown = await call(sim, path, { token: 'sim_lgx_not-a-token' });
		for (const answer of [missing, malformed, unknown]) {
			expect(answer.status).toBe(401);
			expect(answer.headers.get('content-type')).toBe('application/problem+json');
			expect(problemProblems(401, answer.json)).toEqual([]);
			expect(answer.json).toMatchObject({ status: 401, code: 401 });
		}
		const { token } = sim.logistics.createToken({ label: 'to-revoke' });
		expect((await call(sim, path, { token })).status).toBe(200);
		expect(sim.logistics.revokeToken({ token })).toBe(1);
		const revoked = await call(sim, path, { token });
		expect(revoked.status).toBe(401);
		expect(revoked.json.detail).toContain('revoked');
		expect(revoked.text).not.toContain(token);
	});

	it('answers 403 naming the scope the token lacks, and lets the other scopes through', async () => {
		const { limitedToken, limitedTokenMissingScope, fixtures } = sim.logistics;
		expect(limitedTokenMissingScope).toBe('write_logistics_orders');
		const denied = await call(sim, '/orders', {
			method: 'POST',
			token: limitedToken,
			body: orderInput('SCOPE-1', fixtures.logisticsSku),
		});
		expect(denied.status).toBe(403);
		expect(problemProblems(403, denied.json)).toEqual([]);
		expect(denied.json.detail).toContain('write_logistics_orders');
		expect(sim.logistics.orderStats().created).toBe(0);
		const read = await call(sim, `/orders/${fixtures.orderId}`, { token: limitedToken });
		expect(read.status).toBe(200);
		const readOnly = await call(sim, '/webhooks', {
			method: 'POST',
			token: sim.logistics.readOnlyToken,
			body: { type: 'Order.Shipped', url: 'https://example.com/h', method: 'POST' },
		});
		expect(readOnly.status).toBe(403);
		expect(readOnly.json.detail).toContain('write_logistics_webhooks');
		const warehouse = await call(sim, '/products/warehouse', {
			method: 'POST',
			token: sim.logistics.readOnlyToken,
			body: { logisticsSkus: [fixtures.logisticsSku] },
		});
		expect(warehouse.status).toBe(200);
	});

	it('creates, lists and revokes tokens through the control endpoints', async () => {
		const created = await control(sim, 'POST', '/tokens', {
			label: 'events-only',
			scopes: ['read_logistics_events'],
		});
		expect(created.status).toBe(200);
		const { token } = created.json;
		expect((await call(sim, '/events?limit=1', { token })).status).toBe(200);
		expect((await call(sim, '/returns', { token })).status).toBe(403);
		const listed = await control(sim, 'GET', '/tokens');
		expect(listed.json.tokens).toContainEqual({
			label: 'events-only',
			scopes: ['read_logistics_events'],
			revoked: false,
		});
		expect(JSON.stringify(listed.json)).not.toContain(token);
		const bad = await control(sim, 'POST', '/tokens', { scopes: ['read_everything'] });
		expect(bad.status).toBe(400);
		expect(bad.json.error).toContain('read_everything');
		const revoked = await control(sim, 'POST', '/tokens/revoke', { label: 'events-only' });
		expect(revoked.json.revoked).toBe(1);
		expect((await call(sim, '/events?limit=1', { token })).status).toBe(401);
	});

	it('answers 423 while the account is frozen, for every authenticated operation', async () => {
		await control(sim, 'POST', '/freeze', { frozen: true });
		const locked = await call(sim, '/accounts/status');
		expect(locked.status).toBe(423);
		expect(problemProblems(423, locked.json)).toEqual([]);
		expect(locked.json.detail).toContain('frozen');
		expect((await call(sim, '/products')).status).toBe(423);
		await control(sim, 'POST', '/freeze', { frozen: false });
		expect((await call(sim, '/accounts/status')).status).toBe(200);
	});

	it('gates tags on billing and approval as the account-state rules say', async () => {
		sim.logistics.setSettings({ billingSetUp: false, parcelsAndReturnsApproved: false });
		expect((await call(sim, '/products?limit=1')).status).toBe(200);
		expect((await call(sim, '/webhooks')).status).toBe(200);
		expect((await call(sim, '/freight/ports')).status).toBe(403);
		expect((await call(sim, `/parcels/${sim.logistics.fixtures.parcelId}`)).status).toBe(403);
		const returns = await call(sim, '/returns');
		expect(returns.status).toBe(403);
		expect(returns.json.detail).toContain('Returns');
	});

	it('serves every known version segment and answers 404 for others', async () => {
		for (const version of ['2023-04', '2023-07', '2023-10', '2024-04', '2024-07', 'unstable']) {
			const answer = await call(sim, '/accounts/status', { version });
			expect(answer.status).toBe(200);
		}
		const unknown = await call(sim, '/accounts/status', { version: '2019-01' });
		expect(unknown.status).toBe(404);
		expect(unknown.json.detail).toContain('2024-07');
		const versions = sim.logistics.requests.slice(-7).map((entry) => entry.version);
		expect(versions).toContain('2023-04');
		expect(sim.logistics.requests.slice(-1)[0].headers.authorization).toBe('Bearer <redacted>');
	});

	it('accepts the X-Shopify-Access-Token header only where the spec lists it (BOL tracking)', async () => {
		const headers = { 'x-shopify-access-token': sim.logistics.accessToken };
		const bol = await call(sim, `/freight/tracking_events/${sim.logistics.fixtures.bolId}`, {
			token: null,
			headers,
		});
		expect(bol.status).toBe(200);
		expect((await call(sim, '/freight/ports', { token: null, headers })).status).toBe(401);
	});

	it('runs the OAuth code flow: one-time code, token usable, documented sub-codes', async () => {
		const redirect = 'http://localhost:5678/rest/oauth2-credential/callback';
		const query = `response_type=code&client_id=sim-logistics-client&scope=read_logistics_orders&redirect_uri=${encodeURIComponent(redirect)}&state=abc`;
		const authorized = await call(sim, `/oauth/authorize?${query}`, {
			token: null,
			redirect: 'manual',
		});
		expect(authorized.status).toBe(301);
		const location = new URL(authorized.headers.get('location'));
		expect(`${location.origin}${location.pathname}`).toBe(redirect);
		expect(location.searchParams.get('state')).toBe('abc');
		const form = {
			grant_type: 'authorization_code',
			code: location.searchParams.get('code'),
			redirect_uri: redirect,
		};
		const exchanged = await call(sim, '/oauth/token', { method: 'POST', token: null, form });
		expect(exchanged.status).toBe(200);
		expect(exchanged.json.logisticsAccountId).toBe(sim.logistics.logisticsAccountId);
		const token = exchanged.json.access_token;
		expect((await call(sim, `/orders/${sim.logistics.fixtures.orderId}`, { token })).status).toBe(
			200,
		);
		expect((await call(sim, '/products', { token })).status).toBe(403);
		const reused = await call(sim, '/oauth/token', { method: 'POST', token: null, form });
		expect(reused.status).toBe(400);
		expect(reused.json.code).toBe(405005);
		const evil = encodeURIComponent('https://evil.example.com/cb');
		const cases = [
			['client_id=nobody&scope=read_logistics_orders', 405002],
			[`client_id=sim-logistics-client&scope=read_logistics_orders&redirect_uri=${evil}`, 405001],
			['client_id=identity&scope=read_logistics_orders&redirect_uri=https://example.com', 405001],
			['client_id=sim-logistics-client&scope=', 405003],
			['client_id=sim-logistics-client&scope=read_logistics_everything', 405004],
		];
		for (const [params, subCode] of cases) {
			const answer = await call(sim, `/oauth/authorize?response_type=code&${params}`, {
				token: null,
				redirect: 'manual',
			});
			expect([answer.status, answer.json.code]).toEqual([400, subCode]);
		}
		sim.logistics.setSettings({ subCodeField: 'subCode' });
		const renamed = await call(sim, '/oauth/token', { method: 'POST', token: null, form });
		expect(renamed.json.subCode).toBe(405005);
		expect(renamed.json.code).toBeUndefined();
	});
});
