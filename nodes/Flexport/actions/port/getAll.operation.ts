import { PORT_TYPES } from '../../descriptions/enums';
import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'portType',
		displayName: 'Port Type',
		query: 'f.port_type',
		kind: 'options',
		options: PORT_TYPES,
	},
	{
		name: 'unlocode',
		displayName: 'UN/LOCODE',
		query: 'f.unlocode',
		kind: 'string',
		description: 'Five-character UN/LOCODE such as CATOR; sent as f.unlocode',
	},
];

export const { description, execute } = listOperation('port', FLEXPORT_OBJECTS.port, {
	filters,
});
