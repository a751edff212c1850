import type { FilterSpec } from '../../descriptions/filters.description';
import { BOOKING_SORT } from '../../descriptions/enums';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'purchaseOrderId',
		displayName: 'Purchase Order ID',
		query: 'f.purchase_order.id',
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
