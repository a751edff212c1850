/**
 * Readers of fields the inbound and freight operations share: the shipment locator, Wait for
 * Result, Download, and Return All / Limit over a list the API returns whole.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { limitParameter, textParameter } from '../../shared/readers/parameters';
import { toolCappedLimit } from '../../shared/toolMode';
import {
	optionalText,
	requireBoolean,
	requireNumber,
	requireString,
} from '../../shared/readers/values';
import type { WaitSettings } from '../steps/poll';
import { readIdLocator } from './locators';

export function readShipmentId(context: IExecuteFunctions, itemIndex: number): string {
	return readIdLocator(context, 'shipmentId', itemIndex, 'Shipment', 'shipmentId');
}

/** A text field of a table: body key, label in messages, whether required, maximum length. */
export type TextField = [key: string, label: string, required: boolean, max: number];

/** The text fields of `source` that are set (required ones must be), trimmed, under their keys. */
export function readTextFields(
	context: IExecuteFunctions,
	source: IDataObject,
	fields: TextField[],
	field: string,
	itemIndex: number,
): IDataObject {
	const body: IDataObject = {};
	for (const [key, label, required, max] of fields) {
		const name = `${field} → ${label}`;
		const text = required
			? requireString(context, source[key], name, itemIndex, max).trim()
			: optionalText(context, source[key], name, itemIndex, max);
		if (text !== undefined) body[key] = text;
	}
	return body;
}

/** The first Limit records (all with Return All; at most the tool cap as an AI tool). */
export function limitRecords(
	context: IExecuteFunctions,
	records: IDataObject[],
	itemIndex: number,
): IDataObject[] {
	const limit = toolCappedLimit(context, limitParameter(context, itemIndex));
	return limit === undefined ? records : records.slice(0, limit);
}

/** A boolean parameter that is on unless set (expressions must give true or false). */
function switchParameter(
	context: IExecuteFunctions,
	name: string,
	field: string,
	itemIndex: number,
): boolean {
	return requireBoolean(context, context.getNodeParameter(name, itemIndex, true), field, itemIndex);
}

/** The timeout and interval of Wait for Result, or undefined when the item does not wait. */
export function readWaitSettings(
	context: IExecuteFunctions,
	itemIndex: number,
): WaitSettings | undefined {
	if (!switchParameter(context, 'waitForResult', 'Wait for Result', itemIndex)) return undefined;
	const seconds = (name: string, field: string, fallback: number, min: number, max: number) => {
		const value = requireNumber(
			context,
			context.getNodeParameter(name, itemIndex, fallback),
			field,
			itemIndex,
			{ min },
		);
		return Math.round(Math.min(value, max) * 1000);
	};
	return {
		timeoutMs: seconds('waitTimeout', 'Timeout (Seconds)', 120, 1, 3600),
		intervalMs: seconds('pollInterval', 'Check Every (Seconds)', 5, 0.1, 300),
	};
}

/** The output binary field when Download is on, else undefined. */
export function readDownloadProperty(
	context: IExecuteFunctions,
	itemIndex: number,
): string | undefined {
	return switchParameter(context, 'download', 'Download', itemIndex)
		? textParameter(context, 'binaryPropertyName', 'Put Output File in Field', itemIndex, 200)
		: undefined;
}

/** "12 s" or "1.5 s": how long an item waited, for messages. */
export function seconds(ms: number): string {
	return `${Math.round(ms / 100) / 10} s`;
}
