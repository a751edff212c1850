/** Readers of the resource locators: the mode the user chose and a checked ID. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { failParameter, shown } from '../../shared/readers/values';
import { ID_FORMATS, type IdFormat } from '../descriptions/locators.description';

export interface LocatorValue {
	mode: string;
	value: string;
}

/** A locator's mode and trimmed value; a plain string (from an expression) counts as "By ID". */
export function readLocator(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	field: string,
): LocatorValue {
	const raw = context.getNodeParameter(name, itemIndex, '') as unknown;
	const locator =
		raw !== null && typeof raw === 'object' ? (raw as IDataObject) : { mode: 'id', value: raw };
	const value = locator.value;
	if (typeof value !== 'string' && typeof value !== 'number')
		failParameter(context, itemIndex, `"${field}" is required, but got ${shown(value)}`);
	const text = String(value).trim();
	if (text === '') failParameter(context, itemIndex, `"${field}" is required`);
	return { mode: String(locator.mode ?? 'id'), value: text };
}

/** Checks `value` against one of the spec's ID formats, naming the field and the item. */
export function requireIdFormat(
	context: IExecuteFunctions,
	value: unknown,
	format: IdFormat,
	field: string,
	itemIndex: number,
): string {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	const { regex, hint, example } = ID_FORMATS[format];
	if (!new RegExp(regex).test(text))
		failParameter(
			context,
			itemIndex,
			`"${field}" must be ${hint} (e.g. ${example}), but got ${shown(value)}`,
		);
	return text;
}

/** A locator whose every mode yields an ID of `format` (the list mode returns the ID too). */
export function readIdLocator(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	field: string,
	format: IdFormat,
): string {
	const { value } = readLocator(context, name, itemIndex, field);
	return requireIdFormat(context, value, format, field, itemIndex);
}

export type OrderRef = { orderId: string } | { externalOrderId: string };

/** The Order locator: Flexport's order ID, or the External Order ID to look the order up by. */
export function readOrderRef(context: IExecuteFunctions, itemIndex: number): OrderRef {
	const { mode, value } = readLocator(context, 'orderId', itemIndex, 'Order');
	if (mode === 'externalId') {
		if (value.length > 255)
			failParameter(
				context,
				itemIndex,
				'"Order" (External Order ID) is longer than 255 characters',
			);
		return { externalOrderId: value };
	}
	return { orderId: requireIdFormat(context, value, 'orderId', 'Order', itemIndex) };
}
