import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as createTarget from './createTarget.operation';

export { createTarget };

export const option: INodePropertyOptions = { name: 'Upload', value: 'upload' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['upload'] } },
		options: [
			{
				name: 'Create Target',
				value: 'createTarget',
				description:
					'Get a URL and form fields to upload a file (claim proof, booking document) to',
				action: 'Create an upload target',
			},
		],
		default: 'createTarget',
	},
	...createTarget.description,
];
