import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.shipment.id', kind: 'id' },
];

export const { description, execute } = listOperation(
	'customsEntry',
	FLEXPORT_OBJECTS.customsEntry,
	{
		filters,
	},
);
