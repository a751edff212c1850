/** Parameter shapes of webhooks: the locator (with list search) and the registration fields. */
import type { INodeProperties } from 'n8n-workflow';

import { TYPE_OPTIONS } from '../../FlexportLogisticsTrigger/eventTypes';
import { requiredText } from './common.description';
import { idMode } from './locators.description';

export const WEBHOOK_METHODS = ['POST', 'PUT'] as const;
export const WEBHOOK_AUTH_METHODS = ['NONE', 'BASIC_AUTH', 'TOKEN'] as const;

export function webhookLocator(description: string): INodeProperties {
	return {
		displayName: 'Webhook',
		name: 'webhookId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchWebhooks', searchable: true },
			},
			idMode('webhookId', 'webhook ID'),
		],
	};
}

const whenAuth = (authMethod: string) => ({ show: { authMethod: [authMethod] } });

export const webhookCreateFields: INodeProperties[] = [
	{
		displayName: 'Event Type Name or ID',
		name: 'type',
		type: 'options',
		options: TYPE_OPTIONS,
		default: 'Order.Shipped',
		required: true,
		description:
			'Which events Flexport sends to the URL. Choose from the list, or specify a type Flexport added later using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	requiredText(
		'URL',
		'url',
		'https://example.com/flexport/events',
		'Where Flexport sends the events; it must start with https://. To start a workflow, the Flexport Logistics Trigger registers its own webhooks.',
	),
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: WEBHOOK_METHODS.map((value) => ({ name: value, value })),
		default: 'POST',
		description: 'The HTTP method of each delivery',
	},
	{
		displayName: 'Authentication',
		name: 'authMethod',
		type: 'options',
		options: [
			{ name: 'Basic Auth', value: 'BASIC_AUTH', description: 'A username and password' },
			{ name: 'None', value: 'NONE' },
			{ name: 'Token', value: 'TOKEN', description: 'A secret token in a header you name' },
		],
		default: 'TOKEN',
		description: 'How each delivery proves it comes from Flexport',
	},
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		required: true,
		displayOptions: whenAuth('BASIC_AUTH'),
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		displayOptions: whenAuth('BASIC_AUTH'),
	},
	{
		displayName: 'Token Header',
		name: 'headerName',
		type: 'string',
		default: 'X-Flexport-Webhook-Token',
		required: true,
		description: 'The header in which Flexport sends the token',
		displayOptions: whenAuth('TOKEN'),
	},
	{
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description:
			'The secret Flexport sends with each delivery; your receiver compares it. It is never shown in the output.',
		displayOptions: whenAuth('TOKEN'),
	},
];
