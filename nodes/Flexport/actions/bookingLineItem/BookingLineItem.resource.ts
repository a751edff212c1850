import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bookingLineItem'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Put units of a purchase order line item on a booking',
				action: 'Create a booking line item',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a booking line item',
				action: 'Get a booking line item',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List booking line items',
				action: 'Get many booking line items',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
