import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';

export { getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['port'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List ports, airports and other places',
				action: 'Get many ports',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
];
