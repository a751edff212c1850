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
	{ show: { resource: ['order'], operation: ['retry'] } },
	[
		orderLocator(
			'The order to process again (Flexport accepts this for orders in error that were not cancelled)',
		),
		simplify,
		optionsCollection([], { write: true }),
	],
);

/** POST /orders/{orderId}/retry (an External Order ID is looked up first). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const orderId = await resolveOrderId.call(this, itemIndex, readOrderRef(this, itemIndex));
	return await writeItems.call(
		this,
		itemIndex,
		{ method: 'POST', path: `/orders/${orderId}/retry`, scope: SCOPES.orders.write },
		simplifyOrder,
	);
}
