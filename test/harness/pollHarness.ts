/**
 * Real n8n-core contexts for the trigger nodes: a PollContext for the polling triggers, a
 * WebhookContext built from a real HTTP request for the Flexport Trigger. Requests go through
 * n8n-core's own httpRequestWithAuthentication and the test credentials helper (managed token,
 * preAuthentication, 401 replay), over real HTTP to the simulator.
 */
// A test-only receiver needs a real HTTP server; the restriction is for shipped node code.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import http from 'node:http';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { AddressInfo } from 'node:net';

import { PollContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { FlexportEventsTrigger } from '../../nodes/FlexportEventsTrigger/FlexportEventsTrigger.node';
import { FlexportLogisticsEventsTrigger } from '../../nodes/FlexportLogisticsEventsTrigger/FlexportLogisticsEventsTrigger.node';
import { FlexportLogisticsTrigger } from '../../nodes/FlexportLogisticsTrigger/FlexportLogisticsTrigger.node';
import { FlexportTrigger } from '../../nodes/FlexportTrigger/FlexportTrigger.node';
import { withEditorDefaults } from './editorDefaults';
import { buildAdditionalData, type CredentialStore } from './n8nHarness';
import { singleNodeWorkflow } from './workflow';

/** The four trigger nodes, by node type. */
export const triggerInstances: Record<string, INodeType> = {
	'n8n-nodes-flexport.flexportTrigger': new FlexportTrigger(),
	'n8n-nodes-flexport.flexportEventsTrigger': new FlexportEventsTrigger(),
	'n8n-nodes-flexport.flexportLogisticsTrigger': new FlexportLogisticsTrigger(),
	'n8n-nodes-flexport.flexportLogisticsEventsTrigger': new FlexportLogisticsEventsTrigger(),
};

const triggerNodeTypes: INodeTypes = {
	getByName: (type: string) => triggerInstances[type] as INodeType | IVersionedNodeType,
	getByNameAndVersion: (type: string) => triggerInstances[type],
	getKnownTypes: () => ({}),
};

let executionCounter = 0;

function additionalDataFor(
	store: CredentialStore,
	mode: WorkflowExecuteMode,
	workflowData: IWorkflowBase,
	extra: IDataObject = {},
): IWorkflowExecuteAdditionalData {
	return buildAdditionalData(
		store,
		mode,
		`trigger-exec-${++executionCounter}`,
		workflowData,
		extra,
	);
}

export interface TriggerWorkflow {
	workflow: Workflow;
	node: INode;
	workflowData: IWorkflowBase;
}

/** The one-node workflow of a trigger (`type`: a key of triggerInstances). */
export function triggerWorkflow(
	type: string,
	parameters: IDataObject,
	credentials: INode['credentials'],
	staticData?: IDataObject,
	webhookId = 'flexport-hook',
): TriggerWorkflow {
	const node: INode = {
		id: 'trigger-node',
		name: 'Trigger',
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials,
		webhookId,
	};
	node.parameters = withEditorDefaults(node, triggerInstances[type].description, parameters);
	const { workflow, workflowData } = singleNodeWorkflow(node, triggerNodeTypes, {
		id: 'wf-trigger',
		name: 'Trigger test',
		active: true,
		staticData,
	});
	return { workflow, node: workflow.getNode('Trigger') as INode, workflowData };
}

// ------------------------------------------------------------------ polling --

/** Runs the trigger's poll() once in a real n8n-core PollContext, as n8n's poll schedule does. */
export async function pollOnce(
	{ workflow, node }: TriggerWorkflow,
	additionalData: IWorkflowExecuteAdditionalData,
	mode: WorkflowExecuteMode,
	staticData: IDataObject,
): Promise<INodeExecutionData[][] | null> {
	const context = new PollContext(
		workflow,
		node,
		additionalData,
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
		() => staticData,
	);
	const nodeType = triggerInstances[node.type];
	return await (nodeType.poll as NonNullable<INodeType['poll']>).call(context);
}

export interface PollRunOptions {
	parameters: IDataObject;
	/** The node's static data; keep the object between polls, or copy it to simulate a restart. */
	staticData: IDataObject;
	credentialType?: 'flexportOAuth2Api' | 'flexportApi';
	credentialId?: string;
	mode?: WorkflowExecuteMode;
}

/** Runs FlexportEventsTrigger.poll() once in a real n8n-core PollContext. */
export async function runPoll(
	store: CredentialStore,
	options: PollRunOptions,
): Promise<INodeExecutionData[][] | null> {
	const credentialType = options.credentialType ?? 'flexportOAuth2Api';
	const parameters = {
		...(credentialType === 'flexportApi' ? { authentication: 'apiKey' } : {}),
		...options.parameters,
	};
	const credentialId =
		options.credentialId ?? (credentialType === 'flexportApi' ? 'cred-key' : 'cred-1');
	const built = triggerWorkflow('n8n-nodes-flexport.flexportEventsTrigger', parameters, {
		[credentialType]: { id: credentialId, name: 'Flexport' },
	});
	const mode = options.mode ?? 'trigger';
	return await pollOnce(
		built,
		additionalDataFor(store, mode, built.workflowData),
		mode,
		options.staticData,
	);
}

// ------------------------------------------------------------------ webhook --

export interface WebhookDelivery {
	/** What webhook() returned. */
	result: IWebhookResponseData | undefined;
	/** The error webhook() threw, if any (n8n would answer 500). */
	error?: Error;
	/** Exact bytes received (empty with preReadBody: false). */
	rawBody: Buffer;
	headers: http.IncomingHttpHeaders;
}

export interface WebhookReceiver {
	url: string;
	deliveries: WebhookDelivery[];
	/** The workflow's static data, kept across this receiver's deliveries as n8n saves it. */
	staticData: IDataObject;
	close(): Promise<void>;
}

export interface WebhookReceiverOptions {
	parameters: IDataObject;
	/** Node credentials, e.g. { flexportWebhookSecretApi: { id: 'secret-1', name: 'Secret' } }. */
	credentials: INode['credentials'];
	/** Static data to start from (copy it to simulate a restart); default: empty. */
	staticData?: IDataObject;
	/** false: hand the unread request stream to the node (n8n reads the body first). Default true. */
	preReadBody?: boolean;
}

/**
 * A 127.0.0.1 server that hands each POST to FlexportTrigger.webhook() in a real n8n-core
 * WebhookContext, the way n8n's webhook route does for `responseMode: 'onReceived'`: the raw body
 * is kept in `req.rawBody`, the parsed JSON in `req.body`; when the node does not answer itself,
 * the receiver answers 200 as n8n would when it starts the workflow.
 */
export async function startWebhookReceiver(
	store: CredentialStore,
	options: WebhookReceiverOptions,
): Promise<WebhookReceiver> {
	const deliveries: WebhookDelivery[] = [];
	const nodeType = triggerInstances['n8n-nodes-flexport.flexportTrigger'];
	const staticData = options.staticData ?? {};
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		if (options.preReadBody === false) handle(req, res, undefined);
		else {
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => handle(req, res, Buffer.concat(chunks)));
		}
	});
	function handle(req: http.IncomingMessage, res: http.ServerResponse, rawBody?: Buffer): void {
		void (async () => {
			const request = req as http.IncomingMessage & IDataObject;
			if (rawBody) request.rawBody = rawBody;
			try {
				request.body = JSON.parse(rawBody?.toString('utf8') ?? '{}') as IDataObject;
			} catch {
				request.body = {};
			}
			request.params = {};
			request.query = {};
			const { workflow, node, workflowData } = triggerWorkflow(
				'n8n-nodes-flexport.flexportTrigger',
				options.parameters,
				options.credentials,
				staticData,
			);
			const webhookData = {
				httpMethod: 'POST',
				node: node.name,
				path: 'flexport-hook/webhook',
				webhookDescription: nodeType.description.webhooks?.[0],
				workflowId: workflow.id,
				workflowExecuteAdditionalData: {},
			} as unknown as IWebhookData;
			const context = new WebhookContext(
				workflow,
				node,
				additionalDataFor(store, 'webhook', workflowData, {
					httpRequest: request,
					httpResponse: res,
				}),
				'webhook',
				webhookData,
				[],
				null,
			);
			const delivery: WebhookDelivery = {
				result: undefined,
				rawBody: rawBody ?? Buffer.alloc(0),
				headers: req.headers,
			};
			deliveries.push(delivery);
			try {
				delivery.result = await (nodeType.webhook as NonNullable<INodeType['webhook']>).call(
					context,
				);
			} catch (error) {
				delivery.error = error as Error;
			}
			if (res.writableEnded) return;
			if (delivery.error) {
				res.writeHead(500, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify({ message: 'Error in workflow' }));
			} else if (delivery.result?.noWebhookResponse !== true) {
				res.writeHead(200, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify({ message: 'Workflow was started' }));
			}
		})();
	}
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/webhook/flexport-hook/webhook`,
		deliveries,
		staticData,
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
