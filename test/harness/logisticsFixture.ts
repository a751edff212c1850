/**
 * Runs the Flexport Logistics node in n8n-core's WorkflowExecute against the simulator's Logistics
 * API (test/simulator/logistics/), with the test credentials helper of ./n8nHarness.ts.
 * Usage: const env = useLogisticsSimulator(); … await env.run({ parameters: {...} })
 */
import { LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeListSearchResult,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { FlexportLogisticsApi } from '../../credentials/FlexportLogisticsApi.credentials';
import { FlexportLogistics } from '../../nodes/FlexportLogistics/FlexportLogistics.node';
import { listSearch } from '../../nodes/FlexportLogistics/methods';
import { logisticsList, type PagingStyle } from '../../nodes/FlexportLogistics/transport';
import { withEditorDefaults } from './editorDefaults';
import { buildAdditionalData, CredentialStore, credentialTypes, nodeTypes } from './n8nHarness';
import type { Simulator } from './simulatorFixture';
import { singleNodeWorkflow } from './workflow';

// The simulator is plain JavaScript shared with the demo and the e2e suite.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSimulator } = require('../simulator') as {
	startSimulator: (options?: IDataObject) => Promise<Simulator & { logistics: LogisticsSim }>;
};

credentialTypes.flexportLogisticsApi = new FlexportLogisticsApi();

export interface LogisticsRequest {
	method: string;
	path: string;
	apiPath?: string;
	version?: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	status: number;
	operationId: string | null;
	validationErrors: string[];
	replayed?: boolean;
	fault?: string;
}

/** `sim.logistics` (test/simulator/logistics/index.js). */
export interface LogisticsSim {
	apiUrl(version?: string): string;
	accessToken: string;
	limitedToken: string;
	limitedTokenMissingScope: string;
	readOnlyToken: string;
	versions: string[];
	fixtures: Record<string, string | number>;
	requests: LogisticsRequest[];
	stats(): IDataObject;
	resetStats(): void;
	setFaults(faults: IDataObject): void;
	clearFaults(): void;
	setSettings(settings: IDataObject): IDataObject;
	resetSettings(): void;
	freeze(frozen?: boolean): void;
	orderStats(): { created: number; distinctExternalOrderIds: number; duplicateOrders: number };
	setInventory(logisticsSku: string, available: number): IDataObject;
	db: IDataObject;
}

/** A test-only node that runs one list of the transport, to test the paging styles end to end. */
class LogisticsListProbe implements INodeType {
	description = {
		displayName: 'Logistics List Probe',
		name: 'logisticsListProbe',
		group: ['transform'],
		version: 1,
		description: 'Calls logisticsList',
		defaults: { name: 'Probe' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'flexportLogisticsApi', required: true }],
		properties: [
			{ displayName: 'Path', name: 'path', type: 'string', default: '' },
			{ displayName: 'Style', name: 'style', type: 'string', default: 'offset' },
			{ displayName: 'Max Page Size', name: 'maxPageSize', type: 'number', default: 100 },
			{ displayName: 'Limit', name: 'limit', type: 'number', default: 0 },
			{ displayName: 'Records Key', name: 'recordsKey', type: 'string', default: '' },
			{ displayName: 'Query (JSON)', name: 'qs', type: 'string', default: '{}' },
		],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const parameter = (name: string) => this.getNodeParameter(name, 0);
		const qs = parameter('qs');
		const records = await logisticsList.call(this, String(parameter('path')), {
			style: parameter('style') as PagingStyle,
			maxPageSize: Number(parameter('maxPageSize')),
			limit: Number(parameter('limit')) || undefined,
			recordsKey: String(parameter('recordsKey')) || undefined,
			qs: (typeof qs === 'string' ? JSON.parse(qs) : qs) as IDataObject,
		});
		return [records.map((json) => ({ json, pairedItem: { item: 0 } }))];
	}
}

export const LOGISTICS_NODE_TYPE = 'n8n-nodes-flexport.flexportLogistics';
export const LIST_PROBE_TYPE = 'test.logisticsListProbe';

const logisticsNodes: Record<string, INodeType> = {
	[LOGISTICS_NODE_TYPE]: new FlexportLogistics(),
	[LIST_PROBE_TYPE]: new LogisticsListProbe(),
};

/** Adds a test-only node type (for example one whose routing is a credential's test request). */
export function registerLogisticsTestNode(type: string, node: INodeType): void {
	logisticsNodes[type] = node;
}

const allNodeTypes: INodeTypes = {
	getByName: (type) =>
		(logisticsNodes[type] as INodeType | undefined) ??
		(nodeTypes.getByName(type) as INodeType | IVersionedNodeType),
	getByNameAndVersion: (type, version) =>
		logisticsNodes[type] ?? nodeTypes.getByNameAndVersion(type, version),
	getKnownTypes: () => ({}),
};

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

async function runLogisticsNode(
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
		type: 'test.itemsSource',
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
		nodeTypes: allNodeTypes,
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
async function runListSearch(
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
	const { workflow, workflowData } = singleNodeWorkflow(node, allNodeTypes, {
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

export interface LogisticsEnv {
	sim: Simulator & { logistics: LogisticsSim };
	logistics: LogisticsSim;
	store: CredentialStore;
	run(options: LogisticsRunOptions): Promise<LogisticsRunResult>;
	listSearch(
		method: keyof typeof listSearch,
		options?: { filter?: string; paginationToken?: string },
	): Promise<INodeListSearchResult>;
}

/** Credential data for the simulator: its base URL, a version it serves and one of its tokens. */
export function logisticsCredentialData(sim: Simulator, accessToken: string): IDataObject {
	return { accessToken, apiVersion: '2024-07', advancedSettings: true, baseUrl: sim.url };
}

/** Fails when an output item or the error of a run carries one of the simulator's tokens. */
function assertNoTokens(logistics: LogisticsSim, result: Omit<LogisticsRunResult, 'requests'>) {
	const text = [
		JSON.stringify(result.items.map((item) => item.json)),
		result.error
			? `${result.error.message}\n${result.error.description ?? ''}\n${JSON.stringify(result.error)}`
			: '',
	].join('\n');
	for (const token of [logistics.accessToken, logistics.limitedToken, logistics.readOnlyToken])
		if (token && text.includes(token))
			throw new Error(
				`An access token leaked into the node's output or error: ${text.slice(0, 200)}`,
			);
}

/** One simulator per test file; fresh settings, faults, statistics and credentials per test. */
export function useLogisticsSimulator(options: IDataObject = {}): LogisticsEnv {
	const env = {} as LogisticsEnv;
	beforeAll(async () => {
		env.sim = await startSimulator({ port: 0, quiet: true, ...options });
		env.logistics = env.sim.logistics;
	});
	afterAll(async () => {
		await env.sim?.close();
	});
	beforeEach(() => {
		env.logistics.clearFaults();
		env.logistics.resetSettings();
		env.logistics.resetStats();
		env.store = new CredentialStore();
		const { accessToken, limitedToken, readOnlyToken } = env.logistics;
		for (const [id, token] of [
			['logistics-1', accessToken],
			['logistics-limited', limitedToken],
			['logistics-read-only', readOnlyToken],
		])
			env.store.set(id, 'flexportLogisticsApi', logisticsCredentialData(env.sim, token) as never);
	});
	env.run = async (runOptions) => {
		const since = env.logistics.requests.length;
		const result = await runLogisticsNode(env.store, runOptions);
		assertNoTokens(env.logistics, result);
		return { ...result, requests: env.logistics.requests.slice(since) };
	};
	env.listSearch = async (method, searchOptions) =>
		await runListSearch(env.store, method, searchOptions);
	return env;
}
