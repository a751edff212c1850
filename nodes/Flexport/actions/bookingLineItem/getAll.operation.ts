import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	returnAllAndLimit,
	simplify,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { BOOKING_SORT } from '../../descriptions/enums';
import {
	filtersCollection,
	type FilterSpec,
	sortOptions,
} from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listRecords } from '../../steps/list';

export const filters: FilterSpec[] = [
	{
		name: 'purchaseOrderId',
		displayName: 'Purchase Order ID',
		query: 'f.purchase_order.id',
		kind: 'id',
	},
];

const properties: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection(filters),
	sortOptions(BOOKING_SORT),
	simplify,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['bookingLineItem'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.bookingLineItem, {
		filters,
		sortValues: BOOKING_SORT,
	});
}
