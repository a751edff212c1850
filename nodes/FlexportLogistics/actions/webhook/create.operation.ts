/** POST /webhooks (create_webhook); Flexport answers 202 with the WebhookModel. */
import { webhookCreateFields } from '../../descriptions/webhook.description';
import { postOperation } from '../../helpers/postOperation';
import { presentWebhook, readCreateWebhookBody } from '../../helpers/webhookInput';
import { SCOPES } from '../../helpers/scopes';

export const { description, execute } = postOperation({
	resource: 'webhook',
	operation: 'create',
	properties: webhookCreateFields,
	path: '/webhooks',
	scope: SCOPES.webhooks.write,
	readBody: readCreateWebhookBody,
	present: presentWebhook,
});
