import type { INodeProperties } from 'n8n-workflow';

import * as request from './request.operation';

export { request };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customApiCall'] } },
		options: [
			{
				name: 'Send Request',
				value: 'request',
				description: "Call any Flexport API endpoint with the node's credentials",
				action: 'Send a custom API request',
			},
		],
		default: 'request',
	},
	...request.description,
];
