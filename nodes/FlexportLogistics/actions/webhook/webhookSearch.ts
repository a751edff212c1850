/** "From List" search for the Webhook locator: GET /webhooks, filtered by the typed text. */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { SCOPES } from '../../helpers/scopes';
import { logisticsRequest } from '../../transport';
import { readRecords } from '../../transport/nextPage';

const label = (webhook: IDataObject) =>
	`${String(webhook.type ?? 'Webhook')} → ${String(webhook.url ?? '')} (${String(webhook.id)})`;

export async function searchWebhooks(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await logisticsRequest.call(this, 'GET', '/webhooks', {
		scope: SCOPES.webhooks.read,
	});
	const needle = filter?.trim().toLowerCase() ?? '';
	const results = readRecords(response.body)
		.filter((webhook) => typeof webhook.id === 'number' || typeof webhook.id === 'string')
		.filter((webhook) => !needle || label(webhook).toLowerCase().includes(needle))
		.map((webhook) => ({ name: label(webhook), value: String(webhook.id) }));
	return { results };
}
