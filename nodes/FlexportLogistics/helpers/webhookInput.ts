/** The body of "Create Webhook" (WebhookCreateModel) and webhook records as output (masked). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { textParameter } from '../../shared/readers/parameters';
import { failParameter, requireOneOf, shown } from '../../shared/readers/values';
import { WEBHOOK_AUTH_METHODS, WEBHOOK_METHODS } from '../descriptions/webhook.description';
import { maskSecrets } from './masking';

/** Webhook types are free strings; the same rule as the `type` filter of GET /events. */
const EVENT_TYPE = /^[\w.]{1,50}$/;
/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;

function readUrl(context: IExecuteFunctions, itemIndex: number): string {
	const url = textParameter(context, 'url', 'URL', itemIndex, 2000);
	let parsed: URL | undefined;
	try {
		parsed = new URL(url);
	} catch {
		parsed = undefined;
	}
	if (!parsed || parsed.protocol !== 'https:' || !/^https:\/\/.+/.test(url))
		failParameter(
			context,
			itemIndex,
			`"URL" must be an https:// address (Flexport delivers only to https), but got ${shown(url)}`,
		);
	return url;
}

export function readCreateWebhookBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const type = textParameter(context, 'type', 'Event Type', itemIndex, 50);
	if (!EVENT_TYPE.test(type))
		failParameter(
			context,
			itemIndex,
			`"Event Type" must be an event type such as Order.Shipped (letters, digits, _ and .), but got ${shown(type)}`,
		);
	const get = (name: string) => context.getNodeParameter(name, itemIndex, '');
	const body: IDataObject = {
		type,
		url: readUrl(context, itemIndex),
		method: requireOneOf(context, get('method') || 'POST', WEBHOOK_METHODS, 'Method', itemIndex),
	};
	const authMethod = requireOneOf(
		context,
		get('authMethod') || 'NONE',
		WEBHOOK_AUTH_METHODS,
		'Authentication',
		itemIndex,
	);
	body.authMethod = authMethod;
	if (authMethod === 'BASIC_AUTH') {
		body.username = textParameter(context, 'username', 'Username', itemIndex, 255);
		body.password = textParameter(context, 'password', 'Password', itemIndex, 1000);
	}
	if (authMethod === 'TOKEN') {
		const header = textParameter(context, 'headerName', 'Token Header', itemIndex, 100);
		if (!HEADER_NAME.test(header))
			failParameter(context, itemIndex, `"Token Header" is not a header name: ${shown(header)}`);
		body.tokenHeader = header;
		body.token = textParameter(context, 'token', 'Token', itemIndex, 1000);
	}
	return body;
}

/** WebhookModel as output: the token and password, should Flexport echo them, masked. */
export function presentWebhook(webhook: IDataObject): IDataObject {
	return maskSecrets(webhook, ['token', 'password']);
}
