import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getLocatorId, resourceLocator } from '../../descriptions/common.descriptions';
import { idField } from '../../helpers/freight';
import { requireNumber, requireNumericId, toItems, updateDisplayOptions } from '../../helpers/utils';
import { flexportApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	idField('purchaseOrderLineItemId', 'Purchase Order Line Item ID', 'purchase order line item to book'),
	resourceLocator({ name: 'bookingId', displayName: 'Booking', searchMethod: 'searchBookings', urlSegment: 'bookings' }),
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

export const description = updateDisplayOptions({ show: { resource: ['bookingLineItem'], operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const lineItemId = requireNumericId(this, this.getNodeParameter('purchaseOrderLineItemId', i), 'Purchase Order Line Item ID', i);
	const bookingId = getLocatorId(this, 'bookingId', i, 'Booking');
	const units = requireNumber(this, this.getNodeParameter('units', i), 'Units', i, { min: 1, integer: true });
	const body = { purchase_order_line_item_id: Number(lineItemId), booking_id: Number(bookingId), units };
	const lineItem = await flexportApiRequest.call(this, 'POST', '/booking_line_items', { body, itemIndex: i });
	return toItems(this, lineItem, i);
}
