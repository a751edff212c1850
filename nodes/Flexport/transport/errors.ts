/**
 * How the freight API reports failures: the `{error: {status, code, message}}` envelope (and the
 * OAuth-style `{error, error_description}` of some answers), which requests may be sent again, and
 * what to tell the user for each 4xx. Everything else about errors is in nodes/shared/transport/.
 */
import type { IHttpRequestMethods, NodeApiError } from 'n8n-workflow';

import { toApiError, type ApiDialect, type ApiProblem } from '../../shared/transport/apiError';
import { asRecord, parseMaybeJson } from '../../shared/transport/failure';
import { DEFAULT_RETRY_POLICY, isSafeMethod } from '../../shared/transport/retry';
import type { FlexportContext } from './connection';

/** Retry policy; exported so tests and the benchmark can see what the node does. */
export const RETRY_POLICY = DEFAULT_RETRY_POLICY;

/** Flexport's `{error: {status, code, message}}` envelope, if the body is one. */
export function flexportProblem(data: unknown): ApiProblem | undefined {
	const body = asRecord(parseMaybeJson(data));
	if (!body) return undefined;
	const error = asRecord(body.error);
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	if (error) return { code: text(error.code), message: text(error.message) };
	if (typeof body.error_description === 'string')
		return { code: text(body.error), message: body.error_description };
	if (typeof body.message === 'string') return { message: body.message };
	return undefined;
}

const CLIENT_ERROR_HINTS: Record<number, string> = {
	400: 'Flexport did not accept the request. Check the fields named in the message.',
	401: 'Flexport rejected the credentials even after a new token was obtained. Check that the API credential is still active in Flexport (Settings → API Credentials).',
	403: 'The credential is valid but lacks access to this resource. Tick the resource on the API credential in Flexport.',
	404: 'Check the ID: Flexport found no such object for this account.',
};

/** The freight API: writes are never sent twice, since Flexport has no idempotency keys for them. */
export const FREIGHT_API: ApiDialect = {
	service: 'Flexport',
	readProblem: flexportProblem,
	isRetrySafe: (method) => isSafeMethod(method),
	clientErrorHint: (status) => CLIENT_ERROR_HINTS[status] ?? '',
	retry: RETRY_POLICY,
};

/** A NodeApiError built from a clean object: no request config, headers or tokens inside. */
export function toNodeApiError(
	context: FlexportContext,
	error: unknown,
	method: IHttpRequestMethods,
	path: string,
	itemIndex?: number,
): NodeApiError {
	return toApiError(context, FREIGHT_API, error, { method, path, itemIndex });
}
