import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, simplify } from '../../descriptions/common.description';
import { orderLocator } from '../../descriptions/locators.description';
import { readOrderRef } from '../../helpers/locators';
import { simplifyOrder } from '../../helpers/orderOutput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';
import { resolveOrderId } from './resolveOrder';

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['cancel'] } },
	[
		orderLocator('The order to cancel; an order that has shipped cannot be cancelled'),
		simplify,
		optionsCollection([], { write: true }),
	],
);

/** POST /orders/{orderId}/cancel (an External Order ID is looked up first). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const orderId = await resolveOrderId.call(this, itemIndex, readOrderRef(this, itemIndex));
	return await writeItems.call(
		this,
		itemIndex,
		{ method: 'POST', path: `/orders/${orderId}/cancel`, scope: SCOPES.orders.write },
		simplifyOrder,
	);
}
