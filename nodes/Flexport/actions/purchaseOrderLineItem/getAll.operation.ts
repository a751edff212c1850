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
	{
		name: 'lineItemNumber',
		displayName: 'Line Item Number',
		query: 'f.line_item_number',
		kind: 'string',
	},
	{ name: 'itemKey', displayName: 'Item Key', query: 'f.item_key', kind: 'string' },
	{
		name: 'purchaseOrderVersionId',
		displayName: 'Purchase Order Version ID',
		query: 'f.purchase_order_version.id',
		kind: 'id',
		description:
			'A version of the purchase order; without it the latest; sent as f.purchase_order_version.id',
	},
];

export const { description, execute } = listOperation(
	'purchaseOrderLineItem',
	FLEXPORT_OBJECTS.purchaseOrderLineItem,
	{
		filters,
	},
);
