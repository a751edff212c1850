/** What n8n hands a running workflow: the test credentials helper, lifecycle hooks, inert URLs. */
import { ExecutionLifecycleHooks } from 'n8n-core';
import type {
	IDataObject,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import type { CredentialStore } from './credentialStore';
import { TestCredentialsHelper } from './credentialsHelper';

let executionCounter = 0;

/** A fresh execution ID (`exec-N`) for every run of the freight harness. */
export function nextExecutionId(): string {
	return `exec-${++executionCounter}`;
}

/** What n8n hands a running workflow, with the test credentials helper and inert URLs. */
export function buildAdditionalData(
	store: CredentialStore,
	mode: WorkflowExecuteMode,
	executionId: string,
	workflowData: IWorkflowBase,
	extra: IDataObject = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(store),
		hooks: new ExecutionLifecycleHooks(mode, executionId, workflowData),
		executionId,
		restApiUrl: 'http://127.0.0.1:1/rest',
		instanceBaseUrl: 'http://127.0.0.1:1',
		formWaitingBaseUrl: 'http://127.0.0.1:1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:1/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'user-1',
		variables: {},
		setExecutionStatus: () => {},
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunnerStatus: () => ({ available: false }),
		startRunnerTask: async () => {
			throw new Error('not used');
		},
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}
