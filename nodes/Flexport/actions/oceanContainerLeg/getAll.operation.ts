import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{ name: 'legId', displayName: 'Shipment Leg ID', query: 'f.leg.id', kind: 'id' },
	{
		name: 'shipmentContainerId',
		displayName: 'Ocean Container ID',
		query: 'f.shipment_container.id',
		kind: 'id',
	},
	{
		name: 'containerNumber',
		displayName: 'Container Number',
		query: 'f.shipment_container.container_number',
		kind: 'string',
	},
];

export const { description, execute } = listOperation(
	'oceanContainerLeg',
	FLEXPORT_OBJECTS.oceanContainerLeg,
	{
		filters,
	},
);
