/**
 * Page-loop plumbing any paginated API reuses, whatever its paging style: following a cursor
 * (Flexport's `next` link, an opaque cursor) and reading numbered pages in parallel (page/per,
 * limit/offset). What a page looks like and how the next one is requested is the API's part.
 *
 * Bounded whatever the server says: at most Max Pages pages, and a list whose cursor comes back
 * twice or whose page only repeats records already read stops with an error saying so.
 */
import type { IDataObject } from 'n8n-workflow';

/** Request Options → Max Pages by default: 100,000 records at Flexport's largest page size. */
export const DEFAULT_MAX_PAGES = 1_000;

/** One page as the API's reader sees it: its records and the cursor to the next page, if any. */
export interface PageOf<Cursor> {
	records: IDataObject[];
	next?: Cursor | null;
}

/** A list that would not end: the words of the error, for the API layer to raise. */
export class PageLoopError extends Error {
	constructor(
		message: string,
		readonly description: string,
	) {
		super(message);
		this.name = 'PageLoopError';
	}
}

export interface PageGuardOptions {
	maxPages?: number;
	/** Identifies a record (its id); a page whose records were all read before ends the list. */
	recordKey?: (record: IDataObject) => string | undefined;
	/** Names the list in messages: "GET /shipments". */
	label?: string;
	/** Builds the error the user sees (default: the PageLoopError itself). */
	fail?: (error: PageLoopError) => Error;
}

/** Counts the pages of one list and stops it when it goes on beyond reason. */
export class PageGuard {
	pagesRead = 0;

	recordsRead = 0;

	readonly maxPages: number;

	private readonly cursors = new Set<string>();

	private readonly recordKeys = new Set<string>();

	constructor(private readonly options: PageGuardOptions = {}) {
		this.maxPages = Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PAGES));
	}

	private stop(what: string, description: string): Error {
		const label = this.options.label ? `${this.options.label}: ` : '';
		const error = new PageLoopError(
			`${label}${what} (after ${this.pagesRead} pages, ${this.recordsRead} records)`,
			description,
		);
		return this.options.fail ? this.options.fail(error) : error;
	}

	/** Before a page is requested: one more page must be allowed, and this cursor new. */
	beforePage(cursorKey?: string): void {
		if (this.pagesRead >= this.maxPages)
			throw this.stop(
				`the list has more than ${this.maxPages} pages (Request Options → Max Pages); the node stopped reading it`,
				'Raise "Request Options → Max Pages", or narrow the list with filters or a Limit.',
			);
		if (cursorKey === undefined) return;
		if (this.cursors.has(cursorKey))
			throw this.stop(
				'the API sent the link to a page it had already sent, so the list would never end; the node stopped reading it',
				'The API is paging wrongly. Try again later, or narrow the list with filters or a Limit.',
			);
		this.cursors.add(cursorKey);
	}

	/** After a page arrived: it counts, and it must add at least one record not read before. */
	afterPage(page: PageOf<unknown>): void {
		this.pagesRead++;
		const { recordKey } = this.options;
		let fresh = page.records.length === 0 || !recordKey;
		for (const record of page.records) {
			const key = recordKey?.(record);
			if (key === undefined) fresh = true;
			else if (!this.recordKeys.has(key)) {
				this.recordKeys.add(key);
				fresh = true;
			}
		}
		if (!fresh)
			throw this.stop(
				`page ${this.pagesRead} only repeats records already read, so the list would never end; the node stopped reading it`,
				'The API is paging wrongly. Try again later, or narrow the list with filters or a Limit.',
			);
		this.recordsRead += page.records.length;
	}
}

export interface FollowOptions<Cursor> {
	/** Stop once this many records are collected (undefined: to the end). */
	limit?: number;
	fetch(cursor: Cursor): Promise<PageOf<Cursor>>;
	/** Identifies a cursor, so that one the API hands out twice is noticed. */
	key(cursor: Cursor): string;
	/** Counts this list's pages; by default a new guard that has seen one page (the first). */
	guard?: PageGuard;
}

/**
 * Appends the pages after `page` to `results`, following their cursors until the list ends (no
 * cursor, an empty page) or `limit` records are collected. The guard stops a list beyond Max
 * Pages, one whose cursor comes back, and one whose page adds nothing new, with an error.
 */
export async function followPages<Cursor>(
	page: PageOf<Cursor>,
	results: IDataObject[],
	options: FollowOptions<Cursor>,
): Promise<IDataObject[]> {
	const { limit } = options;
	let guard = options.guard;
	if (!guard) {
		guard = new PageGuard();
		guard.pagesRead = 1;
	}
	while (limit === undefined || results.length < limit) {
		if (!page.next || page.records.length === 0) break;
		guard.beforePage(options.key(page.next));
		page = await options.fetch(page.next);
		guard.afterPage(page);
		for (const record of page.records) {
			if (limit !== undefined && results.length >= limit) break;
			results.push(record);
		}
	}
	return results;
}

/**
 * Pages `first`…`last`, at most `workers` requests at a time, in page order. Once a page comes
 * back as the last one (`isLast`: short or empty), no page after it is requested, so a
 * `total_count` that promises more than there is costs at most `workers - 1` extra requests; the
 * result ends at that page. A failed page fails the range, after the requests in flight.
 */
export async function fetchPageRange<Page>(
	first: number,
	last: number,
	workers: number,
	fetch: (pageNumber: number) => Promise<Page>,
	isLast: (page: Page) => boolean = () => false,
): Promise<Page[]> {
	const pages: Page[] = new Array(Math.max(0, last - first + 1));
	let nextPage = first;
	let end = last;
	let failed = false;
	const worker = async () => {
		while (!failed && nextPage <= end) {
			const number = nextPage++;
			const outcome = await fetch(number).then(
				(page) => ({ page, failure: undefined }),
				(failure: unknown) => ({ page: undefined, failure: failure ?? new Error('page failed') }),
			);
			if (outcome.failure !== undefined) {
				failed = true;
				throw outcome.failure;
			}
			const page = outcome.page as Page;
			pages[number - first] = page;
			if (isLast(page)) end = Math.min(end, number);
		}
	};
	const count = Math.max(1, Math.min(workers, last - first + 1));
	// A failed page stops the others from starting new requests; the error is raised once the
	// requests in flight are done, so nothing of this list is still running after it.
	const settled = await Promise.allSettled(Array.from({ length: count }, worker));
	const failure = settled.find((result) => result.status === 'rejected');
	if (failure) throw (failure as PromiseRejectedResult).reason;
	return pages.slice(0, end - first + 1);
}
