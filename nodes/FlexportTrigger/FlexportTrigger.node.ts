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

import { authenticationProperty } from '../Flexport/descriptions/authentication.description';
import { flexportApiRequest } from '../Flexport/transport';
import {
	DELIVERY_WEBHOOK,
	EVENT_TYPES_SUBTITLE,
	maxEventAgeOption,
	optionsCollection,
} from '../shared/triggers/description';
import { answerAndRun, type DeliveryResponse, reply, replyIgnored } from '../shared/triggers/reply';
import { deliveryRules, readWebhookOptions } from '../shared/triggers/webhookOptions';
import { type DeliveryRequest, readDeliveryBody } from './body';
import { decideDelivery, resourceRequest } from './delivery';
import { eventTypeProperties } from './eventTypes';
import { assessWebhookSecret, MAX_BODY_BYTES } from './signature';

/** Resource lookups happen before Flexport gets its 200, so they get a shorter timeout. */
const RESOURCE_TIMEOUT_MS = 10_000;

/** Where the ids of accepted events are kept (workflow static data of this node). */
const REPLAY_STATIC_KEY = 'flexportDeliveries';

const OPTIONS_PROPERTY = optionsCollection([
	{
		displayName: 'Allow SHA-1 Signatures',
		name: 'allowSha1',
		type: 'boolean',
		default: false,
		description:
			'Whether to accept deliveries signed only with SHA-1 (X-Hub-Signature), for older endpoints. A SHA-256 signature, when present, always decides.',
	},
	maxEventAgeOption(
		24,
		"Deliveries of events created (created_at) longer ago than this are answered 200 without a run, so an old delivery cannot be replayed. Repeated deliveries of an event already received are always ignored. 0: no age limit. Applies to the production URL, not to 'Listen for Test Event'.",
	),
]);

export class FlexportTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport Trigger',
		name: 'flexportTrigger',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: EVENT_TYPES_SUBTITLE,
		description:
			'Starts the workflow when Flexport delivers a webhook event (shipment milestones, exceptions, invoices)',
		defaults: { name: 'Flexport Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Spelled out, not built by flexportCredentials(): n8n's lint reads this array literally to see
		// that the webhook secret credential is tested (testedBy), and fails on a call or a spread here.
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
		webhooks: [DELIVERY_WEBHOOK],
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
			authenticationProperty({
				description: 'The Flexport API credential used to fetch the resource',
				displayOptions: { show: { resolveResource: [true] } },
			}),
			OPTIONS_PROPERTY,
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
		const settings = readWebhookOptions(this, OPTIONS_PROPERTY);
		if ('message' in settings) return reply(response, 500, { error: settings.message });

		const body = await readDeliveryBody(request, MAX_BODY_BYTES);
		if (body.outcome === 'too-large') {
			// Close the connection: the rest of the body is not read.
			return reply(
				response,
				413,
				{ error: `The delivery is larger than ${MAX_BODY_BYTES} bytes` },
				{ Connection: 'close' },
			);
		}

		const credentials = await this.getCredentials('flexportWebhookSecretApi');
		const staticData = this.getWorkflowStaticData('node');
		const decision = decideDelivery({
			rawBody: body.outcome === 'read' ? body.rawBody : undefined,
			headers: request.headers,
			secret: typeof credentials.secret === 'string' ? credentials.secret : '',
			allowSha1: settings.options.allowSha1 === true,
			...deliveryRules(this, staticData[REPLAY_STATIC_KEY], settings.maxAgeHours),
		});

		if (decision.action === 'reject')
			return reply(response, decision.status, { error: decision.message });
		if (decision.action === 'ignore') return replyIgnored(response, decision);

		// Stored before the run starts; n8n saves static data once the delivery is answered.
		if (decision.remember)
			staticData[REPLAY_STATIC_KEY] = decision.remember as unknown as IDataObject;
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
		// Answered before the run starts, so n8n saves the remembered id (see answerAndRun).
		return answerAndRun(response, [this.helpers.returnJsonArray([event])]);
	}
}
