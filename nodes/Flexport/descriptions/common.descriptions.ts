/** Parameter shapes shared by many operations: Return All / Limit, Simplify, locators, filters. */
import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import {
	failParameter,
	normalizeDate,
	normalizeDateTime,
	requireNumericId,
	requireOneOf,
	requireTokenId,
} from '../helpers/utils';

export const returnAllAndLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

export const simplify: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		"Whether to return a simplified version of the response: the object's own fields, with linked objects reduced to their IDs, instead of the raw data",
};

export function humanize(value: string): string {
	const text = value
		.replace(/^\//, '')
		.replace(/[_./#]+/g, ' ')
		.trim();
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export function toOptions(values: readonly string[]): INodePropertyOptions[] {
	return values.map((value) => ({ name: humanize(value), value }));
}

export type IdKind = 'numeric' | 'token';

const ID_PATTERNS: Record<IdKind, { capture: string; example: string; error: string }> = {
	numeric: {
		capture: '[1-9][0-9]*',
		example: '12345',
		error: 'Not a valid Flexport ID (digits only)',
	},
	token: {
		capture: '[A-Za-z0-9_-]+',
		example: '8VDcMWAo9-OyjP4DEDZ0qS',
		error: 'Not a valid Flexport ID (letters, digits, - and _)',
	},
};

/**
 * A resource locator for a Flexport object: search a list, paste an ID, or paste a link from
 * Flexport's web app or API (`…/shipments/12345`).
 */
export function resourceLocator(options: {
	name: string;
	displayName: string;
	searchMethod: string;
	urlSegment: string;
	required?: boolean;
	/** Network objects (companies, contacts, locations) and v3 documents have string IDs. */
	idKind?: IdKind;
}): INodeProperties {
	const segment = options.urlSegment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const idKind = options.idKind ?? 'numeric';
	const urlRegex = `https?://[^/]+/(?:[^?#]*/)?${segment}/(${ID_PATTERNS[idKind].capture})`;
	const idRegex = `^${ID_PATTERNS[idKind].capture}$`;
	const idExample = ID_PATTERNS[idKind].example;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${idExample}`,
				validation: [
					{
						type: 'regex',
						properties: { regex: idRegex, errorMessage: ID_PATTERNS[idKind].error },
					},
				],
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: `e.g. https://app.flexport.com/${options.urlSegment}/${idExample}`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: urlRegex,
							errorMessage: `Not a Flexport ${options.urlSegment} link`,
						},
					},
				],
				extractValue: { type: 'regex', regex: urlRegex },
			},
		],
	};
}

/** Reads a resource locator (or a plain value) and checks it is a Flexport ID of the given kind. */
export function getLocatorId(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	displayName: string,
	idKind: IdKind = 'numeric',
): string {
	const value = context.getNodeParameter(name, itemIndex, undefined, {
		extractValue: true,
	}) as unknown;
	const raw = value !== null && typeof value === 'object' ? (value as IDataObject).value : value;
	return idKind === 'numeric'
		? requireNumericId(context, raw, displayName, itemIndex)
		: requireTokenId(context, raw, displayName, itemIndex);
}

// ---------------------------------------------------------------------------------------------
// List filters: one table per list operation builds both the "Filters" collection and the query.

export type FilterKind =
	| 'string'
	| 'id'
	| 'dateTime'
	| 'date'
	| 'options'
	| 'multiOptions'
	| 'boolean';

export interface FilterSpec {
	/** Parameter name inside the Filters collection. */
	name: string;
	displayName: string;
	/** Query key Flexport expects, e.g. `f.shipment.id`. */
	query: string;
	kind: FilterKind;
	options?: readonly string[];
	description?: string;
}

export function filtersCollection(specs: FilterSpec[], metadata = false): INodeProperties {
	const options: INodeProperties[] = specs.map((spec) => {
		const base = {
			displayName: spec.displayName,
			name: spec.name,
			description: spec.description ?? `Sent as ${spec.query}`,
		};
		switch (spec.kind) {
			case 'boolean':
				return { ...base, type: 'boolean', default: true } as INodeProperties;
			case 'dateTime':
			case 'date':
				return { ...base, type: 'dateTime', default: '' } as INodeProperties;
			case 'options':
				return {
					...base,
					type: 'options',
					options: toOptions(spec.options ?? []),
					default: spec.options?.[0] ?? '',
				} as INodeProperties;
			case 'multiOptions':
				return {
					...base,
					type: 'multiOptions',
					options: toOptions(spec.options ?? []),
					default: [],
				} as INodeProperties;
			case 'id':
				return {
					...base,
					type: 'string',
					default: '',
					placeholder: 'e.g. 12345',
				} as INodeProperties;
			default:
				return { ...base, type: 'string', default: '' } as INodeProperties;
		}
	});
	if (metadata) {
		options.push({
			displayName: 'Metadata',
			name: 'metadata',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			description: 'Match objects whose metadata (tags) key has the value; sent as f.metadata.KEY',
			options: [
				{
					displayName: 'Tag',
					name: 'tag',
					values: [
						{ displayName: 'Key', name: 'key', type: 'string', default: '' },
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		});
	}
	options.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** Turns the Filters collection into Flexport's `f.*` query, validating each value. */
export function filtersToQuery(
	context: IExecuteFunctions,
	specs: FilterSpec[],
	itemIndex: number,
): IDataObject {
	const values = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const query: IDataObject = {};
	const known = new Map(specs.map((spec) => [spec.name, spec]));
	for (const [name, value] of Object.entries(values)) {
		if (name === 'metadata') {
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
			continue;
		}
		const spec = known.get(name);
		if (!spec) failParameter(context, itemIndex, `Filters: unknown filter "${name}"`);
		const field = `Filters → ${spec.displayName}`;
		if (value === '' || value === undefined || value === null) continue;
		switch (spec.kind) {
			case 'id':
				query[spec.query] = requireNumericId(context, value, field, itemIndex);
				break;
			case 'dateTime':
				query[spec.query] = normalizeDateTime(context, value, field, itemIndex);
				break;
			case 'date':
				query[spec.query] = normalizeDate(context, value, field, itemIndex);
				break;
			case 'options':
				query[spec.query] = requireOneOf(context, value, spec.options ?? [], field, itemIndex);
				break;
			case 'multiOptions': {
				const list = Array.isArray(value) ? value : [value];
				if (list.length === 0) break;
				query[spec.query] = list
					.map((entry) => requireOneOf(context, entry, spec.options ?? [], field, itemIndex))
					.join(',');
				break;
			}
			case 'boolean':
				if (typeof value !== 'boolean')
					failParameter(context, itemIndex, `"${field}" must be true or false`);
				query[spec.query] = value;
				break;
			default: {
				if (typeof value !== 'string' && typeof value !== 'number')
					failParameter(context, itemIndex, `"${field}" must be text`);
				const text = String(value);
				if (text.length > 1000)
					failParameter(context, itemIndex, `"${field}" is longer than 1000 characters`);
				query[spec.query] = text;
			}
		}
	}
	return query;
}

/** Sort and direction, for lists that support them. */
export function sortOptions(sortValues: readonly string[]): INodeProperties {
	const firstSortValue = sortValues[0];
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		options: [
			{
				displayName: 'Sort By',
				name: 'sort',
				type: 'options',
				options: toOptions(sortValues),
				default: firstSortValue,
			},
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
				default: 'asc',
			},
		],
	};
}

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
