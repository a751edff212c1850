import { BOOKING_SORT } from '../../descriptions/enums';
import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'purchaseOrderId',
		displayName: 'Purchase Order ID',
		query: 'f.purchase_order.id',
		kind: 'id',
	},
	{ name: 'bookingId', displayName: 'Booking ID', query: 'f.booking.id', kind: 'id' },
	{
		name: 'purchaseOrderLineItemId',
		displayName: 'Purchase Order Line Item ID',
		query: 'f.purchase_order_line_item.id',
		kind: 'id',
	},
];

export const { description, execute } = listOperation(
	'bookingLineItem',
	FLEXPORT_OBJECTS.bookingLineItem,
	{
		filters,
		sortValues: BOOKING_SORT,
	},
);
