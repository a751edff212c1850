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
		displayOptions: { show: { resource: ['invoice'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a freight invoice', action: 'Get an invoice' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List freight invoices',
				action: 'Get many invoices',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
];
