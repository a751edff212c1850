import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'ref',
		displayName: 'Ref',
		query: 'f.ref',
		kind: 'string',
		description: 'Your own reference for the location',
	},
	{
		name: 'companyRef',
		displayName: 'Company Ref',
		query: 'f.company_ref',
		kind: 'string',
		description: "Ref of the location's company",
	},
	{
		name: 'companyId',
		displayName: 'Company ID',
		query: 'f.company.id',
		kind: 'string',
		description: "ID of the location's company, such as 8VDcMWAo9-OyjP4DEDZ0qS",
	},
	{
		name: 'contactId',
		displayName: 'Contact ID',
		query: 'f.contact.id',
		kind: 'string',
		description: 'ID of a contact assigned to the location',
	},
];

export const { description, execute } = listOperation('location', FLEXPORT_OBJECTS.location, {
	filters,
	metadata: true,
});
