/**
 * One run of a polling trigger over an API's events list, for both APIs: a scheduled poll emits
 * the events not emitted before (window and state: ./pollState.ts); a test run ("Fetch Test
 * Event") shows the newest events and leaves the poll state alone.
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { EventTypeFilter } from './eventTypeFilter';
import {
	applyPoll,
	eventId,
	planPoll,
	readPollState,
	sortOldestFirst,
	type PollSettings,
} from './pollState';

const HOUR_MS = 3_600_000;

/** Test runs look this far back and show at most this many of the events fetched. */
export const TEST_RUN_LOOKBACK_MS = 7 * 24 * HOUR_MS;
export const TEST_RUN_MAX_FETCHED = 500;
export const TEST_RUN_MAX_EMITTED = 10;

export interface PolledEvents {
	/** Where the poll state is kept in the node's static data. */
	stateKey: string;
	/** The field holding each event's time. */
	timeField: string;
	acceptsType: EventTypeFilter;
	/** Fetches every event from an ISO time on (inclusive). */
	listFrom(from: string): Promise<IDataObject[]>;
}

/** A scheduled poll: the events not emitted before, oldest first, of the chosen types. */
export async function pollNewEvents(
	context: IPollFunctions,
	polled: PolledEvents,
	settings: PollSettings,
): Promise<IDataObject[]> {
	const staticData = context.getWorkflowStaticData('node');
	const state = readPollState(staticData[polled.stateKey]);
	const now = Date.now();
	const plan = planPoll(state, now, settings);
	const events = await polled.listFrom(plan.from);
	const outcome = applyPoll(state, plan, events, now, settings, polled.timeField);
	staticData[polled.stateKey] = outcome.state as unknown as IDataObject;
	return outcome.fresh.filter((event) => polled.acceptsType(event.type));
}

/** A test run's answer: the newest fetched events of the chosen types, oldest first. */
export function latestEvents(
	events: IDataObject[],
	acceptsType: EventTypeFilter,
	timeField: string,
): IDataObject[] {
	const entries = events
		.filter((event) => acceptsType(event.type))
		.map((event) => ({
			id: eventId(event) ?? '',
			at: Date.parse(String(event[timeField])),
			event,
		}));
	return sortOldestFirst(entries)
		.slice(-TEST_RUN_MAX_EMITTED)
		.map((entry) => entry.event);
}
