import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tracking'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description:
					"Track containers of a shipment Flexport does not forward (Flexport's visibility service; API version 3)",
				action: 'Create a tracking request',
			},
		],
		default: 'create',
	},
	...create.description,
];
