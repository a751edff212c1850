import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { bundleLocator } from '../../descriptions/locators.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['bundle'], operation: ['getInventory'] } },
	[bundleLocator()],
);

/** GET /bundles/{bundleId}/inventory. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const bundleId = readIdLocator(this, 'bundleId', itemIndex, 'Bundle', 'bundleId');
	return await getItems.call(this, itemIndex, {
		path: `/bundles/${bundleId}/inventory`,
		scope: SCOPES.bundles.read,
	});
}
