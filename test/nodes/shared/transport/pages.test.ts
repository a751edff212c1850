import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import {
	fetchPageRange,
	followPages,
	PageGuard,
	PageLoopError,
	type PageOf,
} from '../../../../nodes/shared/transport/pages';

const records = (...ids: number[]): IDataObject[] => ids.map((id) => ({ id }));
const byId = (record: IDataObject) => String(record.id);

describe('PageGuard', () => {
	it('allows Max Pages pages and stops before the next one, saying what to raise', () => {
		const guard = new PageGuard({ maxPages: 2, label: 'GET /things' });
		guard.beforePage();
		guard.afterPage({ records: records(1) });
		guard.beforePage('page-2');
		guard.afterPage({ records: records(2) });
		expect(() => guard.beforePage('page-3')).toThrow(
			/^GET \/things: the list has more than 2 pages \(Request Options → Max Pages\); the node stopped reading it \(after 2 pages, 2 records\)$/,
		);
	});

	it('stops when a cursor comes back', () => {
		const guard = new PageGuard();
		guard.beforePage('a');
		guard.beforePage('b');
		expect(() => guard.beforePage('a')).toThrow(/link to a page it had already sent/);
	});

	it('stops when a page only repeats records already read, but not for an empty page or records without a key', () => {
		const guard = new PageGuard({
			recordKey: (record) => (record.id ? String(record.id) : undefined),
		});
		guard.afterPage({ records: records(1, 2) });
		guard.afterPage({ records: [] });
		guard.afterPage({ records: [{ name: 'no id' }, { id: 1 }] });
		guard.afterPage({ records: records(2, 3) });
		expect(() => guard.afterPage({ records: records(3, 1) })).toThrow(
			/page 5 only repeats records already read/,
		);
	});

	it('raises the error the API layer builds', () => {
		const guard = new PageGuard({
			maxPages: 1,
			fail: (error) => new Error(`wrapped: ${error.message} / ${error.description}`),
		});
		guard.afterPage({ records: records(1) });
		expect(() => guard.beforePage()).toThrow(/^wrapped: .* \/ Raise "Request Options → Max Pages"/);
	});
});

describe('followPages', () => {
	/** A list of `pages` pages of two records, as cursors "1", "2", … */
	const list = (pages: number, fetched: string[]) => async (cursor: string) => {
		fetched.push(cursor);
		const number = Number(cursor);
		return {
			records: records(number * 10, number * 10 + 1),
			next: number < pages ? String(number + 1) : null,
		};
	};

	it('follows cursors to the end, or to the limit', async () => {
		const fetched: string[] = [];
		const first: PageOf<string> = { records: records(0, 1), next: '1' };
		const all = await followPages(first, [...first.records], {
			fetch: list(3, fetched),
			key: (cursor) => cursor,
		});
		expect(all.map((record) => record.id)).toEqual([0, 1, 10, 11, 20, 21, 30, 31]);
		const limited = await followPages(first, [...first.records], {
			limit: 3,
			fetch: list(3, []),
			key: (cursor) => cursor,
		});
		expect(limited).toHaveLength(3);
	});

	it('without a guard of its own, stops a never-ending list at 1,000 pages', async () => {
		const endless = async (cursor: string) => ({
			records: records(Number(cursor)),
			next: String(Number(cursor) + 1),
		});
		const error = await followPages({ records: records(0), next: '1' }, [], {
			fetch: endless,
			key: (cursor) => cursor,
		}).catch((caught) => caught);
		expect(error).toBeInstanceOf(PageLoopError);
		expect(error.message).toMatch(/more than 1000 pages/);
	});

	it('stops a list whose next page is the same page, with an error instead of a loop', async () => {
		const guard = new PageGuard({ recordKey: byId });
		guard.afterPage({ records: records(1, 2) });
		const error = await followPages({ records: records(1, 2), next: 'self' }, records(1, 2), {
			fetch: async () => ({ records: records(1, 2), next: 'self' }),
			key: (cursor) => cursor,
			guard,
		}).catch((caught) => caught);
		expect(error.message).toMatch(/page 2 only repeats records already read/);
	});
});

describe('fetchPageRange', () => {
	it('reads the pages in parallel and returns them in page order', async () => {
		const pages = await fetchPageRange(2, 6, 3, async (number) => {
			await sleep((7 - number) * 5);
			return number;
		});
		expect(pages).toEqual([2, 3, 4, 5, 6]);
	});

	it('stops requesting after the last real page, whatever the count promised', async () => {
		const requested: number[] = [];
		const pages = await fetchPageRange(
			2,
			10_000,
			3,
			async (number) => {
				requested.push(number);
				return { number, records: number <= 5 ? 100 : 0 };
			},
			(page) => page.records < 100,
		);
		expect(pages.map((page) => page.number)).toEqual([2, 3, 4, 5, 6]);
		expect(requested.length).toBeLessThanOrEqual(5 + 2); // at most workers − 1 beyond page 6
	});
});

describe('fetchPageRange when a page fails', () => {
	it('starts no new request after the failure and raises it once the others are done', async () => {
		const requested: number[] = [];
		let inFlight = 0;
		const error = await fetchPageRange(2, 100, 3, async (number) => {
			requested.push(number);
			inFlight++;
			await sleep(number === 3 ? 5 : 30);
			inFlight--;
			if (number === 3) throw new Error('page 3 failed');
			return number;
		}).catch((caught) => caught);
		expect(error.message).toBe('page 3 failed');
		expect(inFlight).toBe(0);
		expect(requested).toEqual([2, 3, 4]);
	});
});
