/**
 * One exchange with an API through n8n's request helpers, with this transport's own redirect
 * handling and limits (./limits.ts).
 *
 * n8n's helper follows redirects itself and puts the Authorization header back on a redirect to
 * another origin (`sendCredentialsOnCrossOriginRedirect` defaults to true on n8n 2.x; n8n 1.x has
 * no such switch). Both lines honour `disableFollowRedirect`, so every exchange asks n8n not to
 * follow and decides each hop here:
 * - to the API's own origin: followed, through httpRequestWithAuthentication again;
 * - to another origin: refused with a clear error — unless the request allows it (a file download
 *   handed to a storage URL), then followed with n8n's plain httpRequest: no credential, no API
 *   headers, and no credential for any hop after that.
 */
import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import type { ApiContext } from './context';
import { describeFailure } from './failure';
import {
	deadlineFailure,
	DEADLINE_CODE,
	discardBody,
	MAX_ERROR_BODY_BYTES,
	readBody,
	REDIRECT_REFUSED_CODE,
	TransportFailure,
	withinDeadline,
	type Deadline,
} from './limits';

/** Which redirects an exchange follows beyond its own origin. */
export type RedirectPolicy = 'sameOriginOnly' | 'otherOriginsWithoutCredentials';

export interface ExchangeRequest {
	/** Undefined: sent with n8n's plain httpRequest, no credential (a storage link). */
	credentialType: string | undefined;
	http: IHttpRequestOptions;
	/** The only origin that receives the credential. */
	origin: string;
	redirects: RedirectPolicy;
	maxBodyBytes: number;
	/** What to do when the answer is larger than `maxBodyBytes`. */
	tooLargeHint: string;
	deadline: Deadline;
}

export interface HttpAnswer {
	status: number;
	headers: Record<string, unknown>;
	body: Buffer;
}

const MAX_REDIRECTS = 5;
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
/** n8n's socket timeout only cleans up after the deadline has already ended the exchange. */
const SOCKET_GRACE_MS = 1_000;

interface FullResponse {
	body?: unknown;
	headers?: Record<string, unknown>;
	statusCode?: number;
}

/** The failure with its body read (bounded); a redirect's body is not read at all. */
async function withBody(error: unknown, deadline: Deadline): Promise<unknown> {
	if (error instanceof TransportFailure) return error;
	const failure = describeFailure(error);
	if (failure.status === undefined) return error;
	let data: Buffer = Buffer.alloc(0);
	if (REDIRECT_STATUS.has(failure.status)) {
		discardBody(failure.data);
	} else {
		try {
			data = await readBody(failure.data, MAX_ERROR_BODY_BYTES, deadline, { truncate: true });
		} catch (readError) {
			if ((readError as TransportFailure).code === DEADLINE_CODE) return readError;
		}
	}
	return new TransportFailure(failure.message, {
		code: failure.code,
		response: { status: failure.status, headers: failure.headers, data },
		cause: error,
	});
}

async function sendOnce(
	context: ApiContext,
	credentialType: string | undefined,
	http: IHttpRequestOptions,
	request: ExchangeRequest,
): Promise<HttpAnswer> {
	const { deadline } = request;
	const options: IHttpRequestOptions = {
		...http,
		encoding: 'stream',
		returnFullResponse: true,
		disableFollowRedirect: true,
		sendCredentialsOnCrossOriginRedirect: false,
		timeout: Math.max(1, deadline.at - Date.now()) + SOCKET_GRACE_MS,
	};
	const sending =
		credentialType === undefined
			? context.helpers.httpRequest(options)
			: context.helpers.httpRequestWithAuthentication.call(context, credentialType, options);
	let response: FullResponse;
	try {
		response = (await withinDeadline(
			sending as Promise<FullResponse>,
			deadline.at,
			() => deadlineFailure(deadline, false),
			(late) => discardBody(late?.body),
		)) as FullResponse;
	} catch (error) {
		throw await withBody(error, deadline);
	}
	const body = await readBody(response?.body, request.maxBodyBytes, deadline, {
		tooLargeHint: request.tooLargeHint,
	});
	return { status: Number(response?.statusCode ?? 200), headers: response?.headers ?? {}, body };
}

function redirectOf(error: unknown): { status: number; location: string } | undefined {
	const response = (error as TransportFailure)?.response;
	if (!(error instanceof TransportFailure) || !response || !REDIRECT_STATUS.has(response.status))
		return undefined;
	const location = response.headers.location ?? response.headers.Location;
	return typeof location === 'string' && location !== ''
		? { status: response.status, location }
		: undefined;
}

function refused(request: ExchangeRequest, target: URL | undefined, why: string): TransportFailure {
	const { service, label } = request.deadline;
	const where = target ? target.origin : 'an invalid address';
	return new TransportFailure(`redirect to ${where} refused`, {
		code: REDIRECT_REFUSED_CODE,
		userMessage: `${service} redirected ${label} to ${where}; the node did not follow: ${why}`,
		hint: `Check the credential's API Base URL: it must be the ${service} API host itself. Nothing was sent to the other address.`,
	});
}

/** The request for the next hop, as browsers and n8n's own redirect code do it. */
function nextHop(
	http: IHttpRequestOptions,
	status: number,
	target: URL,
	withoutCredentials: boolean,
): IHttpRequestOptions {
	const method = (http.method ?? 'GET').toUpperCase() as IHttpRequestMethods;
	const toGet =
		(status === 303 && method !== 'GET' && method !== 'HEAD') ||
		((status === 301 || status === 302) && method === 'POST');
	const headers: IDataObject = { ...(http.headers as IDataObject | undefined) };
	if (toGet)
		for (const name of Object.keys(headers)) if (/^content-/i.test(name)) delete headers[name];
	const next: IHttpRequestOptions = {
		...http,
		url: target.toString(),
		method: toGet ? 'GET' : method,
		headers: withoutCredentials ? { Accept: headers.Accept ?? '*/*' } : headers,
	};
	delete next.qs;
	delete next.baseURL;
	if (toGet || withoutCredentials) delete next.body;
	return next;
}

export async function exchange(context: ApiContext, request: ExchangeRequest): Promise<HttpAnswer> {
	let http: IHttpRequestOptions = { ...request.http };
	let credentialType: string | undefined = request.credentialType;
	for (let hop = 0; ; hop++) {
		const outcome = await sendOnce(context, credentialType, http, request).then(
			(answer) => ({ answer, failure: undefined }),
			(failure: unknown) => ({ answer: undefined, failure }),
		);
		if (outcome.answer) return outcome.answer;
		const redirect = redirectOf(outcome.failure);
		if (!redirect) throw outcome.failure;
		let target: URL;
		try {
			target = new URL(redirect.location, http.url);
		} catch {
			throw refused(request, undefined, `"${redirect.location}" is not a valid URL`);
		}
		if (!/^https?:$/.test(target.protocol))
			throw refused(request, target, 'only http and https addresses are followed');
		if (hop >= MAX_REDIRECTS)
			throw refused(request, target, `more than ${MAX_REDIRECTS} redirects in a row`);
		const method = (http.method ?? 'GET').toUpperCase();
		if (credentialType !== undefined && target.origin !== request.origin) {
			if (request.redirects !== 'otherOriginsWithoutCredentials' || method !== 'GET')
				throw refused(
					request,
					target,
					`only the configured API host ${request.origin} may receive the ${request.deadline.service} credentials`,
				);
			credentialType = undefined;
		}
		http = nextHop(http, redirect.status, target, credentialType === undefined);
	}
}
