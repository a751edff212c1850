/**
 * The polling triggers' number options, read and checked before any request: without the check a
 * look-back of "abc" from an expression reached `new Date(NaN)` and failed the poll with
 * "RangeError: Invalid time value".
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { readNumberOption } from './numberOption';
import type { PollSettings } from './pollState';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export const LOOKBACK_OPTION = 'lookbackMinutes';
export const PAST_EVENTS_OPTION = 'pastEventsHours';

export type PollSettingsResult =
	| { ok: true; settings: PollSettings }
	| { ok: false; message: string; description: string };

/** `properties`: the options collection's entries (the node description). */
export function readPollSettings(
	options: IDataObject,
	properties: INodeProperties[],
): PollSettingsResult {
	const lookback = readNumberOption(options, properties, LOOKBACK_OPTION);
	if ('message' in lookback) return { ok: false, ...lookback };
	let pastEventsMs = 0;
	if (options.includePastEvents === true) {
		const past = readNumberOption(options, properties, PAST_EVENTS_OPTION);
		if ('message' in past) return { ok: false, ...past };
		pastEventsMs = past.value * HOUR_MS;
	}
	return { ok: true, settings: { lookbackMs: lookback.value * MINUTE_MS, pastEventsMs } };
}
