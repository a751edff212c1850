/**
 * The Events Trigger's number options, read and checked before any request. An expression can hand
 * over any value ("abc", -5, an object); without this check a bad value reached `new Date(NaN)` and
 * failed the poll with "RangeError: Invalid time value". Names, limits and defaults are read from
 * the node's own option properties, so they are written once.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { PollSettings } from './pollState';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export const LOOKBACK_OPTION = 'lookbackMinutes';
export const PAST_EVENTS_OPTION = 'pastEventsHours';

export type PollSettingsResult =
	| { ok: true; settings: PollSettings }
	| { ok: false; message: string; description: string };

type Reading = { ms: number } | { message: string; description: string };

function shown(value: unknown): string {
	const text = typeof value === 'number' ? String(value) : String(JSON.stringify(value));
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The option in milliseconds, its default when unset, or the reason it cannot be used. */
function readNumber(
	options: IDataObject,
	properties: INodeProperties[],
	name: string,
	unitMs: number,
): Reading {
	const property = properties.find((candidate) => candidate.name === name);
	if (!property) throw new Error(`The trigger has no option named ${name}`);
	const min = Number(property.typeOptions?.minValue ?? -Infinity);
	const max = Number(property.typeOptions?.maxValue ?? Infinity);
	const raw = options[name];
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))
		return { ms: Number(property.default) * unitMs };
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
	if (Number.isFinite(value) && value >= min && value <= max) return { ms: value * unitMs };
	return {
		message: `Options → ${property.displayName} must be a number from ${min} to ${max}; got ${shown(raw)}`,
		description: `Check the value or the expression of "${property.displayName}" in the trigger's options.`,
	};
}

/** `properties`: the options collection's entries (the node description). */
export function readPollSettings(
	options: IDataObject,
	properties: INodeProperties[],
): PollSettingsResult {
	const lookback = readNumber(options, properties, LOOKBACK_OPTION, MINUTE_MS);
	if ('message' in lookback) return { ok: false, ...lookback };
	let pastEventsMs = 0;
	if (options.includePastEvents === true) {
		const past = readNumber(options, properties, PAST_EVENTS_OPTION, HOUR_MS);
		if ('message' in past) return { ok: false, ...past };
		pastEventsMs = past.ms;
	}
	return { ok: true, settings: { lookbackMs: lookback.ms, pastEventsMs } };
}
