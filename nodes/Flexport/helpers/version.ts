/** Flexport API versions: 2, 3 and dates (spec/flexport-api-versions.md §1), and the node's override. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { failParameter } from './values';

export const API_V3 = '3';
/** The first dated version Flexport documents. */
export const FIRST_DATED_VERSION = '2023-07-01';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(text: string): boolean {
	const time = Date.parse(`${text}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/** Whether sending `version` serves an operation documented for `needed` (3 or a date). */
export function servesVersion(version: string, needed: string): boolean {
	if (version === needed) return true;
	if (!DATE.test(version)) return false;
	// A date resolves every endpoint as of that day; v3 endpoints existed by the first dated version.
	return needed === API_V3
		? version >= FIRST_DATED_VERSION
		: DATE.test(needed) && version >= needed;
}

/** Request Options → API Version, checked: 2, 3 or a date that is not in the future; '' is unset. */
export function versionOverride(context: IExecuteFunctions, itemIndex: number): string | undefined {
	const options = context.getNodeParameter('requestOptions', itemIndex, {}) as {
		apiVersion?: unknown;
	};
	const value =
		typeof options.apiVersion === 'string' ? options.apiVersion.trim() : options.apiVersion;
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value);
	const today = new Date().toISOString().slice(0, 10);
	if (text === '2' || text === API_V3) return text;
	if (DATE.test(text) && isCalendarDate(text) && text <= today) return text;
	return failParameter(
		context,
		itemIndex,
		`"Request Options → API Version" must be 2, 3 or a date such as ${FIRST_DATED_VERSION} that is not in the future, but got ${JSON.stringify(value).slice(0, 40)}`,
	);
}
