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
