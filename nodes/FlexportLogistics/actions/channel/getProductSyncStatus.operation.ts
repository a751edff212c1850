import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelTypeField, storeNameField } from '../../descriptions/channel.description';
import { syncPath } from '../../helpers/channelInput';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['getProductSyncStatus'] } },
	[channelTypeField, storeNameField],
);

/** GET /channels/{channelType}/shop/{storeName}/sync (get_product_sync_status). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await getItems.call(this, itemIndex, {
		path: syncPath(this, itemIndex),
		scope: SCOPES.products.read,
	});
}
