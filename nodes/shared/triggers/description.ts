/** Description parts the trigger nodes of both APIs share (parameter shapes only). */
import type { INodeProperties, IWebhookDescription } from 'n8n-workflow';

/** The subtitle of the triggers whose "events" multi-select holds the wildcard "*". */
export const EVENT_TYPES_SUBTITLE =
	'={{($parameter["events"] || []).includes("*") ? "All events" : ($parameter["events"] || []).length + " event type(s)"}}';

/** The one webhook of both webhook triggers: Flexport POSTs each delivery; the node answers it. */
export const DELIVERY_WEBHOOK: IWebhookDescription = {
	name: 'default',
	httpMethod: 'POST',
	responseMode: 'onReceived',
	path: 'webhook',
};

export { optionsCollection } from '../descriptions';

export const MAX_EVENT_AGE_OPTION = 'maxEventAgeHours';

/**
 * The webhook triggers' "Maximum Event Age (Hours)" option (read by ./webhookOptions.ts); each API
 * has its own default and says which event time it compares.
 */
export function maxEventAgeOption(defaultHours: number, description: string): INodeProperties {
	return {
		displayName: 'Maximum Event Age (Hours)',
		name: MAX_EVENT_AGE_OPTION,
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 8760 },
		default: defaultHours,
		description,
	};
}
