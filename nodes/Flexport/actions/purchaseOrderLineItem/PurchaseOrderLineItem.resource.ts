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
		displayOptions: { show: { resource: ['purchaseOrderLineItem'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a purchase order line item',
				action: 'Get a purchase order line item',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List purchase order line items',
				action: 'Get many purchase order line items',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
