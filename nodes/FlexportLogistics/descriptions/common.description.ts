/** Shared Logistics parameters: Simplify, the write Options, required text, JSON-or-rows inputs. */
import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection as optionsProperty } from '../../shared/descriptions';

export { fieldsCollection, returnAllAndLimit } from '../../shared/descriptions';

export const simplify: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description:
		'Whether to return a flat summary of the record (status, dates, tracking) instead of the full response',
};

/** A required text parameter. */
export const requiredText = (
	displayName: string,
	name: string,
	placeholder: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	required: true,
	placeholder,
	description,
});

export const idempotencyKeyOption: INodeProperties = {
	displayName: 'Idempotency Key',
	name: 'idempotencyKey',
	type: 'string',
	default: '',
	placeholder: 'e.g. {{ $json.orderNumber }}',
	description:
		'Sent as the idempotency-key header: Flexport answers a repeat of the same key with the stored result instead of writing again. Leave empty to derive it from the execution, node and item, which covers retries and re-runs of the same execution; set your own to make a write unique across executions.',
};

/** The "Options" collection: the idempotency key for writes, plus operation-specific options. */
export function optionsCollection(
	options: INodeProperties[],
	{ write }: { write: boolean },
): INodeProperties {
	const all = write ? [idempotencyKeyOption, ...options] : options;
	return optionsProperty([...all].sort((a, b) => a.displayName.localeCompare(b.displayName)));
}

/** The "Filters" collection of a list operation. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** How a list of rows (line items, bundle contents) is entered: as fields, or as one JSON array. */
export function rowsInput(options: {
	name: string;
	displayName: string;
	rowName: string;
	rowDisplayName: string;
	values: INodeProperties[];
	example: string;
	description: string;
}): INodeProperties[] {
	const mode = `${options.name}Input`;
	return [
		{
			displayName: `${options.displayName} Input`,
			name: mode,
			type: 'options',
			options: [
				{ name: 'Fields', value: 'fields', description: 'Enter each row below' },
				{
					name: 'JSON',
					value: 'json',
					description: 'One JSON array, for example mapped from a shop order',
				},
			],
			default: 'fields',
		},
		{
			displayName: options.displayName,
			name: options.name,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: `Add ${options.rowDisplayName}`,
			default: {},
			required: true,
			description: options.description,
			displayOptions: { show: { [mode]: ['fields'] } },
			options: [
				{ displayName: options.rowDisplayName, name: options.rowName, values: [...options.values] },
			],
		},
		{
			displayName: `${options.displayName} (JSON)`,
			name: `${options.name}Json`,
			type: 'json',
			default: String(options.example),
			required: true,
			description: options.description,
			displayOptions: { show: { [mode]: ['json'] } },
		},
	];
}

/** The Logistics SKU and Quantity values of one row (line item, bundle product). */
export function skuQuantityValues(skuName: string): INodeProperties[] {
	return [
		{
			displayName: 'Logistics SKU',
			name: skuName,
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. DAB12CD34EF',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
		},
	];
}
