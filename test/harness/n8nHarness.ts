/**
 * Runs workflows through n8n-core's real execution engine (WorkflowExecute), with a credentials
 * helper that behaves like n8n's own (packages/cli/src/credentials-helper.ts): credentials are read
 * from a store on every use, preAuthentication runs when the expirable field is empty, after a 401
 * and on credential tests, and its output is persisted back to the store.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ICredentialsHelper, Workflow } from 'n8n-workflow';

import { FlexportApi } from '../../credentials/FlexportApi.credentials';
import { FlexportOAuth2Api } from '../../credentials/FlexportOAuth2Api.credentials';
import { FlexportWebhookSecretApi } from '../../credentials/FlexportWebhookSecretApi.credentials';
import { Flexport } from '../../nodes/Flexport/Flexport.node';
import { withEditorDefaults } from './editorDefaults';

export const credentialTypes: Record<string, ICredentialType> = {
	flexportOAuth2Api: new FlexportOAuth2Api(),
	flexportApi: new FlexportApi(),
	flexportWebhookSecretApi: new FlexportWebhookSecretApi(),
};

/** A start node that emits the items given in its `items` parameter (JSON text). */
class ItemsSource implements INodeType {
	description = {
		displayName: 'Items',
		name: 'itemsSource',
		group: ['input'],
		version: 1,
		description: 'Emits test items',
		defaults: { name: 'Items' },
		inputs: [],
		outputs: ['main'],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'string', default: '[{}]' } as INodeProperties,
		],
	} as unknown as INodeType['description'];

	async execute(this: import('n8n-workflow').IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}

let helpersCallback: ((helper: IHttpRequestHelper) => Promise<unknown>) | undefined;
let helpersResult: unknown;

/** Hands n8n-core's real request helpers of a running node to a test callback. */
class HelpersProbe implements INodeType {
	description = {
		displayName: 'Helpers Probe',
		name: 'helpersProbe',
		group: ['input'],
		version: 1,
		description: 'Exposes this.helpers to a test',
		defaults: { name: 'Probe' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	} as unknown as INodeType['description'];

	async execute(this: import('n8n-workflow').IExecuteFunctions): Promise<INodeExecutionData[][]> {
		helpersResult = await helpersCallback?.({ helpers: this.helpers } as IHttpRequestHelper);
		return [[{ json: {} }]];
	}
}

const nodeTypeInstances: Record<string, INodeType> = {
	'n8n-nodes-flexport.flexport': new Flexport(),
	// The type n8n gives a usableAsTool node that an AI Agent or MCP Server Trigger calls.
	'n8n-nodes-flexport.flexportTool': new Flexport(),
	'test.itemsSource': new ItemsSource(),
	'test.helpersProbe': new HelpersProbe(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type: string) => nodeTypeInstances[type] as INodeType | IVersionedNodeType,
	getByNameAndVersion: (type: string) => nodeTypeInstances[type],
	getKnownTypes: () => ({}),
};

/** In-memory stand-in for n8n's credentials table; counts writes so tests can see persistence. */
export class CredentialStore {
	private readonly records = new Map<
		string,
		{ type: string; data: ICredentialDataDecryptedObject }
	>();

	writes = 0;

	set(id: string, type: string, data: ICredentialDataDecryptedObject): void {
		this.records.set(id, {
			type,
			data: JSON.parse(JSON.stringify(data)) as ICredentialDataDecryptedObject,
		});
	}

	get(id: string): ICredentialDataDecryptedObject {
		const record = this.records.get(id);
		if (!record) throw new Error(`No credential ${id}`);
		return JSON.parse(JSON.stringify(record.data)) as ICredentialDataDecryptedObject;
	}

	/** Every access and refresh token this store has held: none may ever appear in output or errors. */
	readonly tokensSeen = new Set<string>();

	update(id: string, data: ICredentialDataDecryptedObject): void {
		const record = this.records.get(id);
		if (!record) throw new Error(`No credential ${id}`);
		record.data = JSON.parse(JSON.stringify(data)) as ICredentialDataDecryptedObject;
		this.writes++;
		this.noteTokens(record.data.managedToken);
	}

	private noteTokens(raw: unknown): void {
		if (typeof raw !== 'string' || raw === '') return;
		try {
			const state = JSON.parse(raw) as { accessToken?: string; refreshToken?: string };
			if (state.accessToken) this.tokensSeen.add(state.accessToken);
			if (state.refreshToken) this.tokensSeen.add(state.refreshToken);
		} catch {
			// not a managed token state: nothing to remember
		}
	}
}

function defaultsOf(type: ICredentialType): ICredentialDataDecryptedObject {
	const defaults: ICredentialDataDecryptedObject = {};
	for (const property of type.properties)
		if (property.type !== 'notice') defaults[property.name] = property.default as never;
	return defaults;
}

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(readonly store: CredentialStore) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const type = credentialTypes[typeName];
		if (typeof type.authenticate === 'function')
			return await type.authenticate(credentials, requestOptions);
		if (type.authenticate?.type === 'generic') {
			const headers: IDataObject = { ...(requestOptions.headers as IDataObject) };
			for (const [name, template] of Object.entries(type.authenticate.properties.headers ?? {})) {
				headers[name] = resolveCredentialExpression(String(template), credentials);
			}
			return { ...requestOptions, headers };
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = credentialTypes[typeName];
		const expirable = type.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		const isTest = node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (
			credentials[expirable.name] === '' ||
			credentials[expirable.name] === undefined ||
			credentialsExpired ||
			isTest
		) {
			const output = await type.preAuthentication.call(helpers, credentials);
			if (output[expirable.name] === undefined) return undefined;
			const id = node.credentials?.[typeName]?.id;
			if (id)
				// As n8n 2.x: the stored data plus every field the hook returned.
				this.store.update(id, {
					...this.store.get(id),
					...(output as ICredentialDataDecryptedObject),
				});
			return Object.assign(credentials, output);
		}
		return undefined;
	}

	async runPreAuthentication(): Promise<undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		return {
			...defaultsOf(credentialTypes[type]),
			...this.store.get(nodeCredentials.id as string),
		};
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store.update(nodeCredentials.id as string, data);
	}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypes[type].properties;
	}
}

/** `={{$credentials.name}}`-style templates, enough for the generic authenticate blocks here. */
function resolveCredentialExpression(
	template: string,
	credentials: ICredentialDataDecryptedObject,
): string {
	const body = template.startsWith('=') ? template.slice(1) : template;
	return body.replace(
		/\{\{\s*\$credentials\.(\w+)(?:\s*\|\|\s*'([^']*)')?\s*\}\}/g,
		(_m, name: string, fallback?: string) => {
			const value = credentials[name];
			return value === undefined || value === null || value === ''
				? (fallback ?? '')
				: String(value);
		},
	);
}

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

let executionCounter = 0;

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
		type: options.asTool ? 'n8n-nodes-flexport.flexportTool' : 'n8n-nodes-flexport.flexport',
		typeVersion: 1,
		position: [200, 0],
		parameters: parameters as INode['parameters'],
		credentials: { [credentialType]: { id: options.credentialId ?? 'cred-1', name: 'Flexport' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	flexportNode.parameters = withEditorDefaults(
		flexportNode,
		nodeTypeInstances['n8n-nodes-flexport.flexport'].description,
		parameters as IDataObject,
	);

	const source: INode = {
		id: 'items-node',
		name: 'Items',
		type: 'test.itemsSource',
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
	const executionId = `exec-${++executionCounter}`;
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

/** Runs `callback` inside a node execution with n8n-core's real HTTP helpers. */
export async function withRealHelpers<T>(
	store: CredentialStore,
	callback: (helper: IHttpRequestHelper) => Promise<T>,
): Promise<T> {
	const probe: INode = {
		id: 'probe',
		name: 'Probe',
		type: 'test.helpersProbe',
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
	helpersCallback = callback as (helper: IHttpRequestHelper) => Promise<unknown>;
	try {
		const executionId = `exec-${++executionCounter}`;
		const run = await new WorkflowExecute(
			buildAdditionalData(store, 'manual', executionId, workflowData),
			'manual',
		).run({
			workflow,
			startNode: probe,
		});
		const error = run.data.resultData.error;
		if (error) throw error;
		return helpersResult as T;
	} finally {
		helpersCallback = undefined;
	}
}

export type { IExecuteData };
