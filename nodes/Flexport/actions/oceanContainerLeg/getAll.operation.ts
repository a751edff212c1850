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
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.oceanContainerLeg, { filters });
}
