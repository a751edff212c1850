import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	returnAllAndLimit,
	simplify,
	updateDisplayOptions,
} from '../../descriptions/common.description';
import { PORT_TYPES } from '../../descriptions/enums';
import { filtersCollection, type FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listRecords } from '../../steps/list';

export const filters: FilterSpec[] = [
	{
		name: 'portType',
		displayName: 'Port Type',
		query: 'f.port_type',
		kind: 'options',
		options: PORT_TYPES,
	},
	{
		name: 'unlocode',
		displayName: 'UN/LOCODE',
		query: 'f.unlocode',
		kind: 'string',
		description: 'Five-character UN/LOCODE such as CATOR; sent as f.unlocode',
	},
];

const properties: INodeProperties[] = [...returnAllAndLimit, filtersCollection(filters), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['port'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.port, { filters });
}
