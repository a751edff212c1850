/** Runs Items → Flexport in n8n-core's WorkflowExecute, as n8n runs a saved or manual workflow. */
import { WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	IRun,
	IWorkflowBase,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { buildAdditionalData, nextExecutionId } from './additionalData';
import type { CredentialStore } from './credentialStore';
import { withEditorDefaults } from './editorDefaults';
import {
	FLEXPORT_NODE_TYPE,
	FLEXPORT_TOOL_TYPE,
	ITEMS_SOURCE_TYPE,
	nodeTypeInstances,
	nodeTypes,
} from './nodeTypes';

export interface RunOptions {
	parameters: IDataObject;
	items?: IDataObject[];
	credentialType?: 'flexportOAuth2Api' | 'flexportApi';
	credentialId?: string;
	continueOnFail?: boolean;
	mode?: WorkflowExecuteMode;
	/** Run the node as n8n runs it for an AI Agent (type `…flexportTool`). */
	asTool?: boolean;
}

export interface RunResult {
	run: IRun;
	items: INodeExecutionData[];
	error?: Error & { description?: string; httpCode?: string };
}

/** Runs Items → Flexport in n8n-core's WorkflowExecute and returns the Flexport node's output. */
export async function runFlexportNode(
	store: CredentialStore,
	options: RunOptions,
): Promise<RunResult> {
	const credentialType = options.credentialType ?? 'flexportOAuth2Api';
	const parameters = {
		...(credentialType === 'flexportApi' ? { authentication: 'apiKey' } : {}),
		...options.parameters,
	};
	const flexportNode: INode = {
		id: 'flexport-node',
		name: 'Flexport',
		type: options.asTool ? FLEXPORT_TOOL_TYPE : FLEXPORT_NODE_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters: parameters as INode['parameters'],
		credentials: { [credentialType]: { id: options.credentialId ?? 'cred-1', name: 'Flexport' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	flexportNode.parameters = withEditorDefaults(
		flexportNode,
		nodeTypeInstances[FLEXPORT_NODE_TYPE].description,
		parameters as IDataObject,
	);

	const source: INode = {
		id: 'items-node',
		name: 'Items',
		type: ITEMS_SOURCE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(options.items ?? [{}]) },
	};
	const workflowData: IWorkflowBase = {
		id: 'wf-test',
		name: 'Flexport test',
		active: false,
		isArchived: false,
		nodes: [source, flexportNode],
		connections: { Items: { main: [[{ node: 'Flexport', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes: workflowData.nodes,
		connections: workflowData.connections,
		active: false,
		nodeTypes,
		settings: workflowData.settings,
	});
	const executionId = nextExecutionId();
	const mode = options.mode ?? 'manual';
	const additionalData = buildAdditionalData(store, mode, executionId, workflowData);

	const run = await new WorkflowExecute(additionalData, mode).run({
		workflow,
		startNode: workflow.getNode('Items') ?? undefined,
	});
	const taskData = run.data.resultData.runData.Flexport?.[0];
	const items = taskData?.data?.main?.[0] ?? [];
	const error = (run.data.resultData.error ?? taskData?.error) as RunResult['error'];
	return { run, items, error };
}
