import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
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

export const { description, execute } = listOperation('document', FLEXPORT_OBJECTS.document, {
	filters,
});
