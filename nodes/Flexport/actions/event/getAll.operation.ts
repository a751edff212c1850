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
	{
		name: 'occurredAfter',
		displayName: 'Occurred At or After',
		query: 'f.occurred_at.gte',
		kind: 'dateTime',
	},
	{
		name: 'occurredBefore',
		displayName: 'Occurred At or Before',
		query: 'f.occurred_at.lte',
		kind: 'dateTime',
	},
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.data.shipment.id', kind: 'id' },
	{
		name: 'resourceObject',
		displayName: 'Resource Type',
		query: 'f.data.resource._object',
		kind: 'string',
		description:
			'The _object of the resource the events involve, such as /invoice or /shipment_leg; sent as f.data.resource._object',
	},
];

const properties: INodeProperties[] = [...returnAllAndLimit, filtersCollection(filters), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['event'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.event, { filters });
}
