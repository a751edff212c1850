/**
 * Runs the Flexport Logistics node in n8n-core: Items → Logistics in WorkflowExecute, and a
 * "From List" search in LoadOptionsContext, both with the test credentials helper.
 */
import { LoadOptionsContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeListSearchResult,
	IRun,
} from 'n8n-workflow';

import { listSearch } from '../../nodes/FlexportLogistics/methods';
import { buildAdditionalData } from './additionalData';
import type { CredentialStore } from './credentialStore';
import { withEditorDefaults } from './editorDefaults';
import { runAfterItems } from './itemsRun';
import { LOGISTICS_NODE_TYPE, logisticsNodes, logisticsNodeTypes } from './logisticsNodeTypes';
import type { LogisticsRequest } from './logisticsSimulator';
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
	return await runAfterItems<NonNullable<LogisticsRunResult['error']>>(store, {
		node,
		items: options.items,
		nodeTypes: logisticsNodeTypes,
		workflow: { id: 'wf-logistics', name: 'Logistics test' },
		executionId: options.executionId ?? `logistics-exec-${++executionCounter}`,
	});
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
