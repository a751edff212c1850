import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../descriptions/common.description';
import { limitRecords } from '../../helpers/inboundFields';
import { SCOPES } from '../../helpers/scopes';
import { presentWebhook } from '../../helpers/webhookInput';
import { recordItems } from '../../steps/record';
import { logisticsRequest } from '../../transport';
import { readRecords } from '../../transport/nextPage';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['getAll'] } },
	returnAllAndLimit,
);

/** GET /webhooks (get_webhooks): one unpaged list, cut to Limit; secrets masked. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const response = await logisticsRequest.call(this, 'GET', '/webhooks', {
		scope: SCOPES.webhooks.read,
		itemIndex,
	});
	const webhooks = limitRecords(this, readRecords(response.body), itemIndex);
	return recordItems(this, webhooks.map(presentWebhook), itemIndex);
}
