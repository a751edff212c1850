import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { resourceLocator } from '../../descriptions/common.descriptions';
import { getProperties, getRecord } from '../../helpers/freight';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = getProperties(
	resourceLocator({ name: 'purchaseOrderId', displayName: 'Purchase Order', searchMethod: 'searchPurchaseOrders', urlSegment: 'purchase_orders' }),
);

export const description = updateDisplayOptions({ show: { resource: ['purchaseOrder'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, i, '/purchase_orders', 'purchaseOrderId', 'Purchase Order');
}
