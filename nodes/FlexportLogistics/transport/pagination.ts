/**
 * Return All / Limit over the Logistics API's three paging styles (spec/flexport-logistics-api.md,
 * "Pagination"):
 * - `offset`: `limit` + `offset` (products, inventory); bare arrays; an empty page ends the list.
 * - `pageInfo`: `limit` + `page_info` (events, returns); the next token is found by ./nextPage.ts.
 * - `cursor`: `limit` + `cursor` + `direction` (freight orders and quotes), wrapped bodies.
 * The loop itself is the shared one (nodes/shared/transport/pages.ts).
 */
import type { IDataObject } from 'n8n-workflow';

import type { ApiContext } from '../../shared/transport/context';
import { followPages, type PageOf } from '../../shared/transport/pages';
import { nextFreightCursor, nextFromResponse, readRecords, type NextPage } from './nextPage';
import { logisticsRequest } from './request';

export type PagingStyle = 'offset' | 'pageInfo' | 'cursor';

export interface ListOptions {
	style: PagingStyle;
	qs?: IDataObject;
	/** The most records the API returns per page. */
	maxPageSize: number;
	/** Stop after this many records (undefined: Return All). */
	limit?: number;
	/** Wrapped bodies (`{orders: […]}`): the property holding the records. */
	recordsKey?: string;
	itemIndex?: number;
	scope?: string;
}

/** Pages read at most per list, so that an API that never ends its list cannot loop forever. */
export const MAX_PAGES = 10_000;

interface PageRequest {
	url?: string;
	qs: IDataObject;
}

/** What identifies a record, to notice an API that ignores the cursor and repeats a page. */
function recordKey(record: IDataObject): string {
	for (const field of ['id', 'logisticsSku', 'bundleId', 'externalOrderId']) {
		const value = record[field];
		if (typeof value === 'string' || typeof value === 'number') return `${field}:${value}`;
	}
	return JSON.stringify(record);
}

/** The query of the page after `sent`, given where the API said it continues. */
function nextRequest(
	options: ListOptions,
	sent: PageRequest,
	next: NextPage | undefined,
	received: number,
): PageRequest | null {
	if (options.style === 'offset') {
		if (received === 0) return null;
		return { qs: { ...sent.qs, offset: Number(sent.qs.offset ?? 0) + received } };
	}
	if (!next) return null;
	if (next.url) return { url: next.url, qs: {} };
	const param = options.style === 'pageInfo' ? 'page_info' : 'cursor';
	return { qs: { ...sent.qs, [param]: next.token } };
}

export async function logisticsList(
	this: ApiContext,
	path: string,
	options: ListOptions,
): Promise<IDataObject[]> {
	const per = Math.max(1, Math.min(options.maxPageSize, options.limit ?? options.maxPageSize));
	const first: IDataObject = { ...options.qs, limit: per };
	if (options.style === 'offset') first.offset = 0;
	if (options.style === 'cursor') first.direction ??= 'forward';
	const seen = new Set<string>();
	let pages = 0;

	const fetch = async (request: PageRequest): Promise<PageOf<PageRequest>> => {
		pages++;
		const response = await logisticsRequest.call(this, 'GET', path, {
			qs: request.qs,
			url: request.url,
			itemIndex: options.itemIndex,
			scope: options.scope,
		});
		const all = readRecords(response.body, options.recordsKey);
		// Only records not seen before count: a repeated page ends the list instead of looping.
		const fresh = all.filter((record) => {
			const key = recordKey(record);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		const sent = {
			cursor: request.qs.cursor === undefined ? undefined : String(request.qs.cursor),
			direction: String(request.qs.direction ?? first.direction),
		};
		const next =
			options.style === 'cursor'
				? nextFreightCursor(response.body, response.headers, all, sent)
				: nextFromResponse(response.body, response.headers);
		const more = fresh.length > 0 && pages < MAX_PAGES;
		return { records: fresh, next: more ? nextRequest(options, request, next, all.length) : null };
	};

	const firstPage = await fetch({ qs: first });
	const results = firstPage.records.slice(0, options.limit);
	return await followPages(firstPage, results, {
		limit: options.limit,
		fetch,
		key: (request) => request.url ?? JSON.stringify(request.qs),
	});
}
