/** Freight IDs, checked before a request is sent; the generic readers come from nodes/shared/readers. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { failParameter, isEmpty, shown } from '../../shared/readers/values';
import type { IdKind } from '../objects';

export * from '../../shared/readers/values';

const ID_RULES: Record<IdKind, { pattern: RegExp; expected: string; description?: string }> = {
	numeric: {
		pattern: /^[1-9]\d{0,17}$/,
		expected: 'a numeric Flexport ID',
		description: 'Use the ID shown in Flexport, for example 12345.',
	},
	token: {
		pattern: /^[A-Za-z0-9_-]{1,100}$/,
		expected: 'a Flexport ID (letters, digits, - and _)',
	},
};

/** A Flexport ID of the given kind, as text; anything else is rejected before a request is sent. */
export function requireId(
	context: IExecuteFunctions,
	kind: IdKind,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	const rule = ID_RULES[kind];
	if (!rule.pattern.test(text)) {
		const got = kind === 'numeric' && isEmpty(value) ? 'nothing' : shown(value, 80);
		failParameter(
			context,
			itemIndex,
			`"${field}" must be ${rule.expected}, but got ${got}`,
			rule.description,
		);
	}
	return text;
}

/** Flexport v2 IDs are positive integers. */
export function requireNumericId(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	return requireId(context, 'numeric', value, field, itemIndex);
}

/** Network and document IDs are strings such as FTP-VvpjRpWWFSgArOO7eQ; digits also pass. */
export function requireTokenId(
	context: IExecuteFunctions,
	value: unknown,
	field: string,
	itemIndex: number,
): string {
	return requireId(context, 'token', value, field, itemIndex);
}
