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
	{
		name: 'ref',
		displayName: 'Ref',
		query: 'f.ref',
		kind: 'string',
		description: 'Your own reference for the company',
	},
];

const properties: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection(filters, true),
	simplify,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['company'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, '/network/companies', { filters });
}
