import type { FilterSpec } from '../../descriptions/filters.description';
import { BOOKING_SORT, BOOKING_STATUSES } from '../../descriptions/enums';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'status',
		displayName: 'Status',
		query: 'f.status',
		kind: 'options',
		options: BOOKING_STATUSES,
	},
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.shipment.id', kind: 'id' },
	{
		name: 'consigneeEntityRef',
		displayName: 'Consignee Entity Ref',
		query: 'f.consignee_entity_ref',
		kind: 'string',
	},
	{
		name: 'shipperEntityRef',
		displayName: 'Shipper Entity Ref',
		query: 'f.shipper_entity_ref',
		kind: 'string',
	},
	{
		name: 'cargoReadyDate',
		displayName: 'Cargo Ready Date Is',
		query: 'f.cargo_ready_date',
		kind: 'date',
	},
	{
		name: 'cargoReadyAfter',
		displayName: 'Cargo Ready After',
		query: 'f.cargo_ready_date.gt',
		kind: 'date',
	},
	{
		name: 'cargoReadyOnOrAfter',
		displayName: 'Cargo Ready On or After',
		query: 'f.cargo_ready_date.gte',
		kind: 'date',
	},
	{
		name: 'cargoReadyBefore',
		displayName: 'Cargo Ready Before',
		query: 'f.cargo_ready_date.lt',
		kind: 'date',
	},
	{
		name: 'cargoReadyOnOrBefore',
		displayName: 'Cargo Ready On or Before',
		query: 'f.cargo_ready_date.lte',
		kind: 'date',
	},
	{
		name: 'createdAfter',
		displayName: 'Created After',
		query: 'f.created_at.gt',
		kind: 'dateTime',
	},
	{
		name: 'createdAtOrAfter',
		displayName: 'Created At or After',
		query: 'f.created_at.gte',
		kind: 'dateTime',
	},
	{
		name: 'createdBefore',
		displayName: 'Created Before',
		query: 'f.created_at.lt',
		kind: 'dateTime',
	},
	{
		name: 'createdAtOrBefore',
		displayName: 'Created At or Before',
		query: 'f.created_at.lte',
		kind: 'dateTime',
	},
];

export const { description, execute } = listOperation('booking', FLEXPORT_OBJECTS.booking, {
	filters,
	metadata: true,
	sortValues: BOOKING_SORT,
});
