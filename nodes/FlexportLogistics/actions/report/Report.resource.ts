import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as generate from './generate.operation';
import * as getStatus from './getStatus.operation';

export { generate, getStatus };

export const option: INodePropertyOptions = { name: 'Report', value: 'report' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{
				name: 'Generate',
				value: 'generate',
				description: 'Generate a report, optionally waiting for it and downloading the CSV',
				action: 'Generate a report',
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				description: 'Get the status and download link of a report, optionally the CSV',
				action: 'Get the status of a report',
			},
		],
		default: 'generate',
	},
	...generate.description,
	...getStatus.description,
];
