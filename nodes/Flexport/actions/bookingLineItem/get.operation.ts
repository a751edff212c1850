import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getProperties, getRecord, idField } from '../../helpers/freight';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = getProperties(idField('bookingLineItemId', 'Booking Line Item ID', 'booking line item'));

export const description = updateDisplayOptions({ show: { resource: ['bookingLineItem'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, i, '/booking_line_items', 'bookingLineItemId', 'Booking Line Item ID');
}
