import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const option: INodePropertyOptions = { name: 'Event', value: 'event' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['event'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the event history (orders, inbounds, parcels, returns …), by type',
				action: 'Get many events',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
