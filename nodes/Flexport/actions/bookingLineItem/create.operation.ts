import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../descriptions/common.description';
import { LOCATORS, objectLocator } from '../../descriptions/objects.description';
import { targetId } from '../../helpers/parameters';
import { requireNumber } from '../../helpers/values';
import { writeObject } from '../../steps/write';

const properties: INodeProperties[] = [
	{
		...objectLocator(LOCATORS.purchaseOrderLineItem),
		description: 'The purchase order line item to book',
	},
	objectLocator(LOCATORS.booking),
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
	const lineItemId = targetId(this, LOCATORS.purchaseOrderLineItem, itemIndex);
	const bookingId = targetId(this, LOCATORS.booking, itemIndex);
	const units = requireNumber(this, this.getNodeParameter('units', itemIndex), 'Units', itemIndex, {
		min: 1,
		integer: true,
	});
	const body = {
		purchase_order_line_item_id: Number(lineItemId),
		booking_id: Number(bookingId),
		units,
	};
	return await writeObject.call(this, itemIndex, 'POST', LOCATORS.bookingLineItem.path, body);
}
