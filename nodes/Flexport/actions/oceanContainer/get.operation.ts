import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getProperties, getRecord, idField } from '../../helpers/freight';
import { updateDisplayOptions } from '../../helpers/utils';

const properties: INodeProperties[] = getProperties(idField('oceanContainerId', 'Ocean Container ID', 'ocean container'));

export const description = updateDisplayOptions({ show: { resource: ['oceanContainer'], operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	return await getRecord.call(this, i, '/ocean/shipment_containers', 'oceanContainerId', 'Ocean Container ID');
}
