import { TRANSPORTATION_MODES } from '../../descriptions/enums';
import { type FilterSpec, SHIPMENT_ID_FILTER } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	SHIPMENT_ID_FILTER,
	{
		name: 'transportationMode',
		displayName: 'Transportation Mode',
		query: 'f.transportation_mode',
		kind: 'options',
		options: TRANSPORTATION_MODES,
	},
	{
		name: 'includeDeleted',
		displayName: 'Include Deleted Legs',
		query: 'f.include_deleted',
		kind: 'boolean',
		description:
			'Whether to list deleted legs too (they carry deleted_at); sent as f.include_deleted',
	},
];

export const { description, execute } = listOperation('shipmentLeg', FLEXPORT_OBJECTS.shipmentLeg, {
	filters,
});
