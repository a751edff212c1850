import type { FilterSpec } from '../../descriptions/filters.description';
import { INVOICE_SORT, INVOICE_STATUSES } from '../../descriptions/enums';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'status',
		displayName: 'Status',
		query: 'f.status',
		kind: 'options',
		options: INVOICE_STATUSES,
	},
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.shipment.id', kind: 'id' },
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
	{ name: 'issuedAfter', displayName: 'Issued After', query: 'f.issued_at.gt', kind: 'dateTime' },
	{ name: 'issuedBefore', displayName: 'Issued Before', query: 'f.issued_at.lt', kind: 'dateTime' },
	{
		name: 'lastUpdatedAfter',
		displayName: 'Last Updated After',
		query: 'f.last_updated_at.gt',
		kind: 'dateTime',
	},
	{
		name: 'lastUpdatedBefore',
		displayName: 'Last Updated Before',
		query: 'f.last_updated_at.lt',
		kind: 'dateTime',
	},
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
