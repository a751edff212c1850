import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['carbonCalculation'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Estimate the CO2e emissions of a move (Flexport allows 1,000 a hour)',
				action: 'Create a carbon calculation',
			},
		],
		default: 'create',
	},
	...create.description,
];
