import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import {
	authenticationProperty,
	flexportCredentials,
} from '../Flexport/descriptions/authentication.description';
import { flexportApiRequestAllItems } from '../Flexport/transport';
import { buildEventTypeFilter, eventTypeProperties } from '../FlexportTrigger/eventTypes';
import { POLL_OPTIONS_PROPERTY as OPTIONS_PROPERTY, readPollSettings } from './pollSettings';
import { applyPoll, eventId, planPoll, readPollState, sortOldestFirst } from './pollState';

const HOUR_MS = 3_600_000;

/** Manual test runs ("Fetch Test Event") look this far back and show at most this many events. */
const MANUAL_LOOKBACK_MS = 7 * 24 * HOUR_MS;
const MANUAL_MAX_FETCHED = 500;
const MANUAL_MAX_EMITTED = 10;

export class FlexportEventsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport Events Trigger',
		name: 'flexportEventsTrigger',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{($parameter["events"] || []).includes("*") ? "All events" : ($parameter["events"] || []).length + " event type(s)"}}',
		description:
			'Starts the workflow on new Flexport events by polling the events list; no public URL needed',
		defaults: { name: 'Flexport Events Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: flexportCredentials(),
		properties: [
			{
				displayName:
					'Flexport lists only events of accounts with a webhook endpoint registered in Settings → Webhooks (any URL will do). Use the Flexport Trigger instead if n8n has a public URL: it is immediate and needs no polling.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			authenticationProperty(),
			...eventTypeProperties,
			OPTIONS_PROPERTY,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const read = readPollSettings(options, OPTIONS_PROPERTY.options as INodeProperties[]);
		if (!read.ok)
			throw new NodeOperationError(this.getNode(), read.message, { description: read.description });
		const settings = read.settings;
		const acceptsType = buildEventTypeFilter({
			events: this.getNodeParameter('events', []),
			otherEventTypes: this.getNodeParameter('otherEventTypes', ''),
		});
		const now = Date.now();

		if (this.getMode() === 'manual') {
			// A test run: show recent events and leave the poll state alone.
			const since = new Date(now - MANUAL_LOOKBACK_MS).toISOString();
			const events = await flexportApiRequestAllItems.call(
				this,
				'/events',
				{ 'f.occurred_at.gte': since },
				{ limit: MANUAL_MAX_FETCHED },
			);
			const entries = events
				.filter((event) => acceptsType(event.type))
				.map((event) => ({
					id: eventId(event) ?? '',
					at: Date.parse(String(event.occurred_at)),
					event,
				}));
			const latest = sortOldestFirst(entries).slice(-MANUAL_MAX_EMITTED);
			if (latest.length === 0) {
				throw new NodeOperationError(
					this.getNode(),
					'No Flexport events of the selected types occurred in the last 7 days',
					{
						description:
							'Flexport lists events only for accounts with a webhook endpoint registered (Settings → Webhooks). Check the selected event types, or try again after an event has occurred.',
					},
				);
			}
			return [this.helpers.returnJsonArray(latest.map((entry) => entry.event))];
		}

		const staticData = this.getWorkflowStaticData('node');
		const state = readPollState(staticData.flexportEvents);
		const plan = planPoll(state, now, settings);
		const events = await flexportApiRequestAllItems.call(this, '/events', {
			'f.occurred_at.gte': plan.from,
		});
		const outcome = applyPoll(state, plan, events, now, settings);
		staticData.flexportEvents = outcome.state as unknown as IDataObject;

		const matching = outcome.fresh.filter((event) => acceptsType(event.type));
		if (matching.length === 0) return null;
		return [this.helpers.returnJsonArray(matching)];
	}
}
