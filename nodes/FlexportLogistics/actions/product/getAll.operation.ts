import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../descriptions/common.description';
import { SCOPES } from '../../helpers/scopes';
import { listItems } from '../../steps/list';

export const description = updateDisplayOptions(
	{ show: { resource: ['product'], operation: ['getAll'] } },
	returnAllAndLimit,
);

/** GET /products, limit/offset pages of at most 100. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listItems.call(this, itemIndex, '/products', {
		style: 'offset',
		maxPageSize: 100,
		scope: SCOPES.products.read,
	});
}
