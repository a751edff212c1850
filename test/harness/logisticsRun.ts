/**
 * Runs the Flexport Logistics node in n8n-core: Items → Logistics in WorkflowExecute, and a
 * "From List" search in LoadOptionsContext, both with the test credentials helper.
 */
import { LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeListSearchResult,
	IRun,
	IWorkflowBase,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { listSearch } from '../../nodes/FlexportLogistics/methods';
import { buildAdditionalData } from './additionalData';
import type { CredentialStore } from './credentialStore';
import { withEditorDefaults } from './editorDefaults';
import { LOGISTICS_NODE_TYPE, logisticsNodes, logisticsNodeTypes } from './logisticsNodeTypes';
import type { LogisticsRequest } from './logisticsSimulator';
import { ITEMS_SOURCE_TYPE } from './nodeTypes';
import { singleNodeWorkflow } from './workflow';

export interface LogisticsRunOptions {
	parameters: IDataObject;
	items?: IDataObject[];
	credentialId?: string;
	continueOnFail?: boolean;
	/** The same ID again is a re-run of that execution (n8n reuses it when it resumes a run). */
	executionId?: string;
	/** n8n's Retry On Fail for the node. */
	retryOnFail?: { maxTries: number; waitBetweenTries: number };
	nodeType?: string;
}

export interface LogisticsRunResult {
	run: IRun;
	items: INodeExecutionData[];
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
	requests: LogisticsRequest[];
}

let executionCounter = 0;

export async function runLogisticsNode(
	store: CredentialStore,
	options: LogisticsRunOptions,
): Promise<Omit<LogisticsRunResult, 'requests'>> {
	const type = options.nodeType ?? LOGISTICS_NODE_TYPE;
	const node: INode = {
		id: 'logistics-node-id',
		name: 'Logistics',
		type,
		typeVersion: 1,
		position: [200, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: {
			flexportLogisticsApi: { id: options.credentialId ?? 'logistics-1', name: 'Logistics' },
		},
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...(options.retryOnFail ? { retryOnFail: true, ...options.retryOnFail } : {}),
	};
	node.parameters = withEditorDefaults(
		node,
		logisticsNodes[type].description,
		options.parameters as IDataObject,
	);
	const source: INode = {
		id: 'items-node',
		name: 'Items',
		type: ITEMS_SOURCE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { items: JSON.stringify(options.items ?? [{}]) },
	};
	const workflowData = {
		id: 'wf-logistics',
		name: 'Logistics test',
		active: false,
		isArchived: false,
		nodes: [source, node],
		connections: { Items: { main: [[{ node: 'Logistics', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id: workflowData.id,
		nodes: workflowData.nodes,
		connections: workflowData.connections,
		active: false,
		nodeTypes: logisticsNodeTypes,
		settings: workflowData.settings,
	});
	const executionId = options.executionId ?? `logistics-exec-${++executionCounter}`;
	const additionalData = buildAdditionalData(store, 'manual', executionId, workflowData);
	const run = await new WorkflowExecute(additionalData, 'manual').run({
		workflow,
		startNode: workflow.getNode('Items') ?? undefined,
	});
	const taskData = run.data.resultData.runData.Logistics?.[0];
	const error = (run.data.resultData.error ?? taskData?.error) as LogisticsRunResult['error'];
	return { run, items: taskData?.data?.main?.[0] ?? [], error };
}

/** A "From List" search in n8n-core's LoadOptionsContext, as the editor runs it. */
export async function runLogisticsListSearch(
	store: CredentialStore,
	method: keyof typeof listSearch,
	options: { filter?: string; paginationToken?: string; credentialId?: string } = {},
): Promise<INodeListSearchResult> {
	const node: INode = {
		id: 'logistics-node-id',
		name: 'Logistics',
		type: LOGISTICS_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: {
			flexportLogisticsApi: { id: options.credentialId ?? 'logistics-1', name: 'Logistics' },
		},
	};
	const { workflow, workflowData } = singleNodeWorkflow(node, logisticsNodeTypes, {
		id: 'wf-logistics-search',
		name: 'Logistics list search',
	});
	const additionalData = buildAdditionalData(
		store,
		'manual',
		`logistics-search-${++executionCounter}`,
		workflowData,
	);
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await listSearch[method].call(context, options.filter, options.paginationToken);
}
