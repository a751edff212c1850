'use strict';

// The three Logistics pagination styles over real HTTP, in each switchable variant: limit/offset
// (bare arrays), page_info cursors for events and returns (Link header or body field), freight
// cursor/direction (last id, body field or Link header).

const { useLogisticsSimulator, call } = require('./test-client');

let sim;
useLogisticsSimulator((started) => {
	sim = started;
});

function nextLink(headers) {
	const link = headers.get('link') || '';
	const match = /<([^>]+)>; rel="next"/.exec(link);
	return match ? match[1] : null;
}

/** Follows Link rel="next" (bounded); returns every item and the number of pages. */
async function walkLinks(firstPath) {
	const items = [];
	let url = `${sim.logistics.apiUrl()}${firstPath}`;
	let pages = 0;
	while (url && pages < 50) {
		const answer = await call(sim, url.slice(sim.logistics.apiUrl().length));
		expect(answer.status).toBe(200);
		expect(Array.isArray(answer.json)).toBe(true);
		items.push(...answer.json);
		pages += 1;
		url = nextLink(answer.headers);
	}
	return { items, pages };
}

describe('limit/offset (products, inventory)', () => {
	it('pages 30 products by 20 by default, ends with an empty page, caps limit at 100', async () => {
		const first = await call(sim, '/products');
		const second = await call(sim, '/products?offset=20');
		const end = await call(sim, '/products?offset=30');
		expect([first.json.length, second.json.length, end.json]).toEqual([20, 10, []]);
		const skus = [...first.json, ...second.json].map((product) => product.logisticsSku);
		expect(new Set(skus).size).toBe(30);
		expect(first.headers.get('link')).toBeNull();
		expect((await call(sim, '/products/inventory/all?limit=500')).json).toHaveLength(30);
		sim.logistics.setSettings({ limitOverMax: 'reject' });
		const rejected = await call(sim, '/products?limit=500');
		expect(rejected.status).toBe(400);
		expect(rejected.json.detail).toContain('query parameter limit');
		expect((await call(sim, '/products?offset=-1')).status).toBe(400);
	});
});

describe('page_info cursors (events, returns)', () => {
	it('follows Link rel="next" through all 120 events, oldest first, without repeats', async () => {
		const { items, pages } = await walkLinks('/events?limit=25');
		expect(pages).toBe(5);
		expect(new Set(items.map((event) => event.id)).size).toBe(120);
		const times = items.map((event) => Date.parse(event.time));
		expect([...times].sort((a, b) => a - b)).toEqual(times);
		const second = await call(
			sim,
			nextLink((await call(sim, '/events?limit=25')).headers).slice(sim.logistics.apiUrl().length),
		);
		expect(second.headers.get('link')).toContain('rel="previous"');
	});

	it('keeps the first request’s filters in the cursor and rejects other filters with it', async () => {
		const { items } = await walkLinks('/events?limit=7&type=Order.Shipped');
		expect(items.length).toBe(20);
		expect(items.every((event) => event.type === 'Order.Shipped')).toBe(true);
		const first = await call(sim, '/events?limit=7&type=Order.Shipped');
		const cursor = new URL(nextLink(first.headers)).searchParams.get('page_info');
		const same = await call(sim, `/events?limit=7&type=Order.Shipped&page_info=${cursor}`);
		expect(same.status).toBe(200);
		const other = await call(sim, `/events?limit=7&type=Return.Updated&page_info=${cursor}`);
		expect(other.status).toBe(400);
		expect(other.json.detail).toContain('query parameter type');
		const broken = await call(sim, '/events?page_info=not-a-cursor');
		expect(broken.status).toBe(400);
		expect(broken.json.detail).toContain('query parameter page_info');
	});

	it('returns newest first when eventsOrder is desc', async () => {
		sim.logistics.setSettings({ eventsOrder: 'desc' });
		const page = await call(sim, '/events?limit=5');
		const times = page.json.map((event) => Date.parse(event.time));
		expect([...times].sort((a, b) => b - a)).toEqual(times);
	});

	it('puts the next cursor in a body field when pageInfoIn is body (returns)', async () => {
		sim.logistics.setSettings({ pageInfoIn: 'body' });
		const ids = [];
		let cursor;
		let pages = 0;
		do {
			const suffix = cursor ? `&page_info=${cursor}` : '';
			const answer = await call(sim, `/returns?limit=10${suffix}`);
			expect(answer.headers.get('link')).toBeNull();
			expect(Object.keys(answer.json).sort()).toEqual(['data', 'next_page_info']);
			ids.push(...answer.json.data.map((record) => record.id));
			cursor = answer.json.next_page_info;
			pages += 1;
		} while (cursor && pages < 10);
		expect(pages).toBe(3);
		expect(new Set(ids).size).toBe(sim.logistics.fixtures.returnCount);
		sim.logistics.setSettings({ pageInfoBodyField: 'nextPageInfo' });
		expect((await call(sim, '/returns?limit=10')).json.nextPageInfo).toEqual(expect.any(String));
	});

	it('filters returns by status[] (repeated) and tracking code', async () => {
		const { items } = await walkLinks('/returns?status=CREATED&status=CANCELLED&limit=3');
		expect(items.length).toBe(10);
		expect(new Set(items.map((record) => record.status))).toEqual(
			new Set(['CREATED', 'CANCELLED']),
		);
		const code = items[0].shippingLabel.trackingCode;
		const byCode = await call(sim, `/returns?trackingCode=${code}`);
		expect(byCode.json.map((record) => record.id)).toEqual([items[0].id]);
	});
});

describe('freight cursor/direction (orders, quotes)', () => {
	it('pages by the last id when nothing says where the cursor is (lastId)', async () => {
		const ids = [];
		let cursor;
		for (let page = 0; page < 10; page += 1) {
			const suffix = cursor === undefined ? '' : `&cursor=${cursor}`;
			const answer = await call(sim, `/freight/quotes?limit=3${suffix}`);
			expect(Object.keys(answer.json)).toEqual(['quotes']);
			expect(answer.headers.get('link')).toBeNull();
			if (!answer.json.quotes.length) break;
			ids.push(...answer.json.quotes.map((quote) => quote.id));
			cursor = ids[ids.length - 1];
		}
		expect(ids).toHaveLength(sim.logistics.fixtures.freightQuoteCount);
		expect([...ids].sort()).toEqual(ids);
		const back = await call(sim, `/freight/quotes?limit=2&cursor=${ids[4]}&direction=backward`);
		expect(back.json.quotes.map((quote) => quote.id)).toEqual([ids[2], ids[3]]);
	});

	it('puts nextCursor in the wrapper when freightCursorIn is body, null at the end', async () => {
		sim.logistics.setSettings({ freightCursorIn: 'body' });
		const first = await call(sim, '/freight/orders?limit=3');
		expect(first.json.nextCursor).toBe(first.json.orders[2].id);
		const last = await call(sim, `/freight/orders?limit=3&cursor=${first.json.nextCursor}`);
		expect(last.json.orders).toHaveLength(2);
		expect(last.json.nextCursor).toBeNull();
	});

	it('sends a Link header with cursor and direction when freightCursorIn is link', async () => {
		sim.logistics.setSettings({ freightCursorIn: 'link' });
		const first = await call(sim, '/freight/orders?limit=2&direction=forward');
		const next = new URL(nextLink(first.headers));
		expect(next.searchParams.get('cursor')).toBe(String(first.json.orders[1].id));
		expect(next.searchParams.get('direction')).toBe('forward');
		expect(next.pathname).toBe('/logistics/api/2024-07/freight/orders');
		const { items } = await walkLinksFreight('/freight/orders?limit=2');
		expect(items).toHaveLength(sim.logistics.fixtures.freightOrderCount);
	});
});

async function walkLinksFreight(firstPath) {
	const items = [];
	let path = firstPath;
	for (let page = 0; path && page < 20; page += 1) {
		const answer = await call(sim, path);
		items.push(...answer.json.orders);
		const next = nextLink(answer.headers);
		path = next ? next.slice(sim.logistics.apiUrl().length) : null;
	}
	return { items };
}
