import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'companyRef',
		displayName: 'Company Ref',
		query: 'f.company_ref',
		kind: 'string',
		description: "Ref of the contact's company",
	},
	{
		name: 'companyId',
		displayName: 'Company ID',
		query: 'f.company.id',
		kind: 'string',
		description: "ID of the contact's company, such as 8VDcMWAo9-OyjP4DEDZ0qS",
	},
	{
		name: 'locationId',
		displayName: 'Location ID',
		query: 'f.location.id',
		kind: 'string',
		description: 'ID of a location the contact is assigned to',
	},
];

export const { description, execute } = listOperation('contact', FLEXPORT_OBJECTS.contact, {
	filters,
});
