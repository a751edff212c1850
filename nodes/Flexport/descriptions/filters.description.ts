/** List filters and sort: one table per list operation builds the "Filters" collection (and the query, in helpers/query.ts). */
import type { INodeProperties } from 'n8n-workflow';

import { toOptions } from './common.description';

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
	/** Set for filters only API version 3 knows: using one makes the list request send version 3. */
	apiVersion?: '3';
	/** Query key under API version 3 where it differs (v2 `f.role`, v3 `f.roles`). */
	v3Query?: string;
}

/** The Shipment ID filter of the lists whose records belong to a shipment. */
export const SHIPMENT_ID_FILTER: FilterSpec = {
	name: 'shipmentId',
	displayName: 'Shipment ID',
	query: 'f.shipment.id',
	kind: 'id',
};

/** The Status filter of a list, one of that object's `statuses`. */
export function statusFilter(statuses: readonly string[]): FilterSpec {
	return {
		name: 'status',
		displayName: 'Status',
		query: 'f.status',
		kind: 'options',
		options: statuses,
	};
}

const RANGE = {
	gt: { name: 'After', label: 'After', inclusive: false },
	gte: { name: 'OrAfter', label: 'or After', inclusive: true },
	lt: { name: 'Before', label: 'Before', inclusive: false },
	lte: { name: 'OrBefore', label: 'or Before', inclusive: true },
} as const;

/**
 * Range filters on one date field (`f.created_at.gt` …): names such as `createdAfter` and
 * `createdAtOrAfter` (`On` for day fields: `cargoReadyOnOrAfter`), labels to match.
 */
export function dateRangeFilters(
	field: { name: string; label: string; query: string; kind?: 'date' | 'dateTime'; on?: boolean },
	operators: ReadonlyArray<keyof typeof RANGE> = ['gt', 'gte', 'lt', 'lte'],
): FilterSpec[] {
	const word = field.on ? 'On' : 'At';
	return operators.map((operator) => {
		const range = RANGE[operator];
		return {
			name: `${field.name}${range.inclusive ? word : ''}${range.name}`,
			displayName: `${field.label} ${range.inclusive ? `${word} ` : ''}${range.label}`,
			query: `${field.query}.${operator}`,
			kind: field.kind ?? 'dateTime',
		};
	});
}

export function filtersCollection(specs: FilterSpec[], metadata = false): INodeProperties {
	const options: INodeProperties[] = specs.map((spec) => {
		const base = {
			displayName: spec.displayName,
			name: spec.name,
			description:
				spec.description ??
				`Sent as ${spec.query}${spec.apiVersion ? '; the list is then read with API version 3' : ''}`,
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
