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
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.shipment.id', kind: 'id' },
	{
		name: 'documentType',
		displayName: 'Document Type',
		query: 'f.document_type',
		kind: 'string',
		description: 'For example commercial_invoice, certificate_of_origin or house_bill_of_lading',
	},
	{
		name: 'archived',
		displayName: 'Archived',
		query: 'f.archived_at.exists',
		kind: 'boolean',
		description:
			'Whether to return only archived documents (on) or only documents that are not archived (off)',
	},
	{
		name: 'uploadedAfter',
		displayName: 'Uploaded After',
		query: 'f.uploaded_at.gt',
		kind: 'dateTime',
	},
	{
		name: 'uploadedOnOrAfter',
		displayName: 'Uploaded On or After',
		query: 'f.uploaded_at.gte',
		kind: 'dateTime',
	},
	{
		name: 'uploadedBefore',
		displayName: 'Uploaded Before',
		query: 'f.uploaded_at.lt',
		kind: 'dateTime',
	},
	{
		name: 'uploadedOnOrBefore',
		displayName: 'Uploaded On or Before',
		query: 'f.uploaded_at.lte',
		kind: 'dateTime',
	},
];

const properties: INodeProperties[] = [...returnAllAndLimit, filtersCollection(filters), simplify];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['getAll'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listRecords.call(this, itemIndex, FLEXPORT_OBJECTS.document, { filters });
}
