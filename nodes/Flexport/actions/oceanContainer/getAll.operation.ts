import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.shipment.id', kind: 'id' },
	{
		name: 'containerNumber',
		displayName: 'Container Number',
		query: 'f.container_number',
		kind: 'string',
	},
];

export const { description, execute } = listOperation(
	'oceanContainer',
	FLEXPORT_OBJECTS.oceanContainer,
	{
		filters,
		metadata: true,
	},
);
