import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	returnAllAndLimit,
	simplify,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { filtersCollection, type FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listRecords } from '../../steps/list';

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
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.purchaseOrderLineItem, {
		filters,
	});
}
