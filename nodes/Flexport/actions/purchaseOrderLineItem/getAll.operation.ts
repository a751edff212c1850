import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	type FilterSpec,
	filtersCollection,
	returnAllAndLimit,
	simplify,
} from '../../descriptions/common.descriptions';
import { listRecords } from '../../helpers/list';
import { updateDisplayOptions } from '../../helpers/utils';

export const filters: FilterSpec[] = [
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
];

const properties: INodeProperties[] = [...returnAllAndLimit, filtersCollection(filters), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['purchaseOrderLineItem'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, '/purchase_order_line_items', { filters });
}
