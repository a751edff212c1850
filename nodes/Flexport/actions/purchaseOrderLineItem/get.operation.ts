import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getProperties, getRecord, idField } from '../../helpers/freight';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = getProperties(idField('purchaseOrderLineItemId', 'Purchase Order Line Item ID', 'purchase order line item'));

export const description = updateDisplayOptions({ show: { resource: ['purchaseOrderLineItem'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, i, '/purchase_order_line_items', 'purchaseOrderLineItemId', 'Purchase Order Line Item ID');
}
