/**
 * What both webhook triggers read before deciding on a delivery: the checked Maximum Event Age,
 * the event type filter and the input of the replay check (nodes/shared/triggers/replay.ts).
 */
import type { IDataObject, INodeProperties, IWebhookFunctions } from 'n8n-workflow';

import { MAX_EVENT_AGE_OPTION } from './description';
import { chosenEventTypeFilter, type EventTypeFilter } from './eventTypeFilter';
import { readNumberOption } from './numberOption';

const HOUR_MS = 3_600_000;

export type WebhookOptionsReading =
	| { options: IDataObject; maxAgeHours: number }
	| { message: string };

/** The node's "Options" (`optionsProperty`: their description) with the Maximum Event Age checked. */
export function readWebhookOptions(
	context: IWebhookFunctions,
	optionsProperty: INodeProperties,
): WebhookOptionsReading {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const maxAge = readNumberOption(
		options,
		optionsProperty.options as INodeProperties[],
		MAX_EVENT_AGE_OPTION,
	);
	return 'message' in maxAge ? { message: maxAge.message } : { options, maxAgeHours: maxAge.value };
}

export interface DeliveryRules {
	acceptsType: EventTypeFilter;
	/** Undefined for test deliveries. */
	replay: { stored: unknown; now: number; maxAgeMs: number } | undefined;
}

/**
 * The event type filter and, for production deliveries, the replay check's input (`stored`: what
 * the node's static data holds). Test deliveries ("Listen for Test Event") are shown every time;
 * n8n does not keep their static data.
 */
export function deliveryRules(
	context: IWebhookFunctions,
	stored: unknown,
	maxAgeHours: number,
): DeliveryRules {
	const production = context.getMode() !== 'manual';
	return {
		acceptsType: chosenEventTypeFilter(context),
		replay: production ? { stored, now: Date.now(), maxAgeMs: maxAgeHours * HOUR_MS } : undefined,
	};
}
