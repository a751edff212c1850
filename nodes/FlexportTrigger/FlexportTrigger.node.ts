import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { flexportApiRequest } from '../Flexport/transport';
import { decideDelivery, declaredLengthTooLarge, resourceRequest } from './delivery';
import { buildEventTypeFilter, eventTypeProperties } from './eventTypes';
import { assessWebhookSecret, type HeaderBag } from './signature';

/** The parts of n8n's (Express) request and response objects this node uses. */
interface DeliveryRequest {
	headers: HeaderBag;
	rawBody?: Buffer;
	readRawBody?: () => Promise<void>;
}

interface DeliveryResponse {
	writeHead(status: number, headers: Record<string, string>): unknown;
	end(body: string): unknown;
}

/** Resource lookups happen before Flexport gets its 200, so they get a shorter timeout. */
const RESOURCE_TIMEOUT_MS = 10_000;

function reply(
	response: DeliveryResponse,
	status: number,
	body: IDataObject,
): IWebhookResponseData {
	response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
	response.end(JSON.stringify(body));
	return { noWebhookResponse: true };
}

export class FlexportTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport Trigger',
		name: 'flexportTrigger',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{($parameter["events"] || []).includes("*") ? "All events" : ($parameter["events"] || []).length + " event type(s)"}}',
		description:
			'Starts the workflow when Flexport delivers a webhook event (shipment milestones, exceptions, invoices)',
		defaults: { name: 'Flexport Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'flexportWebhookSecretApi', required: true, testedBy: 'flexportWebhookSecretTest' },
			{
				name: 'flexportOAuth2Api',
				required: true,
				displayOptions: { show: { resolveResource: [true], authentication: ['oAuth2'] } },
			},
			{
				name: 'flexportApi',
				required: true,
				displayOptions: { show: { resolveResource: [true], authentication: ['apiKey'] } },
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName:
					'Flexport cannot register webhooks through its API. Copy this node\'s Production URL (or the Test URL while testing) from "Webhook URLs" above and add it as an endpoint in Flexport → Settings → Webhooks, with the same secret token as the credential.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			...eventTypeProperties,
			{
				displayName: 'Resolve Resource',
				name: 'resolveResource',
				type: 'boolean',
				default: false,
				description:
					"Whether to fetch the event's resource (data.resource) from the Flexport API and add it as resource_object. Needs a Flexport API credential and adds one request before Flexport receives its answer.",
			},
			{
				displayName: 'Authentication',
				name: 'authentication',
				type: 'options',
				options: [
					{ name: 'OAuth2 (API Credentials)', value: 'oAuth2' },
					{ name: 'API Key (Legacy)', value: 'apiKey' },
				],
				default: 'oAuth2',
				description: 'The Flexport API credential used to fetch the resource',
				displayOptions: { show: { resolveResource: [true] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Allow SHA-1 Signatures',
						name: 'allowSha1',
						type: 'boolean',
						default: false,
						description:
							'Whether to accept deliveries signed only with SHA-1 (X-Hub-Signature), for older endpoints. A SHA-256 signature, when present, always decides.',
					},
				],
			},
		],
	};

	methods = {
		credentialTest: {
			async flexportWebhookSecretTest(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return assessWebhookSecret(credential.data?.secret);
			},
		},
	};

	/**
	 * Flexport webhook endpoints are added by hand in Settings → Webhooks; Flexport has no API to
	 * list, create or delete them (docs/reference/flexport-api.md §9.1). So there is nothing to look up, create or
	 * remove on Flexport's side: n8n only has to listen on the URL.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject() as DeliveryRequest;
		const response = this.getResponseObject() as DeliveryResponse;
		const options = this.getNodeParameter('options', {}) as IDataObject;

		let rawBody = request.rawBody;
		if (
			!Buffer.isBuffer(rawBody) &&
			!declaredLengthTooLarge(request.headers) &&
			typeof request.readRawBody === 'function'
		) {
			await request.readRawBody();
			rawBody = request.rawBody;
		}

		const credentials = await this.getCredentials('flexportWebhookSecretApi');
		const decision = decideDelivery({
			rawBody: Buffer.isBuffer(rawBody) ? rawBody : undefined,
			headers: request.headers,
			secret: typeof credentials.secret === 'string' ? credentials.secret : '',
			allowSha1: options.allowSha1 === true,
			acceptsType: buildEventTypeFilter({
				events: this.getNodeParameter('events', []),
				otherEventTypes: this.getNodeParameter('otherEventTypes', ''),
			}),
		});

		if (decision.action === 'reject')
			return reply(response, decision.status, { error: decision.message });
		if (decision.action === 'ignore')
			return reply(response, decision.status, {
				received: true,
				ignored: true,
				message: decision.message,
			});

		const event = decision.event;
		if (this.getNodeParameter('resolveResource', false) === true) {
			const data = event.data as IDataObject | undefined;
			const target = resourceRequest(data?.resource);
			if (!target) {
				event.resource_object = null;
				event.resource_error =
					'The event names no resource that can be fetched (data.resource has no _object and id, or no link)';
			} else {
				try {
					event.resource_object = await flexportApiRequest.call(this, 'GET', target.path, {
						url: target.url,
						timeoutMs: RESOURCE_TIMEOUT_MS,
					});
				} catch (error) {
					// The delivery is genuine and must not be lost: the workflow runs with the event and the reason.
					event.resource_object = null;
					event.resource_error = (error as Error).message;
				}
			}
		}
		return { workflowData: [this.helpers.returnJsonArray([event])] };
	}
}
