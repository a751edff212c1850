/**
 * Where the next page comes from. The spec models no field or header for the next `page_info`
 * (events, returns) or freight `cursor` (uncertain point 5), so every plausible place is read, in
 * this order: a `Link: <…>; rel="next"` header, a next-page header, a field of a wrapped body, and
 * for freight cursors the last record's id. Pure functions: no n8n, no HTTP.
 */
import type { IDataObject } from 'n8n-workflow';

/** The next request: a link to follow as it is, or a token for the style's query parameter. */
export interface NextPage {
	url?: string;
	token?: string;
}

/** URLs of a Link header by relation, e.g. `{ next: 'https://…?page_info=abc' }`. */
export function parseLinkHeader(header: string | undefined): Record<string, string> {
	const links: Record<string, string> = {};
	if (!header) return links;
	for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^,;]+)*)/g)) {
		const rel = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(match[2])?.[1];
		for (const name of rel?.toLowerCase().split(/\s+/) ?? []) links[name] ??= match[1];
	}
	return links;
}

const NEXT_HEADERS = [
	'x-next-page-info',
	'next-page-info',
	'x-next-cursor',
	'next-cursor',
	'x-next-page-token',
	'x-page-info',
];

const NEXT_FIELDS = [
	'nextPageInfo',
	'next_page_info',
	'page_info',
	'nextCursor',
	'next_cursor',
	'nextPageToken',
	'next_page_token',
	'next',
];

const PAGING_OBJECTS = ['pageInfo', 'page_info', 'pagination', 'paging', 'meta', 'links', '_links'];

const RECORD_FIELDS = ['data', 'items', 'results', 'records'];

function asObject(value: unknown): IDataObject | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: undefined;
}

function tokenOf(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	const href = asObject(value)?.href;
	return typeof href === 'string' && href.trim() !== '' ? href.trim() : undefined;
}

/** A value that is a URL or a path with a query is followed; anything else is a token. */
function asNext(value: string): NextPage {
	return /^https?:\/\//i.test(value) || value.startsWith('/') ? { url: value } : { token: value };
}

function fromFields(object: IDataObject): NextPage | undefined {
	for (const field of NEXT_FIELDS) {
		const token = tokenOf(object[field]);
		if (token) return asNext(token);
	}
	// GraphQL-style page info: `{ endCursor, hasNextPage }`.
	const end = tokenOf(object.endCursor);
	if (end && object.hasNextPage !== false) return asNext(end);
	return undefined;
}

/** The records of a page: a bare array, or the array under `recordsKey` or a usual name. */
export function readRecords(body: unknown, recordsKey?: string): IDataObject[] {
	if (Array.isArray(body)) return body.filter((entry) => asObject(entry)) as IDataObject[];
	const object = asObject(body);
	if (!object) return [];
	for (const key of [recordsKey, ...RECORD_FIELDS]) {
		if (key && Array.isArray(object[key])) return readRecords(object[key]);
	}
	return [];
}

/** The next page named by the headers or the body, if any. */
export function nextFromResponse(
	body: unknown,
	headers: Record<string, string>,
): NextPage | undefined {
	const link = parseLinkHeader(headers.link).next;
	if (link) return { url: link };
	for (const name of NEXT_HEADERS) {
		const token = tokenOf(headers[name]);
		if (token) return asNext(token);
	}
	const object = asObject(body);
	if (!object) return undefined;
	for (const name of PAGING_OBJECTS) {
		const nested = object[name];
		const paging = asObject(nested);
		const found = paging ? fromFields(paging) : undefined;
		if (found) return found;
		// `pageInfo: "abc"` — the token itself.
		if (name.startsWith('page') && typeof nested === 'string' && nested.trim() !== '')
			return asNext(nested.trim());
	}
	return fromFields(object);
}

/** Whether the body names its next cursor at all (`nextCursor: null` says the list has ended). */
function namesNextField(body: unknown): boolean {
	const object = asObject(body);
	return object !== undefined && NEXT_FIELDS.some((field) => field in object);
}

/**
 * Freight lists: a cursor the API named; else, unless the body said there is none, the numeric id
 * of the page's last record (its first when reading backward).
 */
export function nextFreightCursor(
	body: unknown,
	headers: Record<string, string>,
	records: IDataObject[],
	sent: { cursor?: string; direction?: string },
): NextPage | undefined {
	const named = nextFromResponse(body, headers);
	if (named) return named;
	if (namesNextField(body)) return undefined;
	const cursor = tokenOf(asObject(body)?.cursor);
	if (cursor && cursor !== sent.cursor) return asNext(cursor);
	const edge = sent.direction === 'backward' ? records[0] : records[records.length - 1];
	const id = edge?.id;
	return typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id))
		? { token: String(id) }
		: undefined;
}
