import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getProperties, getRecord, idField } from '../../helpers/freight';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = getProperties(idField('shipmentLegId', 'Shipment Leg ID', 'shipment leg'));

export const description = updateDisplayOptions({ show: { resource: ['shipmentLeg'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, i, '/shipment_legs', 'shipmentLegId', 'Shipment Leg ID');
}
