import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getProperties, getRecord, idField } from '../../helpers/freight';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = getProperties(idField('oceanContainerLegId', 'Ocean Container Leg ID', 'ocean container leg'));

export const description = updateDisplayOptions({ show: { resource: ['oceanContainerLeg'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, i, '/ocean/shipment_container_legs', 'oceanContainerLegId', 'Ocean Container Leg ID');
}
