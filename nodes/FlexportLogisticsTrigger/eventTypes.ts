/**
 * Logistics API event types (spec/flexport-logistics-api.md "Webhooks": the documented values of
 * WebhookCreateModel.type, which the spec keeps a free string) and the parameters both Logistics
 * triggers choose them with. The filter is the one every trigger uses (nodes/shared/triggers/).
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ANY_EVENT, parseOtherEventTypes } from '../shared/triggers/eventTypeFilter';

export const LOGISTICS_EVENT_TYPES: ReadonlyArray<{ type: string; description: string }> = [
	{ type: 'Freight.TrackingUpdated', description: 'A freight (LTL/FTL/drayage) tracking update' },
	{ type: 'Inbound.Received', description: 'Units of an inbound shipment were received' },
	{
		type: 'Inbound.ShipmentStatusChanged',
		description: 'An inbound shipment changed status',
	},
	{ type: 'Inventory.Adjusted', description: 'The inventory of a product was adjusted' },
	{ type: 'Order.Cancelled', description: 'A fulfilment order was cancelled' },
	{ type: 'Order.Shipped', description: 'A fulfilment order shipped' },
	{
		type: 'Parcel.TrackingUpdated',
		description: 'A parcel has new tracking (for example delivered)',
	},
	{ type: 'Return.Updated', description: 'A return changed' },
	{ type: 'Shipment.Cancelled', description: 'An outbound shipment was cancelled' },
	{ type: 'Shipment.Created', description: 'An outbound shipment was created' },
	{ type: 'Shipment.Shipped', description: 'An outbound shipment shipped' },
];

/** The `type` pattern of GET /events; webhook types are free strings, so the same rule is used. */
const EVENT_TYPE_PATTERN = /^[\w.]{1,50}$/;

/** "Parcel.TrackingUpdated" → "Parcel Tracking Updated". */
export function logisticsEventTypeLabel(type: string): string {
	return type
		.replace(/\./g, ' ')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.trim();
}

export const TYPE_OPTIONS: INodePropertyOptions[] = LOGISTICS_EVENT_TYPES.map(
	({ type, description }) => ({
		name: logisticsEventTypeLabel(type),
		value: type,
		description: `${description} (${type})`,
	}),
);

const OTHER_EVENT_TYPES: INodeProperties = {
	displayName: 'Other Event Types',
	name: 'otherEventTypes',
	type: 'string',
	default: '',
	placeholder: 'Order.Created, Product.Updated',
	description:
		'Comma-separated type names not in the list above, for types Flexport adds later (letters, digits, _ and . only).',
};

/** The webhook trigger registers one webhook per type, so it has no "any event" choice. */
export const webhookEventTypeProperties: INodeProperties[] = [
	{
		displayName: 'Event Types',
		name: 'events',
		type: 'multiOptions',
		options: TYPE_OPTIONS,
		default: [],
		description:
			'Which Flexport Logistics events start the workflow. One webhook is registered with Flexport for each type.',
	},
	OTHER_EVENT_TYPES,
];

export const pollEventTypeProperties: INodeProperties[] = [
	{
		displayName: 'Event Types',
		name: 'events',
		type: 'multiOptions',
		options: [
			{
				name: 'Any Event',
				value: ANY_EVENT,
				description: 'Every event, including types Flexport adds later',
			},
			...TYPE_OPTIONS,
		],
		default: [ANY_EVENT],
		description:
			'Which Flexport Logistics events start the workflow; events of other types are skipped',
	},
	OTHER_EVENT_TYPES,
];

export type EventTypeChoice = { types: string[] } | { problem: string };

/**
 * The chosen types (list and free text together, without "any"), or what is wrong with them,
 * naming the field. An empty choice is the caller's to judge.
 */
export function chosenEventTypes(events: unknown, otherEventTypes: unknown): EventTypeChoice {
	const listed = Array.isArray(events)
		? events.filter((value): value is string => typeof value === 'string' && value !== ANY_EVENT)
		: [];
	const other = parseOtherEventTypes(otherEventTypes);
	const invalid = other.find((type) => !EVENT_TYPE_PATTERN.test(type));
	if (invalid !== undefined)
		return {
			problem: `"Other Event Types" holds ${JSON.stringify(invalid.slice(0, 60))}, which is not an event type name (1 to 50 letters, digits, _ or .)`,
		};
	return { types: [...new Set([...listed, ...other])].sort() };
}
