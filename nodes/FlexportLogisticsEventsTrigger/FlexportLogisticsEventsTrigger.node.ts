import type {
	IDataObject,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { LOGISTICS_CREDENTIAL } from '../FlexportLogistics/transport';
import { chosenEventTypes, pollEventTypeProperties } from '../FlexportLogisticsTrigger/eventTypes';
import { ANY_EVENT, buildEventTypeFilter } from '../shared/triggers/eventTypeFilter';
import {
	LOOKBACK_OPTION,
	PAST_EVENTS_OPTION,
	readPollSettings,
} from '../shared/triggers/pollSettings';
import { FUTURE_ALLOWANCE_MS } from '../shared/triggers/pollState';
import { pollEvents, recentEvents } from './events';

const OPTIONS_PROPERTY: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
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
	],
};

export class FlexportLogisticsEventsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport Logistics Events Trigger',
		name: 'flexportLogisticsEventsTrigger',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{($parameter["events"] || []).includes("*") ? "All events" : ($parameter["events"] || []).length + " event type(s)"}}',
		description:
			'Starts the workflow on new Flexport Logistics events by polling the events list; no public URL needed',
		defaults: { name: 'Flexport Logistics Events Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: LOGISTICS_CREDENTIAL, required: true }],
		properties: [
			{
				displayName:
					'Polls Flexport\'s event history (GET /events; the token needs the read_logistics_events scope). Each new event comes out once; the first poll after activation only records what exists unless "Include Past Events" is on. Use the Flexport Logistics Trigger instead if n8n has a public https URL: it is immediate.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			...pollEventTypeProperties,
			OPTIONS_PROPERTY,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const read = readPollSettings(options, OPTIONS_PROPERTY.options as INodeProperties[]);
		if (!read.ok)
			throw new NodeOperationError(this.getNode(), read.message, { description: read.description });
		const events = this.getNodeParameter('events', []);
		const otherEventTypes = this.getNodeParameter('otherEventTypes', '');
		const choice = chosenEventTypes(events, otherEventTypes);
		if ('problem' in choice) throw new NodeOperationError(this.getNode(), choice.problem);
		const anyType = Array.isArray(events) && events.includes(ANY_EVENT);
		const selection = {
			acceptsType: buildEventTypeFilter({ events, otherEventTypes }),
			// One type can be asked of Flexport directly (the `type` filter takes a single value).
			onlyType: !anyType && choice.types.length === 1 ? choice.types[0] : undefined,
		};

		const found =
			this.getMode() === 'manual'
				? await recentEvents(this, selection)
				: await pollEvents(this, selection, read.settings);
		return found.length === 0 ? null : [this.helpers.returnJsonArray(found)];
	}
}
