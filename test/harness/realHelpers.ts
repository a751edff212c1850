/** n8n-core's real request helpers of a running node, handed to a test callback. */
import { WorkflowExecute } from 'n8n-core';
import type { IHttpRequestHelper, INode, IWorkflowBase } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { buildAdditionalData, nextExecutionId } from './additionalData';
import type { CredentialStore } from './credentialStore';
import { HELPERS_PROBE_TYPE, helpersProbe, nodeTypes } from './nodeTypes';

/** Runs `callback` inside a node execution with n8n-core's real HTTP helpers. */
export async function withRealHelpers<T>(
	store: CredentialStore,
	callback: (helper: IHttpRequestHelper) => Promise<T>,
): Promise<T> {
	const probe: INode = {
		id: 'probe',
		name: 'Probe',
		type: HELPERS_PROBE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const workflowData = {
		id: 'wf-probe',
		name: 'probe',
		active: false,
		isArchived: false,
		nodes: [probe],
		connections: {},
		settings: { executionOrder: 'v1' },
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id: 'wf-probe',
		nodes: [probe],
		connections: {},
		active: false,
		nodeTypes,
		settings: workflowData.settings,
	});
	helpersProbe.callback = callback as (helper: IHttpRequestHelper) => Promise<unknown>;
	try {
		const executionId = nextExecutionId();
		const run = await new WorkflowExecute(
			buildAdditionalData(store, 'manual', executionId, workflowData),
			'manual',
		).run({
			workflow,
			startNode: probe,
		});
		const error = run.data.resultData.error;
		if (error) throw error;
		return helpersProbe.result as T;
	} finally {
		helpersProbe.callback = undefined;
	}
}
