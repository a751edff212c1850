/**
 * Checks of one parameter value, shared by both API nodes: each returns the value in the form the API
 * expects, or throws a NodeOperationError naming the field and the item before any request is sent.
 * Every reader takes `(context, value, field, itemIndex)`.
 */
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export function failParameter(
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

/** The value as shown in an error message: JSON, cut to `length` characters. */
export const shown = (value: unknown, length = 60) => JSON.stringify(value ?? '').slice(0, length);

export const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** A required text value, returned as given (not trimmed). */
export function requireString(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
	maxLength = 10_000,
): string {
	if (typeof value !== 'string' || value.trim() === '')
		failParameter(context, itemIndex, `"${field}" is required`);
	if (value.length > maxLength)
		failParameter(context, itemIndex, `"${field}" is longer than ${maxLength} characters`);
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

/** An optional boolean: undefined when unset, otherwise it must be true or false. */
export function optionalBoolean(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): boolean | undefined {
	return isEmpty(value) ? undefined : requireBoolean(context, value, field, itemIndex);
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
		failParameter(context, itemIndex, `"${field}" must be a number, but got ${shown(value)}`);
	if (integer && !Number.isInteger(number))
		failParameter(context, itemIndex, `"${field}" must be a whole number`);
	if (min !== undefined && number < min)
		failParameter(context, itemIndex, `"${field}" must be at least ${min}`);
	return number;
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

export function requireOneOf<T extends string>(
	context: IExecuteFunctions,
	value: unknown,
	allowed: readonly T[],
	field: string,
	itemIndex: number,
): T {
	if (typeof value !== 'string' || !allowed.includes(value as T)) {
		failParameter(
			context,
			itemIndex,
			`"${field}" must be one of ${allowed.join(', ')}, but got ${shown(value)}`,
		);
	}
	return value as T;
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
		failParameter(
			context,
			itemIndex,
			`"${field}" must be a date such as 2024-05-01 or 2024-05-01T12:00:00Z, but got ${shown(value)}`,
		);
	}
	const year = new Date(time).getUTCFullYear();
	if (year < 1970 || year > 2100)
		failParameter(context, itemIndex, `"${field}" must be between 1970 and 2100`);
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
			`"${field}" must be an email address, but got ${shown(value, 80)}`,
		);
	}
	return text;
}
