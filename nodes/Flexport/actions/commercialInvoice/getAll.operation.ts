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
		name: 'invoiceNumber',
		displayName: 'Invoice Number',
		query: 'f.invoice_number',
		kind: 'string',
	},
	{
		name: 'sellerId',
		displayName: 'Seller Entity ID',
		query: 'f.involved_party_seller_id',
		kind: 'string',
		description: "ID of the seller's company entity (sent as f.involved_party_seller_id)",
	},
	{
		name: 'sellerRef',
		displayName: 'Seller Entity Ref',
		query: 'f.involved_party_seller_ref',
		kind: 'string',
		description: "Ref of the seller's company entity (sent as f.involved_party_seller_ref)",
	},
	...dateRangeFilters({ name: 'created', label: 'Created', query: 'f.created_at' }),
	...dateRangeFilters({ name: 'updated', label: 'Updated', query: 'f.updated_at' }, ['gt', 'lt']),
];

export const { description, execute } = listOperation(
	'commercialInvoice',
	FLEXPORT_OBJECTS.commercialInvoice,
	{
		filters,
	},
);
