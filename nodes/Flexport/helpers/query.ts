/** Turns a list operation's Filters and Sort parameters into Flexport's query, validating each value. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FilterSpec } from '../descriptions/filters.description';
import {
	failParameter,
	normalizeDate,
	normalizeDateTime,
	requireNumericId,
	requireOneOf,
} from './values';
import { servesVersion } from './version';

const isSet = (value: unknown) =>
	value !== '' && value !== undefined && value !== null && !(Array.isArray(value) && !value.length);

/** The filters the item sets, with their specs. */
function setFilters(context: IExecuteFunctions, specs: FilterSpec[], itemIndex: number) {
	const values = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return specs.filter((spec) => isSet(values[spec.name]));
}

/** '3' when the item sets a filter only API version 3 knows. */
export function filtersVersion(
	context: IExecuteFunctions,
	specs: FilterSpec[],
	itemIndex: number,
): '3' | undefined {
	return setFilters(context, specs, itemIndex).some((spec) => spec.apiVersion) ? '3' : undefined;
}

/** Whether the item sets a filter whose query key depends on the API version. */
export function filtersDependOnVersion(
	context: IExecuteFunctions,
	specs: FilterSpec[],
	itemIndex: number,
): boolean {
	return setFilters(context, specs, itemIndex).some((spec) => spec.v3Query);
}

/**
 * Turns the Filters collection into Flexport's `f.*` query; `version` is the API version the list
 * is read with (v3 names some filters differently).
 */
export function filtersToQuery(
	context: IExecuteFunctions,
	specs: FilterSpec[],
	itemIndex: number,
	version?: string,
): IDataObject {
	const v3 = version !== undefined && servesVersion(version, '3');
	const values = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const query: IDataObject = {};
	const known = new Map(specs.map((spec) => [spec.name, spec]));
	for (const [name, value] of Object.entries(values)) {
		if (name === 'metadata') {
			Object.assign(query, metadataQuery(context, value, itemIndex));
			continue;
		}
		const spec = known.get(name);
		if (!spec) failParameter(context, itemIndex, `Filters: unknown filter "${name}"`);
		if (value === '' || value === undefined || value === null) continue;
		const queryValue = filterValue(context, spec, value, itemIndex);
		if (queryValue !== undefined)
			query[v3 && spec.v3Query ? spec.v3Query : spec.query] = queryValue;
	}
	return query;
}

function metadataQuery(context: IExecuteFunctions, value: unknown, itemIndex: number): IDataObject {
	const query: IDataObject = {};
	const tags = ((value as IDataObject)?.tag as IDataObject[] | undefined) ?? [];
	for (const tag of tags) {
		const key = String(tag.key ?? '').trim();
		if (!/^[A-Za-z0-9_\- ]{1,100}$/.test(key)) {
			failParameter(
				context,
				itemIndex,
				`Filters → Metadata: key ${JSON.stringify(tag.key ?? '')} must be 1–100 letters, digits, spaces, - or _`,
			);
		}
		query[`f.metadata.${key}`] = String(tag.value ?? '');
	}
	return query;
}

function filterValue(
	context: IExecuteFunctions,
	spec: FilterSpec,
	value: unknown,
	itemIndex: number,
): string | boolean | undefined {
	const field = `Filters → ${spec.displayName}`;
	switch (spec.kind) {
		case 'id':
			return requireNumericId(context, value, field, itemIndex);
		case 'dateTime':
			return normalizeDateTime(context, value, field, itemIndex);
		case 'date':
			return normalizeDate(context, value, field, itemIndex);
		case 'options':
			return requireOneOf(context, value, spec.options ?? [], field, itemIndex);
		case 'multiOptions': {
			const list = Array.isArray(value) ? value : [value];
			if (list.length === 0) return undefined;
			return list
				.map((entry) => requireOneOf(context, entry, spec.options ?? [], field, itemIndex))
				.join(',');
		}
		case 'boolean':
			if (typeof value !== 'boolean')
				failParameter(context, itemIndex, `"${field}" must be true or false`);
			return value;
		default: {
			if (typeof value !== 'string' && typeof value !== 'number')
				failParameter(context, itemIndex, `"${field}" must be text`);
			const text = String(value);
			if (text.length > 1000)
				failParameter(context, itemIndex, `"${field}" is longer than 1000 characters`);
			return text;
		}
	}
}

/** Sort and direction of lists that support them. */
export function sortToQuery(
	context: IExecuteFunctions,
	sortValues: readonly string[],
	itemIndex: number,
): IDataObject {
	const values = context.getNodeParameter('sort', itemIndex, {}) as IDataObject;
	const query: IDataObject = {};
	if (values.sort !== undefined)
		query.sort = requireOneOf(context, values.sort, sortValues, 'Sort → Sort By', itemIndex);
	if (values.direction !== undefined)
		query.direction = requireOneOf(
			context,
			values.direction,
			['asc', 'desc'],
			'Sort → Direction',
			itemIndex,
		);
	return query;
}
