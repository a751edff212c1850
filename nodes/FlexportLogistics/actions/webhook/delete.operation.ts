import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { webhookLocator } from '../../descriptions/webhook.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { recordItems } from '../../steps/record';
import { logisticsRequest } from '../../transport';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['delete'] } },
	[webhookLocator('The webhook to delete; Flexport stops sending its events')],
);

/** DELETE /webhooks/{webhookId} (delete_webhook); Flexport answers without a body. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const webhookId = readIdLocator(this, 'webhookId', itemIndex, 'Webhook', 'webhookId');
	await logisticsRequest.call(this, 'DELETE', `/webhooks/${webhookId}`, {
		scope: SCOPES.webhooks.write,
		itemIndex,
	});
	return recordItems(this, { webhookId, deleted: true }, itemIndex);
}
