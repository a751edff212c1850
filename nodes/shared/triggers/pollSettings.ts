/**
 * The polling triggers' number options, read and checked before any request: without the check a
 * look-back of "abc" from an expression reached `new Date(NaN)` and failed the poll with
 * "RangeError: Invalid time value".
 */
import type { IDataObject, INodeProperties, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from './description';
import { readNumberOption } from './numberOption';
import { FUTURE_ALLOWANCE_MS, type PollSettings } from './pollState';

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

/** The "Options" collection of both polling triggers (readPollSettings reads its entries). */
export const POLL_OPTIONS_PROPERTY: INodeProperties = optionsCollection([
	{
		displayName: 'Include Past Events',
		name: 'includePastEvents',
		type: 'boolean',
		default: false,
		description:
			'Whether the first poll after activation emits events that occurred before it (within "Past Events Window"). Off: the first poll only records what exists.',
	},
	{
		displayName: 'Past Events Window (Hours)',
		name: PAST_EVENTS_OPTION,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 8760 },
		default: 24,
		description: 'With "Include Past Events", how far back the first poll goes',
	},
	{
		displayName: 'Late Events Window (Minutes)',
		name: LOOKBACK_OPTION,
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 10080 },
		default: 60,
		description: `Each poll looks back this far before the newest event already seen, to catch events Flexport records after later ones. Events recorded later than this are missed. Events dated more than ${FUTURE_ALLOWANCE_MS / 60_000} minutes ahead of n8n's clock are emitted once but do not move this window.`,
	},
]);

/** The settings of the node's POLL_OPTIONS_PROPERTY; an unusable value fails the poll, naming the option. */
export function pollSettingsOf(context: IPollFunctions): PollSettings {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const read = readPollSettings(options, POLL_OPTIONS_PROPERTY.options as INodeProperties[]);
	if (!read.ok)
		throw new NodeOperationError(context.getNode(), read.message, {
			description: read.description,
		});
	return read.settings;
}
