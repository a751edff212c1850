import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['bookingAmendment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Request a change to an existing booking',
				action: 'Create a booking amendment',
			},
		],
		default: 'create',
	},
	...create.description,
];
