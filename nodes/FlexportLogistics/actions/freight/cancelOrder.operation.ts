import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fieldsCollection, optionsCollection } from '../../descriptions/common.description';
import { freightOrderLocator } from '../../descriptions/freight.description';
import { readCancelBody } from '../../helpers/freightOrderInput';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['freight'], operation: ['cancelOrder'] } },
	[
		freightOrderLocator('The freight order to cancel (possible while booked, planned or tendered)'),
		fieldsCollection('Additional Fields', [
			{
				displayName: 'Cancellation Reason',
				name: 'cancellationReason',
				type: 'string',
				default: '',
				placeholder: 'e.g. Plans changed',
			},
		]),
		optionsCollection([], { write: true }),
	],
);

/** POST /freight/orders/{orderId}/cancel (cancel); Flexport answers without a body. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const orderId = readIdLocator(this, 'orderId', itemIndex, 'Freight Order', 'freightOrderId');
	const items = await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: `/freight/orders/${orderId}/cancel`,
		body: readCancelBody(this, itemIndex),
		scope: SCOPES.freight.write,
	});
	// The answer is empty: say which order it was, so items can be told apart downstream.
	for (const item of items) item.json.orderId ??= Number(orderId);
	return items;
}
