/**
 * Turns a failed request into the NodeApiError the user sees: a clean object (no request config,
 * headers or tokens), a message that says what happened and a description that says what to do.
 *
 * What differs between APIs is described by an ApiDialect, which each API node's transport
 * defines once (the freight node's is in nodes/Flexport/transport/errors.ts). A second API node —
 * RFC 7807 problem+json errors, idempotent POSTs that may be sent again — supplies its own
 * `readProblem` and `isRetrySafe` and reuses everything in nodes/shared/transport/ unchanged.
 */
import type { IDataObject, IHttpRequestMethods, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { ApiContext } from './context';
import {
	describeFailure,
	isNetworkFailure,
	isTimeoutFailure,
	tokenFailureMessage,
	type HttpFailure,
} from './failure';
import { TransportFailure } from './limits';
import { redactSecrets } from './redaction';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';

/** The API's own account of a failure, read from its error document. */
export interface ApiProblem {
	code?: string;
	message?: string;
}

/** What one API looks like to the shared transport. */
export interface ApiDialect {
	/** Named in messages: "Flexport answered HTTP 502 to GET /shipments/1". */
	service: string;
	/** Reads the API's error document from a body (Flexport's `{error: …}`, problem+json, …). */
	readProblem(body: unknown): ApiProblem | undefined;
	/** Whether this request may be sent again after a failure that may have reached the server. */
	isRetrySafe(method: IHttpRequestMethods, headers?: IDataObject): boolean;
	/** What to do about a 4xx the API answered (429 and 5xx are worded by the shared code). */
	clientErrorHint(status: number): string;
	retry?: RetryPolicy;
}

/** The request a failure belongs to, as named in messages. */
export interface FailedRequest {
	method: IHttpRequestMethods;
	path: string;
	headers?: IDataObject;
	itemIndex?: number;
}

function retryPolicy(dialect: ApiDialect): RetryPolicy {
	return dialect.retry ?? DEFAULT_RETRY_POLICY;
}

export function rateLimitHint(dialect: ApiDialect): string {
	return `${dialect.service} kept rate-limiting the requests. Lower "Parallel Requests" or add a Wait node, then try again.`;
}

function statusHint(dialect: ApiDialect, status: number | undefined, retrySafe: boolean): string {
	if (status === 429) return rateLimitHint(dialect);
	if (status !== undefined && status >= 500) {
		return retrySafe
			? `${dialect.service} failed ${retryPolicy(dialect).maxAttempts} times in a row; try again later.`
			: `The request was not retried because it changes data and might have been applied; check ${dialect.service} before running it again.`;
	}
	return status !== undefined && status >= 400 ? dialect.clientErrorHint(status) : '';
}

function failureMessage(
	dialect: ApiDialect,
	failure: HttpFailure,
	problem: ApiProblem | undefined,
	request: FailedRequest,
): string {
	const { service } = dialect;
	const target = `${request.method} ${request.path}`;
	const said = problem?.message ? `: ${problem.message}` : '';
	if (failure.status === 401)
		return `${service} rejected the credentials (HTTP 401) for ${target}${said}`;
	if (failure.status) return `${service} answered HTTP ${failure.status} to ${target}${said}`;
	if (isTimeoutFailure(failure)) return `${service} did not answer ${target} within the timeout`;
	if (isNetworkFailure(failure))
		return `The connection to ${service} failed (${failure.code}) during ${target}`;
	return `${target} failed: ${failure.message}`;
}

/** What the user is told to do about a timeout. */
function timeoutHint(dialect: ApiDialect, retrySafe: boolean): string {
	return `Raise "Request Options → Timeout" or try again later.${retrySafe ? '' : ` The request was not retried because it changes data; check ${dialect.service} before running it again.`}`;
}

/**
 * Builds the NodeApiError for `error`, a failure of `request`; `secrets` (the credential's, see
 * ./secrets.ts) are removed from every word of it in whatever form a server echoed them.
 */
export function toApiError(
	context: ApiContext,
	dialect: ApiDialect,
	error: unknown,
	request: FailedRequest,
	secrets: string[] = [],
): NodeApiError {
	const failure = describeFailure(error);
	const problem = dialect.readProblem(failure.data);
	const tokenProblem = tokenFailureMessage(error);
	const retrySafe = dialect.isRetrySafe(request.method, request.headers);
	// A limit this transport enforced (deadline, size, redirect) comes with its own words.
	const decided = error instanceof TransportFailure && error.userMessage ? error : undefined;
	// The credential could not obtain a token: its message already says what happened and what to do.
	const message =
		tokenProblem ?? decided?.userMessage ?? failureMessage(dialect, failure, problem, request);
	const hint = tokenProblem
		? `No request was sent to ${dialect.service} without a valid token.`
		: isTimeoutFailure(failure)
			? timeoutHint(dialect, retrySafe)
			: (decided?.hint ?? statusHint(dialect, failure.status, retrySafe));
	const description = [problem?.code ? `${dialect.service} error code: ${problem.code}.` : '', hint]
		.filter(Boolean)
		.join(' ');
	return cleanApiError(
		context,
		{
			message,
			description,
			httpCode: failure.status ? String(failure.status) : undefined,
			itemIndex: request.itemIndex,
		},
		secrets,
	);
}

/** The API asked to wait longer than the node waits: give up now and say how long it asked for. */
export function retryAfterTooLongError(
	context: ApiContext,
	dialect: ApiDialect,
	waitMs: number,
	request: FailedRequest,
): NodeApiError {
	const { service } = dialect;
	return new NodeApiError(
		context.getNode(),
		{ message: `${service} rate limit`, httpCode: '429' } as JsonObject,
		{
			message: `${service} asked to wait ${Math.ceil(waitMs / 1000)} s before the next request (HTTP 429), longer than the node waits (${retryPolicy(dialect).maxRetryAfterMs / 1000} s)`,
			description: rateLimitHint(dialect),
			httpCode: '429',
			itemIndex: request.itemIndex,
		},
	);
}

interface CleanError {
	message: string;
	description?: string;
	httpCode?: string;
	itemIndex?: number;
}

/** A NodeApiError built only from the given words, with secrets and credentials removed from them. */
export function cleanApiError(
	context: ApiContext,
	error: CleanError,
	secrets: string[] = [],
): NodeApiError {
	const message = redactSecrets(error.message, secrets);
	const description = error.description ? redactSecrets(error.description, secrets) : '';
	return new NodeApiError(
		context.getNode(),
		{ message, description, httpCode: error.httpCode ?? '' } as JsonObject,
		{
			message,
			description: description || undefined,
			httpCode: error.httpCode,
			itemIndex: error.itemIndex,
		},
	);
}
