import {
	dateRangeFilters,
	type FilterSpec,
	SHIPMENT_ID_FILTER,
} from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	SHIPMENT_ID_FILTER,
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
