import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as getStatus from './getStatus.operation';

export { getStatus };

export const option: INodePropertyOptions = { name: 'Account', value: 'account' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get Standing Status',
				value: 'getStatus',
				description:
					'Get whether the account is fully set up: product catalog imported, first inbound received',
				action: 'Get the standing status of the account',
			},
		],
		default: 'getStatus',
	},
	...getStatus.description,
];
