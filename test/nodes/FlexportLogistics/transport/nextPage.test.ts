/** Every place the next page_info / cursor may come from (spec uncertain point 5), one by one. */
import {
	nextFreightCursor,
	nextFromResponse,
	parseLinkHeader,
	readRecords,
} from '../../../../nodes/FlexportLogistics/transport/nextPage';

describe('Link header', () => {
	it('reads every relation, with or without quotes, several per link', () => {
		expect(
			parseLinkHeader(
				'<https://x/events?page_info=p1>; rel="previous", <https://x/events?page_info=n1>; rel=next, <https://x/a>; rel="first last"',
			),
		).toEqual({
			previous: 'https://x/events?page_info=p1',
			next: 'https://x/events?page_info=n1',
			first: 'https://x/a',
			last: 'https://x/a',
		});
		expect(parseLinkHeader(undefined)).toEqual({});
	});

	it('a rel="next" link is followed as given, before anything in the body', () => {
		expect(
			nextFromResponse(
				{ next_page_info: 'body-token' },
				{ link: '</logistics/api/2024-07/events?page_info=abc>; rel="next"' },
			),
		).toEqual({ url: '/logistics/api/2024-07/events?page_info=abc' });
		expect(
			nextFromResponse([], { link: '<https://x/e?page_info=p>; rel="previous"' }),
		).toBeUndefined();
	});
});

describe('next-page headers', () => {
	it.each([
		'x-next-page-info',
		'next-page-info',
		'x-next-cursor',
		'next-cursor',
		'x-next-page-token',
		'x-page-info',
	])('%s', (name) => {
		expect(nextFromResponse([{ id: 1 }], { [name]: 'tok' })).toEqual({ token: 'tok' });
	});
});

describe('body fields', () => {
	it.each([
		['nextPageInfo', { nextPageInfo: 'tok' }],
		['next_page_info', { next_page_info: 'tok' }],
		['page_info', { page_info: 'tok' }],
		['nextCursor', { nextCursor: 'tok' }],
		['next_cursor', { next_cursor: 'tok' }],
		['nextPageToken', { nextPageToken: 'tok' }],
		['next', { next: 'tok' }],
		['pageInfo as a string', { pageInfo: 'tok' }],
		['pageInfo.next', { pageInfo: { next: 'tok' } }],
		['pageInfo.endCursor with hasNextPage', { pageInfo: { endCursor: 'tok', hasNextPage: true } }],
		['pagination.nextCursor', { pagination: { nextCursor: 'tok' } }],
		['paging.next', { paging: { next: 'tok' } }],
		['meta.next_page_info', { meta: { next_page_info: 'tok' } }],
		['links.next', { links: { next: 'tok' } }],
		['_links.next.href', { _links: { next: { href: 'tok' } } }],
	])('%s', (_name, body) => {
		expect(nextFromResponse({ data: [], ...body }, {})).toEqual({ token: 'tok' });
	});

	it('a URL or an absolute path in a body field is followed as a link', () => {
		expect(nextFromResponse({ next: 'https://x/events?page_info=abc' }, {})).toEqual({
			url: 'https://x/events?page_info=abc',
		});
		expect(
			nextFromResponse({ links: { next: '/logistics/api/2024-07/returns?page_info=abc' } }, {}),
		).toEqual({
			url: '/logistics/api/2024-07/returns?page_info=abc',
		});
	});

	it('no next: a null field, hasNextPage false, a bare array without headers', () => {
		expect(nextFromResponse({ data: [], next_page_info: null }, {})).toBeUndefined();
		expect(
			nextFromResponse({ pageInfo: { endCursor: 'tok', hasNextPage: false } }, {}),
		).toBeUndefined();
		expect(nextFromResponse([{ id: 1 }], {})).toBeUndefined();
	});
});

describe('records', () => {
	it('a bare array, a named wrapper, or the usual wrapper names', () => {
		expect(readRecords([{ id: 1 }, 'x', null])).toEqual([{ id: 1 }]);
		expect(readRecords({ orders: [{ id: 2 }] }, 'orders')).toEqual([{ id: 2 }]);
		for (const key of ['data', 'items', 'results', 'records'])
			expect(readRecords({ [key]: [{ id: 3 }] })).toEqual([{ id: 3 }]);
		expect(readRecords('text')).toEqual([]);
	});
});

describe('freight cursor', () => {
	const page = [{ id: 11 }, { id: 12 }, { id: 13 }];

	it('a named cursor wins; else the last id (the first when reading backward)', () => {
		expect(nextFreightCursor({ orders: page, nextCursor: 99 }, {}, page, {})).toEqual({
			token: '99',
		});
		expect(nextFreightCursor({ orders: page }, {}, page, { direction: 'forward' })).toEqual({
			token: '13',
		});
		expect(nextFreightCursor({ orders: page }, {}, page, { direction: 'backward' })).toEqual({
			token: '11',
		});
	});

	it('a body `cursor` other than the one sent is the next one; the same one is not', () => {
		expect(nextFreightCursor({ orders: page, cursor: 20 }, {}, page, { cursor: '10' })).toEqual({
			token: '20',
		});
		expect(nextFreightCursor({ orders: page, cursor: 10 }, {}, page, { cursor: '10' })).toEqual({
			token: '13',
		});
	});

	it('an explicit `nextCursor: null` ends the list; records without numeric ids give no cursor', () => {
		expect(nextFreightCursor({ orders: page, nextCursor: null }, {}, page, {})).toBeUndefined();
		expect(nextFreightCursor({ orders: [{ id: 'abc' }] }, {}, [{ id: 'abc' }], {})).toBeUndefined();
	});
});
