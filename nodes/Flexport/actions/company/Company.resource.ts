import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getMine from './getMine.operation';
import * as update from './update.operation';

export { create, get, getAll, getMine, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Add a company to your network',
				action: 'Create a company',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a company in your network',
				action: 'Get a company',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the companies in your network',
				action: 'Get many companies',
			},
			{
				name: 'Get My Company',
				value: 'getMine',
				description: 'Get the company the credentials belong to',
				action: 'Get my company',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a company's name or ref",
				action: 'Update a company',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...getMine.description,
	...update.description,
];
