import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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

/** Output items for one input item, each paired with it. */
export function toItems(
	context: IExecuteFunctions,
	data: IDataObject | IDataObject[],
	itemIndex: number,
): INodeExecutionData[] {
	return context.helpers.constructExecutionMetaData(context.helpers.returnJsonArray(data), {
		itemData: { item: itemIndex },
	});
}

function fail(
	context: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description?: string,
): never {
	throw new NodeOperationError(context.getNode(), `${message} [item ${itemIndex}]`, {
		itemIndex,
		description,
	});
}

/** Flexport v2 IDs are positive integers; anything else is rejected before a request is sent. */
export function requireNumericId(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^[1-9]\d{0,17}$/.test(text)) {
		const shown =
			value === undefined || value === null || value === ''
				? 'nothing'
				: JSON.stringify(value).slice(0, 80);
		fail(
			context,
			itemIndex,
			`"${field}" must be a numeric Flexport ID, but got ${shown}`,
			'Use the ID shown in Flexport, for example 12345.',
		);
	}
	return text;
}

/** Network and document IDs are strings such as FTP-VvpjRpWWFSgArOO7eQ; digits also pass. */
export function requireTokenId(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^[A-Za-z0-9_-]{1,100}$/.test(text)) {
		fail(
			context,
			itemIndex,
			`"${field}" must be a Flexport ID (letters, digits, - and _), but got ${JSON.stringify(value ?? '').slice(0, 80)}`,
		);
	}
	return text;
}

export function requireString(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	maxLength = 10_000,
): string {
	if (typeof value !== 'string' || value.trim() === '')
		fail(context, itemIndex, `"${field}" is required`);
	if (value.length > maxLength)
		fail(context, itemIndex, `"${field}" is longer than ${maxLength} characters`);
	return value;
}

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
		if (value.trim() === '') fail(context, itemIndex, `"${field}" is empty; enter JSON`);
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			fail(context, itemIndex, `"${field}" is not valid JSON: ${(error as Error).message}`);
		}
	}
	if (
		expect === 'object' &&
		(parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
	) {
		fail(context, itemIndex, `"${field}" must be a JSON object such as {"key": "value"}`);
	}
	if (expect === 'array' && !Array.isArray(parsed))
		fail(context, itemIndex, `"${field}" must be a JSON array`);
	return parsed;
}

/** Flexport metadata: `{"key": ["value", ...]}`. Plain string values are wrapped in a list. */
export function parseMetadata(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): IDataObject {
	const parsed = parseJsonParameter(context, value, field, itemIndex, 'object') as IDataObject;
	const metadata: IDataObject = {};
	for (const [key, entry] of Object.entries(parsed)) {
		if (typeof entry === 'string') metadata[key] = [entry];
		else if (Array.isArray(entry) && entry.every((v) => typeof v === 'string'))
			metadata[key] = entry;
		else
			fail(
				context,
				itemIndex,
				`"${field}": the value of "${key}" must be a string or a list of strings`,
			);
	}
	return metadata;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Accepts what n8n's date picker and expressions produce; returns ISO 8601 in UTC. */
export function normalizeDateTime(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	const text =
		typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString() : '';
	const time = Date.parse(text);
	if (!ISO_DATE.test(text) || Number.isNaN(time)) {
		fail(
			context,
			itemIndex,
			`"${field}" must be a date such as 2024-05-01 or 2024-05-01T12:00:00Z, but got ${JSON.stringify(value ?? '').slice(0, 60)}`,
		);
	}
	const year = new Date(time).getUTCFullYear();
	if (year < 1970 || year > 2100)
		fail(context, itemIndex, `"${field}" must be between 1970 and 2100`);
	return new Date(time).toISOString();
}

/** Flexport date fields (cargo_ready_date and the like) take YYYY-MM-DD. */
export function normalizeDate(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	return normalizeDateTime(context, value, field, itemIndex).slice(0, 10);
}

export function requireOneOf<T extends string>(
	context: IExecuteFunctions,
	value: unknown,
	allowed: readonly T[],
	field: string,
	itemIndex: number,
): T {
	if (typeof value !== 'string' || !allowed.includes(value as T)) {
		fail(
			context,
			itemIndex,
			`"${field}" must be one of ${allowed.join(', ')}, but got ${JSON.stringify(value ?? '').slice(0, 60)}`,
		);
	}
	return value as T;
}

export function requireNumber(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	{ min, integer }: { min?: number; integer?: boolean } = {},
): number {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim() !== ''
				? Number(value)
				: NaN;
	if (!Number.isFinite(number))
		fail(
			context,
			itemIndex,
			`"${field}" must be a number, but got ${JSON.stringify(value ?? '').slice(0, 60)}`,
		);
	if (integer && !Number.isInteger(number))
		fail(context, itemIndex, `"${field}" must be a whole number`);
	if (min !== undefined && number < min)
		fail(context, itemIndex, `"${field}" must be at least ${min}`);
	return number;
}

export { fail as failParameter };
