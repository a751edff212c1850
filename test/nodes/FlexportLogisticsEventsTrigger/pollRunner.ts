/** Runs the Logistics events trigger's poll() in n8n-core's PollContext against the simulator. */
import { PollContext } from 'n8n-core';
import type { IDataObject, INodeExecutionData, INodeType, WorkflowExecuteMode } from 'n8n-workflow';

import type { LogisticsEnv } from '../../harness/logisticsFixture';
import { buildAdditionalData } from '../../harness/n8nHarness';
import {
	EVENTS_TRIGGER_TYPE,
	instances,
	nextExecutionId,
	triggerWorkflow,
} from '../FlexportLogisticsTrigger/triggerWorkflow';

export interface PollOptions {
	parameters: IDataObject;
	/** The node's static data; keep the object between polls, or copy it to simulate a restart. */
	staticData: IDataObject;
	credentialId?: string;
	mode?: WorkflowExecuteMode;
}

/** Runs FlexportLogisticsEventsTrigger.poll() once in a real n8n-core PollContext. */
export async function runLogisticsPoll(
	env: LogisticsEnv,
	options: PollOptions,
): Promise<INodeExecutionData[][] | null> {
	const { workflow, node, workflowData } = triggerWorkflow(
		EVENTS_TRIGGER_TYPE,
		options.parameters,
		options.credentialId ?? 'logistics-1',
		{},
	);
	const mode = options.mode ?? 'trigger';
	const context = new PollContext(
		workflow,
		node,
		buildAdditionalData(env.store, mode, nextExecutionId('logistics-poll-exec'), workflowData),
		mode,
		'activate',
		() => {
			throw new Error('poll() must return its items, not emit them');
		},
		(error) => {
			throw error;
		},
		async () => {},
		async (poll) => await poll(),
		() => options.staticData,
	);
	const nodeType = instances[EVENTS_TRIGGER_TYPE];
	return await (nodeType.poll as NonNullable<INodeType['poll']>).call(context);
}
