import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getByWarehouse from './getByWarehouse.operation';

export { get, getAll, getByWarehouse };

export const option: INodePropertyOptions = { name: 'Inventory', value: 'inventory' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['inventory'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get the inventory of one product',
				action: 'Get the inventory of a product',
			},
			{
				name: 'Get by Warehouse',
				value: 'getByWarehouse',
				description: 'Get the available units of products in each warehouse',
				action: 'Get inventory by warehouse',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the inventory of many products',
				action: 'Get many inventory records',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
	...getByWarehouse.description,
];
