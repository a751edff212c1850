import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection, simplify } from '../../descriptions/common.description';
import {
	lineItems,
	orderAdditionalFields,
	shippingAddress,
} from '../../descriptions/order.description';
import { readCreateOrderBody } from '../../helpers/orderInput';
import { simplifyOrder } from '../../helpers/orderOutput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

const properties: INodeProperties[] = [
	{
		displayName: 'External Order ID',
		name: 'externalOrderId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.order_number }}',
		description:
			'Your unique reference for the order, such as the shop order number; Flexport refuses a second order with the same one',
	},
	shippingAddress,
	...lineItems,
	orderAdditionalFields,
	simplify,
	optionsCollection([], { write: true }),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['order'], operation: ['create'] } },
	properties,
);

/** POST /orders (create_order202307). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await writeItems.call(
		this,
		itemIndex,
		{
			method: 'POST',
			path: '/orders',
			body: readCreateOrderBody(this, itemIndex),
			scope: SCOPES.orders.write,
		},
		simplifyOrder,
	);
}
