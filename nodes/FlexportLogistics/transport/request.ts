/**
 * One Logistics API request: `{baseUrl}/logistics/api/{version}{path}`, through the shared request
 * loop (rate gate, 429 Retry-After, retries) in nodes/shared/transport/request.ts. Every write
 * carries an idempotency-key, which makes it safe to send again after a 5xx or a dropped
 * connection; Flexport answers a repeat with the stored result and `idempotent-replayed`.
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import type { ApiContext } from '../../shared/transport/context';
import { resolveOnOrigin } from '../../shared/transport/origin';
import { requestPacing } from '../../shared/transport/pacing';
import { requestWithRetries } from '../../shared/transport/request';
import { LOGISTICS_CREDENTIAL, logisticsConnection } from './connection';
import { logisticsDialect, problemNotes, type LogisticsProblem } from './problem';

export interface LogisticsRequestOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	itemIndex?: number;
	/** Required for POST, PUT and PATCH: the caller derives it (helpers/idempotency.ts). */
	idempotencyKey?: string;
	/** The token scope the operation needs, named when Flexport answers 403. */
	scope?: string;
	/** A link the API returned (a next page), followed on the configured host only. */
	url?: string;
}

export interface LogisticsResponse {
	body: unknown;
	/** Response headers, names in lower case. */
	headers: Record<string, string>;
	status: number;
	/** Flexport answered with the stored result of an earlier request with the same key. */
	replayed: boolean;
}

const WRITES = new Set<IHttpRequestMethods>(['POST', 'PUT', 'PATCH']);

function lowerCaseHeaders(headers: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
			if (value !== undefined && value !== null)
				result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
		}
	}
	return result;
}

function isReplayed(headers: Record<string, string>): boolean {
	const value = headers['idempotent-replayed'];
	return value !== undefined && !/^(false|0|no)$/i.test(value.trim());
}

type ReportedError = Error & { description?: string; context?: IDataObject };

/** Adds the problem's order error, occurrence ID and idempotency note to the shared error. */
function reportProblem(
	error: unknown,
	problem: LogisticsProblem | undefined,
	idempotencyKey: string | undefined,
): unknown {
	const reported = error as ReportedError;
	if (!reported || typeof reported !== 'object' || reported.name !== 'NodeApiError') return error;
	const notes = problemNotes(problem);
	const status = Number((reported as { httpCode?: string }).httpCode);
	if (idempotencyKey && !(status >= 400 && status < 500))
		notes.push(
			`It was sent with idempotency key "${idempotencyKey}": running it again with the same key cannot apply it twice.`,
		);
	if (notes.length)
		reported.description = [reported.description, ...notes].filter(Boolean).join(' ');
	if (problem) reported.context = { ...reported.context, problem: { ...problem } };
	return reported;
}

export async function logisticsRequest(
	this: ApiContext,
	method: IHttpRequestMethods,
	path: string,
	options: LogisticsRequestOptions = {},
): Promise<LogisticsResponse> {
	const key = options.idempotencyKey;
	if (WRITES.has(method) && !key)
		throw new Error(`${method} ${path} needs an idempotency key (see helpers/idempotency.ts)`);
	const connection = await logisticsConnection(this);
	const fullPath = `${connection.prefix}${path}`;
	const headers: IDataObject = { Accept: 'application/json, application/problem+json' };
	if (key) headers['idempotency-key'] = key;
	const http: IHttpRequestOptions = {
		method,
		url: resolveOnOrigin(this, connection, fullPath, options.url),
		headers,
		json: true,
		returnFullResponse: true,
		arrayFormat: 'repeat',
		timeout: requestPacing(this).timeoutMs,
	};
	if (options.qs && Object.keys(options.qs).length > 0 && !options.url) http.qs = options.qs;
	if (options.body !== undefined) http.body = options.body;

	const dialect = logisticsDialect(options.scope);
	let response: unknown;
	try {
		response = await requestWithRetries(this, dialect, {
			credentialType: LOGISTICS_CREDENTIAL,
			method,
			path: fullPath,
			http,
			itemIndex: options.itemIndex,
		});
	} catch (error) {
		throw reportProblem(error, dialect.lastProblem, key);
	}
	const full = (response ?? {}) as { body?: unknown; headers?: unknown; statusCode?: number };
	const responseHeaders = lowerCaseHeaders(full.headers);
	return {
		body: full.body,
		headers: responseHeaders,
		status: Number(full.statusCode) || 200,
		replayed: isReplayed(responseHeaders),
	};
}
