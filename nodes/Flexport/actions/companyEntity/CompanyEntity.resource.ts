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
		displayOptions: { show: { resource: ['companyEntity'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Add a legal entity to a company',
				action: 'Create a company entity',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a company entity',
				action: 'Get a company entity',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List company entities',
				action: 'Get many company entities',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change a company entity',
				action: 'Update a company entity',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
];
