/**
 * The Logistics triggers in real n8n-core contexts against the simulator's Logistics API:
 * HookContext for checkExists / create / delete (as n8n calls them on activation and
 * deactivation), WebhookContext for deliveries that reach a 127.0.0.1 receiver (the events
 * trigger's PollContext is in ../FlexportLogisticsEventsTrigger/pollRunner.ts). Static data is one object per rig, as n8n keeps it in the workflow; a
 * restart continues from a copy of it (what n8n saved and loads again) at the same URL.
 */
// A test-only receiver needs a real HTTP server; the restriction is for shipped node code.
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import http from 'node:http';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { AddressInfo } from 'node:net';

import { HookContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	IWebhookData,
	IWebhookResponseData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { LogisticsEnv } from '../../harness/logisticsFixture';
import { buildAdditionalData } from '../../harness/n8nHarness';
import type { SimWebhook } from './simWebhooks';
import {
	instances,
	nextExecutionId,
	triggerWorkflow,
	WEBHOOK_ID,
	WEBHOOK_TRIGGER_TYPE,
} from './triggerWorkflow';

export interface ReceivedDelivery {
	status: number;
	body: IDataObject;
	/** What webhook() returned. */
	result?: IWebhookResponseData;
	error?: Error;
	ran: boolean;
	items: INodeExecutionData[];
}

export interface RigOptions {
	parameters: IDataObject;
	credentialId?: string;
	/** The scheme of n8n's webhook URL (https: n8n behind a TLS proxy; the simulator delivers over http). */
	scheme?: 'https' | 'http';
	/** Static data to start from. */
	staticData?: IDataObject;
}

export type HookMethod = 'checkExists' | 'create' | 'delete';

export interface TriggerRig {
	/** The production webhook URL n8n gives the node. */
	url: string;
	/** The receiver itself, over plain http (for hand-made deliveries). */
	localUrl: string;
	/** The workflow's static data (the node's is under `node:Trigger`). */
	staticData: IDataObject;
	/** The node's static data, as the trigger reads and writes it. */
	nodeStaticData(): IDataObject;
	deliveries: ReceivedDelivery[];
	runs(): number;
	hook(method: HookMethod, options?: { mode?: WorkflowExecuteMode }): Promise<boolean>;
	/** As n8n activates: checkExists, then create when it answers false. */
	activate(activation?: WorkflowActivateMode): Promise<{ existed: boolean }>;
	deactivate(): Promise<boolean>;
	/** The user edited the node (n8n then runs the hooks with the new parameters). */
	setParameters(parameters: IDataObject): void;
	/** n8n restarted: the static data is what it saved (or nothing, when it was lost). */
	restart(options?: { lostStaticData?: boolean }): void;
	/** Waits (bounded) until the receiver has answered `count` deliveries. */
	waitForDeliveries(count: number, timeoutMs?: number): Promise<ReceivedDelivery[]>;
	close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
	});
}

/** Captures what the node (or the receiver in n8n's place) answered. */
function captureAnswer(res: http.ServerResponse, delivery: ReceivedDelivery): void {
	const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
	const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
	res.writeHead = ((status: number, ...rest: unknown[]) => {
		delivery.status = status;
		return writeHead(status, ...rest);
	}) as typeof res.writeHead;
	res.end = ((chunk?: unknown, ...rest: unknown[]) => {
		try {
			delivery.body = JSON.parse(String(chunk ?? '{}')) as IDataObject;
		} catch {
			delivery.body = {};
		}
		return end(chunk, ...rest);
	}) as typeof res.end;
}

export async function startTriggerRig(env: LogisticsEnv, options: RigOptions): Promise<TriggerRig> {
	let staticData: IDataObject = options.staticData ?? {};
	let parameters = options.parameters;
	const credentialId = options.credentialId ?? 'logistics-1';
	const nodeType = instances[WEBHOOK_TRIGGER_TYPE];
	const deliveries: ReceivedDelivery[] = [];
	let baseUrl = '';

	const contextParts = (mode: WorkflowExecuteMode, extra: IDataObject = {}) => {
		const built = triggerWorkflow(WEBHOOK_TRIGGER_TYPE, parameters, credentialId, staticData);
		const additionalData = buildAdditionalData(
			env.store,
			mode,
			nextExecutionId('logistics-trigger-exec'),
			built.workflowData,
			{
				webhookBaseUrl: `${baseUrl}/webhook`,
				webhookTestBaseUrl: `${baseUrl}/webhook-test`,
				...extra,
			},
		);
		const webhookData = {
			httpMethod: 'POST',
			node: built.node.name,
			path: `${WEBHOOK_ID}/webhook`,
			webhookDescription: nodeType.description.webhooks?.[0],
			workflowId: built.workflow.id,
			workflowExecuteAdditionalData: additionalData,
			isTest: mode === 'manual',
		} as unknown as IWebhookData;
		return { ...built, additionalData, webhookData };
	};

	const server = http.createServer((req, res) => {
		void (async () => {
			const rawBody = await readBody(req);
			const request = req as http.IncomingMessage & IDataObject;
			request.rawBody = rawBody;
			try {
				request.body = JSON.parse(rawBody.toString('utf8') || '{}') as IDataObject;
			} catch {
				request.body = {};
			}
			request.params = {};
			request.query = {};
			const mode: WorkflowExecuteMode = req.url?.startsWith('/webhook-test/')
				? 'manual'
				: 'webhook';
			const parts = contextParts(mode, { httpRequest: request, httpResponse: res });
			const context = new WebhookContext(
				parts.workflow,
				parts.node,
				parts.additionalData,
				mode,
				parts.webhookData,
				[],
				null,
			);
			const delivery: ReceivedDelivery = { status: 0, body: {}, ran: false, items: [] };
			captureAnswer(res, delivery);
			try {
				delivery.result = await (nodeType.webhook as NonNullable<INodeType['webhook']>).call(
					context,
				);
			} catch (error) {
				delivery.error = error as Error;
			}
			delivery.items = delivery.result?.workflowData?.[0] ?? [];
			delivery.ran = delivery.result?.workflowData !== undefined;
			// As n8n does for responseMode 'onReceived' when the node did not answer itself.
			if (!res.writableEnded) {
				if (delivery.error) {
					res.writeHead(500, { 'Content-Type': 'application/json' });
					res.end(JSON.stringify({ message: 'Error in workflow' }));
				} else {
					res.writeHead(200, { 'Content-Type': 'application/json' });
					res.end(JSON.stringify({ message: 'Workflow was started' }));
				}
			}
			deliveries.push(delivery);
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	baseUrl = `${options.scheme ?? 'https'}://127.0.0.1:${port}`;

	const hook = async (method: HookMethod, { mode = 'trigger' as WorkflowExecuteMode } = {}) => {
		const parts = contextParts(mode);
		const context = new HookContext(
			parts.workflow,
			parts.node,
			parts.additionalData,
			mode,
			'activate',
			parts.webhookData,
		);
		const methods = nodeType.webhookMethods?.default as Record<
			HookMethod,
			(this: HookContext) => Promise<boolean>
		>;
		return await methods[method].call(context);
	};

	const rig: TriggerRig = {
		url: `${baseUrl}/webhook/${WEBHOOK_ID}/webhook`,
		localUrl: `http://127.0.0.1:${port}/webhook/${WEBHOOK_ID}/webhook`,
		get staticData() {
			return staticData;
		},
		nodeStaticData: () => (staticData['node:Trigger'] ?? {}) as IDataObject,
		deliveries,
		runs: () => deliveries.filter((delivery) => delivery.ran).length,
		hook,
		async activate() {
			const existed = await hook('checkExists');
			if (!existed) await hook('create');
			return { existed };
		},
		deactivate: async () => await hook('delete'),
		setParameters(changed) {
			parameters = changed;
		},
		restart({ lostStaticData = false } = {}) {
			staticData = lostStaticData ? {} : (JSON.parse(JSON.stringify(staticData)) as IDataObject);
		},
		async waitForDeliveries(count, timeoutMs = 5_000) {
			const deadline = Date.now() + timeoutMs;
			while (deliveries.length < count) {
				if (Date.now() > deadline)
					throw new Error(`${deliveries.length} of ${count} deliveries after ${timeoutMs} ms`);
				await sleep(20);
			}
			return deliveries;
		},
		close: async () =>
			await new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
	return rig;
}

/** Sends a hand-made delivery to the receiver (plain http, as the TLS proxy forwards it). */
export async function postDelivery(
	rig: TriggerRig,
	body: unknown,
	headers: Record<string, string> = {},
): Promise<{ status: number; body: IDataObject }> {
	const response = await fetch(rig.localUrl, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await response.text();
	let parsed: IDataObject = {};
	try {
		parsed = JSON.parse(text) as IDataObject;
	} catch {
		parsed = {};
	}
	return { status: response.status, body: parsed };
}

/**
 * Rigs for one test file: each test's rigs are closed afterwards, and the webhooks they left at
 * the simulator removed, so no later delivery goes to a closed receiver.
 */
export function useTriggerRigs(env: LogisticsEnv) {
	const open: TriggerRig[] = [];
	afterEach(async () => {
		for (const rig of open.splice(0)) await rig.close();
		const db = env.logistics.db as { webhooks: { items: Map<string, SimWebhook> } };
		for (const [key, hook] of db.webhooks.items)
			if (/^https?:\/\/127\.0\.0\.1:/.test(hook.url)) db.webhooks.items.delete(key);
	});
	return {
		async start(options: RigOptions): Promise<TriggerRig> {
			const rig = await startTriggerRig(env, options);
			open.push(rig);
			return rig;
		},
	};
}
