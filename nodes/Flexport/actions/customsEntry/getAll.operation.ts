import { type FilterSpec, SHIPMENT_ID_FILTER } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [SHIPMENT_ID_FILTER];

export const { description, execute } = listOperation(
	'customsEntry',
	FLEXPORT_OBJECTS.customsEntry,
	{
		filters,
	},
);
