/**
 * The only place that knows Flexport's URLs, headers, envelopes, pagination, retries and errors.
 * Every request goes through n8n's httpRequestWithAuthentication, so the credential's managed
 * token, its 401 refresh and n8n's proxy and domain rules all apply.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { apiBaseUrl } from '../../../credentials/token/n8nTokenTransport';
import { RateGate } from './rateGate';
import { redactSecrets } from '../../../credentials/token/FlexportTokenProvider';

export type FlexportContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export type FlexportCredentialType = 'flexportOAuth2Api' | 'flexportApi';

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

export interface BinaryResponse {
	body: Buffer;
	headers: Record<string, string>;
}

/** Retry policy; exported so tests and the benchmark can see what the node does. */
export const RETRY_POLICY = {
	/** Attempts in total for GET on 5xx and connection errors. */
	maxAttempts: 3,
	baseDelayMs: 500,
	maxDelayMs: 8_000,
	/** 429s are answered by waiting; this many in a row give up. */
	max429Attempts: 6,
	/** A Retry-After longer than this is not waited for; the error says how long Flexport asked for. */
	maxRetryAfterMs: 60_000,
	defaultRetryAfterMs: 2_000,
};

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);
const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ECONNABORTED',
	'ERR_BAD_RESPONSE',
]);

interface ConnectionSettings {
	credentialType: FlexportCredentialType;
	baseUrl: string;
	origin: string;
}

const connectionCache = new WeakMap<object, Promise<ConnectionSettings>>();
const gates = new WeakMap<object, RateGate>();

export interface RequestPacing {
	parallelRequests: number;
	maxRequestsPerSecond: number;
	timeoutMs: number;
}

export const DEFAULT_PACING: RequestPacing = {
	parallelRequests: 3,
	maxRequestsPerSecond: 0,
	timeoutMs: 60_000,
};

/** The node's "Request Options" (only item-processing runs have them). */
export function requestPacing(context: FlexportContext): RequestPacing {
	if (!('getInputData' in context)) return DEFAULT_PACING;
	let raw: IDataObject = {};
	try {
		raw = context.getNodeParameter('requestOptions', 0, {}) as IDataObject;
	} catch {
		raw = {};
	}
	const number = (value: unknown, fallback: number, min: number, max: number) => {
		const parsed = Number(value);
		return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
	};
	return {
		parallelRequests: Math.floor(
			number(raw.parallelRequests, DEFAULT_PACING.parallelRequests, 1, 50),
		),
		maxRequestsPerSecond: number(
			raw.maxRequestsPerSecond,
			DEFAULT_PACING.maxRequestsPerSecond,
			0,
			1000,
		),
		timeoutMs: Math.floor(
			number(raw.timeoutSeconds, DEFAULT_PACING.timeoutMs / 1000, 1, 600) * 1000,
		),
	};
}

/** One gate per node run, shared by every item and page request of that run. */
export function rateGateFor(context: FlexportContext): RateGate {
	let gate = gates.get(context);
	if (!gate) {
		gate = new RateGate(requestPacing(context).maxRequestsPerSecond);
		gates.set(context, gate);
	}
	return gate;
}

export function credentialTypeOf(context: FlexportContext): FlexportCredentialType {
	let authentication: unknown = 'oAuth2';
	try {
		authentication = context.getNodeParameter('authentication', 0, 'oAuth2');
	} catch {
		authentication = 'oAuth2';
	}
	return authentication === 'apiKey' ? 'flexportApi' : 'flexportOAuth2Api';
}

/** Base URL and credential type, read once per node run rather than once per request. */
async function connection(context: FlexportContext): Promise<ConnectionSettings> {
	let cached = connectionCache.get(context);
	if (!cached) {
		cached = (async () => {
			const credentialType = credentialTypeOf(context);
			const credentials = await context.getCredentials(credentialType);
			const baseUrl = apiBaseUrl(credentials);
			let origin: string;
			try {
				origin = new URL(baseUrl).origin;
			} catch {
				throw new NodeOperationError(
					context.getNode(),
					`The credential's API Base URL "${baseUrl}" is not a valid URL`,
				);
			}
			return { credentialType, baseUrl, origin };
		})();
		connectionCache.set(context, cached);
		cached.catch(() => connectionCache.delete(context));
	}
	return await cached;
}

interface HttpFailure {
	status?: number;
	headers: Record<string, unknown>;
	data: unknown;
	code?: string;
	message: string;
}

type Loose = Record<string, unknown>;

function asRecord(value: unknown): Loose | undefined {
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

function parseMaybeJson(data: unknown): unknown {
	if (Buffer.isBuffer(data)) data = data.toString('utf8');
	if (typeof data !== 'string') return data;
	try {
		return JSON.parse(data);
	} catch {
		return data;
	}
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

export function backoffMs(attempt: number, random = Math.random()): number {
	const ceiling = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling * (0.5 + random / 2));
}

function isIdempotent(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'HEAD';
}

/** Flexport's `{error: {status, code, message}}` envelope, if the body is one. */
function flexportError(data: unknown): { code?: string; message?: string } | undefined {
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

const TOKEN_ERRORS = new Set(['TokenRequestError', 'TokenBudgetExceededError']);

/** The message of a token-provider error, wherever n8n wrapped it. */
function tokenFailureMessage(error: unknown): string | undefined {
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

function isTimeout(failure: HttpFailure): boolean {
	return (
		failure.status === undefined &&
		(failure.code === 'ECONNABORTED' ||
			failure.code === 'ETIMEDOUT' ||
			/timeout/i.test(failure.message))
	);
}

function hintFor(status: number | undefined, method: IHttpRequestMethods): string {
	switch (status) {
		case 400:
			return 'Flexport did not accept the request. Check the fields named in the message.';
		case 401:
			return 'Flexport rejected the credentials even after a new token was obtained. Check that the API credential is still active in Flexport (Settings → API Credentials).';
		case 403:
			return 'The credential is valid but lacks access to this resource. Tick the resource on the API credential in Flexport.';
		case 404:
			return 'Check the ID: Flexport found no such object for this account.';
		case 429:
			return 'Flexport kept rate-limiting the requests. Lower "Parallel Requests" or add a Wait node, then try again.';
		default:
			if (status !== undefined && status >= 500) {
				return isIdempotent(method)
					? `Flexport failed ${RETRY_POLICY.maxAttempts} times in a row; try again later.`
					: 'The request was not retried because it changes data and might have been applied; check Flexport before running it again.';
			}
			return '';
	}
}

/** A NodeApiError built from a clean object: no request config, headers or tokens inside. */
export function toNodeApiError(
	context: FlexportContext,
	error: unknown,
	method: IHttpRequestMethods,
	path: string,
	itemIndex?: number,
): NodeApiError {
	const failure = describeFailure(error);
	const flexport = flexportError(failure.data);
	const tokenProblem = tokenFailureMessage(error);
	let message: string;
	if (tokenProblem) {
		// The credential could not obtain a token: its message already says what happened and what to do.
		message = tokenProblem;
	} else if (failure.status === 401) {
		message = `Flexport rejected the credentials (HTTP 401) for ${method} ${path}${flexport?.message ? `: ${flexport.message}` : ''}`;
	} else if (failure.status) {
		message = `Flexport answered HTTP ${failure.status} to ${method} ${path}${flexport?.message ? `: ${flexport.message}` : ''}`;
	} else if (isTimeout(failure)) {
		message = `Flexport did not answer ${method} ${path} within the timeout`;
	} else if (failure.code && RETRYABLE_NETWORK_CODES.has(failure.code)) {
		message = `The connection to Flexport failed (${failure.code}) during ${method} ${path}`;
	} else {
		message = `${method} ${path} failed: ${failure.message}`;
	}
	const hint = tokenProblem
		? 'No request was sent to Flexport without a valid token.'
		: isTimeout(failure)
			? `Raise "Request Options → Timeout" or try again later.${isIdempotent(method) ? '' : ' The request was not retried because it changes data; check Flexport before running it again.'}`
			: hintFor(failure.status, method);
	const description = [flexport?.code ? `Flexport error code: ${flexport.code}.` : '', hint]
		.filter(Boolean)
		.join(' ');
	const clean = redactBearer(message);
	return new NodeApiError(
		context.getNode(),
		{
			message: clean,
			description,
			httpCode: failure.status ? String(failure.status) : '',
		} as JsonObject,
		{
			message: clean,
			description: description || undefined,
			httpCode: failure.status ? String(failure.status) : undefined,
			itemIndex,
		},
	);
}

function redactBearer(text: string): string {
	return text.replace(/Bearer\s+[A-Za-z0-9\-._~+/]+=*/g, 'Bearer [redacted]');
}

function resolveUrl(
	settings: ConnectionSettings,
	context: FlexportContext,
	path: string,
	url?: string,
): string {
	if (!url) return `${settings.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
	let parsed: URL;
	try {
		parsed = new URL(url, settings.baseUrl);
	} catch {
		throw new NodeOperationError(context.getNode(), `Flexport returned an invalid link: ${url}`);
	}
	if (parsed.origin !== settings.origin) {
		// A link to another host would carry the Flexport token there.
		throw new NodeOperationError(
			context.getNode(),
			`Refusing to follow a link to ${parsed.origin}: only the configured API host ${settings.origin} receives the Flexport token`,
		);
	}
	return parsed.toString();
}

/** Sends one request with the retry policy and returns the raw HTTP body (or binary response). */
export async function flexportRawRequest(
	this: FlexportContext,
	method: IHttpRequestMethods,
	path: string,
	options: RequestOptions = {},
): Promise<unknown> {
	const settings = await connection(this);
	const url = resolveUrl(settings, this, path, options.url);
	const gate = rateGateFor(this);
	const request: IHttpRequestOptions = {
		method,
		url,
		headers: { Accept: options.binary ? '*/*' : 'application/json' },
		timeout: options.timeoutMs ?? requestPacing(this).timeoutMs,
	};
	if (options.qs && Object.keys(options.qs).length > 0 && !options.url) request.qs = options.qs;
	if (options.body !== undefined) {
		request.body = options.body;
		request.json = true;
		(request.headers as IDataObject)['Content-Type'] = 'application/json';
	} else if (!options.binary) {
		request.json = true;
	}
	if (options.binary) {
		request.encoding = 'arraybuffer';
		request.returnFullResponse = true;
		request.json = false;
	}

	let attempt = 0;
	let rateLimited = 0;
	for (;;) {
		attempt++;
		await gate.acquire();
		try {
			const response = await this.helpers.httpRequestWithAuthentication.call(
				this,
				settings.credentialType,
				{ ...request },
			);
			gate.onSuccess();
			if (options.binary) {
				const full = response as { body: Buffer | ArrayBuffer; headers: Record<string, string> };
				return {
					body: Buffer.from(full.body as ArrayBuffer),
					headers: full.headers ?? {},
				} as BinaryResponse;
			}
			const parsed = parseMaybeJson(response);
			// A cut-off JSON body arrives as text; reading again is safe for GET.
			if (
				typeof parsed === 'string' &&
				parsed !== '' &&
				isIdempotent(method) &&
				attempt < RETRY_POLICY.maxAttempts
			) {
				await sleep(backoffMs(attempt));
				continue;
			}
			return parsed;
		} catch (error) {
			const failure = describeFailure(error);
			if (failure.status === 429) {
				rateLimited++;
				const wait = retryAfterMs(failure.headers) ?? RETRY_POLICY.defaultRetryAfterMs;
				if (wait > RETRY_POLICY.maxRetryAfterMs) {
					throw new NodeApiError(
						this.getNode(),
						{ message: 'Flexport rate limit', httpCode: '429' } as JsonObject,
						{
							message: `Flexport asked to wait ${Math.ceil(wait / 1000)} s before the next request (HTTP 429), longer than the node waits (${RETRY_POLICY.maxRetryAfterMs / 1000} s)`,
							description: hintFor(429, method),
							httpCode: '429',
							itemIndex: options.itemIndex,
						},
					);
				}
				if (rateLimited < RETRY_POLICY.max429Attempts) {
					// The gate pauses every parallel request of this run, not just this one.
					gate.onRateLimited(wait);
					attempt--;
					continue;
				}
				throw toNodeApiError(this, error, method, path, options.itemIndex);
			}
			const retryableStatus = failure.status !== undefined && RETRYABLE_STATUS.has(failure.status);
			const networkError =
				failure.status === undefined &&
				failure.code !== undefined &&
				RETRYABLE_NETWORK_CODES.has(failure.code);
			if (
				(retryableStatus || networkError) &&
				isIdempotent(method) &&
				attempt < RETRY_POLICY.maxAttempts
			) {
				await sleep(backoffMs(attempt));
				continue;
			}
			throw toNodeApiError(this, error, method, path, options.itemIndex);
		}
	}
}

interface Envelope {
	_object?: string;
	data?: unknown;
	error?: unknown;
}

function unwrap(
	this: FlexportContext,
	body: unknown,
	method: IHttpRequestMethods,
	path: string,
	itemIndex?: number,
): unknown {
	if (body === null || typeof body !== 'object') {
		if (body === '' || body === undefined) return {};
		throw new NodeApiError(this.getNode(), { message: 'Unexpected response' } as JsonObject, {
			message: `Flexport answered ${method} ${path} with a body that is not JSON`,
			description:
				'The response may have been cut off. Try again; if it persists, check the API Base URL.',
			itemIndex,
		});
	}
	const envelope = body as Envelope;
	if (envelope.error) {
		const flexport = flexportError(envelope);
		throw new NodeApiError(
			this.getNode(),
			{ message: flexport?.message ?? 'Flexport error' } as JsonObject,
			{
				message: `Flexport reported an error for ${method} ${path}: ${flexport?.message ?? 'unknown error'}`,
				description: flexport?.code ? `Flexport error code: ${flexport.code}` : undefined,
				itemIndex,
			},
		);
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
	return unwrap.call(this, body, method, path, options.itemIndex) as IDataObject;
}

export interface Page {
	records: IDataObject[];
	next?: string | null;
	totalCount?: number;
}

/** Flexport lists: `data: {_object: '/api/collections/paginated', next, total_count, data: [...]}`. */
export function readPage(data: IDataObject): Page {
	if (Array.isArray(data)) return { records: data as IDataObject[], next: null };
	const records = Array.isArray(data?.data) ? (data.data as IDataObject[]) : [];
	const total = Number(data?.total_count);
	return {
		records,
		next: typeof data?.next === 'string' && data.next !== '' ? data.next : null,
		totalCount: Number.isInteger(total) && total >= 0 ? total : undefined,
	};
}

export const MAX_PAGE_SIZE = 100;
/** Beyond this many pages a list is read by following `next`, one page at a time. */
const MAX_PREFETCH_PAGES = 10_000;

/**
 * Return All (limit undefined) or up to `limit` records. When Flexport reports `total_count`, the
 * remaining pages are requested in parallel (Parallel Requests, paced by the run's rate gate) and
 * joined in page order; otherwise, and for anything that appeared meanwhile, `data.next` is followed
 * on the configured host only.
 */
export async function flexportApiRequestAllItems(
	this: FlexportContext,
	path: string,
	qs: IDataObject = {},
	options: { limit?: number; itemIndex?: number; url?: string } = {},
): Promise<IDataObject[]> {
	const { limit, itemIndex } = options;
	const per = limit !== undefined ? Math.min(MAX_PAGE_SIZE, Math.max(1, limit)) : MAX_PAGE_SIZE;
	const results: IDataObject[] = [];
	const seen = new Set<string>();
	let first: RequestOptions = { qs: { ...qs, page: 1, per }, itemIndex };
	if (options.url) {
		// A collection link from Flexport: keep its query, add the page size if it has none.
		const link = new URL(options.url, 'http://placeholder.invalid');
		if (!link.searchParams.has('per')) link.searchParams.set('per', String(per));
		first = {
			url: options.url.includes('://') ? link.toString() : `${link.pathname}${link.search}`,
			itemIndex,
		};
	}
	let page = readPage(await flexportApiRequest.call(this, 'GET', path, first));

	const wanted = Math.min(limit ?? Number.POSITIVE_INFINITY, page.totalCount ?? 0);
	const pageCount = Math.ceil(wanted / per);
	if (
		!options.url &&
		page.next &&
		page.records.length === per &&
		pageCount > 1 &&
		pageCount <= MAX_PREFETCH_PAGES
	) {
		const pages = await fetchPages.call(this, path, { ...qs, per }, pageCount, itemIndex);
		results.push(...page.records);
		for (const next of pages) results.push(...next.records);
		page = pages[pages.length - 1];
		if (limit !== undefined && results.length > limit) results.length = limit;
		if (limit !== undefined && results.length >= limit) return results;
	} else {
		results.push(...page.records.slice(0, limit));
	}

	while (limit === undefined || results.length < limit) {
		if (!page.next || page.records.length === 0 || seen.has(page.next)) break;
		seen.add(page.next);
		page = readPage(
			await flexportApiRequest.call(this, 'GET', path, { url: page.next, itemIndex }),
		);
		for (const record of page.records) {
			if (limit !== undefined && results.length >= limit) break;
			results.push(record);
		}
	}
	return results;
}

/** Pages 2…`pageCount`, at most Parallel Requests at a time, returned in page order. */
async function fetchPages(
	this: FlexportContext,
	path: string,
	qs: IDataObject,
	pageCount: number,
	itemIndex?: number,
): Promise<Page[]> {
	const pages: Page[] = new Array(pageCount - 1);
	let nextPage = 2;
	const worker = async () => {
		while (nextPage <= pageCount) {
			const number = nextPage++;
			pages[number - 2] = readPage(
				await flexportApiRequest.call(this, 'GET', path, {
					qs: { ...qs, page: number },
					itemIndex,
				}),
			);
		}
	};
	const workers = Math.max(1, Math.min(requestPacing(this).parallelRequests, pageCount - 1));
	await Promise.all(Array.from({ length: workers }, worker));
	return pages;
}

export { redactSecrets };
