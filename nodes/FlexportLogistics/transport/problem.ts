/**
 * How the Logistics API reports failures: RFC 7807 `application/problem+json` (`type`, `title`,
 * `status`, `detail`, `instance`), on orders possibly with an OrderError (`type` from
 * OrderErrorType, `retriable`), and six-digit sub-codes whose JSON field the spec does not show
 * (spec/flexport-logistics-api.md, "Errors" and uncertain point 8). Everything generic about
 * errors, retries and rate limits is in nodes/shared/transport/.
 */
import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { ApiDialect, ApiProblem } from '../../shared/transport/apiError';
import { asRecord, parseMaybeJson } from '../../shared/transport/failure';
import { DEFAULT_RETRY_POLICY, isSafeMethod } from '../../shared/transport/retry';
import { LOGISTICS_SERVICE } from './connection';

/** OrderErrorType of spec/flexport-logistics-api.yaml. */
export const ORDER_ERROR_TYPES = new Set([
	'PARTIALLY_SHIPPED',
	'BAD_ADDRESS',
	'BAD_PRODUCT_INFO',
	'CANNOT_SHIP_HAZMAT',
	'CARRIER_NETWORK_ERR',
	'DSKU_NEVER_INBOUNDED',
	'INTERNATIONAL_ADDRESS',
	'INVENTORY_ERR',
	'INVENTORY_TIMEOUT',
	'LABEL_PURCHASE_FAILURE',
	'MISSING_CUSTOMS_INFO',
	'MISSING_DDP_TAG',
	'MISSING_REMOVAL_FEE_SPECS',
	'MISSING_SHIPPING_SPECIFICATIONS_FOR_HAZMAT',
	'NON_PLT_ORDER_NOT_SUPPORTED',
	'NO_FEDEX_RATES',
	'NO_RATES',
	'NO_REMOVAL_PROPOSAL',
	'OVERSIZED_DIMS',
	'PARTIAL_FULFILL_FAILED',
	'PARTIAL_SHIP_UPDATE_FAILED',
	'PROMISE_TIME_EXPIRED',
	'REMOVALS_MINIMUM_NOT_MET',
	'REMOVAL_ON_HOLD',
	'STOCKOUT',
	'STOCKOUT_AT_INGESTION',
	'UNKNOWN',
	'UNKNOWN_SFP_STATUS',
	'UNREGISTERED_PRIME_PRODUCTS',
	'UNSUPPORTED_DESTINATION',
	'WAREHOUSE_ERR',
]);

export interface OrderErrorInfo {
	type: string;
	retriable?: boolean;
	message?: string;
	/** logisticsSku of each line item the error names. */
	lineItemSkus?: string[];
}

/** A problem document as the node reports it (also attached to the error for Continue On Fail). */
export interface LogisticsProblem {
	status?: number;
	type?: string;
	title?: string;
	detail?: string;
	instance?: string;
	/** Six-digit sub-code such as 407001 (order retry of an order that is not Canceled). */
	subCode?: string;
	orderError?: OrderErrorInfo;
}

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const SUB_CODE = /^\d{6}$/;

/** The sub-code field is not documented: any of the usual names, or the last segment of `type`. */
function readSubCode(body: IDataObject): string | undefined {
	for (const key of ['subCode', 'subcode', 'sub_code', 'errorCode', 'error_code', 'code']) {
		const value = body[key];
		if ((typeof value === 'number' || typeof value === 'string') && SUB_CODE.test(String(value)))
			return String(value);
	}
	const last = text(body.type)?.split(/[/#:]/).pop();
	return last && SUB_CODE.test(last) ? last : undefined;
}

/** An OrderErrorType, whether given bare or as the last segment of a problem `type` URI. */
function orderErrorType(value: unknown): string | undefined {
	const raw = text(value)?.split(/[/#:]/).pop()?.toUpperCase().replace(/-/g, '_');
	return raw && ORDER_ERROR_TYPES.has(raw) ? raw : undefined;
}

/** An OrderError nested as `error`/`orderError`/`errors[0]`, or spread into the problem itself. */
function readOrderError(body: IDataObject): OrderErrorInfo | undefined {
	const candidates = [
		asRecord(body.orderError),
		asRecord(body.error),
		Array.isArray(body.errors) ? asRecord(body.errors[0]) : undefined,
		body,
	];
	for (const candidate of candidates) {
		if (!candidate) continue;
		// A problem `type` URI ending in, say, /unknown is no OrderError unless `retriable` says so.
		const spread = candidate === body && typeof body.retriable !== 'boolean';
		const type = spread
			? ORDER_ERROR_TYPES.has(String(body.type)) && String(body.type)
			: orderErrorType(candidate.type);
		if (!type) continue;
		const skus = Array.isArray(candidate.lineItemErrors)
			? candidate.lineItemErrors
					.map((entry) => text(asRecord(entry)?.logisticsSku))
					.filter((sku): sku is string => sku !== undefined)
			: [];
		return {
			type,
			retriable: typeof candidate.retriable === 'boolean' ? candidate.retriable : undefined,
			message: text(candidate.message),
			...(skus.length ? { lineItemSkus: skus } : {}),
		};
	}
	return undefined;
}

/** Reads a problem+json body (or the plainer `{message}` / `{error}` some gateways answer with). */
export function readLogisticsProblem(data: unknown): LogisticsProblem | undefined {
	const body = asRecord(parseMaybeJson(data)) as IDataObject | undefined;
	if (!body) {
		const plain = text(parseMaybeJson(data));
		return plain && plain.length <= 500 && !plain.startsWith('<') ? { detail: plain } : undefined;
	}
	const status = Number(body.status);
	const problem: LogisticsProblem = {
		status: Number.isInteger(status) ? status : undefined,
		type: text(body.type),
		title: text(body.title),
		detail: text(body.detail) ?? text(body.message) ?? text(body.error),
		instance: text(body.instance),
		subCode: readSubCode(body),
		orderError: readOrderError(body),
	};
	if (!problem.title && !problem.detail && !problem.orderError && !problem.subCode)
		return undefined;
	return problem;
}

/** What the shared error shaping prints: "title: detail" and the most specific code. */
export function summarizeProblem(problem: LogisticsProblem): ApiProblem {
	const { title, detail } = problem;
	const message =
		title && detail && !detail.startsWith(title) ? `${title}: ${detail}` : (detail ?? title);
	return { message, code: problem.subCode ?? problem.orderError?.type };
}

const CLIENT_ERROR_HINTS: Record<number, string> = {
	400: 'Flexport did not accept the request: check the fields the message names.',
	401: 'Flexport rejected the access token: it is wrong, incomplete or revoked. Create a new token in Flexport Portal → Settings → API Tokens and update the credential.',
	404: 'Flexport found no such object for this account: check the ID, and that the API Version offers this operation.',
	409: 'Flexport already has an object with this identifier (for example an External Order ID or External Bundle ID used before).',
	422: 'Flexport understood the request but could not process it; the detail above says why.',
	423: 'The Logistics account is locked: Flexport has frozen or deactivated it and refuses every request until it is unlocked. Retrying does not help; check billing in Flexport Portal or contact Flexport support.',
};

function forbiddenHint(scope?: string): string {
	const needs = scope ? `: it needs the ${scope} scope` : '';
	return `The access token is valid but may not do this${needs}. Add the scope to the token in Flexport Portal → Settings → API Tokens, or create a new token. Parcels and Returns also need Flexport's approval, and most resources need billing set up.`;
}

/** Writes carry an idempotency-key, so Flexport answers a repeat with the stored result. */
export function hasIdempotencyKey(headers?: IDataObject): boolean {
	return Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'idempotency-key');
}

/** The dialect of one request; it keeps the problem it read so the caller can report all of it. */
export interface LogisticsDialect extends ApiDialect {
	lastProblem?: LogisticsProblem;
}

export function logisticsDialect(scope?: string): LogisticsDialect {
	const dialect: LogisticsDialect = {
		service: LOGISTICS_SERVICE,
		readProblem(body: unknown) {
			dialect.lastProblem = readLogisticsProblem(body);
			return dialect.lastProblem && summarizeProblem(dialect.lastProblem);
		},
		isRetrySafe: (method: IHttpRequestMethods, headers?: IDataObject) =>
			isSafeMethod(method) || hasIdempotencyKey(headers),
		clientErrorHint: (status: number) =>
			status === 403 ? forbiddenHint(scope) : (CLIENT_ERROR_HINTS[status] ?? ''),
		retry: LOGISTICS_RETRY_POLICY,
	};
	return dialect;
}

/**
 * Every Logistics write carries an idempotency key, so repeating it is safe: six attempts (instead of
 * the freight API's three) make a lost item under a 10 % failure rate about a 1-in-1,000 event per
 * 1,000-item run (test/nodes/FlexportLogistics/faults.test.ts), at about 15 s of backoff in an outage.
 */
export const LOGISTICS_RETRY_POLICY = { ...DEFAULT_RETRY_POLICY, maxAttempts: 6 };

/** Extra sentences for the error's description: the order error and Flexport's occurrence ID. */
export function problemNotes(problem: LogisticsProblem | undefined): string[] {
	if (!problem) return [];
	const notes: string[] = [];
	const order = problem.orderError;
	if (order) {
		const skus = order.lineItemSkus?.length ? ` (line items ${order.lineItemSkus.join(', ')})` : '';
		const retry =
			order.retriable === true
				? 'Flexport marks it retriable: once the cause is fixed, use Order → Retry (creating the order again would be refused as a duplicate).'
				: order.retriable === false
					? 'Flexport marks it not retriable.'
					: '';
		notes.push(`Order error ${order.type}${skus}.${retry ? ` ${retry}` : ''}`);
	}
	if (problem.instance) notes.push(`Flexport occurrence ID: ${problem.instance}.`);
	return notes;
}
