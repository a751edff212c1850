/** Runs the Logistics events trigger's poll() in n8n-core's PollContext against the simulator. */
import type { IDataObject, INodeExecutionData, WorkflowExecuteMode } from 'n8n-workflow';

import type { LogisticsEnv } from '../../harness/logisticsFixture';
import { buildAdditionalData } from '../../harness/n8nHarness';
import { pollOnce } from '../../harness/pollHarness';
import {
	EVENTS_TRIGGER_TYPE,
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
	const built = triggerWorkflow(
		EVENTS_TRIGGER_TYPE,
		options.parameters,
		options.credentialId ?? 'logistics-1',
		{},
	);
	const mode = options.mode ?? 'trigger';
	const executionId = nextExecutionId('logistics-poll-exec');
	return await pollOnce(
		built,
		buildAdditionalData(env.store, mode, executionId, built.workflowData),
		mode,
		options.staticData,
	);
}
