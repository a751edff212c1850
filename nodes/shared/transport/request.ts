/**
 * Sends one API request through n8n's httpRequestWithAuthentication (so the credential's token,
 * its 401 refresh and n8n's proxy and domain rules all apply), paced by the run's rate gate, with
 * the retry policy: 429s wait for Retry-After (pausing every parallel request of the run), 5xx,
 * dropped connections and cut-off bodies are sent again only when the dialect calls the request
 * retry-safe. Each attempt is one exchange (./exchange.ts): redirects decided by origin, a total
 * deadline (the Timeout), a body-size cap. Returns the parsed body (with `http.returnFullResponse`:
 * `{body, headers, statusCode}`), or the bytes and headers of a binary answer.
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import {
	markCanWait,
	newRefreshWait,
	tokenRefreshWait,
} from '../../../credentials/token/refreshWait';
import { retryAfterTooLongError, toApiError, type ApiDialect } from './apiError';
import type { ApiContext } from './context';
import { exchange, type RedirectPolicy } from './exchange';
import { describeFailure, parseMaybeJson } from './failure';
import { DEFAULT_MAX_DOWNLOAD_BYTES, MAX_JSON_BYTES } from './limits';
import { DEFAULT_PACING, rateGateFor } from './pacing';
import { credentialSecrets } from './secrets';
import { backoffMs, DEFAULT_RETRY_POLICY, isRetriableFailure, retryAfterMs } from './retry';

export interface ApiRequest {
	credentialType: string;
	method: IHttpRequestMethods;
	/** The path named in messages (the URL itself is in `http.url`). */
	path: string;
	/** What n8n's helper sends; the loop copies it for every attempt. */
	http: IHttpRequestOptions;
	/** Answer with the body bytes and headers instead of parsed JSON. */
	binary?: boolean;
	itemIndex?: number;
	/** The only origin that receives the credential (default: the origin of `http.url`). */
	origin?: string;
	/** Send even the first hop without the credential (a storage link an API answered with). */
	withoutCredentials?: boolean;
	/** Default 'sameOriginOnly'; file downloads may allow storage URLs (without credentials). */
	redirects?: RedirectPolicy;
	/** Largest answer read (default: 50 MB of JSON, 100 MB for binary answers). */
	maxBodyBytes?: number;
	/** What to tell the user when an answer is larger than `maxBodyBytes`. */
	tooLargeHint?: string;
}

export interface BinaryResponse {
	body: Buffer;
	headers: Record<string, string>;
}

export async function requestWithRetries(
	context: ApiContext,
	dialect: ApiDialect,
	request: ApiRequest,
): Promise<unknown> {
	const policy = dialect.retry ?? DEFAULT_RETRY_POLICY;
	const gate = rateGateFor(context);
	const failed = {
		method: request.method,
		path: request.path,
		headers: request.http.headers as IDataObject | undefined,
		itemIndex: request.itemIndex,
	};
	const retrySafe = dialect.isRetrySafe(request.method, failed.headers);
	const timeoutMs = request.http.timeout ?? DEFAULT_PACING.timeoutMs;
	const maxBodyBytes =
		request.maxBodyBytes ?? (request.binary ? DEFAULT_MAX_DOWNLOAD_BYTES : MAX_JSON_BYTES);
	const fail = async (error: unknown) =>
		toApiError(
			context,
			dialect,
			error,
			failed,
			await credentialSecrets(context, request.credentialType),
		);
	let attempt = 0;
	let rateLimited = 0;
	const tokenWait = newRefreshWait();
	for (;;) {
		attempt++;
		await gate.acquire();
		try {
			const answer = await exchange(context, {
				credentialType: request.withoutCredentials ? undefined : request.credentialType,
				http: markCanWait({ ...request.http }),
				origin: request.origin ?? new URL(request.http.url).origin,
				redirects: request.redirects ?? 'sameOriginOnly',
				maxBodyBytes,
				tooLargeHint:
					request.tooLargeHint ??
					`Narrow the request (filters, fewer fields) so that the answer stays under ${maxBodyBytes / (1024 * 1024)} MB.`,
				deadline: {
					at: Date.now() + timeoutMs,
					timeoutMs,
					label: `${request.method} ${request.path}`,
					service: dialect.service,
				},
			});
			gate.onSuccess();
			if (request.binary) return { body: answer.body, headers: answer.headers } as BinaryResponse;
			const parsed = parseMaybeJson(answer.body);
			// A cut-off JSON body arrives as text; reading again is safe for a retry-safe request.
			const contentType = String(answer.headers['content-type'] ?? '');
			if (
				typeof parsed === 'string' &&
				parsed !== '' &&
				(contentType === '' || /json/i.test(contentType)) &&
				retrySafe &&
				attempt < policy.maxAttempts
			) {
				await sleep(backoffMs(attempt, undefined, policy));
				continue;
			}
			if (request.http.returnFullResponse)
				return { body: parsed, headers: answer.headers, statusCode: answer.status };
			return parsed;
		} catch (error) {
			// Another n8n process is obtaining the token: wait, then send again (n8n re-reads the credential).
			const waitMs = tokenRefreshWait(error, tokenWait);
			if (waitMs !== undefined) {
				await sleep(waitMs);
				attempt--;
				continue;
			}
			const failure = describeFailure(error);
			if (failure.status === 429) {
				rateLimited++;
				const wait = retryAfterMs(failure.headers) ?? policy.defaultRetryAfterMs;
				if (wait > policy.maxRetryAfterMs)
					throw retryAfterTooLongError(context, dialect, wait, failed);
				if (rateLimited < policy.max429Attempts) {
					// The gate pauses every parallel request of this run, not just this one.
					gate.onRateLimited(wait);
					attempt--;
					continue;
				}
				throw await fail(error);
			}
			if (isRetriableFailure(failure) && retrySafe && attempt < policy.maxAttempts) {
				await sleep(backoffMs(attempt, undefined, policy));
				continue;
			}
			throw await fail(error);
		}
	}
}
