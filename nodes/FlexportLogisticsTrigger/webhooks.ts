/**
 * The trigger's webhooks at Flexport (POST/GET/DELETE /webhooks): n8n calls checkExists on every
 * activation (also after a restart), create when it answers false, delete on deactivation. One
 * webhook per event type, all with the node's URL, `authMethod: TOKEN` and one random token per
 * activation, sent in the header the node names.
 */
import { randomBytes } from 'crypto';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { SCOPES } from '../FlexportLogistics/helpers/scopes';
import { logisticsRequest } from '../FlexportLogistics/transport';
import { readRecords } from '../FlexportLogistics/transport/nextPage';
import { redactSecrets } from '../shared/transport/redaction';
import { secretDigest } from '../shared/triggers/secrets';
import { chosenEventTypes } from './eventTypes';
import {
	type FlexportWebhook,
	ownWebhookIds,
	readRegistration,
	readWebhookList,
	REGISTRATION_KEY,
	REGISTRATION_VERSION,
	type RegisteredWebhook,
	registrationIsCurrent,
	type Wanted,
} from './registration';

export const DEFAULT_TOKEN_HEADER = 'X-Flexport-Webhook-Token';

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;

function fail(context: IHookFunctions, message: string, description?: string): never {
	throw new NodeOperationError(context.getNode(), message, { description });
}

/** What the node's parameters ask Flexport for, checked before any request. */
export function wantedWebhooks(context: IHookFunctions): Wanted {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const header = String(options.headerName ?? '').trim() || DEFAULT_TOKEN_HEADER;
	if (!HEADER_NAME.test(header))
		fail(
			context,
			`Options → Token Header Name ${JSON.stringify(header.slice(0, 60))} is not an HTTP header name`,
			'Use letters, digits and dashes, for example X-Flexport-Webhook-Token.',
		);
	const choice = chosenEventTypes(
		context.getNodeParameter('events', []),
		context.getNodeParameter('otherEventTypes', ''),
	);
	if ('problem' in choice) fail(context, choice.problem);
	if (choice.types.length === 0)
		fail(
			context,
			'Choose at least one event type in "Event Types" (or "Other Event Types")',
			'Flexport registers webhooks per event type; the trigger has nothing to register.',
		);
	return {
		url: context.getNodeWebhookUrl('default') ?? '',
		tokenHeader: header,
		types: choice.types,
	};
}

async function listWebhooks(context: IHookFunctions): Promise<FlexportWebhook[]> {
	const response = await logisticsRequest.call(context, 'GET', '/webhooks', {
		scope: SCOPES.webhooks.read,
	});
	return readWebhookList(readRecords(response.body));
}

function isNotFound(error: unknown): boolean {
	return String((error as { httpCode?: unknown })?.httpCode) === '404';
}

/** Deletes the webhooks; one already gone counts as deleted. Returns the ids that could not be. */
async function deleteWebhooks(context: IHookFunctions, ids: string[]): Promise<string[]> {
	const failed: string[] = [];
	for (const id of ids) {
		try {
			await logisticsRequest.call(context, 'DELETE', `/webhooks/${encodeURIComponent(id)}`, {
				scope: SCOPES.webhooks.write,
			});
		} catch (error) {
			if (!isNotFound(error)) failed.push(id);
		}
	}
	return failed;
}

/** The registration error as the user sees it: why, and for an http URL what to do. */
function registrationError(
	context: IHookFunctions,
	error: unknown,
	wanted: Wanted,
	type: string,
	token: string,
): Error {
	const reported = error as Error & { description?: string; httpCode?: string };
	const said = redactSecrets(String(reported?.message ?? error), [token]);
	const status = Number(reported?.httpCode);
	if (/^http:\/\//i.test(wanted.url) && (status === 400 || status === 422)) {
		return new NodeOperationError(
			context.getNode(),
			`Flexport refused to register the webhook URL ${wanted.url}: Flexport delivers only to https:// URLs`,
			{
				description: `n8n's production webhook URL starts with http://. Serve n8n over HTTPS and set WEBHOOK_URL to that address, then activate the workflow again; or use the Flexport Logistics Events Trigger, which polls and needs no public URL. Flexport answered: ${said}`,
			},
		);
	}
	if (reported && typeof reported === 'object' && reported.name === 'NodeApiError') {
		reported.message = `Could not register the Flexport webhook for ${type}: ${said}`;
		if (reported.description) reported.description = redactSecrets(reported.description, [token]);
		return reported;
	}
	return new NodeOperationError(
		context.getNode(),
		`Could not register the Flexport webhook for ${type}: ${said}`,
	);
}

async function register(
	context: IHookFunctions,
	wanted: Wanted,
	type: string,
	token: string,
	digest: string,
): Promise<RegisteredWebhook> {
	const response = await logisticsRequest.call(context, 'POST', '/webhooks', {
		body: {
			type,
			url: wanted.url,
			method: 'POST',
			authMethod: 'TOKEN',
			tokenHeader: wanted.tokenHeader,
			token,
		},
		// Unique per activation and type: a retried request cannot register a second webhook.
		idempotencyKey: `n8n-webhook-${digest.slice(0, 32)}-${type}`,
		scope: SCOPES.webhooks.write,
	});
	const id = (response.body as IDataObject | undefined)?.id;
	if (typeof id === 'number' || (typeof id === 'string' && id !== ''))
		return { id: String(id), type };
	// An answer without the id: the registration is found by its URL and type.
	const listed = (await listWebhooks(context)).find(
		(entry) => entry.url === wanted.url && entry.type === type,
	);
	if (!listed) throw new Error(`Flexport accepted the webhook for ${type} but did not list it`);
	return { id: listed.id, type };
}

export async function webhookExists(context: IHookFunctions): Promise<boolean> {
	const wanted = wantedWebhooks(context);
	const registration = readRegistration(context.getWorkflowStaticData('node')[REGISTRATION_KEY]);
	if (!registration || registration.url !== wanted.url) return false;
	return registrationIsCurrent(registration, wanted, await listWebhooks(context));
}

export async function createWebhooks(context: IHookFunctions): Promise<boolean> {
	const wanted = wantedWebhooks(context);
	const staticData = context.getWorkflowStaticData('node');
	const previous = readRegistration(staticData[REGISTRATION_KEY]);
	// Leftovers (an earlier activation whose registration was lost, a changed selection) go first:
	// Flexport refuses a second webhook of one type at one URL, and their token is not known.
	const stale = ownWebhookIds(previous, wanted.url, await listWebhooks(context));
	const notDeleted = await deleteWebhooks(context, stale);
	if (notDeleted.length > 0)
		fail(
			context,
			`Could not delete the earlier Flexport webhook(s) ${notDeleted.join(', ')} of this trigger`,
			'Try activating again; if it keeps failing, delete them in Flexport (DELETE /webhooks/{id}).',
		);
	delete staticData[REGISTRATION_KEY];

	const token = randomBytes(32).toString('base64url');
	const digest = secretDigest(token);
	const registered: RegisteredWebhook[] = [];
	for (const type of wanted.types) {
		try {
			registered.push(await register(context, wanted, type, token, digest));
		} catch (error) {
			// n8n does not call delete after a failed create: undo the part that was registered.
			await deleteWebhooks(
				context,
				registered.map((hook) => hook.id),
			);
			throw registrationError(context, error, wanted, type, token);
		}
	}
	staticData[REGISTRATION_KEY] = {
		version: REGISTRATION_VERSION,
		url: wanted.url,
		tokenHeader: wanted.tokenHeader,
		tokenDigest: digest,
		webhooks: registered,
	} as unknown as IDataObject;
	return true;
}

export async function deleteOwnWebhooks(context: IHookFunctions): Promise<boolean> {
	const staticData = context.getWorkflowStaticData('node');
	const registration = readRegistration(staticData[REGISTRATION_KEY]);
	const url = context.getNodeWebhookUrl('default') ?? '';
	let listed: FlexportWebhook[] | undefined;
	try {
		listed = await listWebhooks(context);
	} catch {
		// Flexport could not list them: the stored ids are deleted all the same.
		listed = undefined;
	}
	const failed = await deleteWebhooks(context, ownWebhookIds(registration, url, listed));
	if (failed.length > 0 && registration) {
		staticData[REGISTRATION_KEY] = {
			...registration,
			webhooks: registration.webhooks.filter((hook) => failed.includes(hook.id)),
		} as unknown as IDataObject;
		return false;
	}
	delete staticData[REGISTRATION_KEY];
	return failed.length === 0;
}
