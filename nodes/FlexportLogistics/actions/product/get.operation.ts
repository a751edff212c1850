import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { productLocator } from '../../descriptions/locators.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['get'] } },
	[productLocator()],
);

/** GET /products/{logisticsSku}. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const sku = readIdLocator(this, 'logisticsSku', itemIndex, 'Product', 'logisticsSku');
	return await getItems.call(this, itemIndex, {
		path: `/products/${sku}`,
		scope: SCOPES.products.read,
	});
}
