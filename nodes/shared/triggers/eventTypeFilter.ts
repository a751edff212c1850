/**
 * Which event types start a workflow: a multi-select (which may hold the wildcard) plus a
 * comma-separated free text for types the list does not know yet. Used by every trigger of both
 * APIs. No n8n side effects.
 */
import type { IPollFunctions, IWebhookFunctions } from 'n8n-workflow';

/** The wildcard option: any event type, including ones the API adds later. */
export const ANY_EVENT = '*';

export interface EventTypeSelection {
	/** Values of the multi-select (may contain ANY_EVENT). */
	events?: unknown;
	/** The comma-separated free text. */
	otherEventTypes?: unknown;
}

/** Splits the free-text field; blanks and duplicates are dropped. */
export function parseOtherEventTypes(text: unknown): string[] {
	if (typeof text !== 'string') return [];
	return [
		...new Set(
			text
				.split(/[,\n]/)
				.map((part) => part.trim())
				.filter((part) => part !== ''),
		),
	];
}

export type EventTypeFilter = (type: unknown) => boolean;

/**
 * A predicate over event `type` strings. "Any Event", or nothing chosen at all, accepts
 * everything; otherwise the type must equal one of the chosen strings exactly.
 */
export function buildEventTypeFilter(selection: EventTypeSelection): EventTypeFilter {
	const chosen = Array.isArray(selection.events)
		? selection.events.filter((value): value is string => typeof value === 'string')
		: [];
	const other = parseOtherEventTypes(selection.otherEventTypes);
	if (chosen.includes(ANY_EVENT) || (chosen.length === 0 && other.length === 0)) return () => true;
	const wanted = new Set([...chosen, ...other]);
	return (type) => typeof type === 'string' && wanted.has(type);
}

/** The filter of the node's "events" multi-select and "otherEventTypes" text. */
export function chosenEventTypeFilter(
	context: IPollFunctions | IWebhookFunctions,
): EventTypeFilter {
	return buildEventTypeFilter({
		events: context.getNodeParameter('events', []),
		otherEventTypes: context.getNodeParameter('otherEventTypes', ''),
	});
}
