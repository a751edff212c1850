import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { cancel, create, get, getAll };

export const option: INodePropertyOptions = { name: 'Return', value: 'return' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['return'] } },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				description: 'Cancel a return that has not shipped',
				action: 'Cancel a return',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Announce a return to a Flexport warehouse, with or without a label',
				action: 'Create a return',
			},
			{ name: 'Get', value: 'get', description: 'Get a return', action: 'Get a return' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List returns, filtered by status, RMA or tracking code',
				action: 'Get many returns',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...cancel.description,
];
