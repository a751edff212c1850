/** The Resolve Links step: fetch the objects that chosen link refs point to and embed them. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { isRef, OBJECT_REF } from '../helpers/simplify';
import { toolCappedLimit } from '../helpers/toolMode';
import { flexportApiRequest, flexportApiRequestAllItems } from '../transport';

const MAX_LINKS_PER_OBJECT = 25;

/** Replaces the chosen link refs with the objects they point to. */
export async function resolveLinks(
	this: IExecuteFunctions,
	object: IDataObject,
	fieldsParameter: string,
	itemIndex: number,
): Promise<IDataObject> {
	const wanted = fieldsParameter
		.split(',')
		.map((field) => field.trim())
		.filter(Boolean);
	if (wanted.length === 0) return object;
	const all = wanted.includes('*');
	const result: IDataObject = { ...object };
	let resolved = 0;
	for (const [key, value] of Object.entries(object)) {
		if (!all && !wanted.includes(key)) continue;
		if (!isRef(value) || typeof value.link !== 'string') continue;
		if (++resolved > MAX_LINKS_PER_OBJECT) break;
		if (value._object === OBJECT_REF) {
			result[key] = await flexportApiRequest.call(this, 'GET', value.link, {
				url: value.link,
				itemIndex,
			});
		} else {
			result[key] = await flexportApiRequestAllItems.call(
				this,
				value.link,
				{},
				{ itemIndex, url: value.link, limit: toolCappedLimit(this, undefined) },
			);
		}
	}
	return result;
}
