/** The Resolve Links step: fetch what the chosen link refs point to and embed it in their place. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { findLinks, replaceAt } from '../helpers/links';
import { OBJECT_REF } from '../helpers/simplify';
import { toolCappedLimit } from '../helpers/toolMode';
import { flexportApiRequest, flexportApiRequestAllItems } from '../transport';

/**
 * Replaces the links `wanted` names (fields, dotted paths or `*`; see helpers/links.ts) with the
 * object or the list of objects each points to: one request per object, one per page of a list.
 */
export async function resolveLinks(
	this: IExecuteFunctions,
	object: IDataObject,
	wanted: string[],
	itemIndex: number,
	apiVersion?: string,
): Promise<IDataObject> {
	let result = object;
	for (const { at, ref } of findLinks(object, wanted)) {
		const fetched =
			ref._object === OBJECT_REF
				? await flexportApiRequest.call(this, 'GET', ref.link, {
						url: ref.link,
						itemIndex,
						apiVersion,
					})
				: await flexportApiRequestAllItems.call(
						this,
						ref.link,
						{},
						{ itemIndex, url: ref.link, limit: toolCappedLimit(this, undefined), apiVersion },
					);
		result = replaceAt(result, at, fetched);
	}
	return result;
}
