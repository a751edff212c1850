/**
 * Flexport's token endpoint: one OAuth2 token request and the reading of its answer (auth0 keeps
 * this in its AuthenticationClient). Errors say what to check and never contain the client secret
 * or a refresh token. No n8n imports: the HTTP call is injected.
 */
import { redactSecrets } from '../../nodes/shared/transport/redaction';
import { type TokenSettings, type TokenState } from './tokenState';

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
	/** The Location header of a redirect (which is never followed). */
	location?: string;
}

export type TokenHttp = (request: TokenHttpRequest) => Promise<TokenHttpResponse>;

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

export interface ExchangeOptions {
	settings: TokenSettings;
	/** The grant's form fields (grant_type, client_id, client_secret, …). */
	fields: Record<string, string>;
	http: TokenHttp;
	/** When the request is sent; the token's lifetime counts from here. */
	requestedAt: number;
	fingerprint: string;
	clientKey: string;
	/** The request history to store with the token, this request included. */
	requests: number[];
	/** Lifetime assumed when the response gives neither `expires_in` nor a JWT `exp`. */
	defaultLifetimeMs: number;
	/** Named in the hint of a 429. */
	dailyLimit: number;
	/** Other secrets to keep out of messages (a stored refresh token after it failed). */
	secrets?: Array<string | undefined>;
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

/** Sends one token request and turns the answer into the state to store. */
export async function exchange(options: ExchangeOptions): Promise<TokenState> {
	const { settings, fields, requestedAt } = options;
	const secrets = [settings.clientSecret, fields.refresh_token, ...(options.secrets ?? [])];
	let response: TokenHttpResponse | undefined;
	let unreachable: string | undefined;
	try {
		response = await options.http({
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
	if (response.status >= 300 && response.status < 400) throw redirected(response, describe);
	if (response.status < 200 || response.status >= 300) {
		throw failure(response, options.dailyLimit, describe);
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
		const present = Object.keys(response.body as object).join(', ') || 'none';
		throw new TokenRequestError(
			`The token response has no "${keyPath}" field (fields present: ${present}). Check "Response Token Key" in the credential.`,
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
		candidates.length > 0 ? Math.min(...candidates) : requestedAt + options.defaultLifetimeMs;

	const state: TokenState = {
		v: 1,
		accessToken,
		expiresAt,
		obtainedAt: requestedAt,
		fingerprint: options.fingerprint,
		clientKey: options.clientKey,
		requests: options.requests,
	};
	if (typeof body.refresh_token === 'string' && body.refresh_token !== '')
		state.refreshToken = body.refresh_token;
	return state;
}

/** The client secret is in the body: a redirect is an error, never a second destination. */
function redirected(
	response: TokenHttpResponse,
	describe: (text: string) => string,
): TokenRequestError {
	let target = '';
	try {
		if (response.location) target = ` to ${describe(new URL(response.location).origin)}`;
	} catch {
		target = ' to an address that is not a URL';
	}
	return new TokenRequestError(
		`Flexport's token endpoint answered with a redirect (HTTP ${response.status}${target}). Token requests are never redirected, so that the client secret goes only to the Token URL. Check "Token URL" in the credential (Advanced Settings).`,
		response.status,
	);
}

function failure(
	response: TokenHttpResponse,
	dailyLimit: number,
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
		hint = ` Flexport limits token requests to ${dailyLimit} per credential per day.`;
	if (response.status >= 500) hint = ' Flexport may be having trouble; try again later.';
	return new TokenRequestError(
		`Flexport refused the token request (HTTP ${response.status}${code})${flexportSays}.${hint}`,
		response.status,
		oauthError,
	);
}
