import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as retry from './retry.operation';

export { cancel, create, get, retry };

export const option: INodePropertyOptions = { name: 'Order', value: 'order' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				description: 'Cancel an order that has not shipped yet',
				action: 'Cancel an order',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Create a fulfilment order',
				action: 'Create an order',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get an order by its ID or its External Order ID',
				action: 'Get an order',
			},
			{
				name: 'Retry',
				value: 'retry',
				description: 'Retry processing of an order that failed',
				action: 'Retry an order',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...cancel.description,
	...retry.description,
];
