/** Items → one node, run in n8n-core's WorkflowExecute as n8n runs a saved or manual workflow. */
import { WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeTypes,
	IRun,
	IWorkflowBase,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { buildAdditionalData } from './additionalData';
import type { CredentialStore } from './credentialStore';
import { ITEMS_SOURCE_TYPE } from './nodeTypes';

export interface ItemsRun {
	/** The node under test; the Items node feeds it. */
	node: INode;
	items?: IDataObject[];
	nodeTypes: INodeTypes;
	workflow: { id: string; name: string };
	executionId: string;
	mode?: WorkflowExecuteMode;
}

export interface ItemsRunResult<E> {
	run: IRun;
	items: INodeExecutionData[];
	error?: E;
}

/** Runs Items → `node` and returns that node's output and error. */
export async function runAfterItems<E extends Error>(
	store: CredentialStore,
	options: ItemsRun,
): Promise<ItemsRunResult<E>> {
	const { node } = options;
	const source: INode = {
		id: 'items-node',
		name: 'Items',
		type: ITEMS_SOURCE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(options.items ?? [{}]) },
	};
	const workflowData = {
		...options.workflow,
		active: false,
		isArchived: false,
		nodes: [source, node],
		connections: { Items: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
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
		nodeTypes: options.nodeTypes,
		settings: workflowData.settings,
	});
	const mode = options.mode ?? 'manual';
	const additionalData = buildAdditionalData(store, mode, options.executionId, workflowData);
	const run = await new WorkflowExecute(additionalData, mode).run({
		workflow,
		startNode: workflow.getNode('Items') ?? undefined,
	});
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const error = (run.data.resultData.error ?? taskData?.error) as E | undefined;
	return { run, items: taskData?.data?.main?.[0] ?? [], error };
}
