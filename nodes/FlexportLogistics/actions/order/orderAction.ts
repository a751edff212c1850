/** Cancel and Retry: the same shape — an Order locator, Simplify, Options — and one POST. */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, simplify } from '../../descriptions/common.description';
import { orderLocator } from '../../descriptions/locators.description';
import { readOrderRef } from '../../helpers/locators';
import { simplifyOrder } from '../../helpers/orderOutput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';
import { resolveOrderId } from './resolveOrder';

export function orderAction(
	action: 'cancel' | 'retry',
	locatorDescription: string,
): {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;
} {
	return {
		description: updateDisplayOptions({ show: { resource: ['order'], operation: [action] } }, [
			orderLocator(locatorDescription),
			simplify,
			optionsCollection([], { write: true }),
		]),
		/** POST /orders/{orderId}/<action> (an External Order ID is looked up first). */
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const orderId = await resolveOrderId.call(this, itemIndex, readOrderRef(this, itemIndex));
			return await writeItems.call(
				this,
				itemIndex,
				{ method: 'POST', path: `/orders/${orderId}/${action}`, scope: SCOPES.orders.write },
				simplifyOrder,
			);
		},
	};
}
