/** Parameter shapes many freight operations share: Simplify, Metadata, option lists. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export {
	fieldsCollection,
	returnAllAndLimit,
	sortByDisplayName,
	updateDisplayOptions,
} from '../../shared/descriptions';

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

/** How errors name the fields of a collection: `Additional Fields → Weight Unit`. */
export function collectionLabels(
	collection: string,
	options: INodeProperties[],
): (name: string) => string {
	const labels = new Map(options.map((option) => [option.name, option.displayName]));
	return (name) => `${collection} → ${labels.get(name) ?? name}`;
}
