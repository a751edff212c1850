import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteWebhook from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, deleteWebhook as delete, get, getAll };

export const option: INodePropertyOptions = { name: 'Webhook', value: 'webhook' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['webhook'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Register a URL to which Flexport sends events of one type',
				action: 'Create a webhook',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a webhook registration',
				action: 'Delete a webhook',
			},
			{ name: 'Get', value: 'get', description: 'Get a webhook', action: 'Get a webhook' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the webhooks registered for the account',
				action: 'Get many webhooks',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...deleteWebhook.description,
];
