import { dateRangeFilters, type FilterSpec } from '../../descriptions/filters.description';
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
	...dateRangeFilters({ name: 'uploaded', label: 'Uploaded', query: 'f.uploaded_at', on: true }),
];

export const { description, execute } = listOperation('document', FLEXPORT_OBJECTS.document, {
	filters,
});
