/**
 * Sends one API request through n8n's httpRequestWithAuthentication (so the credential's token,
 * its 401 refresh and n8n's proxy and domain rules all apply), paced by the run's rate gate, with
 * the retry policy: 429s wait for Retry-After (pausing every parallel request of the run), 5xx,
 * dropped connections and cut-off bodies are sent again only when the dialect calls the request
 * retry-safe. Returns the parsed body (or the raw bytes and headers of a binary answer).
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { retryAfterTooLongError, toApiError, type ApiDialect } from './apiError';
import type { ApiContext } from './context';
import { describeFailure, parseMaybeJson } from './failure';
import { rateGateFor } from './pacing';
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
	let attempt = 0;
	let rateLimited = 0;
	for (;;) {
		attempt++;
		await gate.acquire();
		try {
			const response = await context.helpers.httpRequestWithAuthentication.call(
				context,
				request.credentialType,
				{ ...request.http },
			);
			gate.onSuccess();
			if (request.binary) {
				const full = response as { body: Buffer | ArrayBuffer; headers: Record<string, string> };
				return {
					body: Buffer.from(full.body as ArrayBuffer),
					headers: full.headers ?? {},
				} as BinaryResponse;
			}
			const parsed = parseMaybeJson(response);
			// A cut-off JSON body arrives as text; reading again is safe for a retry-safe request.
			if (
				typeof parsed === 'string' &&
				parsed !== '' &&
				retrySafe &&
				attempt < policy.maxAttempts
			) {
				await sleep(backoffMs(attempt, undefined, policy));
				continue;
			}
			return parsed;
		} catch (error) {
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
				throw toApiError(context, dialect, error, failed);
			}
			if (isRetriableFailure(failure) && retrySafe && attempt < policy.maxAttempts) {
				await sleep(backoffMs(attempt, undefined, policy));
				continue;
			}
			throw toApiError(context, dialect, error, failed);
		}
	}
}
