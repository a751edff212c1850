import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { simplify } from '../../descriptions/common.description';
import { orderLocator } from '../../descriptions/locators.description';
import { readOrderRef } from '../../helpers/locators';
import { simplifyOrder } from '../../helpers/orderOutput';
import { SCOPES } from '../../helpers/scopes';
import { getItems } from '../../steps/get';
import { orderPath } from './resolveOrder';

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['get'] } },
	[
		orderLocator(
			'The order to get, by Flexport order ID or by the External Order ID it was created with',
		),
		simplify,
	],
);

/** GET /orders/{orderId} or GET /orders/external_id/{externalOrderId}. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const ref = readOrderRef(this, itemIndex);
	return await getItems.call(
		this,
		itemIndex,
		{ path: orderPath(ref), scope: SCOPES.orders.read },
		simplifyOrder,
	);
}
