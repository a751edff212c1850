/**
 * The managed token as the credential stores it: what the user configured, what is persisted in the
 * hidden `managedToken` field (JSON), and when a stored token may still be sent. No n8n imports.
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

export const DEFAULT_REFRESH_WINDOW_MS = 5 * 60 * 1000;

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

/** A token lives from `obtainedAt` to `expiresAt`; 24 h when the state does not say when it began. */
export function tokenLifetimeMs(state: TokenState): number {
	return state.obtainedAt > 0 && state.expiresAt > state.obtainedAt
		? state.expiresAt - state.obtainedAt
		: 24 * 60 * 60 * 1000;
}

/**
 * When a process replaces the token before it lapses: a point in its last 10–20 % of life that
 * differs per process (a hash of the process id), so that the first to get there replaces it and the
 * others find the new one.
 */
export function replacementPoint(state: TokenState, processId: string): number {
	const digest = createHash('sha256')
		.update(`${processId}:${state.fingerprint}:${state.obtainedAt}`)
		.digest();
	const fraction = digest.readUInt32BE(0) / 2 ** 32;
	return state.expiresAt - tokenLifetimeMs(state) * (0.1 + 0.1 * fraction);
}

/**
 * True when the state may be sent as it is: minted for these settings and not about to expire —
 * more than `refreshWindowMs` left, or 5 % of its lifetime for tokens that live under 100 minutes.
 */
export function isTokenUsable(
	state: TokenState | undefined,
	settings: TokenSettings,
	now: number,
	refreshWindowMs = DEFAULT_REFRESH_WINDOW_MS,
): state is TokenState {
	if (state === undefined || state.accessToken === '') return false;
	const margin = Math.min(refreshWindowMs, tokenLifetimeMs(state) * 0.05);
	return state.fingerprint === settingsFingerprint(settings) && state.expiresAt - margin > now;
}
