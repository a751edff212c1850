/** Parameter shapes of sales channels: the channel type and store that name a channel. */
import type { INodeProperties } from 'n8n-workflow';

export const channelTypeField: INodeProperties = {
	displayName: 'Channel Type',
	name: 'channelType',
	type: 'string',
	default: 'SHOPIFY',
	required: true,
	placeholder: 'e.g. SHOPIFY',
	description: 'The sales channel, as Flexport names it, such as SHOPIFY',
};

export const storeNameField: INodeProperties = {
	displayName: 'Store Name',
	name: 'storeName',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. shop1.myshopify.com',
	description: 'The store of the channel, as it was connected',
};
