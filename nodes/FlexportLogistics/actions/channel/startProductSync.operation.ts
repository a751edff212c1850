import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { channelTypeField, storeNameField } from '../../descriptions/channel.description';
import { optionsCollection } from '../../descriptions/common.description';
import { syncPath } from '../../helpers/channelInput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['channel'], operation: ['startProductSync'] } },
	[channelTypeField, storeNameField, optionsCollection([], { write: true })],
);

/**
 * POST /channels/{channelType}/shop/{storeName}/sync (create_product_sync): starts importing the
 * store's products; "Get Product Sync Status" tells when it is complete.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: syncPath(this, itemIndex),
		scope: SCOPES.products.write,
	});
}
