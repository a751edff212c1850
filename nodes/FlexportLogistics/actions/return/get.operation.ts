import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { returnLocator } from '../../descriptions/return.description';
import { readIdLocator } from '../../helpers/locators';
import { simplifyReturn } from '../../helpers/returnOutput';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['return'], operation: ['get'] } },
	[returnLocator('The return to get'), simplify],
);

/** GET /returns/{returnId} (returns_get_order). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const returnId = readIdLocator(this, 'returnId', itemIndex, 'Return', 'returnId');
	return await getItems.call(
		this,
		itemIndex,
		{ path: `/returns/${returnId}`, scope: SCOPES.returns.read },
		simplifyReturn,
	);
}
