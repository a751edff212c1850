'use strict';

// The Logistics API's three pagination styles (spec/flexport-logistics-api.md "Pagination"):
// limit/offset (bare arrays; an empty page is the end), `page_info` cursors (events, returns)
// and freight `cursor`/`direction`. Where the next cursor travels is not documented, so the
// `pageInfoIn` and `freightCursorIn` settings choose: a Link header, a body field, or (freight)
// nothing, leaving the client to send the last item's id.

const { badRequest } = require('./problem');

function pickLimit(query, { defaultLimit, maxLimit }, settings) {
	const limit = query.limit;
	if (limit === undefined) return defaultLimit;
	if (!Number.isInteger(limit) || limit < 1)
		throw badRequest(`query parameter limit: must be a whole number >= 1; got ${limit}`);
	if (maxLimit && limit > maxLimit) {
		if (settings.limitOverMax === 'reject')
			throw badRequest(`query parameter limit: must be <= ${maxLimit}; got ${limit}`);
		return maxLimit;
	}
	return limit;
}

/** limit/offset: a plain slice. */
function offsetPage(items, query, settings) {
	const limit = pickLimit(query, { defaultLimit: 20, maxLimit: 100 }, settings);
	const offset = query.offset === undefined ? 0 : query.offset;
	if (!Number.isInteger(offset) || offset < 0)
		throw badRequest(`query parameter offset: must be a whole number >= 0; got ${offset}`);
	return items.slice(offset, offset + limit);
}

const encodeCursor = (state) => Buffer.from(JSON.stringify(state)).toString('base64url');

function decodeCursor(text) {
	try {
		const state = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
		if (state && Number.isInteger(state.o) && state.o >= 0 && typeof state.f === 'object')
			return state;
	} catch {
		// fall through
	}
	throw badRequest(`query parameter page_info: ${JSON.stringify(text)} is not a valid cursor`);
}

/**
 * Reads a page_info request. A cursor carries the first request's filters (as Shopify's does);
 * filters sent again with it must be the same. Returns { offset, filters }.
 */
function readPageInfo(query, filterNames) {
	const given = {};
	for (const name of filterNames) if (query[name] !== undefined) given[name] = query[name];
	if (query.page_info === undefined) return { offset: 0, filters: given };
	const state = decodeCursor(query.page_info);
	for (const [name, value] of Object.entries(given)) {
		if (JSON.stringify(value) !== JSON.stringify(state.f[name]))
			throw badRequest(
				`query parameter ${name}: differs from the filters of this page_info cursor; ` +
					'send only limit with page_info, or the same filters',
			);
	}
	return { offset: state.o, filters: state.f };
}

function linkHeader(links) {
	return links.map(({ url, rel }) => `<${url}>; rel="${rel}"`).join(', ');
}

/**
 * page_info page of `items` (already filtered). `url` is the request URL; `limits` the
 * operation's { defaultLimit, maxLimit }. Returns { body, headers }.
 */
function pageInfoPage(items, { query, offset, filters, url, limits, settings }) {
	const limit = pickLimit(query, limits, settings);
	const page = items.slice(offset, offset + limit);
	const next =
		offset + limit < items.length ? encodeCursor({ o: offset + limit, f: filters }) : null;
	const previous = offset > 0 ? encodeCursor({ o: Math.max(0, offset - limit), f: filters }) : null;
	if (settings.pageInfoIn === 'body')
		return { body: { data: page, [settings.pageInfoBodyField]: next }, headers: {} };
	const links = [];
	const target = (cursor, rel) => {
		const link = new URL(url.pathname, url.origin);
		link.searchParams.set('limit', String(limit));
		link.searchParams.set('page_info', cursor);
		links.push({ url: link.toString(), rel });
	};
	if (previous) target(previous, 'previous');
	if (next) target(next, 'next');
	return { body: page, headers: links.length ? { Link: linkHeader(links) } : {} };
}

/**
 * A whole page_info list: reads the cursor (or the filters), keeps the items `matches(item,
 * filters)` accepts, lets `sort` order them in place, and answers one page ({ body, headers }).
 */
function pageInfoList(items, { filterNames, matches, sort, query, url, settings, limits }) {
	const { offset, filters } = readPageInfo(query, filterNames);
	const matching = items.filter((item) => matches(item, filters));
	if (sort) sort(matching);
	return pageInfoPage(matching, { query, offset, filters, url, settings, limits });
}

/** Freight cursor/direction over `items` sorted by numeric id; `key` names the wrapper field. */
function freightPage(items, { query, url, settings, key }) {
	const limit = pickLimit(query, { defaultLimit: 20, maxLimit: 100 }, settings);
	const direction = query.direction || 'forward';
	const cursor = query.cursor;
	let page;
	let more;
	if (direction === 'forward') {
		const after = cursor === undefined ? items : items.filter((item) => item.id > cursor);
		page = after.slice(0, limit);
		more = after.length > limit;
	} else {
		const before = cursor === undefined ? items : items.filter((item) => item.id < cursor);
		page = before.slice(Math.max(0, before.length - limit));
		more = before.length > limit;
	}
	let nextCursor = null;
	if (more && page.length)
		nextCursor = direction === 'forward' ? page[page.length - 1].id : page[0].id;
	const body = { [key]: page };
	const headers = {};
	if (settings.freightCursorIn === 'body') body[settings.freightCursorBodyField] = nextCursor;
	if (settings.freightCursorIn === 'link' && nextCursor !== null) {
		const link = new URL(url.pathname, url.origin);
		link.searchParams.set('limit', String(limit));
		link.searchParams.set('cursor', String(nextCursor));
		link.searchParams.set('direction', direction);
		headers.Link = linkHeader([{ url: link.toString(), rel: 'next' }]);
	}
	return { body, headers };
}

module.exports = { offsetPage, readPageInfo, pageInfoPage, pageInfoList, freightPage, pickLimit };
