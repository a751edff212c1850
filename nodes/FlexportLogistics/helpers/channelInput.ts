/** Readers of the channel fields: the channel type and store that also form the sync path. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { textParameter } from '../../shared/readers/parameters';
import { failParameter, shown } from '../../shared/readers/values';

const CHANNEL_TYPE = /^[A-Za-z0-9_-]{1,50}$/;
const STORE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;

export function readChannelType(context: IExecuteFunctions, itemIndex: number): string {
	const value = textParameter(context, 'channelType', 'Channel Type', itemIndex, 50);
	if (!CHANNEL_TYPE.test(value))
		failParameter(
			context,
			itemIndex,
			`"Channel Type" may hold only letters, digits, _ and - (e.g. SHOPIFY), but got ${shown(value)}`,
		);
	return value;
}

export function readStoreName(context: IExecuteFunctions, itemIndex: number): string {
	const value = textParameter(context, 'storeName', 'Store Name', itemIndex, 255);
	if (!STORE_NAME.test(value))
		failParameter(
			context,
			itemIndex,
			`"Store Name" must be a store name such as shop1.myshopify.com (letters, digits, ., _ and -), but got ${shown(value)}`,
		);
	return value;
}

/** /channels/{channelType}/shop/{storeName}/sync of the item's channel. */
export function syncPath(context: IExecuteFunctions, itemIndex: number): string {
	const channelType = encodeURIComponent(readChannelType(context, itemIndex));
	const storeName = encodeURIComponent(readStoreName(context, itemIndex));
	return `/channels/${channelType}/shop/${storeName}/sync`;
}
