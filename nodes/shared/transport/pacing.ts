/**
 * The node's "Request Options" (parallel requests, requests per second, timeout, max pages, max
 * download size) and the one rate gate per node run that every item and page request shares.
 */
import type { IDataObject } from 'n8n-workflow';

import type { ApiContext } from './context';
import { DEFAULT_MAX_DOWNLOAD_BYTES } from './limits';
import { DEFAULT_MAX_PAGES } from './pages';
import { RateGate } from './rateGate';

export interface RequestPacing {
	parallelRequests: number;
	maxRequestsPerSecond: number;
	/** The whole answer of one request (headers and body) must arrive within this. */
	timeoutMs: number;
	/** A list stops with an error beyond this many pages. */
	maxPages: number;
	/** File downloads larger than this are refused. */
	maxDownloadBytes: number;
}

export const DEFAULT_PACING: RequestPacing = {
	parallelRequests: 3,
	maxRequestsPerSecond: 0,
	timeoutMs: 60_000,
	maxPages: DEFAULT_MAX_PAGES,
	maxDownloadBytes: DEFAULT_MAX_DOWNLOAD_BYTES,
};

const MEGABYTE = 1024 * 1024;

const gates = new WeakMap<object, RateGate>();
/** Read once per node run: n8n's getNodeParameter is a large share of a request's cost. */
const pacings = new WeakMap<object, RequestPacing>();

function clamped(value: unknown, fallback: number, min: number, max: number): number {
	const parsed = Number(value);
	return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
}

/** The node's "Request Options" (only item-processing runs have them), read once per run. */
export function requestPacing(context: ApiContext): RequestPacing {
	if (!('getInputData' in context)) return DEFAULT_PACING;
	let pacing = pacings.get(context);
	if (!pacing) {
		pacing = readRequestOptions(context);
		pacings.set(context, pacing);
	}
	return pacing;
}

function readRequestOptions(context: ApiContext): RequestPacing {
	let raw: IDataObject = {};
	try {
		raw = context.getNodeParameter('requestOptions', 0, {}) as IDataObject;
	} catch {
		raw = {};
	}
	return {
		parallelRequests: Math.floor(
			clamped(raw.parallelRequests, DEFAULT_PACING.parallelRequests, 1, 50),
		),
		maxRequestsPerSecond: clamped(
			raw.maxRequestsPerSecond,
			DEFAULT_PACING.maxRequestsPerSecond,
			0,
			1000,
		),
		timeoutMs: Math.floor(
			clamped(raw.timeoutSeconds, DEFAULT_PACING.timeoutMs / 1000, 1, 600) * 1000,
		),
		maxPages: Math.floor(clamped(raw.maxPages, DEFAULT_PACING.maxPages, 1, 1_000_000)),
		maxDownloadBytes: Math.floor(
			clamped(raw.maxDownloadMegabytes, DEFAULT_PACING.maxDownloadBytes / MEGABYTE, 0.0001, 2048) *
				MEGABYTE,
		),
	};
}

/** One gate per node run, shared by every item and page request of that run. */
export function rateGateFor(context: ApiContext): RateGate {
	let gate = gates.get(context);
	if (!gate) {
		gate = new RateGate(requestPacing(context).maxRequestsPerSecond);
		gates.set(context, gate);
	}
	return gate;
}
