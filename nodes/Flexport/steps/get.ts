/** The "Get" step: read one object by the ID in its locator, then Resolve Links or Simplify. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ObjectTarget } from '../descriptions/objects.description';
import { objectItems, toItems } from '../helpers/items';
import { simplifyResolved } from '../helpers/simplify';
import { runsAsTool } from '../helpers/toolMode';
import { targetId } from '../helpers/parameters';
import { flexportApiRequest } from '../transport';
import { resolveLinks } from './resolveLinks';

/**
 * GET `<path>/<id>`: the body of every "Get" operation. Links named in Resolve Links are fetched
 * and embedded (the object is then output whole, except as a tool: there Simplify applies to it
 * and to each embedded record, to fit a prompt); otherwise Simplify applies.
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
	if (options.resolveLinks) {
		const resolved = await resolveLinks.call(this, record, options.resolveLinks, itemIndex);
		const compact =
			runsAsTool(this) && (this.getNodeParameter('simplify', itemIndex, true) as boolean);
		return toItems(this, compact ? simplifyResolved(resolved) : resolved, itemIndex);
	}
	return objectItems(this, record, itemIndex);
}
