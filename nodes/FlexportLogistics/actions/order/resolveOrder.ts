/** The order an item names: its path by ID or External Order ID, and its numeric ID for writes. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { SCOPES } from '../../helpers/scopes';
import type { OrderRef } from '../../helpers/locators';
import { getRecord } from '../../steps/get';
import { requireIdFormat } from '../../helpers/locators';

export function orderPath(ref: OrderRef): string {
	return 'orderId' in ref
		? `/orders/${ref.orderId}`
		: `/orders/external_id/${encodeURIComponent(ref.externalOrderId)}`;
}

/** Cancel and Retry need Flexport's order ID: an External Order ID is looked up first. */
export async function resolveOrderId(
	this: IExecuteFunctions,
	itemIndex: number,
	ref: OrderRef,
): Promise<string> {
	if ('orderId' in ref) return ref.orderId;
	const order = await getRecord.call(this, itemIndex, {
		path: orderPath(ref),
		scope: SCOPES.orders.read,
	});
	return requireIdFormat(this, order.id, 'orderId', 'Order (the ID Flexport returned)', itemIndex);
}
