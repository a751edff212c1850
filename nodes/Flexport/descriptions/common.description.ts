/** Parameter shapes many operations share: Return All / Limit, Simplify, Metadata, option lists. */
import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

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
		"Whether to return the object's own fields instead of the raw data: a link to one object (/api/refs/object) becomes FIELD_id, a list of such links FIELD_ids, and links to lists (/api/refs/collection) are left out. All other fields, embedded objects and empty lists included, keep their names.",
};

/** A Flexport metadata (tags) parameter: `{"key": ["value", …]}`. */
export function metadataField(
	options: {
		name?: string;
		displayName?: string;
		/** Start of the description, before ` as {"key": …}`. */
		lead?: string;
		/** Sentence after the format. */
		note?: string;
		example?: { key: string; value: string };
		required?: boolean;
	} = {},
): INodeProperties {
	const { key, value } = options.example ?? { key: 'purchase_order', value: '12345' };
	return {
		displayName: options.displayName ?? 'Metadata (JSON)',
		name: options.name ?? 'metadata',
		type: 'json',
		default: `{\n  "${key}": ["${value}"]\n}`,
		...(options.required ? { required: true } : {}),
		description: `${options.lead ?? 'Tags'} as {"key": ["value", …]}${options.note ? `. ${options.note}` : ''}`,
	};
}

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

/** The required Name of a Create. */
export function nameField(placeholder: string, description: string): INodeProperties {
	return {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		placeholder,
		description,
	};
}

/** The optional fields of a Create ("Additional Fields") or an Update ("Update Fields"). */
export function fieldsCollection(
	displayName: 'Additional Fields' | 'Update Fields',
	options: INodeProperties[],
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name: displayName === 'Additional Fields' ? 'additionalFields' : 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		...extra,
		options,
	};
}

/** How errors name the fields of a collection: `Additional Fields → Weight Unit`. */
export function collectionLabels(
	collection: string,
	options: INodeProperties[],
): (name: string) => string {
	const labels = new Map(options.map((option) => [option.name, option.displayName]));
	return (name) => `${collection} → ${labels.get(name) ?? name}`;
}

/** Collection options in the alphabetical order n8n's linter expects. */
export function sortByDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Merges display options into every property (n8n-nodes-base keeps the same helper). */
export function updateDisplayOptions(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...displayOptions.show, ...property.displayOptions?.show },
			...(displayOptions.hide || property.displayOptions?.hide
				? { hide: { ...displayOptions.hide, ...property.displayOptions?.hide } }
				: {}),
		},
	}));
}
