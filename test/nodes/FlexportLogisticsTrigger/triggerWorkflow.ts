/** The Logistics trigger nodes in a one-node workflow, as n8n builds it for hooks, webhooks and polls. */
import type { IDataObject } from 'n8n-workflow';

import {
	triggerWorkflow as buildTriggerWorkflow,
	type TriggerWorkflow,
} from '../../harness/pollHarness';

export { triggerInstances as instances } from '../../harness/pollHarness';

export const WEBHOOK_TRIGGER_TYPE = 'n8n-nodes-flexport.flexportLogisticsTrigger';
export const EVENTS_TRIGGER_TYPE = 'n8n-nodes-flexport.flexportLogisticsEventsTrigger';
export const WEBHOOK_ID = 'logistics-hook';

let executionCounter = 0;

/** A fresh execution id for a context. */
export function nextExecutionId(prefix: string): string {
	return `${prefix}-${++executionCounter}`;
}

/** The one-node workflow of a trigger, with the Logistics credential `credentialId`. */
export function triggerWorkflow(
	type: string,
	parameters: IDataObject,
	credentialId: string,
	staticData: IDataObject,
): TriggerWorkflow {
	return buildTriggerWorkflow(
		type,
		parameters,
		{ flexportLogisticsApi: { id: credentialId, name: 'Logistics' } },
		staticData,
		WEBHOOK_ID,
	);
}
