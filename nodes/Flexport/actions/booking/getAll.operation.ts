import { BOOKING_SORT, BOOKING_STATUSES } from '../../descriptions/enums';
import {
	dateRangeFilters,
	type FilterSpec,
	SHIPMENT_ID_FILTER,
	statusFilter,
} from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	statusFilter(BOOKING_STATUSES),
	SHIPMENT_ID_FILTER,
	{ name: 'name', displayName: 'Name', query: 'f.name', kind: 'string' },
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
	...dateRangeFilters({
		name: 'cargoReady',
		label: 'Cargo Ready',
		query: 'f.cargo_ready_date',
		kind: 'date',
		on: true,
	}),
	...dateRangeFilters({ name: 'created', label: 'Created', query: 'f.created_at' }),
];

export const { description, execute } = listOperation('booking', FLEXPORT_OBJECTS.booking, {
	filters,
	metadata: true,
	sortValues: BOOKING_SORT,
});
