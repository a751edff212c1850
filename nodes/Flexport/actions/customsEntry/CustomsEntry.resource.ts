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
		displayOptions: { show: { resource: ['customsEntry'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a customs entry',
				action: 'Get a customs entry',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List customs entries',
				action: 'Get many customs entries',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
