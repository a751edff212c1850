import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	type FilterSpec,
	filtersCollection,
	returnAllAndLimit,
	simplify,
} from '../../descriptions/common.descriptions';
import { PORT_TYPES } from '../../descriptions/enums';
import { listRecords } from '../../helpers/list';
import { updateDisplayOptions } from '../../helpers/utils';

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
	return await listRecords.call(this, itemIndex, '/ports', { filters });
}
