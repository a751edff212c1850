import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { webhookCreateFields } from '../../descriptions/webhook.description';
import { presentWebhook, readCreateWebhookBody } from '../../helpers/webhookInput';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['create'] } },
	[...webhookCreateFields, optionsCollection([], { write: true })],
);

/** POST /webhooks (create_webhook); Flexport answers 202 with the WebhookModel. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const items = await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: '/webhooks',
		body: readCreateWebhookBody(this, itemIndex),
		scope: SCOPES.webhooks.write,
	});
	for (const item of items) item.json = presentWebhook(item.json);
	return items;
}
