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
		displayOptions: { show: { resource: ['event'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get a webhook event',
				action: 'Get a webhook event',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List webhook events',
				action: 'Get many webhook events',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
