/** Parameter shapes of sales channels: the channel type and store that name a channel. */
import type { INodeProperties } from 'n8n-workflow';

import { requiredText } from './common.description';

export const channelTypeField: INodeProperties = {
	displayName: 'Channel Type',
	name: 'channelType',
	type: 'string',
	default: 'SHOPIFY',
	required: true,
	placeholder: 'e.g. SHOPIFY',
	description: 'The sales channel, as Flexport names it, such as SHOPIFY',
};

export const storeNameField: INodeProperties = requiredText(
	'Store Name',
	'storeName',
	'e.g. shop1.myshopify.com',
	'The store of the channel, as it was connected',
);
