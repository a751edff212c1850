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
];

const properties: INodeProperties[] = [...returnAllAndLimit, filtersCollection(filters), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['customsEntry'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, '/customs_entries', { filters });
}
