/**
 * Managed Flexport access tokens.
 *
 * Flexport issues 24 h JWTs and allows a credential only 10 token requests a day, so a token is
 * kept in the credential and reused until it really has to be replaced. This module decides when
 * that is, asks for the token, and guards the daily budget. It knows nothing about n8n: the clock,
 * the HTTP call and the token check are injected, which keeps every branch testable.
 */
import { createHash } from 'crypto';

/** What the user configured; everything that changes the token a request would get. */
export interface TokenSettings {
	clientId: string;
	clientSecret: string;
	audience: string;
	scope: string;
	grantType: string;
	tokenUrl: string;
	responseTokenKey: string;
	requestFormat: 'json' | 'form';
}

/** What is persisted in the credential's hidden field, as JSON. Holds no secret other than tokens. */
export interface TokenState {
	v: 1;
	accessToken: string;
	/** Epoch ms after which the token must not be used. */
	expiresAt: number;
	obtainedAt: number;
	/** Hash of the settings the token was minted for; a changed secret or audience invalidates it. */
	fingerprint: string;
	/** Hash of client ID and token URL: the budget belongs to the Flexport credential, not the secret. */
	clientKey: string;
	refreshToken?: string;
	/** Epoch ms of every token request in the last 24 h, successful or not. */
	requests: number[];
}

export interface TokenHttpRequest {
	url: string;
	headers: Record<string, string>;
	body: string;
}

export interface TokenHttpResponse {
	status: number;
	/** Parsed JSON, or the raw text when the body was not JSON. */
	body: unknown;
	contentType?: string;
}

/** 'rejected' means Flexport answered 401 to the token; anything else keeps the token. */
export type TokenCheckResult = 'valid' | 'rejected' | 'unknown';

/** How the provider reaches the outside world; n8n passes its own HTTP helper here. */
export interface TokenTransport {
	http: (request: TokenHttpRequest) => Promise<TokenHttpResponse>;
	/** Asks Flexport whether a token is still accepted (one cheap authenticated GET). */
	checkToken?: (accessToken: string) => Promise<TokenCheckResult>;
}

export interface TokenProviderOptions {
	now?: () => number;
	/** Refresh this long before expiry, so no request starts with a token about to lapse. */
	refreshWindowMs?: number;
	maxRequestsPerDay?: number;
	/** Lifetime assumed when the response gives neither `expires_in` nor a JWT `exp`. */
	defaultLifetimeMs?: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_REFRESH_WINDOW_MS = 5 * 60 * 1000;
export const FLEXPORT_DAILY_TOKEN_LIMIT = 10;

export class TokenBudgetExceededError extends Error {
	constructor(
		readonly used: number,
		readonly limit: number,
		readonly nextAllowedAt: number,
	) {
		super(
			`Flexport allows ${limit} token requests per credential per day, and this credential has made ${used} in the last 24 hours. ` +
				`No further token request was sent, to protect your quota. The next one is allowed after ${new Date(nextAllowedAt).toISOString()}.`,
		);
		this.name = 'TokenBudgetExceededError';
	}
}

export class TokenRequestError extends Error {
	constructor(
		message: string,
		readonly httpStatus?: number,
		readonly oauthError?: string,
	) {
		super(message);
		this.name = 'TokenRequestError';
	}
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

export function settingsFingerprint(settings: TokenSettings): string {
	return sha256(
		JSON.stringify([
			settings.clientId,
			settings.clientSecret,
			settings.audience,
			settings.scope,
			settings.grantType,
			settings.tokenUrl,
		]),
	);
}

export function clientKeyOf(settings: Pick<TokenSettings, 'clientId' | 'tokenUrl'>): string {
	return sha256(JSON.stringify([settings.clientId, settings.tokenUrl]));
}

export function parseTokenState(raw: unknown): TokenState | undefined {
	if (typeof raw !== 'string' || raw === '') return undefined;
	try {
		const parsed = JSON.parse(raw) as Partial<TokenState>;
		if (
			parsed?.v !== 1 ||
			typeof parsed.accessToken !== 'string' ||
			typeof parsed.expiresAt !== 'number' ||
			typeof parsed.fingerprint !== 'string'
		) {
			return undefined;
		}
		return {
			...parsed,
			clientKey: typeof parsed.clientKey === 'string' ? parsed.clientKey : '',
			obtainedAt: typeof parsed.obtainedAt === 'number' ? parsed.obtainedAt : 0,
			requests: Array.isArray(parsed.requests)
				? parsed.requests.filter((t) => typeof t === 'number')
				: [],
		} as TokenState;
	} catch {
		return undefined;
	}
}

export function serializeTokenState(state: TokenState): string {
	return JSON.stringify(state);
}

/** True when the state may be sent as it is: minted for these settings and not about to expire. */
export function isTokenUsable(
	state: TokenState | undefined,
	settings: TokenSettings,
	now: number,
	refreshWindowMs = DEFAULT_REFRESH_WINDOW_MS,
): state is TokenState {
	return (
		state !== undefined &&
		state.accessToken !== '' &&
		state.fingerprint === settingsFingerprint(settings) &&
		state.expiresAt - refreshWindowMs > now
	);
}

/** Reads `exp` from a JWT without verifying it: only used to know when to stop using the token. */
export function jwtExpiryMs(token: string): number | undefined {
	const parts = token.split('.');
	if (parts.length !== 3) return undefined;
	try {
		const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as {
			exp?: unknown;
		};
		return typeof payload.exp === 'number' && Number.isFinite(payload.exp)
			? payload.exp * 1000
			: undefined;
	} catch {
		return undefined;
	}
}

function readPath(body: unknown, path: string): unknown {
	let value: unknown = body;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

/** Removes every occurrence of the given secrets from text that may reach a user or a log. */
export function redactSecrets(text: string, secrets: Array<string | undefined>): string {
	let result = text;
	for (const secret of secrets) {
		if (secret && secret.length >= 4) result = result.split(secret).join('[redacted]');
	}
	return result;
}

interface CacheEntry {
	state: TokenState;
}

/**
 * One provider per process. It remembers the newest token per settings fingerprint, shares one
 * in-flight token request between concurrent callers, and remembers tokens Flexport rejected.
 */
export class FlexportTokenProvider {
	private readonly now: () => number;
	private readonly refreshWindowMs: number;
	private readonly maxRequestsPerDay: number;
	private readonly defaultLifetimeMs: number;

	private readonly newest = new Map<string, CacheEntry>();
	private readonly inFlight = new Map<string, Promise<TokenState>>();
	private readonly checks = new Map<string, Promise<TokenCheckResult>>();
	private readonly rejectedTokens = new Set<string>();
	/** Token requests this process made per client, including failed ones that were never persisted. */
	private readonly attempts = new Map<string, number[]>();

	constructor(options: TokenProviderOptions = {}) {
		this.now = options.now ?? (() => Date.now());
		this.refreshWindowMs = options.refreshWindowMs ?? DEFAULT_REFRESH_WINDOW_MS;
		this.maxRequestsPerDay = options.maxRequestsPerDay ?? FLEXPORT_DAILY_TOKEN_LIMIT;
		this.defaultLifetimeMs = options.defaultLifetimeMs ?? DAY_MS;
	}

	/**
	 * Returns a token to use for `settings`, given the state stored in the credential.
	 *
	 * n8n calls this when the stored token is missing, after Flexport answered 401, and on every
	 * credential test. The last two look the same from here, so a stored token that still looks
	 * valid is checked with `transport.checkToken` (one cheap API call) before a new one is requested.
	 */
	async getToken(
		settings: TokenSettings,
		stored: TokenState | undefined,
		transport: TokenTransport,
	): Promise<TokenState> {
		const { checkToken } = transport;
		const fingerprint = settingsFingerprint(settings);
		const now = this.now();
		const storedUsable = isTokenUsable(stored, settings, now, this.refreshWindowMs);
		const newest = this.newest.get(fingerprint)?.state;
		const newestUsable =
			isTokenUsable(newest, settings, now, this.refreshWindowMs) &&
			!this.rejectedTokens.has(newest.accessToken);

		// Another caller in this process already replaced the token we were given: use that one — unless
		// the stored one is newer (another process, e.g. a queue-mode worker, saved it since).
		if (
			newestUsable &&
			(!storedUsable ||
				(newest.accessToken !== stored.accessToken && newest.obtainedAt >= stored.obtainedAt))
		) {
			return this.withHistory(newest, stored);
		}

		if (storedUsable && !this.rejectedTokens.has(stored.accessToken)) {
			const verdict = checkToken ? await this.checkOnce(stored.accessToken, checkToken) : 'unknown';
			if (verdict !== 'rejected') {
				this.remember(fingerprint, stored);
				return stored;
			}
			this.rejectedTokens.add(stored.accessToken);
		}

		return await this.requestShared(settings, fingerprint, stored, transport);
	}

	/** The newest token this process knows for the settings, if it is still usable. */
	peek(settings: TokenSettings): TokenState | undefined {
		const state = this.newest.get(settingsFingerprint(settings))?.state;
		return isTokenUsable(state, settings, this.now(), this.refreshWindowMs) ? state : undefined;
	}

	/** Forgets everything this process remembers (used by tests). */
	reset(): void {
		this.newest.clear();
		this.inFlight.clear();
		this.checks.clear();
		this.rejectedTokens.clear();
		this.attempts.clear();
	}

	private checkOnce(
		accessToken: string,
		checkToken: (accessToken: string) => Promise<TokenCheckResult>,
	): Promise<TokenCheckResult> {
		let pending = this.checks.get(accessToken);
		if (!pending) {
			pending = checkToken(accessToken)
				.catch((): TokenCheckResult => 'unknown')
				.finally(() => this.checks.delete(accessToken));
			this.checks.set(accessToken, pending);
		}
		return pending;
	}

	private remember(fingerprint: string, state: TokenState): void {
		const current = this.newest.get(fingerprint)?.state;
		if (!current || current.obtainedAt <= state.obtainedAt) this.newest.set(fingerprint, { state });
	}

	/** Concurrent callers for the same settings share one token request. */
	private requestShared(
		settings: TokenSettings,
		fingerprint: string,
		stored: TokenState | undefined,
		transport: TokenTransport,
	): Promise<TokenState> {
		let pending = this.inFlight.get(fingerprint);
		if (!pending) {
			pending = this.requestNew(settings, fingerprint, stored, transport).finally(() =>
				this.inFlight.delete(fingerprint),
			);
			this.inFlight.set(fingerprint, pending);
		}
		return pending;
	}

	private requestLog(clientKey: string, stored: TokenState | undefined, now: number): number[] {
		const fromStore = stored && stored.clientKey === clientKey ? stored.requests : [];
		const fromProcess = this.attempts.get(clientKey) ?? [];
		const newestForClient = [...this.newest.values()]
			.map((entry) => entry.state)
			.filter((state) => state.clientKey === clientKey)
			.flatMap((state) => state.requests);
		const merged = new Set([...fromStore, ...fromProcess, ...newestForClient]);
		return [...merged].filter((t) => t > now - DAY_MS && t <= now + 60_000).sort((a, b) => a - b);
	}

	private withHistory(state: TokenState, stored: TokenState | undefined): TokenState {
		const requests = this.requestLog(state.clientKey, stored, this.now());
		return { ...state, requests };
	}

	private async requestNew(
		settings: TokenSettings,
		fingerprint: string,
		stored: TokenState | undefined,
		transport: TokenTransport,
	): Promise<TokenState> {
		const clientKey = clientKeyOf(settings);
		const refreshToken = stored && stored.clientKey === clientKey ? stored.refreshToken : undefined;

		if (refreshToken) {
			const refreshed = await this.exchange(settings, fingerprint, clientKey, stored, transport, {
				grant_type: 'refresh_token',
				refresh_token: refreshToken,
				client_id: settings.clientId,
				client_secret: settings.clientSecret,
			}).catch((error: Error) => error);
			if (!(refreshed instanceof Error)) return refreshed;
			// A refused refresh token falls back to the client-credentials grant; a spent budget does not.
			if (refreshed instanceof TokenBudgetExceededError) throw refreshed;
		}

		const body: Record<string, string> = {
			client_id: settings.clientId,
			client_secret: settings.clientSecret,
			audience: settings.audience,
			grant_type: settings.grantType || 'client_credentials',
		};
		if (settings.scope.trim() !== '') body.scope = settings.scope.trim();
		if (settings.audience.trim() === '') delete body.audience;
		return await this.exchange(settings, fingerprint, clientKey, stored, transport, body);
	}

	private async exchange(
		settings: TokenSettings,
		fingerprint: string,
		clientKey: string,
		stored: TokenState | undefined,
		transport: TokenTransport,
		fields: Record<string, string>,
	): Promise<TokenState> {
		const requestedAt = this.now();
		const history = this.requestLog(clientKey, stored, requestedAt);
		if (history.length >= this.maxRequestsPerDay) {
			throw new TokenBudgetExceededError(
				history.length,
				this.maxRequestsPerDay,
				history[history.length - this.maxRequestsPerDay] + DAY_MS,
			);
		}
		this.attempts.set(clientKey, [...(this.attempts.get(clientKey) ?? []), requestedAt]);
		const requests = [...history, requestedAt];

		const secrets = [settings.clientSecret, fields.refresh_token];
		let response: TokenHttpResponse | undefined;
		let unreachable: string | undefined;
		try {
			response = await transport.http({
				url: settings.tokenUrl,
				headers:
					settings.requestFormat === 'form'
						? { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }
						: { 'Content-Type': 'application/json', Accept: 'application/json' },
				body:
					settings.requestFormat === 'form'
						? new URLSearchParams(fields).toString()
						: JSON.stringify(fields),
			});
		} catch (error) {
			unreachable = redactSecrets((error as Error)?.message ?? String(error), secrets);
		}
		if (response === undefined) {
			throw new TokenRequestError(
				`Could not reach Flexport's token endpoint (${settings.tokenUrl}): ${unreachable ?? 'no response'}`,
			);
		}

		const describe = (text: string) => redactSecrets(text, secrets);
		if (response.status < 200 || response.status >= 300) {
			throw this.failure(response, settings, describe);
		}
		if (response.body === null || typeof response.body !== 'object') {
			throw new TokenRequestError(
				`Flexport's token endpoint answered HTTP ${response.status} with a body that is not JSON${response.contentType ? ` (${response.contentType})` : ''}. Check the Token URL.`,
				response.status,
			);
		}

		const keyPath = settings.responseTokenKey.trim() || 'access_token';
		const accessToken = readPath(response.body, keyPath);
		if (typeof accessToken !== 'string' || accessToken === '') {
			const fields = Object.keys(response.body as object).join(', ') || 'none';
			throw new TokenRequestError(
				`The token response has no "${keyPath}" field (fields present: ${fields}). Check "Response Token Key" in the credential.`,
				response.status,
			);
		}

		const body = response.body as Record<string, unknown>;
		const expiresIn = Number(body.expires_in);
		const fromExpiresIn =
			Number.isFinite(expiresIn) && expiresIn > 0 ? requestedAt + expiresIn * 1000 : undefined;
		const fromJwt = jwtExpiryMs(accessToken);
		const candidates = [fromExpiresIn, fromJwt].filter((t): t is number => t !== undefined);
		const expiresAt =
			candidates.length > 0 ? Math.min(...candidates) : requestedAt + this.defaultLifetimeMs;

		const state: TokenState = {
			v: 1,
			accessToken,
			expiresAt,
			obtainedAt: requestedAt,
			fingerprint,
			clientKey,
			requests,
		};
		if (typeof body.refresh_token === 'string' && body.refresh_token !== '')
			state.refreshToken = body.refresh_token;
		this.remember(fingerprint, state);
		return state;
	}

	private failure(
		response: TokenHttpResponse,
		settings: TokenSettings,
		describe: (text: string) => string,
	): TokenRequestError {
		const body = response.body;
		let oauthError: string | undefined;
		let detail: string | undefined;
		if (body && typeof body === 'object') {
			const record = body as Record<string, unknown>;
			const nested =
				record.error && typeof record.error === 'object'
					? (record.error as Record<string, unknown>)
					: undefined;
			oauthError =
				typeof record.error === 'string'
					? record.error
					: typeof nested?.code === 'string'
						? nested.code
						: undefined;
			const text = record.error_description ?? nested?.message ?? record.message;
			detail = typeof text === 'string' ? text : undefined;
		} else if (typeof body === 'string' && body.trim() !== '') {
			detail = body.trim().slice(0, 200);
		}
		const flexportSays = detail ? `: ${describe(detail)}` : '';
		const code = oauthError ? ` ${describe(oauthError)}` : '';
		let hint = '';
		if (response.status === 401 || response.status === 403)
			hint = ' Check the Client ID, Client Secret and Audience.';
		if (response.status === 429)
			hint = ` Flexport limits token requests to ${this.maxRequestsPerDay} per credential per day.`;
		if (response.status >= 500) hint = ' Flexport may be having trouble; try again later.';
		return new TokenRequestError(
			`Flexport refused the token request (HTTP ${response.status}${code})${flexportSays}.${hint}`,
			response.status,
			oauthError,
		);
	}
}
