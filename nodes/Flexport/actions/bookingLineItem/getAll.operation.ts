import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	type FilterSpec,
	filtersCollection,
	returnAllAndLimit,
	simplify,
	sortOptions,
} from '../../descriptions/common.descriptions';
import { BOOKING_SORT } from '../../descriptions/enums';
import { listRecords } from '../../helpers/list';
import { updateDisplayOptions } from '../../helpers/utils';

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
	return await listRecords.call(this, itemIndex, '/booking_line_items', {
		filters,
		sortValues: BOOKING_SORT,
	});
}
