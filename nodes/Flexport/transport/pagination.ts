/**
 * Freight API lists: `?page=&per=` with `data: {_object: '/api/collections/paginated', next,
 * total_count, data: [...]}`. Return All reads the remaining pages in parallel when Flexport reports
 * `total_count`, and follows `next` (on the configured host only) otherwise; at most Max Pages
 * pages, and never past the first short or empty page, whatever `total_count` claims.
 */
import type { IDataObject } from 'n8n-workflow';

import { cleanApiError } from '../../shared/transport/apiError';
import { requestPacing } from '../../shared/transport/pacing';
import { fetchPageRange, followPages, PageGuard, type PageOf } from '../../shared/transport/pages';
import type { FlexportContext } from './connection';
import { flexportApiRequest, type RequestOptions } from './request';

export interface Page extends PageOf<string> {
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

/** Flexport objects carry a numeric or string `id`: a page of ids already read adds nothing. */
function recordId(record: IDataObject): string | undefined {
	return typeof record.id === 'number' || typeof record.id === 'string'
		? String(record.id)
		: undefined;
}

/** The first request: page 1, or a collection link from Flexport with its own query. */
function firstRequest(
	qs: IDataObject,
	per: number,
	itemIndex?: number,
	url?: string,
): RequestOptions {
	if (!url) return { qs: { ...qs, page: 1, per }, itemIndex };
	// Keep the link's query, add the page size if it has none.
	const link = new URL(url, 'http://placeholder.invalid');
	if (!link.searchParams.has('per')) link.searchParams.set('per', String(per));
	return {
		url: url.includes('://') ? link.toString() : `${link.pathname}${link.search}`,
		itemIndex,
	};
}

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
	options: { limit?: number; itemIndex?: number; url?: string; apiVersion?: string } = {},
): Promise<IDataObject[]> {
	const { limit, itemIndex } = options;
	const per = limit !== undefined ? Math.min(MAX_PAGE_SIZE, Math.max(1, limit)) : MAX_PAGE_SIZE;
	const pacing = requestPacing(this);
	const guard = new PageGuard({
		maxPages: pacing.maxPages,
		recordKey: recordId,
		label: `Flexport's list GET ${path}`,
		fail: (error) =>
			cleanApiError(this, { message: error.message, description: error.description, itemIndex }),
	});
	const get = async (request: RequestOptions) => {
		const page = readPage(
			await flexportApiRequest.call(this, 'GET', path, {
				...request,
				apiVersion: options.apiVersion,
			}),
		);
		guard.afterPage(page);
		return page;
	};
	const results: IDataObject[] = [];
	let page = await get(firstRequest(qs, per, itemIndex, options.url));

	const wanted = Math.min(limit ?? Number.POSITIVE_INFINITY, page.totalCount ?? 0);
	const pageCount = Math.min(Math.ceil(wanted / per), guard.maxPages);
	if (!options.url && page.next && page.records.length === per && pageCount > 1) {
		const pages = await fetchPageRange(
			2,
			pageCount,
			pacing.parallelRequests,
			async (number) => await get({ qs: { ...qs, per, page: number }, itemIndex }),
			(fetched) => fetched.records.length < per || !fetched.next,
		);
		results.push(...page.records);
		for (const next of pages) results.push(...next.records);
		page = pages[pages.length - 1];
		if (limit !== undefined && results.length > limit) results.length = limit;
		if (limit !== undefined && results.length >= limit) return results;
	} else {
		results.push(...page.records.slice(0, limit));
	}

	return await followPages(page, results, {
		limit,
		fetch: async (next) => await get({ url: next, itemIndex }),
		key: (next) => next,
		guard,
	});
}
