import type { FilterSpec } from '../../descriptions/filters.description';
import { FLEXPORT_OBJECTS } from '../../objects';
import { listOperation } from '../../steps/operations';

const filters: FilterSpec[] = [
	{
		name: 'occurredAfter',
		displayName: 'Occurred At or After',
		query: 'f.occurred_at.gte',
		kind: 'dateTime',
	},
	{
		name: 'occurredBefore',
		displayName: 'Occurred At or Before',
		query: 'f.occurred_at.lte',
		kind: 'dateTime',
	},
	{ name: 'shipmentId', displayName: 'Shipment ID', query: 'f.data.shipment.id', kind: 'id' },
	{
		name: 'resourceObject',
		displayName: 'Resource Type',
		query: 'f.data.resource._object',
		kind: 'string',
		description:
			'The _object of the resource the events involve, such as /invoice or /shipment_leg; sent as f.data.resource._object',
	},
	{
		name: 'type',
		displayName: 'Event Type',
		query: 'f.type',
		kind: 'string',
		apiVersion: '3',
		description: 'Such as /shipment_leg#departed; sent as f.type with API version 3',
	},
];

export const { description, execute } = listOperation('event', FLEXPORT_OBJECTS.event, {
	filters,
});
