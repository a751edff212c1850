import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../descriptions/common.description';
import { eventFilters } from '../../descriptions/event.description';
import { readEventFilters } from '../../helpers/eventInput';
import { SCOPES } from '../../helpers/scopes';
import { listItems } from '../../steps/list';

export const description = updateDisplayOptions(
	{ show: { resource: ['event'], operation: ['getAll'] } },
	[...returnAllAndLimit, eventFilters],
);

/** GET /events (get_events), page_info pages of at most 100; filters are sent with every page. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	return await listItems.call(this, itemIndex, '/events', {
		style: 'pageInfo',
		maxPageSize: 100,
		qs: readEventFilters(this, itemIndex),
		scope: SCOPES.events.read,
	});
}
