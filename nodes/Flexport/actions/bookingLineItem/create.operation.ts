import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { objectLocator, TARGETS, targetId, writeObject } from '../../helpers/objects';
import { requireNumber, updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = [
	{
		...objectLocator(TARGETS.purchaseOrderLineItem),
		description: 'The purchase order line item to book',
	},
	objectLocator(TARGETS.booking),
	{
		displayName: 'Units',
		name: 'units',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		required: true,
		default: 1,
		description: 'How many units of the line item go on the booking',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bookingLineItem'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const lineItemId = targetId(this, TARGETS.purchaseOrderLineItem, itemIndex);
	const bookingId = targetId(this, TARGETS.booking, itemIndex);
	const units = requireNumber(this, this.getNodeParameter('units', itemIndex), 'Units', itemIndex, {
		min: 1,
		integer: true,
	});
	const body = {
		purchase_order_line_item_id: Number(lineItemId),
		booking_id: Number(bookingId),
		units,
	};
	return await writeObject.call(this, itemIndex, 'POST', TARGETS.bookingLineItem.path, body);
}
