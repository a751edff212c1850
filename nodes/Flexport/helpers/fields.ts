/**
 * Readers for operation parameters and collection values, shared by every resource: required and
 * optional text, booleans and numbers, lists, key/value pairs, and the helpers that assemble a body.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	failParameter,
	parseJsonParameter,
	requireNumber,
	requireString,
	requireTokenId,
} from './utils';

const shown = (value: unknown, length = 60) => JSON.stringify(value ?? '').slice(0, length);

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** A required text parameter, trimmed. */
export function textParameter(
	context: IExecuteFunctions,
	name: string,
	field: string,
	itemIndex: number,
	maxLength = 1000,
): string {
	return requireString(
		context,
		context.getNodeParameter(name, itemIndex, ''),
		field,
		itemIndex,
		maxLength,
	).trim();
}

/** A boolean that must really be one (expressions can yield anything). */
export function requireBoolean(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): boolean {
	if (typeof value !== 'boolean')
		failParameter(context, itemIndex, `"${field}" must be true or false, but got ${shown(value)}`);
	return value;
}

/** An optional text value: trimmed, or undefined when empty. */
export function optionalText(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	maxLength = 1000,
): string | undefined {
	if (isEmpty(value)) return undefined;
	if (typeof value !== 'string' && typeof value !== 'number')
		failParameter(context, itemIndex, `"${field}" must be text`);
	const text = String(value).trim();
	if (text.length > maxLength)
		failParameter(context, itemIndex, `"${field}" is longer than ${maxLength} characters`);
	return text === '' ? undefined : text;
}

/** An optional boolean: undefined when unset, otherwise it must be true or false. */
export function optionalBoolean(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): boolean | undefined {
	return isEmpty(value) ? undefined : requireBoolean(context, value, field, itemIndex);
}

/** An optional number: undefined when unset, otherwise checked like a required one. */
export function optionalNumber(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	limits: { min?: number; integer?: boolean } = {},
): number | undefined {
	return isEmpty(value) ? undefined : requireNumber(context, value, field, itemIndex, limits);
}

type Reader<T> = (
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
) => T | undefined;

/** Reads `names` from a collection with one reader, keeping each name as the body key; unset ones are left out. */
export function readFields<T>(
	context: IExecuteFunctions,
	values: IDataObject,
	names: string[],
	itemIndex: number,
	field: (name: string) => string,
	read: Reader<T>,
): IDataObject {
	return assignDefined(
		{},
		Object.fromEntries(
			names.map((name) => [name, read(context, values[name], field(name), itemIndex)]),
		) as IDataObject,
	);
}

/** Copies the defined entries of `values` into `body`. */
export function assignDefined(body: IDataObject, values: IDataObject): IDataObject {
	for (const [key, value] of Object.entries(values)) if (value !== undefined) body[key] = value;
	return body;
}

/** The values of an "Additional Fields" / "Update Fields" collection. */
export function collectionValues(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
): IDataObject {
	return (context.getNodeParameter(name, itemIndex, {}) as IDataObject) ?? {};
}

/** Update operations send only what the user chose; an empty PATCH is a mistake. */
export function requireSomeFields(
	context: IExecuteFunctions,
	body: IDataObject,
	field: string,
	itemIndex: number,
): IDataObject {
	if (Object.keys(body).length === 0)
		failParameter(context, itemIndex, `"${field}": add at least one field to change`);
	return body;
}

/** Collection options in the alphabetical order n8n's linter expects. */
export function sortByDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** A JSON object parameter such as Cargo, naming the field and item when it is not an object. */
export function parseObject(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject {
	return parseJsonParameter(context, value, field, itemIndex, 'object') as IDataObject;
}

/** A JSON array of objects, each with the given required keys. */
export function parseObjectList(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	required: string[] = [],
): IDataObject[] {
	const list = parseJsonParameter(context, value, field, itemIndex, 'array') as unknown[];
	list.forEach((entry, index) => {
		if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
			failParameter(context, itemIndex, `"${field}": entry ${index + 1} must be an object`);
		for (const key of required) {
			const item = (entry as IDataObject)[key];
			if (item === undefined || item === null || item === '')
				failParameter(context, itemIndex, `"${field}": entry ${index + 1} needs "${key}"`);
		}
	});
	return list as IDataObject[];
}

/** A comma-separated list (or an array) of free-text entries, trimmed, empty ones dropped. */
export function parseTextList(value: unknown): string[] {
	const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : '';
	return text
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
}

/** A comma-separated list of Flexport string IDs. */
export function parseTokenList(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string[] {
	return parseTextList(value).map((entry) => requireTokenId(context, entry, field, itemIndex));
}

/** A key/value fixed collection (`{ pair: [{ key, value }] }`) as entries, keys checked. */
export function keyValuePairs(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	group = 'pair',
	names: { key: string; value: string } = { key: 'key', value: 'value' },
	key: { pattern: RegExp; hint: string } = {
		pattern: /^[A-Za-z0-9_\- ]{1,100}$/,
		hint: '1–100 letters, digits, spaces, - or _',
	},
): Array<[string, string]> {
	const rows = ((value as IDataObject | undefined)?.[group] as IDataObject[] | undefined) ?? [];
	return rows.map((row) => {
		const name = String(row[names.key] ?? '').trim();
		if (!key.pattern.test(name)) {
			failParameter(
				context,
				itemIndex,
				`"${field}": ${JSON.stringify(row[names.key] ?? '')} must be ${key.hint}`,
			);
		}
		const entry = row[names.value];
		if (typeof entry !== 'string' && typeof entry !== 'number' && typeof entry !== 'boolean')
			failParameter(context, itemIndex, `"${field}": the value of "${name}" must be text`);
		return [name, String(entry)];
	});
}

/** A plausible email address (Flexport checks it properly). */
export function requireEmail(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	const text = typeof value === 'string' ? value.trim() : '';
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) || text.length > 320) {
		failParameter(
			context,
			itemIndex,
			`"${field}" must be an email address, but got ${JSON.stringify(value ?? '').slice(0, 80)}`,
		);
	}
	return text;
}
