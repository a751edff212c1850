import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getInventory from './getInventory.operation';

export { create, get, getInventory };

export const option: INodePropertyOptions = { name: 'Bundle', value: 'bundle' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bundle'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a bundle of products sold together',
				action: 'Create a bundle',
			},
			{ name: 'Get', value: 'get', description: 'Get a bundle', action: 'Get a bundle' },
			{
				name: 'Get Inventory',
				value: 'getInventory',
				description: 'Get how many units of a bundle are available',
				action: 'Get the inventory of a bundle',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getInventory.description,
];
