import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { productLocator } from '../../descriptions/locators.description';
import { poolOption } from '../../descriptions/product.description';
import { readIdLocator } from '../../helpers/locators';
import { readInventoryQuery } from '../../helpers/productInput';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['inventory'], operation: ['get'] } },
	[
		productLocator(),
		optionsCollection(
			[
				{
					displayName: 'Aggregate Packs',
					name: 'aggregatePacks',
					type: 'boolean',
					default: true,
					description: 'Whether to count the units of all pack sizes of the product together',
				},
				poolOption,
			],
			{ write: false },
		),
	],
);

/** GET /products/{logisticsSku}/inventory. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const sku = readIdLocator(this, 'logisticsSku', itemIndex, 'Product', 'logisticsSku');
	const items = await getItems.call(this, itemIndex, {
		path: `/products/${sku}/inventory`,
		qs: readInventoryQuery(this, itemIndex),
		scope: SCOPES.products.read,
	});
	// The inventory record may leave out its SKU; name it, so items can be told apart downstream.
	for (const item of items) item.json.logisticsSku ??= sku;
	return items;
}
