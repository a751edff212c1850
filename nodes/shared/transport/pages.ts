/**
 * Page-loop plumbing any paginated API reuses, whatever its paging style: following a cursor
 * (Flexport's `next` link, an opaque cursor) and reading numbered pages in parallel (page/per,
 * limit/offset). What a page looks like and how the next one is requested is the API's part.
 */
import type { IDataObject } from 'n8n-workflow';

/** One page as the API's reader sees it: its records and the cursor to the next page, if any. */
export interface PageOf<Cursor> {
	records: IDataObject[];
	next?: Cursor | null;
}

export interface FollowOptions<Cursor> {
	/** Stop once this many records are collected (undefined: to the end). */
	limit?: number;
	fetch(cursor: Cursor): Promise<PageOf<Cursor>>;
	/** Identifies a cursor, so that one the API hands out twice is not followed again. */
	key(cursor: Cursor): string;
}

/**
 * Appends the pages after `page` to `results`, following their cursors until the list ends (no
 * cursor, an empty page), `limit` records are collected, or a cursor comes back a second time.
 */
export async function followPages<Cursor>(
	page: PageOf<Cursor>,
	results: IDataObject[],
	options: FollowOptions<Cursor>,
): Promise<IDataObject[]> {
	const { limit } = options;
	const seen = new Set<string>();
	while (limit === undefined || results.length < limit) {
		if (!page.next || page.records.length === 0) break;
		const key = options.key(page.next);
		if (seen.has(key)) break;
		seen.add(key);
		page = await options.fetch(page.next);
		for (const record of page.records) {
			if (limit !== undefined && results.length >= limit) break;
			results.push(record);
		}
	}
	return results;
}

/** Pages `first`…`last`, at most `workers` requests at a time, returned in page order. */
export async function fetchPageRange<Page>(
	first: number,
	last: number,
	workers: number,
	fetch: (pageNumber: number) => Promise<Page>,
): Promise<Page[]> {
	const pages: Page[] = new Array(Math.max(0, last - first + 1));
	let nextPage = first;
	const worker = async () => {
		while (nextPage <= last) {
			const number = nextPage++;
			pages[number - first] = await fetch(number);
		}
	};
	const count = Math.max(1, Math.min(workers, last - first + 1));
	await Promise.all(Array.from({ length: count }, worker));
	return pages;
}
