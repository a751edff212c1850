import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { webhookLocator } from '../../descriptions/webhook.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { presentWebhook } from '../../helpers/webhookInput';
import { getRecord } from '../../steps/get';
import { recordItems } from '../../steps/record';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['get'] } },
	[webhookLocator('The webhook to get')],
);

/** GET /webhooks/{webhookId} (get_webhook); a secret in the answer is masked. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const webhookId = readIdLocator(this, 'webhookId', itemIndex, 'Webhook', 'webhookId');
	const webhook = await getRecord.call(this, itemIndex, {
		path: `/webhooks/${webhookId}`,
		scope: SCOPES.webhooks.read,
	});
	return recordItems(this, presentWebhook(webhook), itemIndex);
}
