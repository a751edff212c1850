import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'ref',
		displayName: 'Ref',
		query: 'f.ref',
		kind: 'string',
		description: 'Your own reference for the company',
	},
];

export const { description, execute } = listOperation('company', FLEXPORT_OBJECTS.company, {
	filters,
	metadata: true,
});
