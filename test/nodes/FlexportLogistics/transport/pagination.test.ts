/**
 * The three paging styles end to end (a test-only node calls the transport's list in n8n-core):
 * limit/offset, `page_info` cursors and freight `cursor`/`direction`, with the next cursor in each
 * place the simulator can put it (the spec does not say where it is).
 */
import type { IDataObject } from 'n8n-workflow';

import { LIST_PROBE_TYPE, useLogisticsSimulator } from '../../../harness/logisticsFixture';

describe('paging styles (n8n-core against the Logistics simulator)', () => {
	const env = useLogisticsSimulator();
	const list = async ({ qs, ...parameters }: IDataObject) =>
		await env.run({
			parameters: { ...parameters, qs: JSON.stringify(qs ?? {}) },
			nodeType: LIST_PROBE_TYPE,
		});
	const ids = (items: Array<{ json: IDataObject }>, field = 'id') =>
		items.map((item) => item.json[field]);

	it('offset: limit/offset pages until an empty page, offset advanced by what came back', async () => {
		const { items, requests, error } = await list({
			path: '/products',
			style: 'offset',
			maxPageSize: 7,
		});
		expect(error).toBeUndefined();
		const count = Number(env.logistics.fixtures.productCount);
		expect(items.length).toBeGreaterThanOrEqual(count);
		expect(new Set(ids(items, 'logisticsSku')).size).toBe(items.length);
		// Pages of 7 while they are full, then the short page, then the empty page that ends it.
		const full = Math.floor(items.length / 7);
		const expected = Array.from({ length: full + 1 }, (_, page) => String(page * 7));
		if (items.length % 7 !== 0) expected.push(String(items.length));
		expect(requests.map((request) => request.query.offset)).toEqual(expected);
	});

	it('offset: a server that caps the page below the asked limit still yields every record', async () => {
		const { items, requests } = await list({
			path: '/products',
			style: 'offset',
			maxPageSize: 100,
			qs: {},
		});
		env.logistics.setSettings({ limitOverMax: 'cap' });
		const capped = await list({ path: '/products', style: 'offset', maxPageSize: 250 });
		expect(capped.requests[0].query.limit).toBe('250');
		expect(ids(capped.items, 'logisticsSku')).toEqual(ids(items, 'logisticsSku'));
		expect(requests.length).toBeGreaterThanOrEqual(2);
	});

	it('page_info in a Link header: the next link is followed as given', async () => {
		env.logistics.setSettings({ pageInfoIn: 'link' });
		const { items, requests, error } = await list({
			path: '/events',
			style: 'pageInfo',
			maxPageSize: 10,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(Number(env.logistics.fixtures.eventCount));
		expect(new Set(ids(items)).size).toBe(items.length);
		expect(requests[0].query).toEqual({ limit: '10' });
		expect(requests[1].query.page_info).toBeTruthy();
		expect(
			requests.every((request) => request.status === 200 && request.validationErrors.length === 0),
		).toBe(true);
	});

	it.each(['next_page_info', 'nextPageInfo', 'page_info', 'nextCursor', 'next'])(
		'page_info in the body field %s, with the records under data',
		async (field) => {
			env.logistics.setSettings({ pageInfoIn: 'body', pageInfoBodyField: field });
			const { items, requests, error } = await list({
				path: '/returns',
				style: 'pageInfo',
				maxPageSize: 4,
				qs: { status: ['CREATED', 'SHIPPED', 'RECEIVED_FOR_PROCESSING', 'PROCESSED', 'CANCELLED'] },
			});
			expect(error).toBeUndefined();
			expect(requests.length).toBeGreaterThan(1);
			expect(requests[1].query.page_info).toBeTruthy();
			expect(items).toHaveLength(Number(env.logistics.fixtures.returnCount));
			expect(new Set(ids(items)).size).toBe(items.length);
			expect(requests.every((request) => request.status === 200)).toBe(true);
		},
	);

	it('page_info: Limit stops early', async () => {
		const { items, requests } = await list({
			path: '/events',
			style: 'pageInfo',
			maxPageSize: 100,
			limit: 3,
		});
		expect(items).toHaveLength(3);
		expect(requests).toHaveLength(1);
		expect(requests[0].query.limit).toBe('3');
	});

	it.each([
		['no hint: the last id is the next cursor', { freightCursorIn: 'lastId' }],
		['a body field', { freightCursorIn: 'body', freightCursorBodyField: 'nextCursor' }],
		['another body field', { freightCursorIn: 'body', freightCursorBodyField: 'next_cursor' }],
		['a Link header', { freightCursorIn: 'link' }],
	])('freight cursor/direction, next cursor from %s', async (_name, settings) => {
		env.logistics.setSettings(settings);
		const { items, requests, error } = await list({
			path: '/freight/orders',
			style: 'cursor',
			maxPageSize: 3,
			recordsKey: 'orders',
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(Number(env.logistics.fixtures.freightOrderCount));
		expect(new Set(ids(items)).size).toBe(items.length);
		expect(requests[0].query).toEqual({ limit: '3', direction: 'forward' });
		expect(requests[1].query.cursor).toBe(String(items[2].json.id));
	});

	it('freight cursor reading backward takes the first id of each page', async () => {
		const { items, requests } = await list({
			path: '/freight/orders',
			style: 'cursor',
			maxPageSize: 2,
			recordsKey: 'orders',
			qs: { direction: 'backward' },
		});
		expect(items).toHaveLength(Number(env.logistics.fixtures.freightOrderCount));
		expect(requests[1].query).toMatchObject({
			direction: 'backward',
			cursor: String(items[0].json.id),
		});
	});
});
