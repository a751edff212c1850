import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'ref',
		displayName: 'Ref',
		query: 'f.ref',
		kind: 'string',
		description: 'Your own reference for the entity',
	},
	{
		name: 'companyId',
		displayName: 'Company ID',
		query: 'f.company_id',
		kind: 'string',
		description: 'ID of the parent company, such as 8VDcMWAo9-OyjP4DEDZ0qS',
	},
	{
		name: 'companyRef',
		displayName: 'Company Ref',
		query: 'f.company_ref',
		kind: 'string',
		description: 'Ref of the parent company',
	},
];

export const { description, execute } = listOperation(
	'companyEntity',
	FLEXPORT_OBJECTS.companyEntity,
	{
		filters,
	},
);
