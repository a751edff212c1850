import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['location'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Add a location to a company',
				action: 'Create a location',
			},
			{ name: 'Get', value: 'get', description: 'Get a location', action: 'Get a location' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List locations',
				action: 'Get many locations',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a location',
				action: 'Update a location',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
