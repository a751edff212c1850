import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit, simplify } from '../../descriptions/common.description';
import { returnFilters } from '../../descriptions/return.description';
import { readReturnFilters } from '../../helpers/returnInput';
import { simplifyReturn } from '../../helpers/returnOutput';
import { SCOPES } from '../../helpers/scopes';
import { listItems } from '../../steps/list';

export const description = updateDisplayOptions(
	{ show: { resource: ['return'], operation: ['getAll'] } },
	[...returnAllAndLimit, returnFilters, simplify],
);

/** GET /returns (get_returns), page_info pages of at most 100; filters are sent with every page. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listItems.call(
		this,
		itemIndex,
		'/returns',
		{
			style: 'pageInfo',
			maxPageSize: 100,
			qs: readReturnFilters(this, itemIndex),
			scope: SCOPES.returns.read,
		},
		simplifyReturn,
	);
}
