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
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.shipment.id', kind: 'id' },
	{
		name: 'containerNumber',
		displayName: 'Container Number',
		query: 'f.container_number',
		kind: 'string',
	},
];

const properties: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection(filters, true),
	simplify,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['oceanContainer'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, '/ocean/shipment_containers', { filters });
}
