import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['shipment'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a shipment', action: 'Get a shipment' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List shipments',
				action: 'Get many shipments',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Replace a shipment's metadata (tags)",
				action: 'Update a shipment',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
	...update.description,
];
