import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { resourceLocator } from '../../descriptions/common.descriptions';
import { getProperties, getRecord } from '../../helpers/freight';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = getProperties(
	resourceLocator({ name: 'bookingId', displayName: 'Booking', searchMethod: 'searchBookings', urlSegment: 'bookings' }),
);

export const description = updateDisplayOptions({ show: { resource: ['booking'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, i, '/bookings', 'bookingId', 'Booking');
}
