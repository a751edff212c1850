import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, returnAllAndLimit } from '../../descriptions/common.description';
import { poolOption } from '../../descriptions/product.description';
import { readInventoryQuery } from '../../helpers/productInput';
import { SCOPES } from '../../helpers/scopes';
import { listItems } from '../../steps/list';

export const description = updateDisplayOptions(
	{ show: { resource: ['inventory'], operation: ['getAll'] } },
	[...returnAllAndLimit, optionsCollection([poolOption], { write: false })],
);

/** GET /products/inventory/all, limit/offset pages of at most 100 (an empty page ends the list). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listItems.call(this, itemIndex, '/products/inventory/all', {
		style: 'offset',
		maxPageSize: 100,
		qs: readInventoryQuery(this, itemIndex),
		scope: SCOPES.products.read,
	});
}
