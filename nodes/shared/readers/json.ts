/** Readers of structured parameter values: JSON objects and lists, metadata, comma lists, key/value pairs. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { failParameter } from './values';

/** Parses a JSON parameter (given as text or already as an object), naming the field on failure. */
export function parseJsonParameter(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	expect: 'object' | 'array' | 'any' = 'object',
): unknown {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') failParameter(context, itemIndex, `"${field}" is empty; enter JSON`);
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			failParameter(
				context,
				itemIndex,
				`"${field}" is not valid JSON: ${(error as Error).message}`,
			);
		}
	}
	if (
		expect === 'object' &&
		(parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
	) {
		failParameter(context, itemIndex, `"${field}" must be a JSON object such as {"key": "value"}`);
	}
	if (expect === 'array' && !Array.isArray(parsed))
		failParameter(context, itemIndex, `"${field}" must be a JSON array`);
	return parsed;
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

/** Flexport metadata: `{"key": ["value", ...]}`. Plain string values are wrapped in a list. */
export function parseMetadata(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject {
	const parsed = parseObject(context, value, field, itemIndex);
	const metadata: IDataObject = {};
	for (const [key, entry] of Object.entries(parsed)) {
		if (typeof entry === 'string') metadata[key] = [entry];
		else if (Array.isArray(entry) && entry.every((v) => typeof v === 'string'))
			metadata[key] = entry;
		else
			failParameter(
				context,
				itemIndex,
				`"${field}": the value of "${key}" must be a string or a list of strings`,
			);
	}
	return metadata;
}

/** A comma-separated list (or an array) of free-text entries, trimmed, empty ones dropped. */
export function parseTextList(value: unknown): string[] {
	const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : '';
	return text
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
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
