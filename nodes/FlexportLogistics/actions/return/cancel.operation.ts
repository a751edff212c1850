import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/common.description';
import { returnLocator } from '../../descriptions/return.description';
import { readIdLocator } from '../../helpers/locators';
import { SCOPES } from '../../helpers/scopes';
import { writeItems } from '../../steps/write';

export const description = updateDisplayOptions(
	{ show: { resource: ['return'], operation: ['cancel'] } },
	[
		returnLocator('The return to cancel (possible until it has shipped)'),
		optionsCollection([], { write: true }),
	],
);

/** POST /returns/{returnId}/cancel (returns_cancel_order); Flexport answers without a body. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const returnId = readIdLocator(this, 'returnId', itemIndex, 'Return', 'returnId');
	const items = await writeItems.call(this, itemIndex, {
		method: 'POST',
		path: `/returns/${returnId}/cancel`,
		scope: SCOPES.returns.write,
	});
	for (const item of items) item.json = { returnId, ...item.json };
	return items;
}
