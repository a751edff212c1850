import { type FilterSpec, SHIPMENT_ID_FILTER } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	SHIPMENT_ID_FILTER,
	{
		name: 'containerNumber',
		displayName: 'Container Number',
		query: 'f.container_number',
		kind: 'string',
	},
	{
		name: 'referenceCode',
		displayName: 'Reference Code',
		query: 'f.reference_code',
		kind: 'string',
		apiVersion: '3',
		description:
			'Only containers associated with this reference code; sent as f.reference_code with API version 3',
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
