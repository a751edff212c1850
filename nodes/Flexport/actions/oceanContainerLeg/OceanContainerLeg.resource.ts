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
		displayOptions: { show: { resource: ['oceanContainerLeg'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get an ocean container leg',
				action: 'Get an ocean container leg',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List ocean container legs',
				action: 'Get many ocean container legs',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
