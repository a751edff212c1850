import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { LOGISTICS_CREDENTIAL } from '../FlexportLogistics/transport';
import { chosenEventTypes, pollEventTypeProperties } from '../FlexportLogisticsTrigger/eventTypes';
import { EVENT_TYPES_SUBTITLE } from '../shared/triggers/description';
import { ANY_EVENT, buildEventTypeFilter } from '../shared/triggers/eventTypeFilter';
import { POLL_OPTIONS_PROPERTY, pollSettingsOf } from '../shared/triggers/pollSettings';
import { pollEvents, recentEvents } from './events';

export class FlexportLogisticsEventsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport Logistics Events Trigger',
		name: 'flexportLogisticsEventsTrigger',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: EVENT_TYPES_SUBTITLE,
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
			POLL_OPTIONS_PROPERTY,
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = pollSettingsOf(this);
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
				: await pollEvents(this, selection, settings);
		return found.length === 0 ? null : [this.helpers.returnJsonArray(found)];
	}
}
