import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['shipmentLeg'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a shipment leg',
				action: 'Get a shipment leg',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List shipment legs',
				action: 'Get many shipment legs',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
