import type {
	INodeExecutionData,
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
import { eventTypeProperties } from '../FlexportTrigger/eventTypes';
import { EVENT_TYPES_SUBTITLE } from '../shared/triggers/description';
import { chosenEventTypeFilter } from '../shared/triggers/eventTypeFilter';
import {
	latestEvents,
	pollNewEvents,
	TEST_RUN_LOOKBACK_MS,
	TEST_RUN_MAX_FETCHED,
} from '../shared/triggers/pollRun';
import { POLL_OPTIONS_PROPERTY, pollSettingsOf } from '../shared/triggers/pollSettings';
import { EVENT_TIME_FIELD } from './pollState';

/** Where the poll state is kept in the node's static data. */
const POLL_STATE_KEY = 'flexportEvents';

export class FlexportEventsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport Events Trigger',
		name: 'flexportEventsTrigger',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: EVENT_TYPES_SUBTITLE,
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
			POLL_OPTIONS_PROPERTY,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = pollSettingsOf(this);
		const acceptsType = chosenEventTypeFilter(this);

		if (this.getMode() === 'manual') {
			// A test run: show recent events and leave the poll state alone.
			const since = new Date(Date.now() - TEST_RUN_LOOKBACK_MS).toISOString();
			const events = await flexportApiRequestAllItems.call(
				this,
				'/events',
				{ 'f.occurred_at.gte': since },
				{ limit: TEST_RUN_MAX_FETCHED },
			);
			const latest = latestEvents(events, acceptsType, EVENT_TIME_FIELD);
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
			return [this.helpers.returnJsonArray(latest)];
		}

		const matching = await pollNewEvents(
			this,
			{
				stateKey: POLL_STATE_KEY,
				timeField: EVENT_TIME_FIELD,
				acceptsType,
				listFrom: async (from) =>
					await flexportApiRequestAllItems.call(this, '/events', { 'f.occurred_at.gte': from }),
			},
			settings,
		);
		if (matching.length === 0) return null;
		return [this.helpers.returnJsonArray(matching)];
	}
}
