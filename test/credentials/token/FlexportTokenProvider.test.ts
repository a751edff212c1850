import {
	DAY_MS,
	FlexportTokenProvider,
	isTokenUsable,
	jwtExpiryMs,
	parseTokenState,
	redactSecrets,
	serializeTokenState,
	settingsFingerprint,
	TokenBudgetExceededError,
	TokenRequestError,
	type TokenHttpRequest,
	type TokenHttpResponse,
	type TokenSettings,
	type TokenState,
	type TokenTransport,
} from '../../../credentials/token/FlexportTokenProvider';

const CLIENT_CREDENTIAL_VALUE = 'super-secret-value-123';

const settings: TokenSettings = {
	clientId: 'client-a',
	clientSecret: CLIENT_CREDENTIAL_VALUE,
	audience: 'https://api.flexport.com',
	scope: '',
	grantType: 'client_credentials',
	tokenUrl: 'https://api.flexport.com/oauth/token',
	responseTokenKey: 'access_token',
	requestFormat: 'json',
};

function jwt(expSeconds: number, id = Math.random().toString(36).slice(2)): string {
	const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
	return `${encode({ alg: 'HS256' })}.${encode({ exp: expSeconds, jti: id })}.sig`;
}

class Clock {
	constructor(public ms = Date.UTC(2026, 10, 23, 12, 0, 0)) {}
	now = () => this.ms;
	advance(ms: number) {
		this.ms += ms;
	}
}

/** A scripted token endpoint: records requests, answers from a queue or with a fresh JWT. */
function fakeEndpoint(clock: Clock, lifetimeS = 86_400) {
	const requests: TokenHttpRequest[] = [];
	const queue: Array<TokenHttpResponse | Error> = [];
	let counter = 0;
	const http = jest.fn(async (request: TokenHttpRequest): Promise<TokenHttpResponse> => {
		requests.push(request);
		await Promise.resolve();
		const next = queue.shift();
		if (next instanceof Error) throw next;
		if (next) return next;
		counter++;
		return {
			status: 200,
			body: {
				access_token: jwt(Math.floor(clock.ms / 1000) + lifetimeS, `t${counter}`),
				expires_in: lifetimeS,
				token_type: 'Bearer',
			},
		};
	});
	return { http, requests, queue, transport: { http } as TokenTransport };
}

function setup(options: { lifetimeS?: number } = {}) {
	const clock = new Clock();
	const endpoint = fakeEndpoint(clock, options.lifetimeS);
	const provider = new FlexportTokenProvider({ now: clock.now });
	return { clock, endpoint, provider };
}

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

	describe('expiry', () => {
		it('takes the earlier of expires_in and the JWT exp', async () => {
			const { endpoint, provider, clock } = setup();
			endpoint.queue.push({
				status: 200,
				body: { access_token: jwt(Math.floor(clock.ms / 1000) + 600), expires_in: 86_400 },
			});
			const state = await provider.getToken(settings, undefined, endpoint.transport);
			expect(state.expiresAt).toBe(clock.ms + 600_000);
		});

		it('falls back to 24 hours when the response says nothing about expiry', async () => {
			const { endpoint, provider, clock } = setup();
			endpoint.queue.push({ status: 200, body: { access_token: 'opaque-token' } });
			const state = await provider.getToken(settings, undefined, endpoint.transport);
			expect(state.expiresAt).toBe(clock.ms + DAY_MS);
		});

		it('reads a token under a dotted Response Token Key', async () => {
			const { endpoint, provider } = setup();
			endpoint.queue.push({
				status: 200,
				body: { data: { token: 'nested-token' }, expires_in: 3600 },
			});
			const state = await provider.getToken(
				{ ...settings, responseTokenKey: 'data.token' },
				undefined,
				endpoint.transport,
			);
			expect(state.accessToken).toBe('nested-token');
		});

		it('ignores JWTs without a readable exp', () => {
			expect(jwtExpiryMs('not-a-jwt')).toBeUndefined();
			expect(jwtExpiryMs('a.b.c')).toBeUndefined();
			expect(jwtExpiryMs(jwt(1000))).toBe(1_000_000);
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

	describe('daily budget', () => {
		it('never sends the 11th request within 24 hours and says when the next is allowed', async () => {
			const { endpoint, provider, clock } = setup({ lifetimeS: 60 });
			let state: TokenState | undefined;
			const startedAt = clock.ms;
			for (let i = 0; i < 10; i++) {
				state = await provider.getToken(settings, state, endpoint.transport);
				clock.advance(60_000);
			}
			expect(endpoint.requests).toHaveLength(10);
			const attempt = provider.getToken(settings, state, endpoint.transport);
			await expect(attempt).rejects.toBeInstanceOf(TokenBudgetExceededError);
			await expect(provider.getToken(settings, state, endpoint.transport)).rejects.toThrow(
				new RegExp(
					`10 token requests per credential per day.*made 10.*after ${new Date(startedAt + DAY_MS).toISOString()}`,
				),
			);
			expect(endpoint.requests).toHaveLength(10);
		});

		it('remembers the budget across processes through the stored state', async () => {
			const { endpoint, clock } = setup({ lifetimeS: 60 });
			let state: TokenState | undefined;
			for (let i = 0; i < 10; i++) {
				const process = new FlexportTokenProvider({ now: clock.now });
				state = parseTokenState(
					serializeTokenState(await process.getToken(settings, state, endpoint.transport)),
				);
				clock.advance(60_000);
			}
			const newProcess = new FlexportTokenProvider({ now: clock.now });
			await expect(newProcess.getToken(settings, state, endpoint.transport)).rejects.toBeInstanceOf(
				TokenBudgetExceededError,
			);
			expect(endpoint.requests).toHaveLength(10);
		});

		it('allows a request again once the oldest one is a day old', async () => {
			const { endpoint, provider, clock } = setup({ lifetimeS: 60 });
			let state: TokenState | undefined;
			for (let i = 0; i < 10; i++) {
				state = await provider.getToken(settings, state, endpoint.transport);
				clock.advance(60_000);
			}
			clock.advance(DAY_MS - 10 * 60_000 + 1);
			state = await provider.getToken(settings, state, endpoint.transport);
			expect(endpoint.requests).toHaveLength(11);
			expect(state.requests).toHaveLength(10);
		});

		it('keeps the history when only the secret changes (the budget belongs to the client ID)', async () => {
			const { endpoint, provider } = setup();
			const first = await provider.getToken(settings, undefined, endpoint.transport);
			const second = await provider.getToken(
				{ ...settings, clientSecret: 'rotated-secret' },
				first,
				endpoint.transport,
			);
			expect(second.requests).toHaveLength(2);
		});
	});

	describe('failures', () => {
		it.each([
			[
				{ status: 401, body: { error: 'access_denied', error_description: 'Unauthorized' } },
				/HTTP 401 access_denied\): Unauthorized\. Check the Client ID, Client Secret and Audience/,
			],
			[
				{ status: 500, body: '<html>oops</html>' },
				/HTTP 500\): <html>oops<\/html>\. Flexport may be having trouble/,
			],
			[
				{
					status: 429,
					body: {
						error: 'too_many_requests',
						error_description: 'Daily token request limit of 10 exceeded',
					},
				},
				/limits token requests to 10/,
			],
			[
				{ status: 200, body: '<html>login</html>', contentType: 'text/html' },
				/not JSON \(text\/html\)\. Check the Token URL/,
			],
			[
				{ status: 200, body: { token: 'x', expires_in: 10 } },
				/no "access_token" field \(fields present: token, expires_in\)/,
			],
		])('explains %o clearly', async (response, message) => {
			const { endpoint, provider } = setup();
			endpoint.queue.push(response as TokenHttpResponse);
			const attempt = provider.getToken(settings, undefined, endpoint.transport);
			await expect(attempt).rejects.toBeInstanceOf(TokenRequestError);
			await expect(
				provider.getToken(settings, undefined, { http: async () => response as TokenHttpResponse }),
			).rejects.toThrow(message);
		});

		it('reports an unreachable endpoint or timeout without the secret', async () => {
			const { endpoint, provider } = setup();
			endpoint.queue.push(
				new Error(
					`timeout of 30000ms exceeded while sending client_secret=${CLIENT_CREDENTIAL_VALUE}`,
				),
			);
			const error = (await provider
				.getToken(settings, undefined, endpoint.transport)
				.catch((e: Error) => e)) as Error;
			expect(error.message).toMatch(
				/Could not reach Flexport's token endpoint .*timeout of 30000ms exceeded/,
			);
			expect(error.message).not.toContain(CLIENT_CREDENTIAL_VALUE);
		});

		it('never puts the secret into messages even when the server echoes it', async () => {
			const { endpoint, provider } = setup();
			endpoint.queue.push({
				status: 400,
				body: {
					error: 'invalid_client',
					error_description: `bad secret ${CLIENT_CREDENTIAL_VALUE}`,
				},
			});
			const error = (await provider
				.getToken(settings, undefined, endpoint.transport)
				.catch((e: Error) => e)) as Error;
			expect(error.message).toContain('[redacted]');
			expect(error.message).not.toContain(CLIENT_CREDENTIAL_VALUE);
		});
	});

	describe('stored state', () => {
		it('round-trips and rejects garbage', () => {
			expect(parseTokenState('')).toBeUndefined();
			expect(parseTokenState('{not json')).toBeUndefined();
			expect(parseTokenState('{"v":2}')).toBeUndefined();
			expect(parseTokenState(42)).toBeUndefined();
			const state: TokenState = {
				v: 1,
				accessToken: 'a',
				expiresAt: 5,
				obtainedAt: 1,
				fingerprint: 'f',
				clientKey: 'c',
				requests: [1],
			};
			expect(parseTokenState(serializeTokenState(state))).toEqual(state);
		});

		it('redacts every secret it is given', () => {
			expect(redactSecrets('a secret-1 and secret-1 b', ['secret-1', undefined, ''])).toBe(
				'a [redacted] and [redacted] b',
			);
		});
	});
});
