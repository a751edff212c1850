/**
 * Reads what n8n's request helpers threw — status, headers, body, network code — whichever n8n line
 * and wrapping produced it. Knows no API: the API's own error document is read by its dialect.
 */
import { RETRYABLE_NETWORK_CODES } from './retry';

export interface HttpFailure {
	status?: number;
	headers: Record<string, unknown>;
	data: unknown;
	code?: string;
	message: string;
}

type Loose = Record<string, unknown>;

export function asRecord(value: unknown): Loose | undefined {
	return value !== null && typeof value === 'object' ? (value as Loose) : undefined;
}

/** Reads status, headers and body from whatever n8n threw, across n8n versions. */
export function describeFailure(error: unknown): HttpFailure {
	const err = asRecord(error) ?? {};
	const cause = asRecord(err.cause);
	const candidates = [
		err,
		cause,
		asRecord(cause?.cause),
		asRecord(asRecord(err.context)?.originalError),
	].filter((candidate): candidate is Loose => candidate !== undefined);
	let response: Loose | undefined;
	let code: string | undefined;
	for (const candidate of candidates) {
		response ??= asRecord(candidate.response);
		if (!code && typeof candidate.code === 'string') code = candidate.code;
	}
	const httpCode = Number(err.httpCode);
	const status = Number(
		response?.status ??
			response?.statusCode ??
			(Number.isFinite(httpCode) && httpCode > 0 ? httpCode : NaN),
	);
	return {
		status: Number.isFinite(status) ? status : undefined,
		headers: asRecord(response?.headers) ?? {},
		data: response?.data ?? response?.body,
		code,
		message: typeof err.message === 'string' ? err.message : String(error),
	};
}

export function parseMaybeJson(data: unknown): unknown {
	if (Buffer.isBuffer(data)) data = data.toString('utf8');
	if (typeof data !== 'string') return data;
	try {
		return JSON.parse(data);
	} catch {
		return data;
	}
}

export function isTimeoutFailure(failure: HttpFailure): boolean {
	return (
		failure.status === undefined &&
		(failure.code === 'ECONNABORTED' ||
			failure.code === 'ETIMEDOUT' ||
			/timeout/i.test(failure.message))
	);
}

export function isNetworkFailure(failure: HttpFailure): boolean {
	return (
		failure.status === undefined &&
		failure.code !== undefined &&
		RETRYABLE_NETWORK_CODES.has(failure.code)
	);
}

/** Errors of the shared token provider (credentials/token/): their message says what to do. */
const TOKEN_ERRORS = new Set(['TokenRequestError', 'TokenBudgetExceededError']);

/** The message of a token-provider error, wherever n8n wrapped it. */
export function tokenFailureMessage(error: unknown): string | undefined {
	let current = asRecord(error);
	for (let depth = 0; current && depth < 4; depth++) {
		if (
			typeof current.name === 'string' &&
			TOKEN_ERRORS.has(current.name) &&
			typeof current.message === 'string'
		)
			return current.message;
		current = asRecord(current.cause);
	}
	return undefined;
}
