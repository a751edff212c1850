import { INVOICE_SORT, INVOICE_STATUSES } from '../../descriptions/enums';
import {
	dateRangeFilters,
	type FilterSpec,
	SHIPMENT_ID_FILTER,
	statusFilter,
} from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	statusFilter(INVOICE_STATUSES),
	SHIPMENT_ID_FILTER,
	{
		name: 'shipmentIdAlternate',
		displayName: 'Shipment ID (Alternate Filter)',
		query: 'f.shipment_id',
		kind: 'id',
		description: 'Sent as f.shipment_id, which Flexport lists next to f.shipment.id',
	},
	{
		name: 'billedDirectlyToClient',
		displayName: 'Billed Directly to Client',
		query: 'f.billed_directly_to_client',
		kind: 'boolean',
	},
	{
		name: 'entityId',
		displayName: 'Billed Entity ID',
		query: 'f.entity.id',
		kind: 'id',
		description: 'Numeric ID of the billed company entity (sent as f.entity.id)',
	},
	{
		name: 'entityRef',
		displayName: 'Billed Entity Ref',
		query: 'f.entity.ref',
		kind: 'string',
		description: 'Ref of the billed company entity (sent as f.entity.ref)',
	},
	{
		name: 'name',
		displayName: 'Invoice Name',
		query: 'f.name',
		kind: 'string',
		description: 'For example FLEX-123456-1',
	},
	...dateRangeFilters({ name: 'issued', label: 'Issued', query: 'f.issued_at' }, ['gt', 'lt']),
	...dateRangeFilters({ name: 'lastUpdated', label: 'Last Updated', query: 'f.last_updated_at' }, [
		'gt',
		'lt',
	]),
	{
		name: 'clientId',
		displayName: 'Client ID',
		query: 'f.client_id',
		kind: 'id',
		description: 'Numeric ID of the client (sent as f.client_id)',
	},
];

export const { description, execute } = listOperation('invoice', FLEXPORT_OBJECTS.invoice, {
	filters,
	sortValues: INVOICE_SORT,
});
