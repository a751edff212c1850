import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const option: INodePropertyOptions = { name: 'Product', value: 'product' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Add a product to your catalog',
				action: 'Create a product',
			},
			{ name: 'Get', value: 'get', description: 'Get a product', action: 'Get a product' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List your products',
				action: 'Get many products',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
