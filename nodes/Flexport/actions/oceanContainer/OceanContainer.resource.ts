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
		displayOptions: { show: { resource: ['oceanContainer'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get an ocean container',
				action: 'Get an ocean container',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List ocean containers',
				action: 'Get many ocean containers',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
