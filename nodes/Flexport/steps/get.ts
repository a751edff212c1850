/** The "Get" step: read one object by the ID in its locator, then Resolve Links or Simplify. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ObjectTarget } from '../descriptions/objects.description';
import { objectItems, toItems } from '../helpers/items';
import { targetId } from '../helpers/parameters';
import { flexportApiRequest } from '../transport';
import { resolveLinks } from './resolveLinks';

/**
 * GET `<path>/<id>`: the body of every "Get" operation. Links named in Resolve Links are fetched
 * and embedded (the object is then output whole); otherwise Simplify applies.
 */
export async function getObject(
	this: IExecuteFunctions,
	itemIndex: number,
	target: ObjectTarget,
): Promise<INodeExecutionData[]> {
	const id = targetId(this, target, itemIndex);
	const record = await flexportApiRequest.call(this, 'GET', `${target.path}/${id}`, {
		itemIndex,
	});
	const options = this.getNodeParameter('options', itemIndex, {}) as { resolveLinks?: string };
	if (options.resolveLinks)
		return toItems(
			this,
			await resolveLinks.call(this, record, options.resolveLinks, itemIndex),
			itemIndex,
		);
	return objectItems(this, record, itemIndex);
}
