/**
 * Managed Flexport access tokens: when to ask for one.
 *
 * Flexport issues 24 h JWTs and allows a credential only 10 token requests a day, so a token is
 * kept in the credential and reused until it really has to be replaced. The provider decides when
 * that is, shares one token request between concurrent callers of a process (auth0's TokenProvider
 * and google-auth-library's OAuth2Client do the same), and guards the daily budget. It knows nothing
 * about n8n: the clock, the HTTP call and the token check are injected.
 */
import {
	assertWithinBudget,
	DAY_MS,
	FLEXPORT_DAILY_TOKEN_LIMIT,
	mergeHistory,
	TokenBudgetExceededError,
} from './tokenBudget';
import { exchange, type TokenHttp } from './tokenEndpoint';
import {
	clientKeyOf,
	DEFAULT_REFRESH_WINDOW_MS,
	isTokenUsable,
	settingsFingerprint,
	type TokenSettings,
	type TokenState,
} from './tokenState';

/** 'rejected' means Flexport answered 401 to the token; anything else keeps the token. */
export type TokenCheckResult = 'valid' | 'rejected' | 'unknown';

/** How the provider reaches the outside world; n8n passes its own HTTP helper here. */
export interface TokenTransport {
	http: TokenHttp;
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

interface ExchangeRequest {
	settings: TokenSettings;
	stored: TokenState | undefined;
	transport: TokenTransport;
	fields: Record<string, string>;
	/** Request times known from elsewhere (the lease of other processes). */
	history: readonly number[];
	/** A refresh token that must not appear in a message even when this grant does not send it. */
	refreshToken?: string;
}

/**
 * One provider per process. It remembers the newest token per settings fingerprint, shares one
 * in-flight token request between concurrent callers, and remembers tokens Flexport rejected.
 */
export class FlexportTokenProvider {
	private readonly now: () => number;
	private readonly refreshWindowMs: number;
	/** Flexport's daily limit of token requests per credential. */
	readonly maxRequestsPerDay: number;
	private readonly defaultLifetimeMs: number;

	private readonly newest = new Map<string, TokenState>();
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
		const newer = this.newerThanStored(settings, stored);
		if (newer) return this.withHistory(newer, stored);

		if (this.isUsable(stored, settings)) {
			if ((await this.check(stored.accessToken, transport)) !== 'rejected') {
				this.remember(stored);
				return stored;
			}
		}

		return await this.requestToken(settings, stored, transport);
	}

	/**
	 * A token another caller in this process obtained or saw that replaces the one given: used unless
	 * the given one is newer (another process, e.g. a queue-mode worker, saved it since).
	 */
	newerThanStored(settings: TokenSettings, stored: TokenState | undefined): TokenState | undefined {
		const newest = this.newest.get(settingsFingerprint(settings));
		if (!this.isUsable(newest, settings)) return undefined;
		// A newer stored token wins even when Flexport refused it: the older one was refused too, or soon is.
		const storedUsable = isTokenUsable(stored, settings, this.now(), this.refreshWindowMs);
		return !storedUsable ||
			(newest.accessToken !== stored.accessToken && newest.obtainedAt >= stored.obtainedAt)
			? newest
			: undefined;
	}

	/** Minted for these settings, not about to expire, and not refused by Flexport in this process. */
	isUsable(state: TokenState | undefined, settings: TokenSettings): state is TokenState {
		return (
			isTokenUsable(state, settings, this.now(), this.refreshWindowMs) &&
			!this.rejectedTokens.has(state.accessToken)
		);
	}

	/** Asks Flexport once (for all concurrent callers) whether a token is accepted; remembers a 401. */
	async check(accessToken: string, transport: TokenTransport): Promise<TokenCheckResult> {
		if (this.rejectedTokens.has(accessToken)) return 'rejected';
		const verdict = transport.checkToken
			? await this.checkOnce(accessToken, transport.checkToken)
			: 'unknown';
		if (verdict === 'rejected') this.rejectedTokens.add(accessToken);
		return verdict;
	}

	/** Notes a token read from the stored credential, so a stale read elsewhere cannot replace it. */
	observe(state: TokenState | undefined, settings: TokenSettings): void {
		if (this.isUsable(state, settings)) this.remember(state);
	}

	/** The request history for the client: the given lists and everything this process knows. */
	history(settings: TokenSettings, ...known: Array<readonly number[]>): number[] {
		return this.requestLog(clientKeyOf(settings), undefined, this.now(), known);
	}

	/** Whether this process is waiting for Flexport's answer to a token request for the settings. */
	isRequesting(settings: TokenSettings): boolean {
		return this.inFlight.has(settingsFingerprint(settings));
	}

	/** Requests a new token now (one request for all concurrent callers), within the daily budget. */
	requestToken(
		settings: TokenSettings,
		stored: TokenState | undefined,
		transport: TokenTransport,
		history: readonly number[] = [],
	): Promise<TokenState> {
		const fingerprint = settingsFingerprint(settings);
		let pending = this.inFlight.get(fingerprint);
		if (!pending) {
			pending = this.requestNew(settings, stored, transport, history).finally(() =>
				this.inFlight.delete(fingerprint),
			);
			this.inFlight.set(fingerprint, pending);
		}
		return pending;
	}

	/** The newest token this process knows for the settings, if it is still usable. */
	peek(settings: TokenSettings): TokenState | undefined {
		const state = this.newest.get(settingsFingerprint(settings));
		return this.isUsable(state, settings) ? state : undefined;
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

	private remember(state: TokenState): void {
		const current = this.newest.get(state.fingerprint);
		if (!current || current.obtainedAt <= state.obtainedAt)
			this.newest.set(state.fingerprint, state);
	}

	/** Every request time this process knows for the client: stored, attempted here, and newest tokens. */
	private requestLog(
		clientKey: string,
		stored: TokenState | undefined,
		now: number,
		known: ReadonlyArray<readonly number[]> = [],
	): number[] {
		const fromStore = stored && stored.clientKey === clientKey ? stored.requests : [];
		const fromProcess = this.attempts.get(clientKey) ?? [];
		const newestForClient = [...this.newest.values()]
			.filter((state) => state.clientKey === clientKey)
			.map((state) => state.requests);
		return mergeHistory(now, fromStore, fromProcess, ...newestForClient, ...known);
	}

	private withHistory(state: TokenState, stored: TokenState | undefined): TokenState {
		const requests = this.requestLog(state.clientKey, stored, this.now());
		return { ...state, requests };
	}

	private async requestNew(
		settings: TokenSettings,
		stored: TokenState | undefined,
		transport: TokenTransport,
		history: readonly number[],
	): Promise<TokenState> {
		const clientKey = clientKeyOf(settings);
		const refreshToken = stored && stored.clientKey === clientKey ? stored.refreshToken : undefined;

		if (refreshToken) {
			const refreshed = await this.exchange({
				settings,
				stored,
				transport,
				history,
				fields: {
					grant_type: 'refresh_token',
					refresh_token: refreshToken,
					client_id: settings.clientId,
					client_secret: settings.clientSecret,
				},
			}).catch((error: Error) => error);
			if (!(refreshed instanceof Error)) return refreshed;
			// A refused refresh token falls back to the client-credentials grant; a spent budget does not.
			if (refreshed instanceof TokenBudgetExceededError) throw refreshed;
		}

		const fields: Record<string, string> = {
			client_id: settings.clientId,
			client_secret: settings.clientSecret,
			audience: settings.audience,
			grant_type: settings.grantType || 'client_credentials',
		};
		if (settings.scope.trim() !== '') fields.scope = settings.scope.trim();
		if (settings.audience.trim() === '') delete fields.audience;
		return await this.exchange({ settings, stored, transport, fields, history, refreshToken });
	}

	/** One token request, counted against the budget before it is sent. */
	private async exchange(request: ExchangeRequest): Promise<TokenState> {
		const { settings } = request;
		const fingerprint = settingsFingerprint(settings);
		const clientKey = clientKeyOf(settings);
		const requestedAt = this.now();
		const history = this.requestLog(clientKey, request.stored, requestedAt, [request.history]);
		assertWithinBudget(history, this.maxRequestsPerDay);
		this.attempts.set(clientKey, [...(this.attempts.get(clientKey) ?? []), requestedAt]);

		const state = await exchange({
			settings,
			fields: request.fields,
			http: request.transport.http,
			requestedAt,
			fingerprint,
			clientKey,
			requests: [...history, requestedAt],
			defaultLifetimeMs: this.defaultLifetimeMs,
			dailyLimit: this.maxRequestsPerDay,
			secrets: [request.refreshToken],
		});
		this.remember(state);
		return state;
	}
}
