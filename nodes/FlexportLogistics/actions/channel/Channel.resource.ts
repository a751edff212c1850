import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import * as create from './create.operation';
import * as getProductSyncStatus from './getProductSyncStatus.operation';
import * as startProductSync from './startProductSync.operation';

export { create, getProductSyncStatus, startProductSync };

export const option: INodePropertyOptions = { name: 'Channel', value: 'channel' };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['channel'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Connect a sales channel store (approved partners only)',
				action: 'Create a channel',
			},
			{
				name: 'Get Product Sync Status',
				value: 'getProductSyncStatus',
				description: "Get whether the import of a store's products is complete",
				action: 'Get the product sync status of a channel',
			},
			{
				name: 'Start Product Sync',
				value: 'startProductSync',
				description: "Start importing a store's products into Flexport",
				action: 'Start the product sync of a channel',
			},
		],
		default: 'getProductSyncStatus',
	},
	...create.description,
	...getProductSyncStatus.description,
	...startProductSync.description,
];
