/**
 * When a failed request is sent again, and how long to wait first. Which requests are safe to send
 * again is the API's decision (see ApiDialect.isRetrySafe in ./apiError.ts); this file only knows
 * which failures are worth another try.
 */
import type { IHttpRequestMethods } from 'n8n-workflow';

import type { HttpFailure } from './failure';

export interface RetryPolicy {
	/** Attempts in total for a retry-safe request on 5xx, connection errors and cut-off bodies. */
	maxAttempts: number;
	baseDelayMs: number;
	maxDelayMs: number;
	/** 429s are answered by waiting; this many in a row give up. */
	max429Attempts: number;
	/** A Retry-After longer than this is not waited for; the error says how long the API asked for. */
	maxRetryAfterMs: number;
	defaultRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxAttempts: 3,
	baseDelayMs: 500,
	maxDelayMs: 8_000,
	max429Attempts: 6,
	maxRetryAfterMs: 60_000,
	defaultRetryAfterMs: 2_000,
};

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

export const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ECONNABORTED',
	'ERR_BAD_RESPONSE',
]);

/** Methods that never change data: the default answer to "may this be sent again?". */
export function isSafeMethod(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'HEAD';
}

/** A 5xx or a dropped connection: worth another try when the request is retry-safe. */
export function isRetriableFailure(failure: HttpFailure): boolean {
	if (failure.status !== undefined) return RETRYABLE_STATUS.has(failure.status);
	return failure.code !== undefined && RETRYABLE_NETWORK_CODES.has(failure.code);
}

/** Seconds or an HTTP date, as RFC 9110 allows. */
export function retryAfterMs(
	headers: Record<string, unknown>,
	now = Date.now(),
): number | undefined {
	const raw = headers['retry-after'] ?? headers['Retry-After'];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const text = String(raw).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter (half to full of the ceiling), capped at `maxDelayMs`. */
export function backoffMs(
	attempt: number,
	random = Math.random(),
	policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): number {
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling * (0.5 + random / 2));
}
