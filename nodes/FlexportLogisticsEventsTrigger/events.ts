/**
 * Reading `GET /events` for the Logistics events trigger. Events are `{id, type, time, payload}`,
 * listed with `page_info` cursors (the transport finds the next one wherever Flexport puts it).
 * The only time filter is `after`, and whether it is exclusive is not documented, so it is sent
 * one millisecond before the window start: either way nothing in the window is missed, and events
 * seen twice are recognised by id (nodes/shared/triggers/pollState.ts).
 */
import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { SCOPES } from '../FlexportLogistics/helpers/scopes';
import { logisticsList } from '../FlexportLogistics/transport';
import type { EventTypeFilter } from '../shared/triggers/eventTypeFilter';
import {
	latestEvents,
	pollNewEvents,
	TEST_RUN_LOOKBACK_MS,
	TEST_RUN_MAX_FETCHED,
} from '../shared/triggers/pollRun';
import type { PollSettings } from '../shared/triggers/pollState';

/** Where the poll state is kept in the node's static data. */
export const POLL_STATE_KEY = 'flexportLogisticsEvents';
const TIME_FIELD = 'time';
const PAGE_SIZE = 100;

export interface EventSelection {
	acceptsType: EventTypeFilter;
	/** Sent as the `type` filter when exactly one type is chosen. */
	onlyType?: string;
}

async function listEvents(
	context: IPollFunctions,
	fromMs: number,
	selection: EventSelection,
	limit?: number,
): Promise<IDataObject[]> {
	const qs: IDataObject = { after: new Date(fromMs - 1).toISOString() };
	if (selection.onlyType) qs.type = selection.onlyType;
	return await logisticsList.call(context, '/events', {
		style: 'pageInfo',
		qs,
		maxPageSize: PAGE_SIZE,
		limit,
		scope: SCOPES.events.read,
	});
}

/** A scheduled poll: the events not emitted before, oldest first, of the chosen types. */
export async function pollEvents(
	context: IPollFunctions,
	selection: EventSelection,
	settings: PollSettings,
): Promise<IDataObject[]> {
	return await pollNewEvents(
		context,
		{
			stateKey: POLL_STATE_KEY,
			timeField: TIME_FIELD,
			acceptsType: selection.acceptsType,
			listFrom: async (from) => await listEvents(context, Date.parse(from), selection),
		},
		settings,
	);
}

/** A test run: the latest events of the chosen types; the poll state is left alone. */
export async function recentEvents(
	context: IPollFunctions,
	selection: EventSelection,
): Promise<IDataObject[]> {
	const events = await listEvents(
		context,
		Date.now() - TEST_RUN_LOOKBACK_MS,
		selection,
		TEST_RUN_MAX_FETCHED,
	);
	const latest = latestEvents(events, selection.acceptsType, TIME_FIELD);
	if (latest.length === 0)
		throw new NodeOperationError(
			context.getNode(),
			'No Flexport Logistics events of the selected types in the last 7 days',
			{ description: 'Check the selected event types, or try again after an event has occurred.' },
		);
	return latest;
}
