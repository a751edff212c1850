/** Parameter shapes of events: the filters of GET /events (type, time, IDs). */
import type { INodeProperties } from 'n8n-workflow';

// The documented event types, as both Logistics triggers offer them.
import { TYPE_OPTIONS } from '../../FlexportLogisticsTrigger/eventTypes';
import { filtersCollection } from './common.description';

export const eventFilters: INodeProperties = filtersCollection([
	{
		displayName: 'After',
		name: 'after',
		type: 'dateTime',
		default: '',
		description: 'Only events that happened after this time',
	},
	{
		displayName: 'Event IDs',
		name: 'ids',
		type: 'string',
		default: '',
		placeholder: 'e.g. f1d1c5ee-ef7c-45f9-ace6-0de0dd51f196',
		description: 'Only these events: comma-separated IDs, or an array from an expression',
	},
	{
		displayName: 'Event Type Name or ID',
		name: 'type',
		type: 'options',
		options: TYPE_OPTIONS,
		default: 'Order.Shipped',
		description:
			'Only events of this type. Choose from the list, or specify a type such as Order.Shipped using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
]);
