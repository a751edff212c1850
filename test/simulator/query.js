'use strict';

// Filtering (`f.*`), sorting and page/per pagination for list endpoints, with
// absolute prev/next links that keep the caller's other query parameters
// (docs/reference/flexport-api.md §6).

const DEFAULT_PER = 20;
const MAX_PER = 100;
const RANGE_OPERATORS = {
	gt: (a, b) => a > b,
	gte: (a, b) => a >= b,
	lt: (a, b) => a < b,
	lte: (a, b) => a <= b,
};
const NUMBER_RE = /^-?\d+(\.\d+)?$/;

/** Values at `path` in `item`, flattening arrays on the way (items[].product.sku). */
function valuesAt(item, path) {
	let current = [item];
	for (const key of path) {
		const next = [];
		for (const value of current) {
			if (value == null) continue;
			const child = value[key];
			if (Array.isArray(child)) next.push(...child);
			else if (child !== undefined) next.push(child);
		}
		current = next;
	}
	return current;
}

function looselyEqual(actual, expected) {
	if (actual == null) return false;
	if (typeof actual === 'object') return false;
	return String(actual) === expected;
}

function compareForRange(actual, expected, operator) {
	if (actual == null) return false;
	if (typeof actual === 'number' && NUMBER_RE.test(expected))
		return RANGE_OPERATORS[operator](actual, Number(expected));
	const left = Date.parse(actual);
	const right = Date.parse(expected);
	if (Number.isNaN(left) || Number.isNaN(right)) return false;
	return RANGE_OPERATORS[operator](left, right);
}

/** Generic filter for `f.a.b[.op]=value` on the field path a.b. */
function genericFilter(name, value) {
	const path = name.slice(2).split('.');
	const last = path[path.length - 1];
	let operator = null;
	if (RANGE_OPERATORS[last] || last === 'exists' || last === 'any') {
		operator = last;
		path.pop();
	}
	return (item) => {
		// A declared filter on a field this resource does not carry is accepted
		// without filtering, rather than hiding everything.
		if (!(path[0] in item)) return true;
		const values = valuesAt(item, path);
		if (operator === 'exists')
			return (value === 'true') === values.some((candidate) => candidate != null);
		if (operator === 'any') {
			const wanted = value.split(',').map((part) => part.trim());
			return values.some((candidate) => wanted.includes(String(candidate)));
		}
		if (operator) return values.some((candidate) => compareForRange(candidate, value, operator));
		return values.some((candidate) => looselyEqual(candidate, value));
	};
}

/**
 * Builds the predicates for the request's `f.*` parameters. `customFilters`
 * maps a filter name (or a prefix ending in '.', e.g. 'f.metadata.') to
 * (item, value, name) => boolean, to a field-path alias string, or to
 * 'ignore' (accepted without filtering). Other names filter generically on
 * the field path they spell.
 */
function buildPredicates(searchParams, customFilters = {}) {
	const predicates = [];
	for (const [name, value] of searchParams) {
		if (!name.startsWith('f.')) continue;
		const exact = customFilters[name];
		const prefixKey = exact
			? null
			: Object.keys(customFilters).find((key) => key.endsWith('.') && name.startsWith(key));
		const custom = exact || (prefixKey && customFilters[prefixKey]);
		if (custom === 'ignore') continue;
		if (typeof custom === 'string') {
			// Alias: 'f.uploaded_at.' -> 'file_metadata.uploaded_at.' keeps the suffix.
			const rest = prefixKey ? name.slice(prefixKey.length) : '';
			predicates.push(genericFilter(`f.${custom}${rest}`, value));
		} else {
			predicates.push(custom ? (item) => custom(item, value, name) : genericFilter(name, value));
		}
	}
	return predicates;
}

function compareValues(a, b) {
	if (a == null && b == null) return 0;
	if (a == null) return 1;
	if (b == null) return -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b));
}

/** Sorts a copy of `items` by `field` (dot path) and direction. */
function sortItems(items, field, direction) {
	const path = field.split('.');
	const sign = direction === 'asc' ? 1 : -1;
	return [...items].sort((x, y) => {
		const primary = compareValues(valuesAt(x, path)[0], valuesAt(y, path)[0]);
		if (primary !== 0) return sign * primary;
		return sign * compareValues(x.id, y.id);
	});
}

function pagination(searchParams) {
	const page = Number(searchParams.get('page') || 1);
	const per = Math.min(Number(searchParams.get('per') || DEFAULT_PER), MAX_PER);
	return { page, per, offset: (page - 1) * per };
}

/** Absolute URL for another page of the same list; page and per come first. */
function pageUrl(baseUrl, pathname, searchParams, page, per) {
	const params = new URLSearchParams();
	params.set('page', String(page));
	params.set('per', String(per));
	for (const [name, value] of searchParams) {
		if (name !== 'page' && name !== 'per') params.append(name, value);
	}
	return `${baseUrl}${pathname}?${params.toString()}`;
}

function pageLinks({ baseUrl, pathname, searchParams, page, per, totalCount }) {
	const lastPage = Math.max(1, Math.ceil(totalCount / per));
	return {
		prev:
			page > 1 ? pageUrl(baseUrl, pathname, searchParams, Math.min(page - 1, lastPage), per) : null,
		next: page * per < totalCount ? pageUrl(baseUrl, pathname, searchParams, page + 1, per) : null,
	};
}

module.exports = {
	buildPredicates,
	sortItems,
	pagination,
	pageLinks,
	valuesAt,
	DEFAULT_PER,
	MAX_PER,
};
