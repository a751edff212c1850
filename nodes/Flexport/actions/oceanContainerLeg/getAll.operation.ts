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
	{ name: 'legId', displayName: 'Shipment Leg ID', query: 'f.leg.id', kind: 'id' },
	{
		name: 'shipmentContainerId',
		displayName: 'Ocean Container ID',
		query: 'f.shipment_container.id',
		kind: 'id',
	},
	{
		name: 'containerNumber',
		displayName: 'Container Number',
		query: 'f.shipment_container.container_number',
		kind: 'string',
	},
];

const properties: INodeProperties[] = [...returnAllAndLimit, filtersCollection(filters), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['oceanContainerLeg'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, '/ocean/shipment_container_legs', { filters });
}
