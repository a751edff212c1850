/**
 * One freight API request: the URL on the configured host, JSON or binary, Flexport's
 * `/api/response` envelope unwrapped and its `{error: …}` envelope turned into a clear error.
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { cleanApiError } from '../../shared/transport/apiError';
import { resolveOnOrigin } from '../../shared/transport/origin';
import { requestPacing } from '../../shared/transport/pacing';
import { requestWithRetries } from '../../shared/transport/request';
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
	const http: IHttpRequestOptions = {
		method,
		url: resolveOnOrigin(this, settings, path, options.url),
		headers: { Accept: options.binary ? '*/*' : 'application/json' },
		timeout: options.timeoutMs ?? requestPacing(this).timeoutMs,
	};
	if (options.qs && Object.keys(options.qs).length > 0 && !options.url) http.qs = options.qs;
	if (options.body !== undefined) {
		http.body = options.body;
		http.json = true;
		(http.headers as IDataObject)['Content-Type'] = 'application/json';
	} else if (!options.binary) {
		http.json = true;
	}
	if (options.binary) {
		http.encoding = 'arraybuffer';
		http.returnFullResponse = true;
		http.json = false;
	}
	return await requestWithRetries(this, FREIGHT_API, {
		credentialType: settings.credentialType,
		method,
		path,
		http,
		binary: options.binary,
		itemIndex: options.itemIndex,
	});
}

interface Envelope {
	_object?: string;
	data?: unknown;
	error?: unknown;
}

function unwrap(
	context: FlexportContext,
	body: unknown,
	method: IHttpRequestMethods,
	path: string,
	itemIndex?: number,
): unknown {
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
		throw cleanApiError(context, {
			message: `Flexport reported an error for ${method} ${path}: ${problem?.message ?? 'unknown error'}`,
			description: problem?.code ? `Flexport error code: ${problem.code}` : undefined,
			itemIndex,
		});
	}
	return envelope._object === '/api/response' ? envelope.data : body;
}

/** One request; returns the `data` of Flexport's `/api/response` envelope. */
export async function flexportApiRequest(
	this: FlexportContext,
	method: IHttpRequestMethods,
	path: string,
	options: RequestOptions = {},
): Promise<IDataObject> {
	const body = await flexportRawRequest.call(this, method, path, options);
	return unwrap(this, body, method, path, options.itemIndex) as IDataObject;
}
