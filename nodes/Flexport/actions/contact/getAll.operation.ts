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
		name: 'companyRef',
		displayName: 'Company Ref',
		query: 'f.company_ref',
		kind: 'string',
		description: "Ref of the contact's company",
	},
	{
		name: 'companyId',
		displayName: 'Company ID',
		query: 'f.company.id',
		kind: 'string',
		description: "ID of the contact's company, such as 8VDcMWAo9-OyjP4DEDZ0qS",
	},
	{
		name: 'locationId',
		displayName: 'Location ID',
		query: 'f.location.id',
		kind: 'string',
		description: 'ID of a location the contact is assigned to',
	},
];

const properties: INodeProperties[] = [...returnAllAndLimit, filtersCollection(filters), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['contact'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.contact, { filters });
}
