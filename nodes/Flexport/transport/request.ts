/**
 * One freight API request: the URL on the configured host, JSON or binary, Flexport's
 * `/api/response` envelope unwrapped and its `{error: …}` envelope turned into a clear error.
 * Redirects (nodes/shared/transport/exchange.ts): API calls follow them on the API host only; a
 * file download may also follow one to another host (a storage URL), without credentials.
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { cleanApiError } from '../../shared/transport/apiError';
import { resolveOnOrigin } from '../../shared/transport/origin';
import { MAX_JSON_BYTES } from '../../shared/transport/limits';
import { requestPacing } from '../../shared/transport/pacing';
import { requestWithRetries } from '../../shared/transport/request';
import { credentialSecrets } from '../../shared/transport/secrets';
import { flexportConnection, type FlexportContext } from './connection';
import { FREIGHT_API, flexportProblem } from './errors';

export interface RequestOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	itemIndex?: number;
	/** Absolute URL (a pagination link); must be on the configured API host. */
	url?: string;
	/** Return the raw body bytes and headers instead of the unwrapped JSON `data`. */
	binary?: boolean;
	/** Flexport-Version of this request (2, 3 or a date); without it, the credential's. */
	apiVersion?: string;
	timeoutMs?: number;
}

/** Sends one request with the retry policy and returns the raw HTTP body (or binary response). */
export async function flexportRawRequest(
	this: FlexportContext,
	method: IHttpRequestMethods,
	path: string,
	options: RequestOptions = {},
): Promise<unknown> {
	const settings = await flexportConnection(this);
	const pacing = requestPacing(this);
	const http: IHttpRequestOptions = {
		method,
		url: resolveOnOrigin(this, settings, path, options.url),
		headers: {
			Accept: options.binary ? '*/*' : 'application/json',
			...(options.apiVersion ? { 'Flexport-Version': options.apiVersion } : {}),
		},
		timeout: options.timeoutMs ?? pacing.timeoutMs,
	};
	if (options.qs && Object.keys(options.qs).length > 0 && !options.url) http.qs = options.qs;
	if (options.body !== undefined) {
		http.body = options.body;
		http.json = true;
		(http.headers as IDataObject)['Content-Type'] = 'application/json';
	} else if (!options.binary) {
		http.json = true;
	}
	if (options.binary) http.json = false;
	return await requestWithRetries(this, FREIGHT_API, {
		credentialType: settings.credentialType,
		method,
		path,
		http,
		binary: options.binary,
		itemIndex: options.itemIndex,
		origin: settings.origin,
		redirects: options.binary ? 'otherOriginsWithoutCredentials' : 'sameOriginOnly',
		maxBodyBytes: options.binary ? pacing.maxDownloadBytes : MAX_JSON_BYTES,
		tooLargeHint: options.binary
			? 'Raise "Request Options → Max Download Size" if the file is expected to be this large.'
			: undefined,
	});
}

interface Envelope {
	_object?: string;
	data?: unknown;
	error?: unknown;
}

/**
 * Flexport's `/api/response` envelope, read loosely (spec/flexport-api-versions.md §4.2): `version`
 * may be a number or a date, unknown fields are ignored, and an envelope without `_object` is still
 * one when it carries `data` with `version` or `self`.
 */
function isEnvelope(body: Envelope & { version?: unknown; self?: unknown }): boolean {
	if (body._object === '/api/response') return true;
	return body._object === undefined && 'data' in body && ('version' in body || 'self' in body);
}

async function unwrap(
	context: FlexportContext,
	body: unknown,
	method: IHttpRequestMethods,
	path: string,
	itemIndex?: number,
): Promise<unknown> {
	if (body === null || typeof body !== 'object') {
		if (body === '' || body === undefined) return {};
		throw cleanApiError(context, {
			message: `Flexport answered ${method} ${path} with a body that is not JSON`,
			description:
				'The response may have been cut off. Try again; if it persists, check the API Base URL.',
			itemIndex,
		});
	}
	const envelope = body as Envelope;
	if (envelope.error) {
		const problem = flexportProblem(envelope);
		// The message is the server's: it may echo the credential, so it is cleaned of its secrets.
		const { credentialType } = await flexportConnection(context);
		throw cleanApiError(
			context,
			{
				message: `Flexport reported an error for ${method} ${path}: ${problem?.message ?? 'unknown error'}`,
				description: problem?.code ? `Flexport error code: ${problem.code}` : undefined,
				itemIndex,
			},
			await credentialSecrets(context, credentialType),
		);
	}
	return isEnvelope(envelope) ? envelope.data : body;
}

/** One request; returns the `data` of Flexport's `/api/response` envelope. */
export async function flexportApiRequest(
	this: FlexportContext,
	method: IHttpRequestMethods,
	path: string,
	options: RequestOptions = {},
): Promise<IDataObject> {
	const body = await flexportRawRequest.call(this, method, path, options);
	return (await unwrap(this, body, method, path, options.itemIndex)) as IDataObject;
}
