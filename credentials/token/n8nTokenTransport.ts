/**
 * Connects the n8n-free token logic to n8n: the shared provider instance, the credential settings
 * it needs, and HTTP through n8n's own helper (which honours the user's allowed domains).
 */
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import {
	apiBaseUrl,
	apiVersion,
	CREDENTIAL_CHECK_PATH,
	DEFAULT_AUDIENCE,
	DEFAULT_TOKEN_URL,
	textSetting as text,
} from '../../nodes/shared/freightSettings';
import {
	FlexportTokenProvider,
	type TokenCheckResult,
	type TokenTransport,
} from './FlexportTokenProvider';
import { TokenCoordinator, type CredentialWrite, type StoredCredential } from './TokenCoordinator';
import type { TokenHttpResponse } from './tokenEndpoint';
import { parseTokenLease, serializeTokenLease } from './tokenLease';
import { parseTokenState, serializeTokenState, type TokenSettings } from './tokenState';

/** Well inside a claim's lifetime (tokenLease.ts), so no process takes over a request still under way. */
const TOKEN_REQUEST_TIMEOUT_MS = 10_000;
/** The token check: an inconclusive check keeps the token, so it may take its time on a busy host. */
const TOKEN_CHECK_TIMEOUT_MS = 30_000;

/** The credential's hidden fields: the token (n8n empties and refills it) and the lease. */
export const TOKEN_FIELD = 'managedToken';
export const LEASE_FIELD = 'managedTokenLease';

/** One provider per process, shared by every execution, credential test and node in it. */
export const tokenProvider = new FlexportTokenProvider();

/** The cross-process protocol on top of it (one per process as well). */
export const tokenCoordinator = new TokenCoordinator({ provider: tokenProvider, sleep });

export function storedCredential(credentials: ICredentialDataDecryptedObject): StoredCredential {
	return {
		token: parseTokenState(credentials[TOKEN_FIELD]),
		lease: parseTokenLease(credentials[LEASE_FIELD]),
	};
}

/** What preAuthentication returns for n8n to store. */
export function credentialFields(write: CredentialWrite): Record<string, string> {
	return {
		[TOKEN_FIELD]: write.token ? serializeTokenState(write.token) : '',
		[LEASE_FIELD]: serializeTokenLease(write.lease),
	};
}

export function tokenSettings(credentials: ICredentialDataDecryptedObject): TokenSettings {
	return {
		clientId: text(credentials.clientId).trim(),
		clientSecret: text(credentials.clientSecret),
		audience: text(credentials.audience, DEFAULT_AUDIENCE).trim(),
		scope: text(credentials.scope).trim(),
		grantType: text(credentials.grantType, 'client_credentials').trim() || 'client_credentials',
		tokenUrl: text(credentials.tokenUrl, DEFAULT_TOKEN_URL).trim() || DEFAULT_TOKEN_URL,
		responseTokenKey: text(credentials.responseKeyPath, 'access_token').trim() || 'access_token',
		requestFormat: credentials.requestFormat === 'form' ? 'form' : 'json',
	};
}

interface FullResponse {
	statusCode?: number;
	status?: number;
	body?: unknown;
	headers?: Record<string, unknown>;
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

export function n8nTokenTransport(
	helper: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): TokenTransport {
	const baseUrl = apiBaseUrl(credentials);
	const version = apiVersion(credentials);
	return {
		async http(request): Promise<TokenHttpResponse> {
			const options: IHttpRequestOptions = {
				method: 'POST',
				url: request.url,
				headers: request.headers,
				body: request.body,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				// The body holds the client secret: a redirect would replay it to wherever it points.
				disableFollowRedirect: true,
				timeout: TOKEN_REQUEST_TIMEOUT_MS,
			};
			const response = (await helper.helpers.httpRequest(options)) as FullResponse;
			const contentType = response.headers?.['content-type'];
			const location = response.headers?.location;
			return {
				status: response.statusCode ?? response.status ?? 0,
				body: parseBody(response.body),
				contentType: typeof contentType === 'string' ? contentType : undefined,
				location: typeof location === 'string' ? location : undefined,
			};
		},
		async checkToken(accessToken): Promise<TokenCheckResult> {
			const response = (await helper.helpers.httpRequest({
				method: 'GET',
				url: `${baseUrl}${CREDENTIAL_CHECK_PATH}`,
				headers: {
					Authorization: `Bearer ${accessToken}`,
					'Flexport-Version': version,
					Accept: 'application/json',
				},
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				// The token goes to the API host and nowhere else; a redirect says nothing about the token.
				disableFollowRedirect: true,
				timeout: TOKEN_CHECK_TIMEOUT_MS,
			})) as FullResponse;
			const status = response.statusCode ?? response.status ?? 0;
			if (status === 401) return 'rejected';
			return status >= 200 && status < 300 ? 'valid' : 'unknown';
		},
	};
}
