/** The "Get" step: read one object by the ID in its locator, then Resolve Links or Simplify. */
import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ObjectTarget } from '../descriptions/objects.description';
import { objectItems, toItems } from '../helpers/items';
import { linkChoices } from '../helpers/links';
import { collectionValues, targetId } from '../helpers/parameters';
import { simplifyResolved } from '../helpers/simplify';
import { runsAsTool } from '../helpers/toolMode';
import { flexportApiRequest } from '../transport';
import { resolveLinks } from './resolveLinks';
import { requestVersion } from './version';

/**
 * GET `<path>/<id>` (the locator's ID, or `options.id` such as an invoice number): the body of every
 * "Get" operation. Links named in Resolve Links are fetched
 * and embedded (the object is then output whole, except as a tool: there Simplify applies to it
 * and to each embedded record, to fit a prompt); otherwise Simplify applies.
 */
export async function getObject(
	this: IExecuteFunctions,
	itemIndex: number,
	target: ObjectTarget,
	options: { id?: string; apiVersion?: string } = {},
): Promise<INodeExecutionData[]> {
	const id = options.id ?? targetId(this, target, itemIndex);
	const links = linkChoices(this, collectionValues(this, 'options', itemIndex), itemIndex);
	const apiVersion = requestVersion(this, itemIndex, options.apiVersion);
	const record = await flexportApiRequest.call(
		this,
		'GET',
		`${target.path}/${encodeURIComponent(id)}`,
		{ itemIndex, apiVersion },
	);
	if (links.length > 0) {
		const resolved = await resolveLinks.call(this, record, links, itemIndex, apiVersion);
		const compact =
			runsAsTool(this) && (this.getNodeParameter('simplify', itemIndex, true) as boolean);
		return toItems(this, compact ? simplifyResolved(resolved) : resolved, itemIndex);
	}
	return objectItems(this, record, itemIndex);
}
