import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { LOGISTICS_CREDENTIAL } from '../FlexportLogistics/transport';
import {
	type DeliveryRequest,
	MAX_DELIVERY_BYTES,
	readDeliveryBody,
} from '../shared/triggers/body';
import {
	DELIVERY_WEBHOOK,
	maxEventAgeOption,
	optionsCollection,
} from '../shared/triggers/description';
import { answerAndRun, type DeliveryResponse, reply, replyIgnored } from '../shared/triggers/reply';
import { deliveryRules, readWebhookOptions } from '../shared/triggers/webhookOptions';
import { checkToken, decideDelivery } from './delivery';
import { webhookEventTypeProperties } from './eventTypes';
import { DELIVERIES_KEY, readRegistration, REGISTRATION_KEY } from './registration';
import { createWebhooks, DEFAULT_TOKEN_HEADER, deleteOwnWebhooks, webhookExists } from './webhooks';

const OPTIONS_PROPERTY = optionsCollection([
	maxEventAgeOption(
		48,
		"Deliveries of events older than this (logisticsEventTime) are answered 200 without a run. Flexport retries a delivery for about a day; a delivery of an event already received never runs twice. 0: no age limit. Applies to the production URL, not to 'Listen for Test Event'.",
	),
	{
		displayName: 'Token Header Name',
		name: 'headerName',
		type: 'string',
		default: DEFAULT_TOKEN_HEADER,
		description:
			'The header in which Flexport sends the secret token this trigger generates on activation. Changing it registers the webhooks again.',
	},
]);

export class FlexportLogisticsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Flexport Logistics Trigger',
		name: 'flexportLogisticsTrigger',
		icon: { light: 'file:../../icons/flexport.svg', dark: 'file:../../icons/flexport.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{(($parameter["events"] || []).length + ($parameter["otherEventTypes"] ? $parameter["otherEventTypes"].split(",").length : 0)) + " event type(s)"}}',
		description:
			'Starts the workflow when Flexport Logistics sends an event (order shipped, inventory adjusted, parcel tracking, returns, inbounds)',
		defaults: { name: 'Flexport Logistics Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: LOGISTICS_CREDENTIAL, required: true }],
		webhooks: [DELIVERY_WEBHOOK],
		properties: [
			{
				displayName:
					"On activation this trigger registers its Production URL with Flexport (POST /webhooks, one webhook per event type, with a random secret token) and deletes the registrations on deactivation; the token needs the write_logistics_webhooks scope. Flexport delivers only to https:// URLs: if n8n's URL starts with http:// (WEBHOOK_URL not set to a public https address), Flexport refuses it and activation fails saying so. Then serve n8n over HTTPS and set WEBHOOK_URL, or use the Flexport Logistics Events Trigger, which polls and needs no public URL.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			...webhookEventTypeProperties,
			OPTIONS_PROPERTY,
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookExists(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhooks(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteOwnWebhooks(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject() as unknown as DeliveryRequest & { body?: unknown };
		const response = this.getResponseObject() as unknown as DeliveryResponse;
		const staticData = this.getWorkflowStaticData('node');

		// Nothing else is looked at before the token is verified.
		const token = checkToken(readRegistration(staticData[REGISTRATION_KEY]), request.headers);
		if (!token.valid) return reply(response, 401, { error: token.message });

		const settings = readWebhookOptions(this, OPTIONS_PROPERTY);
		if ('message' in settings) return reply(response, 500, { error: settings.message });

		const body = await readDeliveryBody(request, MAX_DELIVERY_BYTES);
		const decision = decideDelivery({
			body,
			parsedBody: request.body,
			limitBytes: MAX_DELIVERY_BYTES,
			...deliveryRules(this, staticData[DELIVERIES_KEY], settings.maxAgeHours),
		});
		if (decision.action === 'reject')
			return reply(
				response,
				decision.status,
				{ error: decision.message },
				// Close the connection: the rest of an oversized body is not read.
				decision.status === 413 ? { Connection: 'close' } : {},
			);
		if (decision.action === 'ignore') return replyIgnored(response, decision);
		if (decision.remember) staticData[DELIVERIES_KEY] = decision.remember as unknown as IDataObject;
		// Answered before the run starts, so n8n saves the remembered id (see answerAndRun).
		return answerAndRun(response, [this.helpers.returnJsonArray([decision.event])]);
	}
}
