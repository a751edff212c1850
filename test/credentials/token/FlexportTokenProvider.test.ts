import { FlexportTokenProvider } from '../../../credentials/token/FlexportTokenProvider';
import { DAY_MS } from '../../../credentials/token/tokenBudget';
import { isTokenUsable, settingsFingerprint } from '../../../credentials/token/tokenState';
import { CLIENT_CREDENTIAL_VALUE, settings, setup } from './fixtures';

describe('FlexportTokenProvider', () => {
	describe('when to request a token', () => {
		it("requests one when none is stored, sending Flexport's JSON body", async () => {
			const { endpoint, provider } = setup();
			const state = await provider.getToken(settings, undefined, endpoint.transport);
			expect(endpoint.requests).toHaveLength(1);
			expect(endpoint.requests[0].headers['Content-Type']).toBe('application/json');
			expect(JSON.parse(endpoint.requests[0].body)).toEqual({
				client_id: 'client-a',
				client_secret: CLIENT_CREDENTIAL_VALUE,
				audience: 'https://api.flexport.com',
				grant_type: 'client_credentials',
			});
			expect(state.accessToken).toMatch(/\./);
			expect(state.requests).toHaveLength(1);
		});

		it('sends a form body when the credential asks for it, with scope when set', async () => {
			const { endpoint, provider } = setup();
			await provider.getToken(
				{ ...settings, requestFormat: 'form', scope: ' read write ' },
				undefined,
				endpoint.transport,
			);
			expect(endpoint.requests[0].headers['Content-Type']).toBe(
				'application/x-www-form-urlencoded',
			);
			const body = new URLSearchParams(endpoint.requests[0].body);
			expect(body.get('scope')).toBe('read write');
			expect(body.get('grant_type')).toBe('client_credentials');
		});

		it('reuses a stored token that is valid for the same settings, after checking it', async () => {
			const { endpoint, provider, clock } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			const fresh = new FlexportTokenProvider({ now: clock.now }); // another process
			const checkToken = jest.fn(async () => 'valid' as const);
			const again = await fresh.getToken(settings, first, { ...endpoint.transport, checkToken });
			expect(again.accessToken).toBe(first.accessToken);
			expect(endpoint.requests).toHaveLength(1);
			expect(checkToken).toHaveBeenCalledTimes(1);
		});

		it('requests a new one when the stored token expires within 5 minutes', async () => {
			const { endpoint, provider, clock } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			clock.advance(DAY_MS - 4 * 60_000);
			const second = await provider.getToken(settings, first, endpoint.transport);
			expect(second.accessToken).not.toBe(first.accessToken);
			expect(endpoint.requests).toHaveLength(2);
			expect(second.requests).toHaveLength(2);
		});

		it('keeps the stored token while more than 5 minutes remain', async () => {
			const { endpoint, provider, clock } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			clock.advance(DAY_MS - 6 * 60_000);
			expect(isTokenUsable(first, settings, clock.now())).toBe(true);
			const second = await provider.getToken(settings, first, endpoint.transport);
			expect(second.accessToken).toBe(first.accessToken);
			expect(endpoint.requests).toHaveLength(1);
		});

		it.each([
			['client ID', { clientId: 'client-b' }],
			['client secret', { clientSecret: 'another-secret' }],
			['audience', { audience: 'https://other.example' }],
			['scope', { scope: 'read' }],
			['token URL', { tokenUrl: 'https://api.flexport.com/oauth/other' }],
		])('requests a new one when the %s changed', async (_label, change) => {
			const { endpoint, provider } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			const changed = { ...settings, ...change };
			expect(isTokenUsable(first, changed, Date.UTC(2026, 10, 23, 12))).toBe(false);
			const second = await provider.getToken(changed, first, endpoint.transport);
			expect(second.accessToken).not.toBe(first.accessToken);
			expect(second.fingerprint).toBe(settingsFingerprint(changed));
			expect(endpoint.requests).toHaveLength(2);
		});

		it('requests a new one when Flexport rejects the stored token (401)', async () => {
			const { endpoint, provider } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			const checkToken = jest.fn(async () => 'rejected' as const);
			const second = await provider.getToken(settings, first, {
				...endpoint.transport,
				checkToken,
			});
			expect(second.accessToken).not.toBe(first.accessToken);
			expect(endpoint.requests).toHaveLength(2);
		});

		it('keeps the stored token when the check cannot tell (network error, 5xx)', async () => {
			const { endpoint, provider } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			const checkToken = jest.fn(async () => {
				throw new Error('socket hang up');
			});
			const second = await provider.getToken(settings, first, {
				...endpoint.transport,
				checkToken,
			});
			expect(second.accessToken).toBe(first.accessToken);
			expect(endpoint.requests).toHaveLength(1);
		});
	});

	describe('sharing within a process', () => {
		it('makes one token request for concurrent callers', async () => {
			const { endpoint, provider } = setup();
			const states = await Promise.all(
				Array.from(
					{ length: 20 },
					async () => await provider.getToken(settings, undefined, endpoint.transport),
				),
			);
			expect(endpoint.requests).toHaveLength(1);
			expect(new Set(states.map((s) => s.accessToken)).size).toBe(1);
		});

		it('uses the newer token when a replaced token is reported rejected, without asking again', async () => {
			const { endpoint, provider } = setup();
			const old = await provider.getToken(settings, undefined, endpoint.transport);
			const checkToken = jest.fn(async () => 'rejected' as const);
			const replaced = await provider.getToken(settings, old, {
				...endpoint.transport,
				checkToken,
			});
			// A second execution still holding the old token gets the 401 later:
			const again = await provider.getToken(settings, old, { ...endpoint.transport, checkToken });
			expect(again.accessToken).toBe(replaced.accessToken);
			expect(endpoint.requests).toHaveLength(2);
		});

		it('prefers a newer token stored by another process (queue-mode worker) to its own older one', async () => {
			const { endpoint, provider, clock } = setup();
			const mine = await provider.getToken(settings, undefined, endpoint.transport);
			clock.advance(60_000);
			const otherWorker = new FlexportTokenProvider({ now: clock.now });
			const theirs = await otherWorker.getToken(settings, mine, {
				...endpoint.transport,
				checkToken: async () => 'rejected' as const,
			});
			// Flexport now rejects both: this process must not fall back to its own, older token.
			const next = await provider.getToken(settings, theirs, {
				...endpoint.transport,
				checkToken: async () => 'rejected' as const,
			});
			expect(next.accessToken).not.toBe(mine.accessToken);
			expect(next.accessToken).not.toBe(theirs.accessToken);
			expect(endpoint.requests).toHaveLength(3);
		});

		it('does not cache a failed request: the next caller tries again', async () => {
			const { endpoint, provider } = setup();
			endpoint.queue.push({ status: 503, body: 'Service Unavailable' });
			await expect(provider.getToken(settings, undefined, endpoint.transport)).rejects.toThrow(
				/HTTP 503/,
			);
			const state = await provider.getToken(settings, undefined, endpoint.transport);
			expect(state.accessToken).toBeTruthy();
			expect(endpoint.requests).toHaveLength(2);
			expect(state.requests).toHaveLength(2); // the failed attempt still counts against the budget
		});

		it('checks a stored token once for concurrent callers', async () => {
			const { endpoint, provider, clock } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			const other = new FlexportTokenProvider({ now: clock.now });
			const checkToken = jest.fn(async () => 'valid' as const);
			await Promise.all(
				Array.from(
					{ length: 5 },
					async () => await other.getToken(settings, first, { ...endpoint.transport, checkToken }),
				),
			);
			expect(checkToken).toHaveBeenCalledTimes(1);
		});
	});

	describe('refresh tokens', () => {
		it('uses grant_type=refresh_token when a refresh token is stored', async () => {
			const { endpoint, provider, clock } = setup();
			endpoint.queue.push({
				status: 200,
				body: { access_token: 'a1', refresh_token: 'r1', expires_in: 3600 },
			});
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			expect(first.refreshToken).toBe('r1');
			clock.advance(3600_000);
			endpoint.queue.push({ status: 200, body: { access_token: 'a2', expires_in: 3600 } });
			const second = await provider.getToken(settings, first, endpoint.transport);
			expect(JSON.parse(endpoint.requests[1].body)).toMatchObject({
				grant_type: 'refresh_token',
				refresh_token: 'r1',
			});
			expect(second.accessToken).toBe('a2');
		});

		it('falls back to client credentials when the refresh is refused', async () => {
			const { endpoint, provider, clock } = setup();
			endpoint.queue.push({
				status: 200,
				body: { access_token: 'a1', refresh_token: 'r1', expires_in: 3600 },
			});
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			clock.advance(3600_000);
			endpoint.queue.push({
				status: 400,
				body: { error: 'invalid_grant', error_description: 'Refresh token expired' },
			});
			const second = await provider.getToken(settings, first, endpoint.transport);
			expect(JSON.parse(endpoint.requests[2].body).grant_type).toBe('client_credentials');
			expect(second.accessToken).not.toBe('a1');
			expect(second.requests).toHaveLength(3);
		});
	});
});
