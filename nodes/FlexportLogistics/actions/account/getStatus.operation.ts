import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { getItems } from '../../steps/get';

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getStatus'] } },
	[],
);

/**
 * GET /accounts/status (get_logistics_account_standing_status): whether the account can take
 * orders yet (catalog imported, first inbound received). Any valid token may call it.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await getItems.call(this, itemIndex, { path: '/accounts/status', scope: '' });
}
